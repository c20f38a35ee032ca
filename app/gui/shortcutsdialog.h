// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDialog>

class QTreeWidget;
class QTreeWidgetItem;

namespace deelwijzer {

/// Help > Keyboard shortcuts: every key of the app. The menu commands are read from the
/// window's menus (so the list never falls behind them); the keys that work inside a page,
/// the training window and the presenter view are listed with them.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    /// `window` is the main window whose menus are listed.
    explicit ShortcutsDialog(QWidget *window);
    QTreeWidget *list() const { return m_list; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void fill();
    QTreeWidgetItem *addSection(const QString &title);
    void addKey(QTreeWidgetItem *section, const QString &keys, const QString &what);

    QWidget *m_window;
    QTreeWidget *m_list;
};

} // namespace deelwijzer
