// SPDX-License-Identifier: EUPL-1.2
#include "yamlparsecache.h"
#include "yamltreecodec.h"

#include <QDirIterator>
#include <QFile>

#include <catch2/catch.hpp>

using namespace deelwijzer;

namespace {

// Where two trees first differ ("" when they are the same in kind, quoting, text and position).
QString difference(const YamlNode &a, const YamlNode &b, const QString &path = QStringLiteral("/"))
{
    const SourceLocation la = a.location();
    const SourceLocation lb = b.location();
    if (a.kind() != b.kind() || a.isQuoted() != b.isQuoted() || a.scalar() != b.scalar()
        || la.file != lb.file || la.line != lb.line || la.column != lb.column)
        return path;
    if (a.items().size() != b.items().size() || a.entries().size() != b.entries().size())
        return path + QStringLiteral(" (children)");
    for (std::size_t i = 0; i < a.items().size(); ++i) {
        const QString inner = difference(*a.items()[i], *b.items()[i], path + QString::number(i) + QLatin1Char('/'));
        if (!inner.isEmpty())
            return inner;
    }
    for (std::size_t i = 0; i < a.entries().size(); ++i) {
        const QString at = path + a.entries()[i].first->scalar() + QLatin1Char('/');
        QString inner = difference(*a.entries()[i].first, *b.entries()[i].first, at);
        if (inner.isEmpty())
            inner = difference(*a.entries()[i].second, *b.entries()[i].second, at);
        if (!inner.isEmpty())
            return inner;
    }
    return {};
}

YamlTree parsed(const QByteArray &content, const QString &name)
{
    Diagnostics diagnostics;
    YamlTree tree = YamlDocument::parse(content, name, diagnostics);
    REQUIRE(tree);
    return tree;
}

const QByteArray awkward = "plain: text\n"
                           "quoted: \"yes\"\n"
                           "single: 'no'\n"
                           "empty: \"\"\n"
                           "nothing:\n"
                           "tilde: ~\n"
                           "unicode: \"Één € — 漢字 \\U0001F600\"\n"
                           "block: |\n  two\n  lines\n"
                           "list:\n  - 1\n  - [a, {b: c}]\n  - {}\n  - []\n"
                           "deep: {a: {b: {c: {d: [x]}}}}\n";

} // namespace

TEST_CASE("every built-in YAML file is in the build's parse cache and reads exactly as yaml-cpp parses it", "[yamlcache]")
{
    REQUIRE(YamlParseCache::builtin().size() > 100);
    int files = 0;
    QDirIterator it(QStringLiteral(":/rules"), {QStringLiteral("*.yaml")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString name = it.next();
        QFile file(name);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        const YamlTree cached = YamlParseCache::builtin().find(content, name);
        INFO(name.toStdString());
        REQUIRE(cached);
        CHECK(difference(*parsed(content, name), *cached).toStdString() == "");
        ++files;
    }
    CHECK(files == YamlParseCache::builtin().size());
}

TEST_CASE("bytes that differ from every built-in file are parsed, not taken from the cache", "[yamlcache]")
{
    QFile file(QStringLiteral(":/rules/ruleset.yaml"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray original = file.readAll();
    REQUIRE(YamlParseCache::builtin().find(original, QStringLiteral("a.yaml")));

    QByteArray edited = original;
    edited.replace("id:", "id :");
    REQUIRE(edited != original);
    CHECK_FALSE(YamlParseCache::builtin().find(edited, QStringLiteral("a.yaml")));
    Diagnostics diagnostics;
    const YamlTree read = readYaml(edited, QStringLiteral("a.yaml"), diagnostics);
    REQUIRE(read);
    CHECK(difference(*read, *parsed(edited, QStringLiteral("a.yaml"))).isEmpty());

    // A broken file is reported as yaml-cpp reports it.
    Diagnostics broken;
    CHECK_FALSE(readYaml("a: [1, 2\n", QStringLiteral("b.yaml"), broken));
    CHECK(broken.hasErrors());
}

TEST_CASE("the tree encoding keeps kinds, quoting, texts and positions", "[yamlcache]")
{
    const YamlTree tree = parsed(awkward, QStringLiteral("awkward.yaml"));
    const QByteArray encoded = YamlTreeCodec::encode(*tree);
    const YamlTree decoded = YamlTreeCodec::decode(encoded, QStringLiteral("awkward.yaml"));
    REQUIRE(decoded);
    CHECK(difference(*tree, *decoded).toStdString() == "");
    CHECK(decoded->value(QLatin1String("quoted"))->isQuoted());
    CHECK_FALSE(decoded->value(QLatin1String("plain"))->isQuoted());
    CHECK(decoded->value(QLatin1String("nothing"))->isNull());
    CHECK(decoded->value(QLatin1String("unicode"))->scalar().endsWith(QString::fromUcs4(U"\U0001F600")));
    // Nodes name the file they are read for, not the one the build parsed.
    CHECK(YamlTreeCodec::decode(encoded, QStringLiteral("other.yaml"))->location().file == QStringLiteral("other.yaml"));
}

TEST_CASE("a damaged tree encoding or cache is refused, never trusted", "[yamlcache]")
{
    const QByteArray encoded = YamlTreeCodec::encode(*parsed(awkward, QStringLiteral("awkward.yaml")));
    for (qsizetype length = 0; length < encoded.size(); ++length)
        CHECK_FALSE(YamlTreeCodec::decode(QByteArrayView(encoded).first(length), QStringLiteral("f.yaml")));
    CHECK_FALSE(YamlTreeCodec::decode(encoded + 'x', QStringLiteral("f.yaml")));
    // Flipped bytes: refused or read as some tree, but never read outside the data (ASan checks).
    for (qsizetype at = 0; at < encoded.size(); ++at) {
        QByteArray damaged = encoded;
        damaged[at] = char(damaged[at] ^ 0xff);
        (void)YamlTreeCodec::decode(damaged, QStringLiteral("f.yaml"));
    }

    const QByteArray cache = YamlParseCache::build({awkward}, {QStringLiteral("awkward.yaml")});
    CHECK(YamlParseCache(cache).size() == 1);
    CHECK(YamlParseCache(cache).find(awkward, QStringLiteral("f.yaml")));
    for (qsizetype length = 0; length < cache.size(); length += 7)
        CHECK_FALSE(YamlParseCache(QByteArrayView(cache).first(length)).find(awkward, QStringLiteral("f.yaml")));
    CHECK(YamlParseCache(QByteArrayView("not a cache")).size() == 0);
}

TEST_CASE("the build leaves out files that do not parse cleanly and names them", "[yamlcache]")
{
    QStringList leftOut;
    const QByteArray cache = YamlParseCache::build({QByteArray("a: 1\n"), QByteArray("a: [1\n"), QByteArray("a: 1\na: 2\n")},
                                                   {QStringLiteral("good.yaml"), QStringLiteral("broken.yaml"),
                                                    QStringLiteral("twice.yaml")},
                                                   &leftOut);
    CHECK(leftOut == QStringList{QStringLiteral("broken.yaml"), QStringLiteral("twice.yaml")});
    CHECK(YamlParseCache(cache).size() == 1);
}
