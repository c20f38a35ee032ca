// SPDX-License-Identifier: EUPL-1.2
#include "testsupport.h"

#include "ruleset.h"

#include <catch2/catch.hpp>

#include <string>

using namespace deelwijzer;

namespace {

// One ground per kind of link: a Civil Code book, a law whose articles carry a chapter
// ("2:5"), a plain BWB law, the GDPR on EUR-Lex, an explicit url and a law known by url only.
const QByteArray linkRules = test::manifest("o") + R"(outcomes:
  - id: o
    verdict: allowed
    grounds: [bw7, awb, wpg, avg, own, caselaw]
    title: {nl: T, en: T}
    explanation: {nl: E, en: E}
laws:
  - id: bw7
    name: {nl: Burgerlijk Wetboek Boek 7, en: Civil Code Book 7}
    abbreviation: {nl: BW, en: DCC}
    bwb: BWBR0005290
    book: "7"
  - id: awb
    name: {nl: Algemene wet bestuursrecht, en: General Administrative Law Act}
    abbreviation: {nl: Awb, en: GALA}
    bwb: BWBR0005537
  - id: wpg
    name: {nl: Wet politiegegevens, en: Police Data Act}
    abbreviation: {nl: Wpg, en: Wpg}
    bwb: BWBR0022463
  - id: avg
    name: {nl: AVG, en: GDPR}
    abbreviation: {nl: AVG, en: GDPR}
    celex: 32016R0679
  - id: hr
    name: {nl: Hoge Raad, en: Supreme Court}
    abbreviation: {nl: HR, en: HR}
    url: https://example.org/hr
grounds:
  - {id: bw7, law: bw7, article: "7:457", paragraph: "1", title: {nl: G, en: G}, meaning: {nl: M, en: M}}
  - {id: awb, law: awb, article: "2:5", title: {nl: G, en: G}, meaning: {nl: M, en: M}}
  - {id: wpg, law: wpg, article: "16", paragraph: "1", point: a, title: {nl: G, en: G}, meaning: {nl: M, en: M}}
  - {id: avg, law: avg, article: "6", paragraph: "1", point: e, title: {nl: G, en: G}, meaning: {nl: M, en: M}}
  - {id: own, law: avg, article: "6", url: "https://example.org/own", title: {nl: G, en: G}, meaning: {nl: M, en: M}}
  - {id: caselaw, law: hr, title: {nl: G, en: G}, meaning: {nl: M, en: M}}
)";

// As std::string so that a failure prints the link.
std::string urlOf(const RuleSet &rules, const char *groundId)
{
    const LegalGround *ground = rules.ground(QString::fromLatin1(groundId));
    REQUIRE(ground);
    return rules.groundUrl(*ground).toStdString();
}

} // namespace

TEST_CASE("a ground's link opens its article", "[loader][links]")
{
    const RuleSetLoadResult result = test::loadSingleFile(linkRules);
    INFO(result.diagnostics.toString().toStdString());
    REQUIRE(result.ok());
    const RuleSet &rules = *result.ruleSet;

    // wetten.overheid.nl labels the articles of a Civil Code book without the book: "457".
    CHECK(urlOf(rules, "bw7") == std::string("https://wetten.overheid.nl/jci1.3:c:BWBR0005290&artikel=457"));
    CHECK(rules.citation(*rules.ground(QStringLiteral("bw7")), QStringLiteral("nl")) == QStringLiteral("art. 7:457 lid 1 BW"));
    // Other laws keep their own labels, colons included.
    CHECK(urlOf(rules, "awb") == std::string("https://wetten.overheid.nl/jci1.3:c:BWBR0005537&artikel=2:5"));
    CHECK(urlOf(rules, "wpg") == std::string("https://wetten.overheid.nl/jci1.3:c:BWBR0022463&artikel=16"));
    // The GDPR opens at the article's anchor in EUR-Lex's HTML view, not at the recitals.
    CHECK(urlOf(rules, "avg")
          == std::string("https://eur-lex.europa.eu/legal-content/NL/TXT/HTML/?uri=CELEX:32016R0679#art_6"));
    CHECK(urlOf(rules, "own") == std::string("https://example.org/own"));
    CHECK(urlOf(rules, "caselaw") == std::string("https://example.org/hr"));
}

TEST_CASE("the built-in catalogue's Civil Code and GDPR grounds link to their articles", "[loader][links]")
{
    const RuleSetLoadResult result = RuleSetLoader::loadFolder(RuleSetLoader::builtinPath());
    INFO(result.diagnostics.toString().toStdString());
    REQUIRE(result.ok());
    const RuleSet &rules = *result.ruleSet;
    CHECK(urlOf(rules, "bw-7-457") == std::string("https://wetten.overheid.nl/jci1.3:c:BWBR0005290&artikel=457"));
    CHECK(urlOf(rules, "bw-1-240") == std::string("https://wetten.overheid.nl/jci1.3:c:BWBR0002656&artikel=240"));
    CHECK(urlOf(rules, "avg-49-3")
          == std::string("https://eur-lex.europa.eu/legal-content/NL/TXT/HTML/?uri=CELEX:32016R0679#art_49"));
}
