// SPDX-License-Identifier: EUPL-1.2
#include "reporttestsupport.h"

#include "evaluator.h"
#include "rulesetloader.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

#include <catch2/catch.hpp>

namespace reporttest {

using namespace deelwijzer;

deelwijzer::ReportRequest EvaluatedCase::request(ReportLanguage language) const
{
    ReportRequest request;
    request.rules = rules.get();
    request.advice = &advice;
    request.language = language;
    request.caseReference = file.reference;
    request.caseTitle = file.title;
    request.created = fixedDate();
    return request;
}

QDateTime fixedDate()
{
    return QDateTime(QDate(2026, 1, 15), QTime(10, 30), Qt::UTC);
}

namespace {
/// Adds the cases of the rule set in `rulesDir`; what does not load or reach an advice goes
/// to `problems`, so a broken case fails the tests instead of quietly leaving them.
void addCases(const QString &rulesDir, const QString &label, std::vector<EvaluatedCase> &cases, QStringList &problems)
{
    const RuleSetLoadResult loaded = RuleSetLoader::loadFolder(rulesDir);
    if (!loaded.ok()) {
        problems.append(QStringLiteral("rule set %1 does not load:\n%2").arg(rulesDir, loaded.diagnostics.toString()));
        return;
    }
    const QDir casesDir(rulesDir + QStringLiteral("/cases"));
    const QStringList files = casesDir.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        problems.append(QStringLiteral("%1 holds no cases").arg(casesDir.path()));
    for (const QString &fileName : files) {
        Diagnostics diagnostics;
        std::optional<CaseFile> file = CaseFile::read(casesDir.filePath(fileName), diagnostics);
        if (!file) {
            problems.append(diagnostics.toString());
            continue;
        }
        const Evaluation evaluation = Evaluator(*loaded.ruleSet).evaluate(file->answers);
        if (evaluation.status != Evaluation::Status::Complete || !evaluation.advice) {
            problems.append(QStringLiteral("%1: does not reach an advice (next question: '%2'; %3)")
                                .arg(casesDir.filePath(fileName), evaluation.nextQuestion, evaluation.error));
            continue;
        }
        EvaluatedCase evaluated;
        evaluated.name = label + QLatin1Char('/') + QFileInfo(fileName).completeBaseName();
        evaluated.rules = loaded.ruleSet;
        evaluated.file = *file;
        evaluated.advice = *evaluation.advice;
        cases.push_back(std::move(evaluated));
    }
}
} // namespace

const std::vector<EvaluatedCase> &allCases()
{
    static QStringList problems;
    static const std::vector<EvaluatedCase> cases = [] {
        std::vector<EvaluatedCase> result;
        const QString source = QStringLiteral(DEELWIJZER_SOURCE_DIR);
        addCases(source + QStringLiteral("/rules"), QStringLiteral("builtin"), result, problems);
        addCases(source + QStringLiteral("/rules/demo"), QStringLiteral("demo"), result, problems);
        addCases(source + QStringLiteral("/tests/report/data/rules"), QStringLiteral("fixture"), result, problems);
        return result;
    }();
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    REQUIRE(problems.isEmpty());
    return cases;
}

std::vector<const EvaluatedCase *> fixtureCases()
{
    std::vector<const EvaluatedCase *> result;
    for (const EvaluatedCase &c : allCases()) {
        if (c.name.startsWith(QLatin1String("fixture/")))
            result.push_back(&c);
    }
    return result;
}

std::optional<QByteArray> run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    // pdftotext reads the 700-page review book in seconds, but over a minute on a loaded machine.
    if (!process.waitForFinished(600000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return std::nullopt;
    return process.readAllStandardOutput();
}

QString squeeze(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return QString(text).replace(space, QStringLiteral(" ")).trimmed();
}

QString languageId(ReportLanguage language)
{
    switch (language) {
    case ReportLanguage::Dutch:
        return QStringLiteral("nl");
    case ReportLanguage::English:
        return QStringLiteral("en");
    case ReportLanguage::Both:
        return QStringLiteral("both");
    }
    return QString();
}

} // namespace reporttest
