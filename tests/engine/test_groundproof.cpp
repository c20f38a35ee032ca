// SPDX-License-Identifier: EUPL-1.2
// Every file in tests/data/groundproof is a one-file rule set that loads. Its lines
// "# expect: {f}:LINE:COL: warning: message" say exactly which warnings the proof that every
// allowing outcome rests on the law by role (rules/README.md §5) must give; none means none.
#include "testsupport.h"

#include "ruleset.h"

#include <QDir>

#include <catch2/catch.hpp>

using namespace deelwijzer;

TEST_CASE("the proof of grounds by role warns exactly where an outcome does not rest on the law", "[validator][groundproof]")
{
    const QDir folder(test::sourcePath(QStringLiteral("tests/data/groundproof")));
    const QStringList files = folder.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
    REQUIRE(files.size() >= 2);
    for (const QString &name : files) {
        const test::CorpusResult result = test::loadCorpusFile(folder.filePath(name));
        INFO("file: " << name.toStdString());
        CHECK(result.loaded);
        CHECK(result.actual == result.expected);
    }
}

TEST_CASE("the proof follows answers through decisions without walking every route", "[validator][groundproof]")
{
    // A chain of 60 two-way questions has 2^60 routes; the proof must still finish at once
    // and find the one special answer that reaches the end without its exception.
    QByteArray rules = "ruleset: {id: t, version: 1.0.0, valid_from: 2026-01-01, status: draft, status_note: {nl: t, en: t},"
                       " title: {nl: t, en: t}, languages: [nl, en], start: q0}\n"
                       "laws: [{id: l, name: {nl: L, en: L}, abbreviation: {nl: L, en: L}, url: 'https://example.org/l'}]\n"
                       "grounds: [{id: g, law: l, article: '1', role: basis, words: w, text_date: 2026-01-01,"
                       " title: {nl: G, en: G}, meaning: {nl: M, en: M}}]\n"
                       "outcomes: [{id: end, verdict: allowed, title: {nl: T, en: T}, explanation: {nl: E, en: E},"
                       " grounds: [g]}]\n"
                       "questions:\n";
    const int length = 60;
    for (int i = 0; i < length; ++i) {
        const QByteArray next = i + 1 < length ? "q" + QByteArray::number(i + 1) : QByteArray("end");
        rules += "  - {id: q" + QByteArray::number(i) + ", text: {nl: V, en: Q}, why: {nl: W, en: W}, next: " + next
                 + ", answers: [{id: a, label: {nl: A, en: A}}, {id: b, label: {nl: B, en: B}"
                 + (i == 30 ? ", data_category: special" : "") + "}]}\n";
    }
    const RuleSetLoadResult result = test::loadSingleFile(rules);
    REQUIRE(result.ok());
    REQUIRE(result.diagnostics.warningCount() == 1);
    CHECK(result.diagnostics.items().constFirst().message.contains(QStringLiteral("answer 'b' to 'q30'")));
}
