// SPDX-License-Identifier: EUPL-1.2
#include "testsupport.h"

#include "casefile.h"
#include "ruleset.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace deelwijzer;

namespace {
QStringList messages(const Diagnostics &d)
{
    QStringList out;
    for (const Diagnostic &item : d.sorted())
        out << item.toString();
    return out;
}
} // namespace

TEST_CASE("a case file round-trips exactly", "[casefile]")
{
    CaseFile original;
    original.title.set(QStringLiteral("nl"), QStringLiteral("Politie \"meldt\" bij: CoMensha"));
    original.title.set(QStringLiteral("en"), QStringLiteral("Police report to CoMensha"));
    original.narrative = LocalizedText::neutral(QStringLiteral("Line one\nline two: with # and 'quotes'\tand a tab"));
    original.reference = QStringLiteral("2026-114 / team: noord");
    original.rulesetId = QStringLiteral("demo");
    original.rulesetVersion = QStringLiteral("1.0.0");
    original.rulesetSha256 = QString(64, QLatin1Char('a'));
    original.answers = test::answers({{"acute_danger", {"no"}}, {"sharer", {"police"}}, {"data", {"ordinary", "health"}},
                                      {"consent", {"yes"}}, {"x", {"true"}}, {"y", {"null"}}});
    original.givenFor.insert(QStringLiteral("consent"), test::answers({{"sharer", {"police"}}, {"data", {"ordinary", "health"}}}));
    original.current = QStringLiteral("recipient");
    original.saved = QDateTime(QDate(2026, 11, 28), QTime(14, 5, 0), Qt::UTC);
    original.expect = CaseExpectation{{QStringLiteral("required"), QStringLiteral("allowed")},
                                      QStringLiteral("police-om"),
                                      {QStringLiteral("wpg-16-1-a")},
                                      {QStringLiteral("necessity")},
                                      {QStringLiteral("acute_danger"), QStringLiteral("sharer")},
                                      {}};

    Diagnostics diagnostics;
    const auto copy = CaseFile::parse(original.toYaml(), QStringLiteral("copy.yaml"), diagnostics);
    INFO(original.toYaml().toStdString());
    INFO(diagnostics.toString().toStdString());
    REQUIRE(copy);
    CHECK(diagnostics.isEmpty());
    CHECK(copy->title == original.title);
    CHECK(copy->narrative == original.narrative);
    CHECK(copy->reference == original.reference);
    CHECK(copy->rulesetId == original.rulesetId);
    CHECK(copy->rulesetVersion == original.rulesetVersion);
    CHECK(copy->rulesetSha256 == original.rulesetSha256);
    CHECK(copy->answers == original.answers);
    CHECK(copy->givenFor == original.givenFor);
    CHECK(copy->current == original.current);
    CHECK(copy->saved == original.saved);
    REQUIRE(copy->expect);
    CHECK(copy->expect->verdicts == original.expect->verdicts);
    CHECK(copy->expect->outcome == original.expect->outcome);
    CHECK(copy->expect->grounds == original.expect->grounds);
    CHECK(copy->expect->conditions == original.expect->conditions);
    CHECK(copy->expect->route == original.expect->route);
    CHECK(copy->toYaml() == original.toYaml());
}

TEST_CASE("answers are checked against the rules, with line numbers", "[casefile]")
{
    const auto rules = test::demoRules();
    const QByteArray content = "deelwijzer_case: 1\n"
                               "answers:\n"
                               "  acute_danger: \"no\"\n"
                               "  sharer: judge\n"
                               "  colour: blue\n"
                               "  data: [anonymous, health]\n";
    Diagnostics diagnostics;
    const auto file = CaseFile::parse(content, QStringLiteral("c.yaml"), diagnostics);
    REQUIRE(file);
    file->checkAgainst(*rules, diagnostics);
    CHECK(messages(diagnostics)
          == QStringList{QStringLiteral("c.yaml:4:3: error: invalid answer to 'sharer': 'judge' is not an answer to 'sharer' (answers: police, doctor, other)"),
                         QStringLiteral("c.yaml:5:3: error: unknown question 'colour': the rules never ask it"),
                         QStringLiteral("c.yaml:6:3: error: invalid answer to 'data': an exclusive answer of 'data' cannot be combined with others")});
}

TEST_CASE("valid answers off the route are warnings, and a changed rule set is said plainly", "[casefile]")
{
    const auto rules = test::demoRules();
    const QByteArray content = "deelwijzer_case: 1\n"
                               "ruleset: {id: demo, version: 0.9.0, sha256: " + QByteArray(64, 'b') + "}\n"
                               "answers:\n"
                               "  acute_danger: \"yes\"\n"
                               "  sharer: police\n";
    Diagnostics diagnostics;
    const auto file = CaseFile::parse(content, QStringLiteral("c.yaml"), diagnostics);
    REQUIRE(file);
    file->checkAgainst(*rules, diagnostics);
    CHECK_FALSE(diagnostics.hasErrors());
    const QStringList found = messages(diagnostics);
    REQUIRE(found.size() == 2);
    CHECK(found[0].startsWith(QStringLiteral("c.yaml:1:1: warning: the rules have changed since this case was saved (saved under version 0.9.0")));
    CHECK(found[1] == QStringLiteral("c.yaml:5:3: warning: the answer to 'sharer' is not used: the route does not ask it"));
}

TEST_CASE("a bound answer given for other answers is a warning at its line", "[casefile][valid_for]")
{
    const auto rules = test::demoRules();
    // consent (valid_for [sharer, data]) was given when the data were ordinary only.
    const QByteArray content = "deelwijzer_case: 1\n"
                               "answers:\n"
                               "  acute_danger: \"no\"\n"
                               "  sharer: doctor\n"
                               "  data: [health]\n"
                               "  consent: given\n"
                               "given_for:\n"
                               "  consent: {sharer: doctor, data: [ordinary]}\n";
    Diagnostics diagnostics;
    const auto file = CaseFile::parse(content, QStringLiteral("c.yaml"), diagnostics);
    REQUIRE(file);
    file->checkAgainst(*rules, diagnostics);
    CHECK(messages(diagnostics)
          == QStringList{QStringLiteral("c.yaml:6:3: warning: the answer to 'consent' no longer holds: it was given for other "
                                        "answers to data; it will be asked again")});

    // The same file recording what consent was given for now: no warning.
    Diagnostics fresh;
    QByteArray current = content;
    current.replace("data: [ordinary]", "data: [health]");
    CaseFile::parse(current, QStringLiteral("c.yaml"), fresh)->checkAgainst(*rules, fresh);
    CHECK(fresh.isEmpty());
}

TEST_CASE("malformed case files are errors with their line", "[casefile]")
{
    auto firstError = [](const QByteArray &content) {
        Diagnostics diagnostics;
        const auto file = CaseFile::parse(content, QStringLiteral("c.yaml"), diagnostics);
        CHECK_FALSE(file);
        REQUIRE(diagnostics.hasErrors());
        return diagnostics.sorted().constFirst().toString();
    };
    CHECK(firstError("answers: {}\n") == QStringLiteral("c.yaml:1:1: error: the case file is missing 'deelwijzer_case'"));
    CHECK(firstError("deelwijzer_case: 2\n") == QStringLiteral("c.yaml:1:18: error: unsupported case-file format '2' (this version reads format 1)"));
    CHECK(firstError("deelwijzer_case: 1\nanswrs: {}\n") == QStringLiteral("c.yaml:2:1: error: unknown key 'answrs' in the case file; did you mean 'answers'?"));
    CHECK(firstError("deelwijzer_case: 1\nanswers:\n  q: {a: b}\n") == QStringLiteral("c.yaml:3:6: error: the answer to 'q' must be an answer id or a list of answer ids"));
    CHECK(firstError("deelwijzer_case: 1\nexpect: {verdict: fine}\n") == QStringLiteral("c.yaml:2:19: error: invalid verdict 'fine'; use one of: required, allowed, allowed_if, not_allowed, consult"));
    CHECK(firstError("deelwijzer_case: 1\nsaved: yesterday\n") == QStringLiteral("c.yaml:2:8: error: 'saved' must be a date and time like 2026-11-28T14:05:00Z"));
    CHECK(firstError("- just\n- a list\n") == QStringLiteral("c.yaml:1:1: error: a case file must be a mapping (key: value), not a list"));
}

TEST_CASE("saving is atomic and private", "[casefile]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("advice.yaml"));
    CaseFile file;
    file.answers = test::answers({{"acute_danger", {"yes"}}});
    QString error;
    REQUIRE(file.save(path, &error));
    CHECK(QFile::permissions(path) == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    Diagnostics diagnostics;
    const auto back = CaseFile::read(path, diagnostics);
    REQUIRE(back);
    CHECK(back->answers == file.answers);

    // A save that cannot happen leaves the old file untouched.
    const QString blocked = dir.filePath(QStringLiteral("missing-folder/advice.yaml"));
    CHECK_FALSE(file.save(blocked, &error));
    CHECK_FALSE(error.isEmpty());
}
