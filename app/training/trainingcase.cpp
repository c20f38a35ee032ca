// SPDX-License-Identifier: EUPL-1.2
#include "trainingcase.h"

#include "evaluator.h"
#include "ruleset.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace deelwijzer {

QString TrainingCase::recipient() const
{
    return file.answers.value(QStringLiteral("recipient")).value(0);
}

std::optional<TrainingCase> TrainingCase::load(const QString &path, const RuleSet &rules, Diagnostics &diagnostics)
{
    Diagnostics local;
    std::optional<CaseFile> file = CaseFile::read(path, local);
    if (file)
        file->checkAgainst(rules, local);
    diagnostics.append(local);
    if (!file || local.hasErrors())
        return std::nullopt;

    TrainingCase result;
    result.id = QFileInfo(path).completeBaseName();
    result.file = *file;
    if (!rules.info().roleQuestion.isEmpty())
        result.role = file->answers.value(rules.info().roleQuestion).value(0);
    const Evaluation evaluation = Evaluator(rules).evaluate(file->answers);
    if (evaluation.status == Evaluation::Status::Complete)
        result.modelAdvice = evaluation.advice;
    else
        diagnostics.error({path, 1, 1},
                          QStringLiteral("the case does not reach an advice (next question: %1)")
                              .arg(evaluation.nextQuestion));
    if (!result.modelAdvice)
        return std::nullopt;
    return result;
}

QList<TrainingCase> TrainingCase::loadFolder(const QString &folder, const RuleSet &rules, Diagnostics &diagnostics)
{
    QList<TrainingCase> cases;
    const QDir dir(folder);
    const QStringList names = dir.entryList({QStringLiteral("*.yaml"), QStringLiteral("*.yml")}, QDir::Files,
                                            QDir::Name);
    for (const QString &name : names) {
        if (std::optional<TrainingCase> c = load(dir.filePath(name), rules, diagnostics))
            cases.append(*c);
    }
    std::sort(cases.begin(), cases.end(), [](const TrainingCase &a, const TrainingCase &b) { return a.id < b.id; });
    return cases;
}

QString TrainingCase::casesFolder(const RuleSet &rules)
{
    return rules.origin() + QStringLiteral("/cases");
}

} // namespace deelwijzer
