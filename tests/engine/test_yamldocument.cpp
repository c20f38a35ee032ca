// SPDX-License-Identifier: EUPL-1.2
#include "yamldocument.h"

#include <catch2/catch.hpp>

using namespace deelwijzer;

namespace {
QString firstMessage(const QByteArray &content)
{
    Diagnostics diagnostics;
    const auto root = YamlDocument::parse(content, QStringLiteral("f.yaml"), diagnostics);
    REQUIRE_FALSE(root);
    REQUIRE(diagnostics.hasErrors());
    return diagnostics.items().constFirst().toString();
}
} // namespace

TEST_CASE("nodes remember their line and column", "[yaml]")
{
    Diagnostics diagnostics;
    const auto root = YamlDocument::parse("a: 1\nb:\n  - x\n  - \"yes\"\n", QStringLiteral("f.yaml"), diagnostics);
    REQUIRE(root);
    REQUIRE(diagnostics.isEmpty());
    const YamlNode *b = root->value(QStringLiteral("b"));
    REQUIRE(b);
    REQUIRE(b->isSequence());
    REQUIRE(b->items().size() == 2);
    CHECK(b->items()[1]->location().line == 4);
    CHECK(b->items()[1]->location().column == 5);
    CHECK(b->items()[1]->isQuoted());
    CHECK_FALSE(b->items()[0]->isQuoted());
    CHECK(b->items()[1]->scalar() == QStringLiteral("yes"));
}

TEST_CASE("absurd input is a clear error, never a crash", "[yaml]")
{
    SECTION("duplicate keys, which yaml-cpp would accept")
    {
        CHECK(firstMessage("a: 1\nb: 2\na: 3\n") == QStringLiteral("f.yaml:3:1: error: duplicate key 'a'"));
    }
    SECTION("binary garbage")
    {
        CHECK(firstMessage(QByteArray("a: 1\n\0\x01\x02", 8)) == QStringLiteral("f.yaml:2:1: error: file is binary, not YAML text (it contains a NUL byte)"));
    }
    SECTION("invalid UTF-8")
    {
        CHECK(firstMessage("a: ok\nb: \xff\xfe\n") == QStringLiteral("f.yaml:2:4: error: file is not valid UTF-8 text (byte 0xff)"));
    }
    SECTION("an empty file")
    {
        CHECK(firstMessage("") == QStringLiteral("f.yaml:1:1: error: file is empty"));
        CHECK(firstMessage(" \n\n") == QStringLiteral("f.yaml:1:1: error: file is empty"));
    }
    SECTION("a huge file")
    {
        const QByteArray huge(YamlDocument::MaxFileSize + 1, 'a');
        CHECK(firstMessage(huge) == QStringLiteral("f.yaml:1:1: error: file is too large (64 MiB; at most 64 MiB)"));
    }
    SECTION("deep nesting")
    {
        const QByteArray deep = QByteArray(100, '[') + QByteArray(100, ']');
        CHECK(firstMessage(deep) == QStringLiteral("f.yaml:1:65: error: nesting too deep (more than 64 levels)"));
        // far beyond yaml-cpp's own guard
        const QByteArray deeper = QByteArray(1000000, '[');
        CHECK_FALSE(firstMessage(deeper).isEmpty());
    }
    SECTION("aliases")
    {
        CHECK(firstMessage("a: &x 1\nb: *x\n") == QStringLiteral("f.yaml:1:4: error: anchors (&name) are not allowed; write the value out"));
    }
    SECTION("a complex key")
    {
        CHECK(firstMessage("? [a, b]\n: 1\n") == QStringLiteral("f.yaml:1:3: error: a key must be a single value, not a list"));
    }
}
