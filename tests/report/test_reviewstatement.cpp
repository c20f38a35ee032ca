// SPDX-License-Identifier: EUPL-1.2
// The printed advice says whether the rules were reviewed, in the words of ReviewStatement.
#include "evaluator.h"
#include "reportbuilder.h"
#include "reporttestsupport.h"
#include "reviewstatement.h"
#include "rulesetloader.h"

#include <QDirIterator>
#include <QFile>
#include <QTextDocument>

#include <catch2/catch.hpp>

using namespace deelwijzer;
using namespace reporttest;

namespace {

/// The report fixture's rules with `reviews` (YAML list lines) added to the manifest.
std::shared_ptr<const RuleSet> fixtureWithReviews(const QString &reviews)
{
    const QString root = QStringLiteral(DEELWIJZER_SOURCE_DIR "/tests/report/data/rules");
    QList<QPair<QString, QByteArray>> files;
    QDirIterator it(root, {QStringLiteral("*.yaml")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        QByteArray content = file.readAll();
        const QString relative = path.mid(root.size() + 1);
        if (relative == QStringLiteral("ruleset.yaml"))
            content.replace("\nruleset:\n", "\nruleset:\n  reviews:\n" + reviews.toUtf8());
        files.append({relative, content});
    }
    RuleSetLoadResult result = RuleSetLoader::loadFiles(files, QStringLiteral("fixture"));
    INFO(result.diagnostics.toString().toStdString());
    REQUIRE(result.ok());
    return result.ruleSet;
}

QString printed(const RuleSet &rules, const CaseFile &file)
{
    const Evaluation evaluation = Evaluator(rules).evaluate(file.answers, file.givenFor);
    REQUIRE(evaluation.advice);
    ReportRequest request;
    request.rules = &rules;
    request.advice = &*evaluation.advice;
    request.language = ReportLanguage::English;
    request.created = fixedDate();
    return squeeze(ReportBuilder(request).build()->toPlainText());
}

} // namespace

TEST_CASE("the printed advice says whether the rules were reviewed", "[report][review]")
{
    const std::vector<const EvaluatedCase *> cases = fixtureCases();
    REQUIRE(!cases.empty());
    const EvaluatedCase &c = *cases.front();
    CHECK(printed(*c.rules, c.file).contains(QStringLiteral("Not reviewed: nobody has signed off these rules.")));

    const QString fingerprint = c.rules->fingerprint();
    const auto reviewed = fixtureWithReviews(
        QStringLiteral("    - {reviewer: A. Jansen, role: privacy officer, date: 2026-11-02, fingerprint: %1}\n").arg(fingerprint));
    REQUIRE(reviewed->fingerprint() == fingerprint);
    CHECK(printed(*reviewed, c.file).contains(QStringLiteral("Reviewed by A. Jansen (privacy officer) on 2 November 2026.")));

    const auto stale = fixtureWithReviews(
        QStringLiteral("    - {reviewer: A. Jansen, role: privacy officer, date: 2026-11-02, fingerprint: %1}\n").arg(QString(64, u'b')));
    const QString text = printed(*stale, c.file);
    CHECK(text.contains(QStringLiteral("Not reviewed: the rules have changed since A. Jansen (privacy officer) reviewed them")));
    CHECK(!text.contains(QStringLiteral("Reviewed by")));
}
