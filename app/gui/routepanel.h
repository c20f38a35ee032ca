// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QWidget>

class QLabel;
class QListView;

namespace deelwijzer {

class RouteDelegate;
class RouteModel;

/// The side panel with the route so far. Clicking a row (or Enter on it) asks to go back to
/// that question; later answers are kept and re-used where the route allows.
class RoutePanel : public QWidget
{
    Q_OBJECT

public:
    explicit RoutePanel(RouteModel *model, QWidget *parent = nullptr);

    QListView *view() const { return m_view; }
    /// Selects the row on screen (after the model was rebuilt).
    void syncCurrent();

Q_SIGNALS:
    void questionActivated(const QString &questionId);
    void adviceActivated();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void activate(const QModelIndex &index);
    /// Keeps the list wide enough for the widest word of its rows, so no word is broken.
    void fitWidestWord();

    RouteModel *m_model;
    QLabel *m_title;
    QLabel *m_help;
    QListView *m_view;
    RouteDelegate *m_delegate;
};

} // namespace deelwijzer
