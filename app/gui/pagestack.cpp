// SPDX-License-Identifier: EUPL-1.2
#include "pagestack.h"

#include "advicepage.h"
#include "questionpage.h"
#include "reviewpage.h"
#include "startpage.h"

#include <QApplication>
#include <QPushButton>

namespace deelwijzer {

PageStack::PageStack(RuleTextContext *context, RuleSetController *ruleSets, QWidget *parent)
    : QStackedWidget(parent)
    , m_startPage(new StartPage(context, ruleSets, this))
    , m_questionPage(new QuestionPage(context, this))
    , m_reviewPage(new ReviewPage(context, this))
    , m_advicePage(new AdvicePage(context, this))
{
    setObjectName(QStringLiteral("pages"));
    addWidget(m_startPage);
    addWidget(m_questionPage);
    addWidget(m_reviewPage);
    addWidget(m_advicePage);
}

void PageStack::setPage(Page page)
{
    // Hiding the page with the focus would pass the focus on to the route list first, and a
    // screen reader would announce a list item instead of the new page: let it go first.
    if (QWidget *focused = QApplication::focusWidget(); focused && currentWidget()
        && currentWidget()->isAncestorOf(focused) && currentWidget() != pageWidget(page))
        focused->clearFocus();
    m_page = page;
    setCurrentWidget(pageWidget(page));
}

QWidget *PageStack::pageWidget(Page page) const
{
    switch (page) {
    case Page::Start:
        return m_startPage;
    case Page::Question:
        return m_questionPage;
    case Page::Review:
        return m_reviewPage;
    case Page::Advice:
        return m_advicePage;
    }
    return nullptr;
}

void PageStack::focusPage()
{
    switch (m_page) {
    case Page::Start:
        m_startPage->preferredButton()->setFocus(Qt::OtherFocusReason);
        break;
    case Page::Question:
        m_questionPage->focusAnswers();
        break;
    case Page::Review:
        m_reviewPage->showAdviceButton()->setFocus(Qt::OtherFocusReason);
        break;
    case Page::Advice:
        m_advicePage->focusContent();
        break;
    }
}

} // namespace deelwijzer
