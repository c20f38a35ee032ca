// SPDX-License-Identifier: EUPL-1.2
// One language per language: source titles in the report's language, the route in words (never
// as internal ids), and in the "both" HTML each language's texts marked with their own `lang`.
#include "reporttestsupport.h"

#include "reportbuilder.h"
#include "reportexporter.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>
#include <QTextDocument>

using namespace deelwijzer;
using namespace reporttest;

TEST_CASE("source titles are printed in the report's language", "[report][language]")
{
    int checked = 0;
    for (const EvaluatedCase &c : allCases()) {
        const Outcome *outcome = c.rules->outcome(c.advice.outcome);
        REQUIRE(outcome);
        if (outcome->sources.isEmpty() || !c.name.startsWith(QLatin1String("builtin/")))
            continue;
        const QString english = ReportBuilder(c.request(ReportLanguage::English)).build()->toPlainText();
        const QString dutch = ReportBuilder(c.request(ReportLanguage::Dutch)).build()->toPlainText();
        for (const QString &id : outcome->sources) {
            const Source *source = c.rules->source(id);
            REQUIRE(source);
            INFO(c.name.toStdString() << ": source " << id.toStdString());
            // The built-in rule set names every source in both languages.
            CHECK(source->title.has(QStringLiteral("en")));
            CHECK(source->title.text(QStringLiteral("en")) != source->title.text(QStringLiteral("nl")));
            CHECK(english.contains(source->title.text(QStringLiteral("en"))));
            CHECK_FALSE(english.contains(source->title.text(QStringLiteral("nl"))));
            CHECK(dutch.contains(source->title.text(QStringLiteral("nl"))));
            CHECK_FALSE(dutch.contains(source->title.text(QStringLiteral("en"))));
            ++checked;
        }
    }
    CHECK(checked > 20);
}

TEST_CASE("the route is told in words, never as internal ids", "[report][language]")
{
    for (const EvaluatedCase &c : allCases()) {
        for (ReportLanguage language : {ReportLanguage::Dutch, ReportLanguage::English}) {
            const std::unique_ptr<QTextDocument> document = ReportBuilder(c.request(language)).build();
            const QString text = document->toPlainText();
            const QString html = QString::fromUtf8(ReportExporter::html(*document, languageId(language)));
            INFO(c.name.toStdString() << " " << languageId(language).toStdString());
            for (const RouteStep &step : c.advice.route) {
                for (const QString &answer : step.answer) {
                    const QString pair = step.question + QLatin1Char('=') + answer;
                    INFO(pair.toStdString());
                    CHECK_FALSE(text.contains(pair));
                    CHECK_FALSE(html.contains(pair));
                }
                // The question's own words are printed.
                const Question *question = c.rules->question(step.question);
                REQUIRE(question);
                const QString start = question->text.text(languageId(language)).left(20).trimmed();
                if (!start.contains(QLatin1String("[[")))
                    CHECK(text.contains(start));
            }
        }
    }
}

TEST_CASE("the HTML in both languages marks the texts of each language", "[report][html][language]")
{
    int checked = 0;
    for (const EvaluatedCase &c : allCases()) {
        if (c.name.startsWith(QLatin1String("builtin/")))
            continue;
        const Outcome *outcome = c.rules->outcome(c.advice.outcome);
        REQUIRE(outcome);
        const QString html = QString::fromUtf8(
            ReportExporter::html(*ReportBuilder(c.request(ReportLanguage::Both)).build(), QStringLiteral("nl")));
        INFO(c.name.toStdString());
        CHECK(html.contains(QLatin1String("<html lang=\"nl\">")));
        CHECK_FALSE(html.contains(QLatin1String("<a name=\"lang-"))); // every marker became an attribute
        for (const QString &language : {QStringLiteral("nl"), QStringLiteral("en")}) {
            const QString title = outcome->title.text(language);
            if (title.contains(QLatin1String("[[")))
                continue; // glossary markup: printed as plain words, not this string
            const QRegularExpression tagged(QStringLiteral("<span lang=\"%1\"[^>]*>%2</span>")
                                                .arg(language, QRegularExpression::escape(title.toHtmlEscaped())));
            INFO(language.toStdString() << ": " << title.toStdString());
            CHECK(html.contains(tagged));
            ++checked;
        }
    }
    CHECK(checked > 10);
}
