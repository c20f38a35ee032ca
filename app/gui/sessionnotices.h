// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QObject>

namespace deelwijzer {

class AdviceDocument;
class AdviceSession;
class NoticeBar;
struct AnswerChange;
class RuleSet;
class RuleTextContext;
class SavedAdviceComparison;

/// What the notice bar says about the advice: what a changed answer did to the later ones, that
/// a reopened advice was saved under other rules (with the comparison of both advices) or lost
/// answers, and that the answers could not be kept safe. Each notice is worded again after a
/// language change while the rules it names are in use.
class SessionNotices : public QObject
{
    Q_OBJECT

public:
    /// Puts the comparison of a reopened advice into `bar` and follows `document`.
    SessionNotices(NoticeBar *bar, AdviceDocument *document, RuleTextContext *context);

private:
    void showAnswerChange(const AnswerChange &change);
    /// After opening or restoring: rules changed since saving, answers that no longer hold.
    void showRestoreNotice(const RuleSet &rules);
    void showAutosaveFailure(const QString &error);

    NoticeBar *m_bar;
    AdviceSession *m_session;
    RuleTextContext *m_context;
    SavedAdviceComparison *m_comparison;
};

} // namespace deelwijzer
