// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "pagestack.h"

#include <QObject>

namespace deelwijzer {

class AdviceSession;
class NoticeBar;

/// Which page of the advice is on screen and which one follows: Next, Back, a jump to an
/// answered question, the review and the advice, as far as the session's answers allow. The
/// window shows each question (questionRequested) and keeps its actions and route in step with
/// the page (pageRequested); both are connected directly, so they happen before focus moves.
class AdviceFlow : public QObject
{
    Q_OBJECT

public:
    AdviceFlow(AdviceSession *session, PageStack *pages, NoticeBar *notice, QObject *parent = nullptr);

    /// Whether a complete advice shows the advice (a finished advice reopened, or the advice
    /// once asked for) or the review of its answers.
    void setShowAdviceWhenComplete(bool on) { m_showAdviceWhenComplete = on; }

    /// Shows the page the session is at (after every change of the session).
    void follow();
    void goNext();
    void goBack();
    void goToQuestion(const QString &questionId);
    void showReview();
    void showAdvice();
    void showStart();
    /// Back to the advice in progress from the start page.
    void continueAdvice();

Q_SIGNALS:
    void questionRequested(const QString &questionId);
    void pageRequested(deelwijzer::PageStack::Page page);

private:
    AdviceSession *m_session;
    PageStack *m_pages;
    NoticeBar *m_notice;
    bool m_showAdviceWhenComplete = false;
};

} // namespace deelwijzer
