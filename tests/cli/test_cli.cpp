// SPDX-License-Identifier: EUPL-1.2
// Runs deelwijzer-cli as a user would and checks exit codes, output and the JSON contract
// of design §5.
#include "clisupport.h"
#include "fingerprint.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace clitest;

namespace {

const QString demo = QStringLiteral(DEELWIJZER_SOURCE_DIR "/rules/demo");
const QString demoCases = demo + QStringLiteral("/cases/");

QString writeCase(QTemporaryDir &dir, const char *name, const QByteArray &content)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(content);
    return path;
}

/// The verification code of the demo case police-private.yaml under `rules` with health data
/// shared as well: the code of the same case with one answer changed.
QString codeWithHealthData(QTemporaryDir &dir, const QString &rules)
{
    QFile source(demoCases + QStringLiteral("police-private.yaml"));
    REQUIRE(source.open(QIODevice::ReadOnly));
    QByteArray variant = source.readAll();
    variant.replace("data: [ordinary]", "data: [ordinary, health]");
    const QString variantPath = writeCase(dir, "variant.yaml", variant);
    const Run json = cli({QStringLiteral("run"), variantPath, QStringLiteral("--json"), QStringLiteral("--rules"), rules});
    REQUIRE(json.exitCode == 0);
    return QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("code")).toString();
}

} // namespace

TEST_CASE("help, version and usage errors", "[cli]")
{
    const Run help = cli({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("deelwijzer-cli verify CASE.yaml CODE")));
    const Run version = cli({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith(QStringLiteral("deelwijzer-cli ")));
    CHECK(cli({}).exitCode == 2);
    CHECK(cli({QStringLiteral("frobnicate")}).exitCode == 2);
    CHECK(cli({QStringLiteral("run")}).exitCode == 2);
    CHECK(cli({QStringLiteral("run"), QStringLiteral("--bogus"), QStringLiteral("x.yaml")}).exitCode == 2);
    const Run lang = cli({QStringLiteral("run"), demoCases + QStringLiteral("acute.yaml"), QStringLiteral("--lang"), QStringLiteral("de"),
                          QStringLiteral("--rules"), demo});
    CHECK(lang.exitCode == 2);
    CHECK(lang.err.contains(QStringLiteral("--lang must be nl or en, not 'de'")));
    CHECK(cli({QStringLiteral("report"), demoCases + QStringLiteral("acute.yaml"), QStringLiteral("-o"), QStringLiteral("x.docx"),
               QStringLiteral("--rules"), demo})
              .exitCode
          == 2);
    CHECK(cli({QStringLiteral("test"), QStringLiteral("--min-coverage"), QStringLiteral("150"), QStringLiteral("--rules"), demo}).exitCode == 2);
}

TEST_CASE("check reports a clean rule set and a broken one", "[cli]")
{
    const Run clean = cli({QStringLiteral("check"), QStringLiteral("--strict"), QStringLiteral("--rules"), demo});
    CHECK(clean.exitCode == 0);
    CHECK(clean.out.contains(QStringLiteral("rule set 'demo' version 1.0.0 (draft): 5 questions, 2 decisions, 7 outcomes")));
    CHECK(clean.out.contains(QStringLiteral("cases checked: 7; errors: 0, warnings: 0")));

    // A ground without its statute words loads, with a warning that --strict turns into a failure.
    QTemporaryDir copy;
    for (const char *name : {"ruleset.yaml", "catalogue.yaml", "tree/questions.yaml", "tree/routing.yaml"}) {
        QFile source(demo + QLatin1Char('/') + QString::fromLatin1(name));
        REQUIRE(source.open(QIODevice::ReadOnly));
        QByteArray content = source.readAll();
        content.replace("    words: \"De verwerkingsverantwoordelijke verstrekt politiegegevens aan:\"\n", "");
        QDir().mkpath(QFileInfo(copy.filePath(QString::fromLatin1(name))).absolutePath());
        writeCase(copy, name, content);
    }
    const Run lenient = cli({QStringLiteral("check"), QStringLiteral("--rules"), copy.path()});
    CHECK(lenient.exitCode == 0);
    CHECK(lenient.out.contains(QStringLiteral("warning: ground 'wpg-16-1-a' has no 'words'")));
    CHECK(cli({QStringLiteral("check"), QStringLiteral("--strict"), QStringLiteral("--rules"), copy.path()}).exitCode == 1);

    QTemporaryDir dir;
    writeCase(dir, "ruleset.yaml", "ruleset:\n  id: x\n  version: 1\n");
    const Run broken = cli({QStringLiteral("check"), QStringLiteral("--rules"), dir.path()});
    CHECK(broken.exitCode == 1);
    CHECK(broken.out.contains(dir.path() + QStringLiteral("/ruleset.yaml:3:12: error: version '1' is not of the form MAJOR.MINOR.PATCH")));
    CHECK(broken.out.contains(QStringLiteral("/ruleset.yaml:2:3: error: ruleset is missing 'valid_from'")));
}

TEST_CASE("check --strict fails on a warning that check alone accepts", "[cli]")
{
    // The demo rules with one case, whose answer to 'sharer' is off the route: a warning.
    QTemporaryDir dir;
    for (const char *name : {"ruleset.yaml", "catalogue.yaml", "tree/questions.yaml", "tree/routing.yaml"}) {
        QFile original(demo + QLatin1Char('/') + QString::fromLatin1(name));
        REQUIRE(original.open(QIODevice::ReadOnly));
        REQUIRE(QDir(dir.path()).mkpath(QStringLiteral("tree")));
        writeCase(dir, name, original.readAll());
    }
    REQUIRE(QDir(dir.path()).mkpath(QStringLiteral("cases")));
    writeCase(dir, "cases/off-route.yaml",
              "deelwijzer_case: 1\nanswers:\n  acute_danger: \"yes\"\n  sharer: police\nexpect:\n  verdict: allowed_if\n");
    const QString warning = dir.filePath(QStringLiteral("cases/off-route.yaml"))
        + QStringLiteral(":4:3: warning: the answer to 'sharer' is not used: the route does not ask it");

    const Run lenient = cli({QStringLiteral("check"), QStringLiteral("--rules"), dir.path()});
    INFO(lenient.out.toStdString() << lenient.err.toStdString());
    CHECK(lenient.out.contains(warning));
    CHECK(lenient.out.contains(QStringLiteral("cases checked: 1; errors: 0, warnings: 1")));
    CHECK(lenient.exitCode == 0);

    const Run strict = cli({QStringLiteral("check"), QStringLiteral("--strict"), QStringLiteral("--rules"), dir.path()});
    INFO(strict.out.toStdString() << strict.err.toStdString());
    CHECK(strict.out.contains(warning));
    CHECK(strict.exitCode == 1);
}

TEST_CASE("run prints the advice as text or JSON", "[cli]")
{
    const Run text = cli({QStringLiteral("run"), demoCases + QStringLiteral("police-om-health.yaml"), QStringLiteral("--rules"), demo,
                          QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(text.exitCode == 0);
    CHECK(text.out.startsWith(QStringLiteral("\u279C Sharing is required (Statutory duty)\n")));
    CHECK(text.out.contains(QStringLiteral("\nLegal grounds:\n")));
    CHECK(text.out.contains(QStringLiteral("  The advice rests on:\n  - Wpg, Art. 16(1)(a) [Legal basis]: Provision to the Public "
                                           "Prosecution Service\n")));
    CHECK(text.out.contains(QStringLiteral("    Statutory text (Dutch), in force from 2025-07-01: “De verwerkingsverantwoordelijke "
                                           "verstrekt politiegegevens aan:”\n")));
    CHECK(text.out.contains(QStringLiteral("  - Wpg, Art. 5 [Exception for special-category or criminal-offence data]")));
    CHECK(text.out.contains(QStringLiteral("\nConditions:\n  Tick every condition before you share.\n  [ ] ")));
    CHECK(text.out.contains(QStringLiteral("\n  [ ] Take extra care with health data.\n")));
    // The same heading as the report and the app (it said "Next steps" once).
    CHECK(text.out.contains(QStringLiteral("\nWhat to do next:\n  1. ")));

    const Run dutch = cli({QStringLiteral("run"), demoCases + QStringLiteral("police-om-health.yaml"), QStringLiteral("--rules"), demo});
    CHECK(dutch.out.startsWith(QStringLiteral("\u279C Delen moet (Wettelijke plicht)\n")));
    CHECK(dutch.out.contains(QStringLiteral("\nWat u nu doet:\n")));
    CHECK(dutch.out.contains(QStringLiteral("\nOver dit advies:\n")));
    CHECK(dutch.out.contains(QStringLiteral("art. 16 lid 1 onder a Wpg")));

    const Run json = cli({QStringLiteral("run"), demoCases + QStringLiteral("police-om-health.yaml"), QStringLiteral("--json"),
                          QStringLiteral("--rules"), demo});
    REQUIRE(json.exitCode == 0);
    QJsonParseError error;
    const QJsonObject advice = QJsonDocument::fromJson(json.out.toUtf8(), &error).object();
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK(advice.value(QStringLiteral("verdict")).toString() == QStringLiteral("required"));
    CHECK(advice.value(QStringLiteral("outcome")).toString() == QStringLiteral("police-om"));
    CHECK(advice.value(QStringLiteral("grounds")).toArray() == QJsonArray{QStringLiteral("wpg-16-1-a"), QStringLiteral("wpg-5")});
    CHECK(advice.value(QStringLiteral("conditions")).toArray() == QJsonArray{QStringLiteral("necessity"), QStringLiteral("special-care")});
    const QJsonArray detail = advice.value(QStringLiteral("grounds_detail")).toArray();
    REQUIRE(detail.size() == 2);
    const QJsonObject first = detail.at(0).toObject();
    CHECK(first.value(QStringLiteral("id")).toString() == QStringLiteral("wpg-16-1-a"));
    CHECK(first.value(QStringLiteral("role")).toString() == QStringLiteral("basis"));
    CHECK(first.value(QStringLiteral("words")).toString() == QStringLiteral("De verwerkingsverantwoordelijke verstrekt politiegegevens aan:"));
    CHECK(first.value(QStringLiteral("text_date")).toString() == QStringLiteral("2025-07-01"));
    CHECK(first.value(QStringLiteral("url")).toString().startsWith(QStringLiteral("https://wetten.overheid.nl/")));
    CHECK(detail.at(1).toObject().value(QStringLiteral("role")).toString() == QStringLiteral("exception"));
    const QJsonArray route = advice.value(QStringLiteral("route")).toArray();
    REQUIRE(route.size() == 4);
    CHECK(route.at(0).toObject() == QJsonObject{{QStringLiteral("question"), QStringLiteral("acute_danger")}, {QStringLiteral("answer"), QStringLiteral("no")}});
    CHECK(route.at(2).toObject().value(QStringLiteral("answer")).toArray() == QJsonArray{QStringLiteral("ordinary"), QStringLiteral("health")});
    const QJsonObject ruleset = advice.value(QStringLiteral("ruleset")).toObject();
    CHECK(ruleset.value(QStringLiteral("id")).toString() == QStringLiteral("demo"));
    CHECK(ruleset.value(QStringLiteral("version")).toString() == QStringLiteral("1.0.0"));
    CHECK(ruleset.value(QStringLiteral("sha256")).toString().size() == 64);
    CHECK(advice.value(QStringLiteral("code")).toString().size() == 14);
}

TEST_CASE("run: too few answers, invalid cases and invalid rules", "[cli]")
{
    QTemporaryDir dir;
    const QString partial = writeCase(dir, "partial.yaml", "deelwijzer_case: 1\nanswers:\n  acute_danger: \"no\"\n");
    const Run incomplete = cli({QStringLiteral("run"), partial, QStringLiteral("--rules"), demo});
    CHECK(incomplete.exitCode == 3);
    CHECK(incomplete.err.contains(QStringLiteral("next question: sharer")));

    const QString wrong = writeCase(dir, "wrong.yaml", "deelwijzer_case: 1\nanswers:\n  acute_danger: perhaps\n");
    const Run invalid = cli({QStringLiteral("run"), wrong, QStringLiteral("--rules"), demo});
    CHECK(invalid.exitCode == 4);
    CHECK(invalid.err.contains(wrong + QStringLiteral(":3:3: error: invalid answer to 'acute_danger'")));
    // In Dutch, the whole message is Dutch: the engine's reason as well (no English inside).
    const Run dutch = cli({QStringLiteral("run"), wrong, QStringLiteral("--rules"), demo, QStringLiteral("--lang"), QStringLiteral("nl")});
    CHECK(dutch.err.contains(wrong + QStringLiteral(":3:3: fout: ongeldig antwoord op 'acute_danger': 'perhaps' is geen antwoord op "
                                                    "'acute_danger'")));

    const Run missing = cli({QStringLiteral("run"), dir.filePath(QStringLiteral("nope.yaml")), QStringLiteral("--rules"), demo});
    CHECK(missing.exitCode == 4);

    // Consent given for other data than the case now holds: a warning with its line, and the
    // engine asks for consent again.
    const QString stale = writeCase(dir, "stale.yaml",
                                    "deelwijzer_case: 1\n"
                                    "answers: {acute_danger: \"no\", sharer: doctor, data: [health],\n"
                                    "  consent: given}\n"
                                    "given_for:\n"
                                    "  consent: {sharer: doctor, data: [ordinary]}\n");
    const Run again = cli({QStringLiteral("run"), stale, QStringLiteral("--rules"), demo});
    CHECK(again.exitCode == 3);
    CHECK(again.err.contains(stale + QStringLiteral(":3:3: warning: the answer to 'consent' no longer holds: it was given "
                                                    "for other answers to data; it will be asked again")));
    CHECK(again.err.contains(QStringLiteral("next question: consent")));

    const Run badRules = cli({QStringLiteral("run"), partial, QStringLiteral("--rules"), dir.path()});
    CHECK(badRules.exitCode == 4);
    CHECK(badRules.err.contains(QStringLiteral("no ruleset.yaml")));
}

TEST_CASE("verify confirms a code, catches a typo and says when the rules changed", "[cli]")
{
    const QString acute = demoCases + QStringLiteral("acute.yaml");
    const Run json = cli({QStringLiteral("run"), acute, QStringLiteral("--json"), QStringLiteral("--rules"), demo});
    const QJsonObject advice = QJsonDocument::fromJson(json.out.toUtf8()).object();
    const QString code = advice.value(QStringLiteral("code")).toString();
    REQUIRE(code.size() == 14);

    const Run ok = cli({QStringLiteral("verify"), acute, code.toLower(), QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--rules"), demo});
    CHECK(ok.exitCode == 0);
    CHECK(ok.out.startsWith(QStringLiteral("OK: code ") + code));

    QString typo = code;
    typo[0] = typo[0] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    const Run bad = cli({QStringLiteral("verify"), acute, typo, QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--rules"), demo});
    CHECK(bad.exitCode == 1);
    CHECK(bad.out.contains(QStringLiteral("is not a valid verification code")));

    const Run other = cli({QStringLiteral("verify"), demoCases + QStringLiteral("unsure.yaml"), code, QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--rules"), demo});
    CHECK(other.exitCode == 1);
    CHECK(other.out.startsWith(QStringLiteral("MISMATCH")));

    // A case saved under rules that have changed since: the code of that time is recognised
    // and the change is said plainly.
    QTemporaryDir dir;
    QFile source(acute);
    REQUIRE(source.open(QIODevice::ReadOnly));
    QByteArray saved = source.readAll();
    const QString oldSha(64, QLatin1Char('c'));
    saved.replace("deelwijzer_case: 1\n", "deelwijzer_case: 1\nruleset: {id: demo, version: 0.9.0, sha256: " + oldSha.toLatin1() + "}\n");
    const QString savedPath = writeCase(dir, "saved.yaml", saved);
    const QString oldCode = deelwijzer::verificationCode(oldSha, {{QStringLiteral("acute_danger"), {QStringLiteral("yes")}}});
    const Run changed = cli({QStringLiteral("verify"), savedPath, oldCode, QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--rules"), demo});
    CHECK(changed.exitCode == 1);
    CHECK(changed.err.contains(QStringLiteral("warning: the rules have changed since this case was saved (saved under version 0.9.0")));
    CHECK(changed.out.contains(QStringLiteral("belongs to this case under the rules it was saved with (version 0.9.0")));
    CHECK(changed.out.contains(QStringLiteral("Under the current rules (version 1.0.0) the advice is \"Allowed under conditions\" with code ") + code));
}

TEST_CASE("test runs the expect blocks and reports outcome coverage", "[cli]")
{
    const Run all = cli({QStringLiteral("test"), QStringLiteral("--min-coverage"), QStringLiteral("100"), QStringLiteral("--rules"), demo});
    CHECK(all.exitCode == 0);
    CHECK(all.out.contains(QStringLiteral("outcome coverage: 7 of 7 outcomes reached (100.0%)")));
    CHECK(all.out.contains(QStringLiteral("cases: 7 passed, 0 failed")));

    QTemporaryDir dir;
    const QString wrong = writeCase(dir, "wrong-expectation.yaml",
                                    "deelwijzer_case: 1\nanswers:\n  acute_danger: \"yes\"\nexpect:\n  verdict: not_allowed\n"
                                    "  grounds: [wpg-5]\n");
    const Run failed = cli({QStringLiteral("test"), wrong, QStringLiteral("--rules"), demo});
    CHECK(failed.exitCode == 1);
    CHECK(failed.out.contains(QStringLiteral("FAIL wrong-expectation.yaml: verdict is allowed_if, expected not_allowed; ground wpg-5 missing (advice cites: avg-6-1-d)")));

    const Run coverage = cli({QStringLiteral("test"), demoCases + QStringLiteral("acute.yaml"), QStringLiteral("--min-coverage"),
                              QStringLiteral("50"), QStringLiteral("--rules"), demo});
    CHECK(coverage.exitCode == 1);
    CHECK(coverage.out.contains(QStringLiteral("outcome coverage 14.3% is below the required 50%")));
}

TEST_CASE("every command explains itself with --help", "[cli]")
{
    for (const char *command : {"check", "run", "report", "verify", "test", "book"}) {
        const Run help = cli({QString::fromLatin1(command), QStringLiteral("--help")});
        INFO(command << ": " << help.err.toStdString());
        CHECK(help.exitCode == 0);
        CHECK(help.out.startsWith(QStringLiteral("Usage: deelwijzer-cli ") + QString::fromLatin1(command)));
        CHECK(help.out.contains(QStringLiteral("--rules")));
    }
    CHECK(cli({QStringLiteral("report"), QStringLiteral("-h")}).out.contains(QStringLiteral("--reference")));
}

TEST_CASE("report refuses to write through a symbolic link and says so", "[cli]")
{
    QTemporaryDir dir;
    const QString victim = dir.filePath(QStringLiteral("victim.txt"));
    writeCase(dir, "victim.txt", "precious");
    const QString link = dir.filePath(QStringLiteral("advice.html"));
    REQUIRE(QFile::link(victim, link));
    const Run written = cli({QStringLiteral("report"), demoCases + QStringLiteral("acute.yaml"), QStringLiteral("-o"), link,
                             QStringLiteral("--rules"), demo});
    CHECK(written.exitCode == 5);
    CHECK(written.err.contains(QStringLiteral("symbolic link")));
    QFile file(victim);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == "precious");
    CHECK_FALSE(written.out.contains(QStringLiteral("wrote")));
}

TEST_CASE("report warns when the reference looks like personal data", "[cli]")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("advice.html"));
    const Run named = cli({QStringLiteral("report"), demoCases + QStringLiteral("acute.yaml"), QStringLiteral("-o"), out,
                           QStringLiteral("--reference"), QStringLiteral("Jan de Vries 06-12345678"), QStringLiteral("--rules"), demo});
    CHECK(named.exitCode == 0);
    CHECK(named.err.contains(QStringLiteral("warning: the case reference")));
    CHECK(named.err.contains(QStringLiteral("a name")));
    CHECK(named.err.contains(QStringLiteral("a phone number")));
    const Run plain = cli({QStringLiteral("report"), demoCases + QStringLiteral("acute.yaml"), QStringLiteral("-o"), out,
                           QStringLiteral("--reference"), QStringLiteral("VT-2026-0143"), QStringLiteral("--rules"), demo});
    CHECK(plain.exitCode == 0);
    CHECK_FALSE(plain.err.contains(QStringLiteral("warning")));
}

TEST_CASE("verify speaks the chosen language and names the answer that differs", "[cli]")
{
    QTemporaryDir dir;
    const QString privateCase = demoCases + QStringLiteral("police-private.yaml");
    const QString variantCode = codeWithHealthData(dir, demo);

    const Run english = cli({QStringLiteral("verify"), privateCase, variantCode, QStringLiteral("--lang"), QStringLiteral("en"),
                             QStringLiteral("--rules"), demo});
    CHECK(english.exitCode == 1);
    CHECK(english.out.startsWith(QStringLiteral("MISMATCH")));
    CHECK(english.out.contains(QStringLiteral("one answer changed: to \"Which data do you want to share?\"")));

    const Run dutch = cli({QStringLiteral("verify"), privateCase, variantCode, QStringLiteral("--rules"), demo});
    CHECK(dutch.exitCode == 1);
    CHECK(dutch.out.startsWith(QStringLiteral("GEEN MATCH")));
    CHECK(dutch.out.contains(QStringLiteral("\"Welke gegevens wilt u delen?\"")));

    const Run unrelated = cli({QStringLiteral("verify"), demoCases + QStringLiteral("acute.yaml"), variantCode,
                               QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--rules"), demo});
    CHECK(unrelated.out.contains(QStringLiteral("No single changed answer gives this code")));
}

TEST_CASE("verify names the answer that differs in words without glossary markup", "[cli]")
{
    // The question and an answer link to the glossary, as rule texts may.
    QTemporaryDir dir;
    const QString rules = copyDemo(dir, QStringLiteral("rules"));
    edit(rules + QStringLiteral("/tree/questions.yaml"),
         QStringLiteral("text: {nl: \"Welke gegevens wilt u delen?\", en: \"Which data do you want to share?\"}"),
         QStringLiteral("text: {nl: \"Welke gegevens wilt u delen, ondanks uw [[beroepsgeheim]]?\", "
                        "en: \"Which data do you want to share despite your [[beroepsgeheim|professional secrecy]]?\"}"));
    edit(rules + QStringLiteral("/tree/questions.yaml"), QStringLiteral("en: \"Ordinary data\""),
         QStringLiteral("en: \"Ordinary data, no [[beroepsgeheim|secret]]\""));
    const QString savedPath = demoCases + QStringLiteral("police-private.yaml");
    const QString variantCode = codeWithHealthData(dir, rules);

    const Run english = cli({QStringLiteral("verify"), savedPath, variantCode, QStringLiteral("--lang"), QStringLiteral("en"),
                             QStringLiteral("--rules"), rules});
    INFO(english.out.toStdString() << english.err.toStdString());
    CHECK(english.exitCode == 1);
    CHECK(english.out.contains(QStringLiteral("to \"Which data do you want to share despite your professional secrecy?\" "
                                              "this case answers \"Ordinary data, no secret\"")));
    CHECK_FALSE(english.out.contains(QStringLiteral("[[")));
    const Run dutch = cli({QStringLiteral("verify"), savedPath, variantCode, QStringLiteral("--rules"), rules});
    CHECK(dutch.out.contains(QStringLiteral("\"Welke gegevens wilt u delen, ondanks uw Beroepsgeheim?\"")));
    CHECK_FALSE(dutch.out.contains(QStringLiteral("[[")));
}

TEST_CASE("a broken rule file is reported in Dutch to a Dutch user", "[cli]")
{
    // The reader's own messages (empty, binary, syntax) come from the Dutch translations too.
    const QStringList dutchUser{QStringLiteral("LC_ALL=nl_NL.UTF-8"), QStringLiteral("LANG=nl_NL.UTF-8"),
                                QStringLiteral("LANGUAGE=nl")};
    const struct
    {
        QByteArray content;
        QString dutch;
    } files[] = {
        {"\n\n", QStringLiteral("ruleset.yaml:1:1: fout: bestand is leeg")},
        {QByteArray("ruleset:\0", 9), QStringLiteral("bestand is binair, geen YAML-tekst")},
        {"ruleset: [unclosed\n", QStringLiteral("YAML-syntaxfout: ")},
    };
    for (const auto &file : files) {
        QTemporaryDir dir;
        writeCase(dir, "ruleset.yaml", file.content);
        const Run run = cli({QStringLiteral("check"), QStringLiteral("--rules"), dir.path()}, dutchUser);
        INFO(run.out.toStdString() << run.err.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.out.contains(file.dutch));
    }
}

TEST_CASE("messages never pass control characters to the terminal", "[cli]")
{
    const Run missing = cli({QStringLiteral("run"), QStringLiteral("/nonexistent/\x1b]0;owned\x07.yaml"), QStringLiteral("--rules"), demo});
    CHECK(missing.exitCode == 4);
    CHECK_FALSE(missing.err.contains(QLatin1Char('\x1b')));
    CHECK_FALSE(missing.err.contains(QLatin1Char('\x07')));
    CHECK(missing.err.contains(QStringLiteral("No such file or directory")));
    CHECK_FALSE(missing.err.contains(QStringLiteral(":0:0")));
}

TEST_CASE("book writes the review book in the asked language and refuses bad requests", "[cli][book]")
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    REQUIRE_FALSE(pdftotext.isEmpty()); // poppler-utils: scripts/install-dependencies.sh
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString pdf = dir.filePath(QStringLiteral("book.pdf"));
    const Run written = cli({QStringLiteral("book"), QStringLiteral("--rules"), demo, QStringLiteral("-o"), pdf, QStringLiteral("--lang"),
                             QStringLiteral("both")});
    INFO(written.err.toStdString());
    REQUIRE(written.exitCode == 0);
    CHECK(written.out.contains(QStringLiteral("wrote ")));
    CHECK((QFileInfo(pdf).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);
    QProcess text;
    text.start(pdftotext, {pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(60000));
    const QString words = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    // The fixed words come from the translations: Dutch first, English beside it.
    CHECK(words.contains(QStringLiteral("Beoordelingsboek / Review book")));
    CHECK(words.contains(QStringLiteral("Routes die hierheen leiden / Routes that lead here")));
    CHECK(words.contains(QStringLiteral("Pagina 1 van")));

    const QString html = dir.filePath(QStringLiteral("book.html"));
    REQUIRE(cli({QStringLiteral("book"), QStringLiteral("--rules"), demo, QStringLiteral("-o"), html, QStringLiteral("--lang"),
                 QStringLiteral("en")}).exitCode == 0);
    QFile file(html);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(file.readAll()).contains(QStringLiteral("Routes that lead here")));

    CHECK(cli({QStringLiteral("book"), QStringLiteral("--rules"), demo}).exitCode == 2);
    CHECK(cli({QStringLiteral("book"), QStringLiteral("-o"), dir.filePath(QStringLiteral("book.odt"))}).exitCode == 2);
    CHECK(cli({QStringLiteral("book"), QStringLiteral("-o"), pdf, QStringLiteral("--lang"), QStringLiteral("de")}).exitCode == 2);
    CHECK(cli({QStringLiteral("book"), QStringLiteral("--rules"), QStringLiteral("/nonexistent"), QStringLiteral("-o"), pdf}).exitCode == 4);
    CHECK(cli({QStringLiteral("book"), QStringLiteral("--rules"), demo, QStringLiteral("-o"), QStringLiteral("/nonexistent/dir/book.pdf")})
              .exitCode == 5);
    CHECK(cli({QStringLiteral("book"), QStringLiteral("--help")}).out.contains(QStringLiteral("--lang")));
}
