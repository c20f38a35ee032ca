// SPDX-License-Identifier: EUPL-1.2
// Review records in the manifest, the review statement, RuleSetDiff and AdviceReplay.
#include "advicereplay.h"
#include "diagnostics.h"
#include "reviewstatement.h"
#include "rulesetdiff.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QFile>

#include <catch2/catch.hpp>

using namespace deelwijzer;
using namespace deelwijzer::test;

namespace {

/// The demo rule set from memory, with `before` replaced by `after` in `file` (when given).
std::shared_ptr<const RuleSet> demoWith(const QString &file = {}, const QString &before = {}, const QString &after = {})
{
    const QString root = sourcePath(QStringLiteral("rules/demo"));
    QList<QPair<QString, QByteArray>> files;
    QDirIterator it(root, {QStringLiteral("*.yaml")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = path.mid(root.size() + 1);
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        QString content = QString::fromUtf8(f.readAll());
        if (relative == file) {
            REQUIRE(content.count(before) == 1);
            content.replace(before, after);
        }
        files.append({relative, content.toUtf8()});
    }
    RuleSetLoadResult result = RuleSetLoader::loadFiles(files, QStringLiteral("demo"));
    INFO(result.diagnostics.toString().toStdString());
    REQUIRE(result.ok());
    return result.ruleSet;
}

QString review(const QString &who, const QString &date, const QString &fingerprint)
{
    return QStringLiteral("    - {reviewer: %1, role: jurist, date: %2, scope: every outcome, fingerprint: %3}\n")
        .arg(who, date, fingerprint);
}

std::shared_ptr<const RuleSet> reviewed(const QString &reviews)
{
    return demoWith(QStringLiteral("ruleset.yaml"), QStringLiteral("  sources: [demo-source]\n"),
                    QStringLiteral("  sources: [demo-source]\n  reviews:\n") + reviews);
}

} // namespace

TEST_CASE("reviews are read and do not change the fingerprint", "[review]")
{
    const auto plain = demoWith();
    const QString fingerprint = plain->fingerprint();
    const auto signedRules = reviewed(review(QStringLiteral("B. Smit"), QStringLiteral("2026-12-01"), fingerprint)
                                      + review(QStringLiteral("A. Jansen"), QStringLiteral("2026-11-02"), QString(64, u'0')));
    CHECK(signedRules->fingerprint() == fingerprint);
    REQUIRE(signedRules->info().reviews.size() == 2);
    // The last review is the latest by date, not the last listed.
    REQUIRE(signedRules->info().lastReview());
    CHECK(signedRules->info().lastReview()->reviewer == QStringLiteral("B. Smit"));
    CHECK(signedRules->info().lastReview()->scope == QStringLiteral("every outcome"));
    CHECK(ReviewStatement::isReviewed(*signedRules));
    CHECK(ReviewStatement::text(*signedRules, QStringLiteral("en"))
          == QStringLiteral("Reviewed by B. Smit (jurist) on 1 December 2026. Scope: every outcome."));
    Diagnostics diagnostics;
    ReviewStatement::check(*signedRules, diagnostics);
    CHECK(diagnostics.warningCount() == 0);
}

TEST_CASE("a review of other content no longer counts", "[review]")
{
    const auto stale = reviewed(review(QStringLiteral("A. Jansen"), QStringLiteral("2026-11-02"), QString(64, u'a')));
    CHECK(!ReviewStatement::isReviewed(*stale));
    CHECK(ReviewStatement::text(*stale, QStringLiteral("en"))
          == QStringLiteral("Not reviewed: the rules have changed since A. Jansen (jurist) reviewed them on 2 November 2026."));
    Diagnostics diagnostics;
    ReviewStatement::check(*stale, diagnostics);
    REQUIRE(diagnostics.warningCount() == 1);
    CHECK(diagnostics.sorted().first().toString().contains(QStringLiteral("demo/ruleset.yaml:17:")));

    const auto none = demoWith();
    CHECK(!ReviewStatement::isReviewed(*none));
    CHECK(ReviewStatement::text(*none, QStringLiteral("en")) == QStringLiteral("Not reviewed: nobody has signed off these rules."));
}

TEST_CASE("RuleSetDiff lists changes by section and id", "[diff]")
{
    const auto older = demoWith();
    CHECK(RuleSetDiff::compare(*older, *older).empty());
    const auto newer = demoWith(QStringLiteral("tree/questions.yaml"), QStringLiteral("en: \"Health\""),
                                QStringLiteral("en: \"Health data\""));
    const std::vector<EntryChange> changes = RuleSetDiff::compare(*older, *newer);
    REQUIRE(changes.size() == 1);
    CHECK(changes[0].kind == EntryChange::Kind::Changed);
    CHECK(changes[0].section == QStringLiteral("questions"));
    CHECK(changes[0].id == QStringLiteral("data"));
    REQUIRE(changes[0].fields.size() == 1);
    CHECK(changes[0].fields[0].path == QStringLiteral("answers[health].label.en"));
    CHECK(changes[0].fields[0].before == QStringLiteral("Health"));
    CHECK(changes[0].fields[0].after == QStringLiteral("Health data"));

    // An inserted answer is one change inside its question, not a shift of every later answer.
    const auto fewer = demoWith(QStringLiteral("tree/questions.yaml"),
                                QStringLiteral("      - id: other\n"),
                                QStringLiteral("      - id: nurse\n        label: {nl: \"Verpleegkundige\", en: \"Nurse\"}\n"
                                               "      - id: other\n"));
    const std::vector<EntryChange> added = RuleSetDiff::compare(*older, *fewer);
    REQUIRE(added.size() == 1);
    CHECK(added[0].id == QStringLiteral("sharer"));
    REQUIRE(added[0].fields.size() == 1);
    CHECK(added[0].fields[0].path == QStringLiteral("answers[nurse]"));
    CHECK(added[0].fields[0].before.isEmpty());
    CHECK(added[0].fields[0].after.contains(QStringLiteral("Verpleegkundige")));
}

TEST_CASE("AdviceReplay compares the advice for the same answers under two rule sets", "[diff]")
{
    const auto older = demoWith();
    const auto newer = demoWith(QStringLiteral("tree/routing.yaml"), QStringLiteral("    grounds: [avg-6-1-d]\n"),
                                QStringLiteral("    grounds: [avg-6-1-e]\n"));
    CaseFile acute;
    acute.answers = answers({{"acute_danger", {QStringLiteral("yes")}}});
    const AdviceComparison changed = AdviceReplay(*older, *newer).replay(acute).comparison;
    CHECK(changed.changed());
    CHECK(!changed.verdictChanged);
    CHECK(!changed.outcomeChanged);
    CHECK(changed.groundsAdded == QStringList{QStringLiteral("avg-6-1-e")});
    CHECK(changed.groundsRemoved == QStringList{QStringLiteral("avg-6-1-d")});

    CaseFile unfinished;
    unfinished.answers = answers({{"acute_danger", {QStringLiteral("no")}}});
    const AdviceComparison same = AdviceReplay(*older, *newer).replay(unfinished).comparison;
    CHECK(!same.changed());
    CHECK(same.after.nextQuestion == QStringLiteral("sharer"));

    // The advice saved with a session against the current one.
    const AdviceComparison saved = AdviceComparison::compare(
        AdviceSummary::of(SavedAdvice{QStringLiteral("acute"), QStringLiteral("not_allowed"), {}, {}}),
        AdviceSummary::of(Evaluator(*older).evaluate(acute.answers)));
    CHECK(saved.verdictChanged);
    CHECK(!saved.outcomeChanged);
}
