// SPDX-License-Identifier: EUPL-1.2
#include "testsupport.h"

#include "fingerprint.h"
#include "ruleset.h"

#include <QFile>
#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace deelwijzer;

namespace {
QList<QPair<QString, QByteArray>> demoFiles()
{
    QList<QPair<QString, QByteArray>> files;
    for (const char *name : {"ruleset.yaml", "catalogue.yaml", "tree/questions.yaml", "tree/routing.yaml"}) {
        QFile file(test::sourcePath(QStringLiteral("rules/demo/") + QString::fromLatin1(name)));
        REQUIRE(file.open(QIODevice::ReadOnly));
        files.append({QString::fromLatin1(name), file.readAll()});
    }
    return files;
}
} // namespace

TEST_CASE("the fingerprint follows content, not layout", "[fingerprint]")
{
    const QString original = test::demoRules()->fingerprint();
    auto files = demoFiles();

    SECTION("comments and blank lines do not change it")
    {
        files[1].second = "# a comment\n\n" + files[1].second + "\n# trailing\n";
        const auto result = RuleSetLoader::loadFiles(files);
        REQUIRE(result.ok());
        CHECK(result.ruleSet->fingerprint() == original);
    }
    SECTION("moving a section to another file does not change it")
    {
        const qsizetype split = files[1].second.indexOf("glossary:");
        files.append({QStringLiteral("tree/glossary.yaml"), files[1].second.mid(split)});
        files[1].second.truncate(split);
        const auto result = RuleSetLoader::loadFiles(files);
        INFO(result.diagnostics.toString().toStdString());
        REQUIRE(result.ok());
        CHECK(result.ruleSet->fingerprint() == original);
    }
    SECTION("one changed word changes it")
    {
        files[1].second.replace("Share no more than needed.", "Share no more than necessary.");
        const auto result = RuleSetLoader::loadFiles(files);
        REQUIRE(result.ok());
        CHECK(result.ruleSet->fingerprint() != original);
    }
}

TEST_CASE("verification codes are short, checked and stable", "[fingerprint]")
{
    const std::vector<RouteStep> route{{QStringLiteral("acute_danger"), {QStringLiteral("no")}},
                                       {QStringLiteral("data"), {QStringLiteral("health"), QStringLiteral("ordinary")}}};
    const QString sha(64, QLatin1Char('0'));
    const QString code = verificationCode(sha, route);
    CHECK(QRegularExpression(QStringLiteral("^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$")).match(code).hasMatch());
    CHECK(code == verificationCode(sha, route));
    CHECK(isWellFormedVerificationCode(code));

    // The order of multiple-choice answers does not matter; the answers and rules do.
    std::vector<RouteStep> reordered = route;
    reordered[1].answer = {QStringLiteral("ordinary"), QStringLiteral("health")};
    CHECK(verificationCode(sha, reordered) == code);
    std::vector<RouteStep> other = route;
    other[0].answer = {QStringLiteral("yes")};
    CHECK(verificationCode(sha, other) != code);
    CHECK(verificationCode(QString(64, QLatin1Char('1')), route) != code);

    // Typed sloppily it still reads; every single-character typo is caught.
    CHECK(normalizeVerificationCode(code.toLower().replace(QLatin1Char('-'), QLatin1Char(' '))) == code);
    const QString alphabet = QStringLiteral("0123456789ABCDEFGHJKMNPQRSTVWXYZ");
    const QString compact = QString(code).remove(QLatin1Char('-'));
    for (int i = 0; i < compact.size(); ++i) {
        for (const QChar c : alphabet) {
            if (c == compact.at(i))
                continue;
            QString typo = compact;
            typo[i] = c;
            CHECK_FALSE(isWellFormedVerificationCode(typo));
        }
    }
    CHECK_FALSE(isWellFormedVerificationCode(QStringLiteral("ABC")));
    CHECK(normalizeVerificationCode(QStringLiteral("U000-0000-0000")).isEmpty());
}
