// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "answers.h"

#include <QWidget>

#include <vector>

class QGridLayout;
class QLabel;
class QPushButton;

namespace deelwijzer {

class ReferenceField;
class RuleTextContext;

/// Every answer on the route, each with a "Change" button, before the advice is shown.
class ReviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewPage(RuleTextContext *context, QWidget *parent = nullptr);

    void setRoute(const std::vector<RouteStep> &route);
    ReferenceField *referenceField() const { return m_reference; }
    QPushButton *showAdviceButton() const { return m_showAdvice; }
    QList<QPushButton *> changeButtons() const { return m_changeButtons; }

Q_SIGNALS:
    void changeRequested(const QString &questionId);
    void adviceRequested();
    void backRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuild();

    RuleTextContext *m_context;
    std::vector<RouteStep> m_route;
    QLabel *m_title;
    QLabel *m_intro;
    QWidget *m_table;
    QGridLayout *m_grid;
    QList<QWidget *> m_rowWidgets;
    QList<QPushButton *> m_changeButtons;
    ReferenceField *m_reference;
    QPushButton *m_back;
    QPushButton *m_showAdvice;
};

} // namespace deelwijzer
