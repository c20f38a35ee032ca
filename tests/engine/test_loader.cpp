// SPDX-License-Identifier: EUPL-1.2
#include "testsupport.h"

#include "ruleset.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace deelwijzer;

TEST_CASE("the demo rule set loads without a single diagnostic", "[loader]")
{
    const RuleSetLoadResult result = RuleSetLoader::loadFolder(test::sourcePath(QStringLiteral("rules/demo")));
    INFO(result.diagnostics.toString().toStdString());
    REQUIRE(result.ok());
    CHECK(result.diagnostics.isEmpty());
    const RuleSet &rules = *result.ruleSet;
    CHECK(rules.info().id == QStringLiteral("demo"));
    CHECK(rules.info().languages == QStringList{QStringLiteral("nl"), QStringLiteral("en")});
    CHECK(rules.questions().size() == 5);
    CHECK(rules.decisions().size() == 2);
    CHECK(rules.outcomes().size() == 7);
    CHECK(rules.fingerprint().size() == 64);
    REQUIRE(rules.question(QStringLiteral("data")));
    CHECK(rules.question(QStringLiteral("data"))->type == QuestionType::Multiple);
    CHECK(rules.nodeKind(QStringLiteral("route-by-sharer")) == NodeKind::Decision);
}

TEST_CASE("the built-in rule set is compiled in and loads cleanly", "[loader]")
{
    const RuleSetLoadResult result = RuleSetLoader::loadFolder(RuleSetLoader::builtinPath());
    INFO(result.diagnostics.toString().toStdString());
    REQUIRE(result.ok());
    CHECK(result.diagnostics.isEmpty());
    CHECK(result.ruleSet->origin() == QStringLiteral(":/rules"));
}

TEST_CASE("citations and links are built from the law catalogue", "[loader]")
{
    const auto rules = test::demoRules();
    const LegalGround *ground = rules->ground(QStringLiteral("wpg-16-1-a"));
    REQUIRE(ground);
    CHECK(rules->citation(*ground, QStringLiteral("nl")) == QStringLiteral("art. 16 lid 1 onder a Wpg"));
    CHECK(rules->citation(*ground, QStringLiteral("en")) == QStringLiteral("Wpg, Art. 16(1)(a)"));
    CHECK(rules->groundUrl(*ground) == QStringLiteral("https://wetten.overheid.nl/jci1.3:c:BWBR0022463&artikel=16"));
    const LegalGround *avg = rules->ground(QStringLiteral("avg-6-1-e"));
    REQUIRE(avg);
    CHECK(rules->groundUrl(*avg) == QStringLiteral("https://eur-lex.europa.eu/legal-content/NL/TXT/HTML/?uri=CELEX:32016R0679#art_6"));
    // Civil Code Book 7 is cited "7:457"; its BWB text labels the article "457".
    CHECK(rules->groundUrl(*rules->ground(QStringLiteral("bw-7-457")))
          == QStringLiteral("https://wetten.overheid.nl/jci1.3:c:BWBR0005290&artikel=457"));
    CHECK(rules->ground(QStringLiteral("cvp"))->unsure);
}

TEST_CASE("a rule set spread over files, with wildcards", "[loader]")
{
    QFile manifest(test::sourcePath(QStringLiteral("rules/demo/ruleset.yaml")));
    REQUIRE(manifest.open(QIODevice::ReadOnly));
    QList<QPair<QString, QByteArray>> files{{QStringLiteral("ruleset.yaml"), manifest.readAll()}};
    for (const char *name : {"catalogue.yaml", "tree/questions.yaml", "tree/routing.yaml"}) {
        QFile file(test::sourcePath(QStringLiteral("rules/demo/") + QString::fromLatin1(name)));
        REQUIRE(file.open(QIODevice::ReadOnly));
        files.append({QString::fromLatin1(name), file.readAll()});
    }
    SECTION("all files present")
    {
        const RuleSetLoadResult result = RuleSetLoader::loadFiles(files, QStringLiteral("mem"));
        INFO(result.diagnostics.toString().toStdString());
        CHECK(result.ok());
        CHECK(result.ruleSet->fingerprint() == test::demoRules()->fingerprint());
    }
    SECTION("a pattern that matches nothing")
    {
        files.removeIf([](const auto &f) { return f.first.startsWith(QStringLiteral("tree/")); });
        const RuleSetLoadResult result = RuleSetLoader::loadFiles(files, QStringLiteral("mem"));
        CHECK_FALSE(result.ok());
        CHECK(result.diagnostics.items().constFirst().toString()
              == QStringLiteral("mem/ruleset.yaml:14:27: error: no file matches 'tree/*.yaml'"));
    }
    SECTION("a broken file among good ones")
    {
        files[2].second = "questions:\n  - id: x\n    text: [\n";
        const RuleSetLoadResult result = RuleSetLoader::loadFiles(files, QStringLiteral("mem"));
        CHECK_FALSE(result.ok());
        CHECK(result.diagnostics.items().constFirst().location.file == QStringLiteral("mem/tree/questions.yaml"));
    }
}

TEST_CASE("a folder that is not a rule set", "[loader]")
{
    const RuleSetLoadResult missing = RuleSetLoader::loadFolder(QStringLiteral("/nonexistent/rules"));
    CHECK_FALSE(missing.ok());
    CHECK(missing.diagnostics.items().constFirst().toString() == QStringLiteral("/nonexistent/rules: error: folder does not exist"));
    const RuleSetLoadResult empty = RuleSetLoader::loadFolder(test::sourcePath(QStringLiteral("tests/engine")));
    CHECK_FALSE(empty.ok());
    CHECK(empty.diagnostics.items().constFirst().message == QStringLiteral("no ruleset.yaml: this is not a rule-set folder"));
}

TEST_CASE("ground roles and statute words and answer marks and bound answers are read", "[loader]")
{
    const RuleSetLoadResult result = test::loadSingleFile(test::manifest("sharer") + R"(questions:
  - id: sharer
    text: {nl: V, en: Q}
    why: {nl: W, en: W}
    next: consent
    answers:
      - id: doctor
        label: {nl: Arts, en: Doctor}
        bound_by_secrecy: true
      - id: police
        label: {nl: Politie, en: Police}
  - id: consent
    valid_for: [sharer]
    text: {nl: V, en: Q}
    why: {nl: W, en: W}
    next: o
    answers:
      - id: health
        label: {nl: A, en: A}
        data_category: special
      - id: crime
        label: {nl: B, en: B}
        data_category: criminal
outcomes:
  - id: o
    verdict: allowed
    grounds: [g, {id: g, role: lifts_secrecy}]
    title: {nl: T, en: T}
    explanation: {nl: E, en: E}
laws:
  - id: l
    name: {nl: L, en: L}
    abbreviation: {nl: L, en: L}
    url: https://example.org/l
grounds:
  - id: g
    law: l
    article: "1"
    title: {nl: G, en: G}
    role: basis
    words: "in bijzondere
      gevallen"
    text_date: 2025-07-01
    meaning: {nl: M, en: M}
)");
    INFO(result.diagnostics.toString().toStdString());
    REQUIRE(result.ok());
    const RuleSet &rules = *result.ruleSet;
    const LegalGround *ground = rules.ground(QStringLiteral("g"));
    REQUIRE(ground);
    CHECK(ground->role == GroundRole::Basis);
    CHECK(ground->words == QStringLiteral("in bijzondere gevallen"));
    CHECK(ground->textDate == QDate(2025, 7, 1));
    const Outcome *outcome = rules.outcome(QStringLiteral("o"));
    REQUIRE(outcome);
    REQUIRE(outcome->grounds.size() == 2);
    CHECK(outcome->grounds[0].role == GroundRole::None);
    CHECK(outcome->grounds[1].role == GroundRole::LiftsSecrecy);
    const Question *sharer = rules.question(QStringLiteral("sharer"));
    REQUIRE(sharer);
    CHECK(sharer->answer(QStringLiteral("doctor"))->boundBySecrecy);
    CHECK_FALSE(sharer->answer(QStringLiteral("police"))->boundBySecrecy);
    const Question *consent = rules.question(QStringLiteral("consent"));
    REQUIRE(consent);
    CHECK(consent->validFor == QStringList{QStringLiteral("sharer")});
    CHECK(consent->answer(QStringLiteral("health"))->dataCategory == DataCategory::Special);
    CHECK(consent->answer(QStringLiteral("crime"))->dataCategory == DataCategory::Criminal);
    CHECK(groundRoleFromId(QStringLiteral("restricts")) == GroundRole::Restricts);
    CHECK(groundRoleId(GroundRole::Exception) == QStringLiteral("exception"));
}

TEST_CASE("the manifest names the role question", "[loader]")
{
    const auto load = [](const QByteArray &roleLine) {
        return test::loadSingleFile("ruleset:\n  id: t\n  version: 1.0.0\n  valid_from: 2026-01-01\n  status: draft\n"
                                    "  status_note: {nl: t, en: t}\n  title: {nl: t, en: t}\n  languages: [nl, en]\n"
                                    "  start: who\n" + roleLine +
                                    "questions:\n"
                                    "  - id: who\n    text: {nl: V, en: Q}\n    why: {nl: W, en: W}\n    next: data\n"
                                    "    answers:\n      - {id: doctor, label: {nl: Arts, en: Doctor}}\n"
                                    "  - id: data\n    type: multiple\n    text: {nl: V, en: Q}\n    why: {nl: W, en: W}\n    next: o\n"
                                    "    answers:\n      - {id: a, label: {nl: A, en: A}}\n"
                                    "outcomes:\n  - {id: o, verdict: consult, title: {nl: T, en: T}, explanation: {nl: E, en: E}}\n");
    };
    const RuleSetLoadResult named = load("  role_question: who\n");
    INFO(named.diagnostics.toString().toStdString());
    REQUIRE(named.ok());
    CHECK(named.ruleSet->info().roleQuestion == QStringLiteral("who"));

    // Without the key there is no role question, unless an older rule set has one named "sharer".
    const RuleSetLoadResult none = load("");
    REQUIRE(none.ok());
    CHECK(none.ruleSet->info().roleQuestion.isEmpty());
    CHECK(test::demoRules()->info().roleQuestion == QStringLiteral("sharer"));

    const RuleSetLoadResult missing = load("  role_question: nobody\n");
    CHECK_FALSE(missing.ok());
    CHECK(missing.diagnostics.toString().contains(QStringLiteral("role_question names 'nobody', which is not a question")));
    const RuleSetLoadResult multiple = load("  role_question: data\n");
    CHECK_FALSE(multiple.ok());
    CHECK(multiple.diagnostics.toString().contains(QStringLiteral("role_question 'data' must be a single-choice question")));
}

TEST_CASE("a source title is one text or one per language", "[loader]")
{
    // The demo names its source with one text; the built-in rule set names each in Dutch and English.
    const auto demo = test::demoRules();
    const Source *plain = demo->source(QStringLiteral("demo-source"));
    REQUIRE(plain);
    CHECK(plain->title.isNeutral());
    CHECK(plain->title.text(QStringLiteral("en")) == plain->title.text(QStringLiteral("nl")));

    const RuleSetLoadResult builtin = RuleSetLoader::loadFolder(RuleSetLoader::builtinPath());
    REQUIRE(builtin.ok());
    const Source *police = builtin.ruleSet->source(QStringLiteral("s-wpg"));
    REQUIRE(police);
    CHECK(police->title.text(QStringLiteral("nl")).startsWith(QStringLiteral("Wet politiegegevens")));
    CHECK(police->title.text(QStringLiteral("en")).startsWith(QStringLiteral("Police Data Act (Wet politiegegevens)")));
}
