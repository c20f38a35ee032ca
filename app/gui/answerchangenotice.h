// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "evaluator.h"

#include <QCoreApplication>
#include <QString>

namespace deelwijzer {

class RuleSet;

/// What the app tells the user after an earlier answer changed, or after reopening an advice
/// with answers that no longer hold: which later answers were kept, which were dropped and
/// why, so the route never changes under the user's hands in silence.
class AnswerChangeNotice
{
    Q_DECLARE_TR_FUNCTIONS(AnswerChangeNotice)
public:
    /// `complete`: every question on the new route is answered (the review page follows).
    static QString forChange(const RuleSet &rules, const QString &language, const AnswerChange &change, bool complete);
    static QString forRestore(const RuleSet &rules, const QString &language, const std::vector<StaleAnswer> &dropped);

private:
    static QString questionText(const RuleSet &rules, const QString &language, const QString &questionId);
    static QString questionList(const RuleSet &rules, const QString &language, const QStringList &questionIds);
    /// Why `stale` was dropped; shorter when only `changedQuestion` changed under it.
    static QString droppedSentence(const RuleSet &rules, const QString &language, const StaleAnswer &stale,
                                   const QString &changedQuestion);
};

} // namespace deelwijzer
