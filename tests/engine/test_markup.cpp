// SPDX-License-Identifier: EUPL-1.2
#include "textmarkup.h"

#include <catch2/catch.hpp>

using namespace deelwijzer;

TEST_CASE("glossary and ground links are split from plain text", "[markup]")
{
    std::vector<TextSpan> spans;
    REQUIRE(parseMarkup(QStringLiteral("Met [[beroepsgeheim]] of [[cvp|een conflict]] zie [[ground:avg-6-1-e]]."), spans));
    REQUIRE(spans.size() == 7);
    CHECK(spans[1].kind == TextSpan::Kind::Term);
    CHECK(spans[1].target == QStringLiteral("beroepsgeheim"));
    CHECK(spans[1].text.isEmpty());
    CHECK(spans[3].text == QStringLiteral("een conflict"));
    CHECK(spans[5].kind == TextSpan::Kind::Ground);
    CHECK(spans[5].target == QStringLiteral("avg-6-1-e"));
    CHECK(spans[6].text == QStringLiteral("."));

    const QString plain = plainText(QStringLiteral("a [[x]] b [[y|why]]"),
                                    [](TextSpan::Kind, const QString &target) { return target.toUpper(); });
    CHECK(plain == QStringLiteral("a X b why"));
}

TEST_CASE("malformed links are errors", "[markup]")
{
    std::vector<TextSpan> spans;
    QString error;
    CHECK_FALSE(parseMarkup(QStringLiteral("open [[x"), spans, &error));
    CHECK(error == QStringLiteral("'[[' without closing ']]'"));
    CHECK_FALSE(parseMarkup(QStringLiteral("[[ ]]"), spans, &error));
    CHECK_FALSE(parseMarkup(QStringLiteral("[[x|]]"), spans, &error));
    CHECK_FALSE(parseMarkup(QStringLiteral("[[a [[b]]"), spans, &error));
    REQUIRE(spans.size() == 1);
    CHECK(spans[0].kind == TextSpan::Kind::Text);
}
