// SPDX-License-Identifier: EUPL-1.2
#include "adviceflow.h"

#include "advicepage.h"
#include "advicesession.h"
#include "noticebar.h"
#include "questionpage.h"
#include "reviewpage.h"
#include "startpage.h"

#include <QPushButton>

namespace deelwijzer {

using Page = PageStack::Page;

AdviceFlow::AdviceFlow(AdviceSession *session, PageStack *pages, NoticeBar *notice, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_pages(pages)
    , m_notice(notice)
{
}

void AdviceFlow::follow()
{
    const Evaluation &evaluation = m_session->evaluation();
    if (evaluation.status == Evaluation::Status::Invalid) {
        const QString error = evaluation.error;
        m_notice->showNotice([error] {
            return tr("An answer does not fit the rules in use (%1). Please answer this question again.").arg(error);
        });
    }
    if (!m_session->current().isEmpty()) {
        Q_EMIT questionRequested(m_session->current());
    } else if (m_session->isComplete()) {
        m_pages->reviewPage()->setRoute(m_session->route());
        if (m_showAdviceWhenComplete) {
            m_pages->advicePage()->setAdvice(*evaluation.advice, m_session->checkedConditions());
            Q_EMIT pageRequested(Page::Advice);
            m_pages->focusPage();
        } else {
            Q_EMIT pageRequested(Page::Review);
            m_pages->reviewPage()->showAdviceButton()->setFocus();
        }
    }
}

void AdviceFlow::continueAdvice()
{
    if (!m_session->isStarted())
        return;
    if (!m_session->current().isEmpty())
        Q_EMIT questionRequested(m_session->current());
    else if (m_showAdviceWhenComplete)
        showAdvice();
    else
        showReview();
}

void AdviceFlow::goNext()
{
    switch (m_pages->page()) {
    case Page::Question: {
        const QStringList selection = m_pages->questionPage()->selection();
        if (selection.isEmpty())
            return;
        m_showAdviceWhenComplete = false;
        if (m_notice->kind() == NoticeBar::Kind::AnswerChange)
            m_notice->hide(); // it told what the previous change did; this answer may tell anew
        m_session->answer(m_pages->questionPage()->questionId(), selection);
        break;
    }
    case Page::Review:
        showAdvice();
        break;
    case Page::Start:
    case Page::Advice:
        break;
    }
}

void AdviceFlow::goBack()
{
    switch (m_pages->page()) {
    case Page::Question: {
        const QString previous = m_session->previousQuestion();
        if (!previous.isEmpty())
            m_session->goTo(previous);
        break;
    }
    case Page::Review:
        if (!m_session->route().empty()) {
            m_showAdviceWhenComplete = false;
            m_session->goTo(m_session->route().back().question);
        }
        break;
    case Page::Advice:
        showReview();
        break;
    case Page::Start:
        break;
    }
}

void AdviceFlow::goToQuestion(const QString &questionId)
{
    m_showAdviceWhenComplete = false;
    if (m_session->current() == questionId)
        Q_EMIT questionRequested(questionId);
    else
        m_session->goTo(questionId);
}

void AdviceFlow::showReview()
{
    if (!m_session->isComplete())
        return;
    m_showAdviceWhenComplete = false;
    m_session->leaveQuestion();
    m_pages->reviewPage()->setRoute(m_session->route());
    Q_EMIT pageRequested(Page::Review);
    m_pages->reviewPage()->showAdviceButton()->setFocus();
}

void AdviceFlow::showAdvice()
{
    const Evaluation &evaluation = m_session->evaluation();
    if (evaluation.status != Evaluation::Status::Complete || !evaluation.advice)
        return;
    m_showAdviceWhenComplete = true;
    m_pages->advicePage()->setAdvice(*evaluation.advice, m_session->checkedConditions());
    Q_EMIT pageRequested(Page::Advice);
    m_pages->focusPage();
}

void AdviceFlow::showStart()
{
    m_pages->startPage()->setContinueOffer(m_session->isStarted());
    Q_EMIT pageRequested(Page::Start);
    m_pages->focusPage();
}

} // namespace deelwijzer
