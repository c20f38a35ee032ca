// SPDX-License-Identifier: EUPL-1.2
#include "advicereplay.h"

#include "diagnostics.h"
#include "ruleset.h"

#include <QDir>
#include <QSet>

namespace deelwijzer {

AdviceSummary AdviceSummary::of(const Evaluation &evaluation)
{
    AdviceSummary summary;
    summary.status = evaluation.status;
    if (evaluation.advice) {
        summary.outcome = evaluation.advice->outcome;
        summary.verdict = evaluation.advice->verdict;
        summary.grounds = evaluation.advice->grounds;
    }
    if (evaluation.status == Evaluation::Status::NeedsAnswer)
        summary.nextQuestion = evaluation.nextQuestion;
    summary.error = evaluation.error;
    summary.errorQuestion = evaluation.errorQuestion;
    return summary;
}

AdviceSummary AdviceSummary::of(const SavedAdvice &saved)
{
    AdviceSummary summary;
    summary.status = Evaluation::Status::Complete;
    summary.outcome = saved.outcome;
    summary.verdict = verdictFromId(saved.verdict);
    summary.grounds = saved.grounds;
    return summary;
}

AdviceComparison AdviceComparison::compare(const AdviceSummary &before, const AdviceSummary &after)
{
    AdviceComparison comparison;
    comparison.before = before;
    comparison.after = after;
    comparison.statusChanged = before.status != after.status;
    if (before.isComplete() && after.isComplete()) {
        comparison.outcomeChanged = before.outcome != after.outcome;
        comparison.verdictChanged = before.verdict != after.verdict;
        for (const QString &ground : after.grounds) {
            if (!before.grounds.contains(ground))
                comparison.groundsAdded << ground;
        }
        for (const QString &ground : before.grounds) {
            if (!after.grounds.contains(ground))
                comparison.groundsRemoved << ground;
        }
    }
    return comparison;
}

ReplayedCase AdviceReplay::replay(const CaseFile &file) const
{
    ReplayedCase result;
    result.path = file.path;
    result.title = file.title;
    result.comparison = AdviceComparison::compare(AdviceSummary::of(Evaluator(m_older).evaluate(file.answers, file.givenFor)),
                                                  AdviceSummary::of(Evaluator(m_newer).evaluate(file.answers, file.givenFor)));
    return result;
}

std::vector<ReplayedCase> AdviceReplay::replayFolders(const QStringList &folders, Diagnostics &diagnostics) const
{
    std::vector<ReplayedCase> cases;
    QSet<QByteArray> seen;
    for (const QString &folder : folders) {
        const QDir dir(folder);
        for (const QString &name : dir.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name)) {
            const std::optional<CaseFile> file = CaseFile::read(dir.filePath(name), diagnostics);
            if (!file)
                continue;
            const QByteArray content = file->toYaml();
            if (seen.contains(content))
                continue;
            seen.insert(content);
            cases.push_back(replay(*file));
        }
    }
    return cases;
}

} // namespace deelwijzer
