// SPDX-License-Identifier: EUPL-1.2
#include "testsupport.h"

#include "fingerprint.h"
#include "ruleset.h"
#include "yamldocument.h"

#include <QSet>

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

namespace {
/// A text scalar of a rule file: where it stands and which section it belongs to.
struct TextSpot
{
    qsizetype file;
    int line;
    int column;
    QString section;
};

void collectTexts(const YamlNode &node, const QString &key, const QString &section, qsizetype file,
                  std::vector<TextSpot> &spots)
{
    static const QStringList textKeys{QStringLiteral("nl"), QStringLiteral("en"), QStringLiteral("words"),
                                      QStringLiteral("url"), QStringLiteral("title")};
    switch (node.kind()) {
    case YamlNode::Kind::Scalar:
        if (textKeys.contains(key))
            spots.push_back({file, node.location().line, node.location().column, section});
        return;
    case YamlNode::Kind::Sequence:
        for (const YamlNode *item : node.items())
            collectTexts(*item, key, section, file, spots);
        return;
    case YamlNode::Kind::Mapping:
        for (const auto &[k, value] : node.entries())
            collectTexts(*value, k->scalar(), section.isEmpty() ? k->scalar() : section, file, spots);
        return;
    case YamlNode::Kind::Null:
        return;
    }
}

/// `content` with a letter added to the text scalar that starts at `line`:`column`.
QByteArray withLetterAdded(const QByteArray &content, int line, int column)
{
    QStringList lines = QString::fromUtf8(content).split(QLatin1Char('\n'));
    QString &text = lines[line - 1];
    const QChar first = text.at(column - 1);
    if (first == u'|' || first == u'>') {
        QString &next = lines[line]; // a block scalar: its text starts on the next line
        const qsizetype indent = next.size() - next.trimmed().size();
        next.insert(indent, QLatin1Char('Z'));
    } else {
        qsizetype at = first == u'"' || first == u'\'' ? column : column - 1;
        if (text.mid(at).startsWith(QLatin1String("https://")))
            at += 8; // a link stays a link
        text.insert(at, QLatin1Char('Z'));
    }
    return lines.join(QLatin1Char('\n')).toUtf8();
}
} // namespace

TEST_CASE("changing any text of any kind of entry changes the fingerprint", "[fingerprint]")
{
    const QString original = test::demoRules()->fingerprint();
    const auto files = demoFiles();
    std::vector<TextSpot> spots;
    for (qsizetype i = 0; i < files.size(); ++i) {
        Diagnostics diagnostics;
        const YamlTree root = YamlDocument::parse(files[i].second, files[i].first, diagnostics);
        REQUIRE(root);
        collectTexts(*root, QString(), QString(), i, spots);
    }
    QSet<QString> sections;
    for (const TextSpot &spot : spots) {
        auto changed = files;
        changed[spot.file].second = withLetterAdded(files[spot.file].second, spot.line, spot.column);
        const auto result = RuleSetLoader::loadFiles(changed);
        INFO(files[spot.file].first.toStdString() << ":" << spot.line << ":" << spot.column);
        INFO(result.diagnostics.toString().toStdString());
        REQUIRE(result.ok());
        CHECK(result.ruleSet->fingerprint() != original);
        sections.insert(spot.section);
    }
    // Every kind of entry had a text changed.
    for (const char *section : {"ruleset", "laws", "grounds", "glossary", "conditions", "actions", "sources", "questions",
                                "decisions", "outcomes"})
        CHECK(sections.contains(QLatin1String(section)));
}

TEST_CASE("changing any mark of meaning changes the fingerprint but key order and quoting do not", "[fingerprint]")
{
    const QString original = test::demoRules()->fingerprint();
    struct Edit
    {
        qsizetype file;
        const char *from;
        const char *to;
        bool changes;
    };
    const Edit edits[] = {
        {1, "    role: basis\n    words: \"noodzakelijk om", "    role: exception\n    words: \"noodzakelijk om", true},
        {1, "text_date: 2025-07-01", "text_date: 2025-07-02", true},
        {1, "    status: unsure\n", "", true},
        {2, "        bound_by_secrecy: true\n", "", true},
        {2, "        data_category: special\n", "        data_category: criminal\n", true},
        {2, "valid_for: [sharer, data]", "valid_for: [data]", true},
        {2, "        exclusive: true\n", "", true},
        {3, "{id: bw-7-457, role: lifts_secrecy}", "{id: bw-7-457}", true},
        {3, "verdict: not_allowed", "verdict: consult", true},
        {3, "{data: health}}\n      - {id: bw-7-457", "{data: [health, ordinary]}}\n      - {id: bw-7-457", true},
        // Layout only: quoting, flow or block style, key order.
        {1, "article: \"5\"", "article: '5'", false},
        {1, "  - id: wpg-5\n    law: wpg\n", "  - law: wpg\n    id: wpg-5\n", false},
        {0, "title: {nl: Deelwijzer demoregels, en: Deelwijzer demo rules}", "title:\n    en: Deelwijzer demo rules\n    nl: Deelwijzer demoregels", false},
    };
    for (const Edit &edit : edits) {
        auto files = demoFiles();
        INFO(edit.from);
        REQUIRE(files[edit.file].second.contains(edit.from));
        files[edit.file].second.replace(edit.from, edit.to);
        const auto result = RuleSetLoader::loadFiles(files);
        INFO(result.diagnostics.toString().toStdString());
        REQUIRE(result.ruleSet);
        CHECK((result.ruleSet->fingerprint() != original) == edit.changes);
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
