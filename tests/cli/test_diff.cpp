// SPDX-License-Identifier: EUPL-1.2
// `deelwijzer-cli diff` and the review records of the manifest, run as a rule author would:
// on copies of the demo rule set with one change each.
#include "clisupport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace clitest;

namespace {

/// Two copies of the demo rule set: the old rules and the new ones a test changes.
struct TwoCopies
{
    QTemporaryDir dir;
    QString older = copyDemo(dir, QStringLiteral("old"));
    QString newer = copyDemo(dir, QStringLiteral("new"));

    /// `deelwijzer-cli diff OLD NEW --lang en`.
    Run diffInEnglish() const
    {
        return cli({QStringLiteral("diff"), older, newer, QStringLiteral("--lang"), QStringLiteral("en")});
    }
};

QString fingerprintOf(const QString &rules)
{
    const Run check = cli({QStringLiteral("check"), QStringLiteral("--rules"), rules});
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("fingerprint: ([0-9a-f]{64})")).match(check.out);
    REQUIRE(m.hasMatch());
    return m.captured(1);
}

QStringList changedCases(const QJsonObject &diff)
{
    QStringList names;
    for (const QJsonValue &c : diff.value(QStringLiteral("cases")).toArray()) {
        if (c.toObject().value(QStringLiteral("changed")).toBool())
            names << QFileInfo(c.toObject().value(QStringLiteral("case")).toString()).fileName();
    }
    return names;
}

} // namespace

TEST_CASE("diff of identical copies changes no advice", "[cli][diff]")
{
    const TwoCopies copies;
    const Run run = copies.diffInEnglish();
    INFO(run.out.toStdString() << run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("The rules have the same content.")));
    // Both copies hold the same seven cases: each replayed once.
    CHECK(run.out.contains(QStringLiteral("Cases replayed: 7; advice changed: 0")));
}

TEST_CASE("diff names a changed verdict and the cases that reach it", "[cli][diff]")
{
    const TwoCopies copies;
    const QString &older = copies.older;
    const QString &newer = copies.newer;
    edit(newer + QStringLiteral("/tree/routing.yaml"), QStringLiteral("  - id: anonymous-ok\n    verdict: allowed\n"),
         QStringLiteral("  - id: anonymous-ok\n    verdict: consult\n"));
    const Run run = copies.diffInEnglish();
    INFO(run.out.toStdString() << run.err.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.out.contains(QStringLiteral("changed outcome anonymous-ok\n    verdict: allowed \u2192 consult\n")));
    CHECK(run.out.contains(QStringLiteral("Cases replayed: 7; advice changed: 1")));
    CHECK(run.out.contains(QStringLiteral("anonymous.yaml")));
    CHECK(run.out.contains(QStringLiteral("before: \"Sharing is allowed\" (outcome anonymous-ok)")));
    CHECK(run.out.contains(QStringLiteral("after:  \"Seek advice first\" (outcome anonymous-ok)")));
    CHECK(!run.out.contains(QStringLiteral("acute.yaml")));

    const Run json = cli({QStringLiteral("diff"), older, newer, QStringLiteral("--json")});
    CHECK(json.exitCode == 1);
    const QJsonObject diff = QJsonDocument::fromJson(json.out.toUtf8()).object();
    const QJsonArray changes = diff.value(QStringLiteral("changes")).toArray();
    REQUIRE(changes.size() == 1);
    const QJsonObject change = changes.first().toObject();
    CHECK(change.value(QStringLiteral("section")).toString() == QStringLiteral("outcomes"));
    CHECK(change.value(QStringLiteral("id")).toString() == QStringLiteral("anonymous-ok"));
    CHECK(changedCases(diff) == QStringList{QStringLiteral("anonymous.yaml")});
    CHECK(diff.value(QStringLiteral("advice_changed")).toInt() == 1);

    // Dutch output (the default).
    const Run dutch = cli({QStringLiteral("diff"), older, newer});
    CHECK(dutch.exitCode == 1);
    CHECK(dutch.out.contains(QStringLiteral("\"Overleg eerst\"")));
    CHECK(dutch.out.contains(QStringLiteral("gewijzigd")));
}

TEST_CASE("diff shows a changed text before and after and changes no advice", "[cli][diff]")
{
    const TwoCopies copies;
    const QString &newer = copies.newer;
    edit(newer + QStringLiteral("/tree/questions.yaml"), QStringLiteral("en: \"Health\""),
         QStringLiteral("en: \"Health, including mental health and addiction care\""));
    const Run run = copies.diffInEnglish();
    INFO(run.out.toStdString() << run.err.toStdString());
    CHECK(run.exitCode == 0);
    // The answer is named by its id inside its question.
    CHECK(run.out.contains(QStringLiteral("changed question data\n    answers[health].label.en:\n"
                                          "      before: Health\n      after:  Health, including mental health and addiction care\n")));
    CHECK(run.out.contains(QStringLiteral("advice changed: 0")));
}

TEST_CASE("diff replays extra case folders and names a question the new rules add", "[cli][diff]")
{
    const TwoCopies copies;
    const QString &older = copies.older;
    const QString &newer = copies.newer;
    // The new rules ask about the purpose after the data.
    edit(newer + QStringLiteral("/tree/questions.yaml"), QStringLiteral("    next: route-by-sharer\n"),
         QStringLiteral("    next: purpose\n"));
    QFile questions(newer + QStringLiteral("/tree/questions.yaml"));
    REQUIRE(questions.open(QIODevice::Append));
    questions.write("\n  - id: purpose\n"
                    "    text: {nl: \"Waarvoor?\", en: \"What for?\"}\n"
                    "    why: {nl: \"Het doel bepaalt de grondslag.\", en: \"The purpose decides the ground.\"}\n"
                    "    next: route-by-sharer\n"
                    "    answers:\n"
                    "      - id: care\n"
                    "        label: {nl: \"Zorg\", en: \"Care\"}\n");
    questions.close();
    const QString saved = copies.dir.filePath(QStringLiteral("saved"));
    REQUIRE(QDir().mkpath(saved));
    QFile advice(saved + QStringLiteral("/doctor.yaml"));
    REQUIRE(advice.open(QIODevice::WriteOnly));
    advice.write("deelwijzer_case: 1\nanswers:\n  acute_danger: \"no\"\n  sharer: doctor\n  data: [health]\n  consent: refused\n");
    advice.close();

    const Run run = cli({QStringLiteral("diff"), older, newer, QStringLiteral("--cases"), saved, QStringLiteral("--json")});
    INFO(run.out.toStdString() << run.err.toStdString());
    CHECK(run.exitCode == 1);
    const QJsonObject diff = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(changedCases(diff).contains(QStringLiteral("doctor.yaml")));
    bool named = false;
    for (const QJsonValue &c : diff.value(QStringLiteral("cases")).toArray()) {
        const QJsonObject after = c.toObject().value(QStringLiteral("after")).toObject();
        if (c.toObject().value(QStringLiteral("case")).toString().endsWith(QStringLiteral("doctor.yaml")))
            named = after.value(QStringLiteral("next_question")).toString() == QStringLiteral("purpose");
    }
    CHECK(named);
    const Run text = cli({QStringLiteral("diff"), older, newer, QStringLiteral("--cases"), saved, QStringLiteral("--lang"),
                          QStringLiteral("en")});
    CHECK(text.out.contains(QStringLiteral("added question purpose")));
    CHECK(text.out.contains(QStringLiteral("after:  no advice: question 'purpose' is unanswered")));
}

TEST_CASE("diff refuses wrong input", "[cli][diff]")
{
    QTemporaryDir dir;
    const QString older = copyDemo(dir, QStringLiteral("old"));
    CHECK(cli({QStringLiteral("diff"), older}).exitCode == 2);
    CHECK(cli({QStringLiteral("diff"), QStringLiteral("--help")}).exitCode == 0);
    CHECK(cli({QStringLiteral("diff"), older, dir.filePath(QStringLiteral("missing"))}).exitCode == 4);
    CHECK(cli({QStringLiteral("diff"), older, older, QStringLiteral("--cases"), dir.filePath(QStringLiteral("nothing"))}).exitCode == 4);
    const QString broken = dir.filePath(QStringLiteral("broken"));
    REQUIRE(QDir().mkpath(broken));
    QFile bad(broken + QStringLiteral("/bad.yaml"));
    REQUIRE(bad.open(QIODevice::WriteOnly));
    bad.write("deelwijzer_case: 1\nanswers: [not, a, mapping\n");
    bad.close();
    const Run run = cli({QStringLiteral("diff"), older, older, QStringLiteral("--cases"), broken});
    CHECK(run.exitCode == 4);
    CHECK(run.err.contains(QStringLiteral("bad.yaml:")));
}

TEST_CASE("check warns when the rules changed after their last review", "[cli][review]")
{
    QTemporaryDir dir;
    const QString rules = copyDemo(dir, QStringLiteral("rules"));
    const QString fingerprint = fingerprintOf(rules);
    const QString manifest = rules + QStringLiteral("/ruleset.yaml");
    edit(manifest, QStringLiteral("  sources: [demo-source]\n"),
         QStringLiteral("  sources: [demo-source]\n"
                        "  reviews:\n"
                        "    - {reviewer: A. Jansen, role: privacy officer, date: 2026-11-02, fingerprint: %1}\n")
             .arg(fingerprint));
    // Signing does not change what was signed.
    CHECK(fingerprintOf(rules) == fingerprint);
    const Run reviewed = cli({QStringLiteral("check"), QStringLiteral("--strict"), QStringLiteral("--rules"), rules});
    INFO(reviewed.out.toStdString());
    CHECK(reviewed.exitCode == 0);
    CHECK(reviewed.out.contains(QStringLiteral("Reviewed by A. Jansen (privacy officer) on 2 November 2026.")));

    edit(rules + QStringLiteral("/tree/questions.yaml"), QStringLiteral("en: \"Health\""), QStringLiteral("en: \"Health data\""));
    const Run changed = cli({QStringLiteral("check"), QStringLiteral("--strict"), QStringLiteral("--rules"), rules});
    INFO(changed.out.toStdString());
    CHECK(changed.exitCode == 1);
    CHECK(changed.out.contains(QStringLiteral("ruleset.yaml:17:")));
    CHECK(changed.out.contains(QStringLiteral("the last review (A. Jansen, 2026-11-02) signed off fingerprint %1…")
                                   .arg(fingerprint.left(12))));
    CHECK(changed.out.contains(QStringLiteral("Not reviewed: the rules have changed since A. Jansen (privacy officer) reviewed them")));
    // Without --strict the warning does not fail the check.
    CHECK(cli({QStringLiteral("check"), QStringLiteral("--rules"), rules}).exitCode == 0);
}

TEST_CASE("a review must name a fingerprint and the shipped rules are not reviewed", "[cli][review]")
{
    QTemporaryDir dir;
    const QString rules = copyDemo(dir, QStringLiteral("rules"));
    edit(rules + QStringLiteral("/ruleset.yaml"), QStringLiteral("  sources: [demo-source]\n"),
         QStringLiteral("  sources: [demo-source]\n"
                        "  reviews:\n"
                        "    - {reviewer: A. Jansen, role: jurist, date: 2026-11-02, fingerprint: abc}\n"));
    const Run bad = cli({QStringLiteral("check"), QStringLiteral("--rules"), rules});
    CHECK(bad.exitCode == 1);
    CHECK(bad.out.contains(QStringLiteral("a review's fingerprint is the 64 hex digits")));
    const Run shipped = cli({QStringLiteral("check")});
    CHECK(shipped.out.contains(QStringLiteral("Not reviewed: nobody has signed off these rules.")));
}
