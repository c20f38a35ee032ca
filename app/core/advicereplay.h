// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "casefile.h"
#include "evaluator.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace deelwijzer {

class Diagnostics;
class RuleSet;

/// What one set of answers comes to under one rule set: an advice (outcome, verdict, grounds),
/// a question still to answer, or an answer the rules do not know.
struct AdviceSummary
{
    Evaluation::Status status = Evaluation::Status::NeedsAnswer;
    QString outcome;
    std::optional<Verdict> verdict;
    QStringList grounds;
    QString nextQuestion; ///< NeedsAnswer: the question now unanswered
    QString error;        ///< Invalid: why (English, from the evaluator)
    QString errorQuestion;

    static AdviceSummary of(const Evaluation &evaluation);
    /// The advice a saved session recorded (CaseFile::advice).
    static AdviceSummary of(const SavedAdvice &saved);
    bool isComplete() const { return status == Evaluation::Status::Complete; }
};

/// How the advice for the same answers differs between two rule sets (or between the advice
/// saved with a session and the current rules).
struct AdviceComparison
{
    AdviceSummary before;
    AdviceSummary after;
    bool statusChanged = false;  ///< complete on one side only, or invalid on one side only
    bool outcomeChanged = false;
    bool verdictChanged = false;
    QStringList groundsAdded;    ///< cited after, not before
    QStringList groundsRemoved;  ///< cited before, not after

    static AdviceComparison compare(const AdviceSummary &before, const AdviceSummary &after);
    /// Whether the advice a professional would act on changed: verdict, outcome or grounds, or
    /// whether the answers still lead to an advice at all.
    bool changed() const
    {
        return statusChanged || outcomeChanged || verdictChanged || !groundsAdded.isEmpty() || !groundsRemoved.isEmpty();
    }
};

/// One case replayed under an old and a new rule set.
struct ReplayedCase
{
    QString path;
    LocalizedText title;
    AdviceComparison comparison;
};

/// Replays case files (their answers and given_for) under two rule sets: `deelwijzer-cli diff`
/// for every case and saved advice, the app for one session saved under other rules.
class AdviceReplay
{
public:
    AdviceReplay(const RuleSet &older, const RuleSet &newer) : m_older(older), m_newer(newer) {}

    ReplayedCase replay(const CaseFile &file) const;
    /// Replays every case file (*.yaml) in `folders`, in order; a case found in more than one
    /// folder (the usual copy in both rule sets' cases/) once. A file that cannot be read is
    /// reported in `diagnostics` and skipped; a folder that does not exist holds no cases.
    std::vector<ReplayedCase> replayFolders(const QStringList &folders, Diagnostics &diagnostics) const;

private:
    const RuleSet &m_older;
    const RuleSet &m_newer;
};

} // namespace deelwijzer
