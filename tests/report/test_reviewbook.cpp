// SPDX-License-Identifier: EUPL-1.2
// The review book (issue #16 item 1): every outcome and question by id, every outcome with its
// routes in words (question and answer texts, never ids), in the HTML and in the PDF's text.
#include "reporttestsupport.h"

#include "reviewbookbuilder.h"
#include "rulesetloader.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace deelwijzer;

namespace {

struct Book
{
    std::shared_ptr<const RuleSet> rules;
    QString folder;
};

std::vector<Book> ruleSets()
{
    std::vector<Book> books;
    for (const QString &folder : {QStringLiteral(DEELWIJZER_SOURCE_DIR "/rules/demo"), RuleSetLoader::builtinPath()}) {
        RuleSetLoadResult loaded = RuleSetLoader::loadFolder(folder);
        REQUIRE(loaded.ok());
        books.push_back({loaded.ruleSet, folder});
    }
    return books;
}

ReviewBookRequest requestFor(const Book &book, ReportLanguage language)
{
    ReviewBookRequest request;
    request.rules = book.rules.get();
    request.language = language;
    request.created = reporttest::fixedDate();
    request.cases = casesOf(*book.rules, book.folder + QStringLiteral("/cases"));
    return request;
}

/// The text with line-break hyphenation undone ("police-\ncomensha" -> "police-comensha").
QString searchable(const QString &text)
{
    QString squeezed = reporttest::squeeze(text);
    squeezed.replace(QStringLiteral("- "), QStringLiteral("-"));
    return squeezed;
}

/// The outcome and question ids `text` lacks, comma-separated (empty: none).
std::string missingIds(const RuleSet &rules, const QString &text)
{
    QStringList missing;
    for (const Outcome &o : rules.outcomes()) {
        if (!text.contains(o.id))
            missing << o.id;
    }
    for (const Question &q : rules.questions()) {
        if (!text.contains(q.id))
            missing << q.id;
    }
    return missing.join(QStringLiteral(", ")).toStdString();
}

} // namespace

TEST_CASE("the review book names every outcome and question and describes routes in words", "[book]")
{
    for (const Book &book : ruleSets()) {
        const RuleSet &rules = *book.rules;
        INFO(book.folder.toStdString());
        for (const ReportLanguage language : {ReportLanguage::Dutch, ReportLanguage::English}) {
            const QString lang = reporttest::languageId(language);
            const ReviewBookRequest request = requestFor(book, language);
            ReviewBookBuilder builder(request);
            const QString html = builder.html(); // the PDF test below renders it
            CHECK(builder.routesComplete());
            CHECK(missingIds(rules, html).empty());
            CHECK(html.contains(rules.fingerprint()));

            // Ids that read as ids (with _ or -) must not stand in for the texts of a route.
            static const QRegularExpression idLike(QStringLiteral("\\b[a-z0-9]+[_][a-z0-9_]+\\b"));
            for (const Outcome &o : rules.outcomes()) {
                INFO(o.id.toStdString());
                const QStringList lines = builder.routeLines(o.id, lang);
                CHECK_FALSE(lines.isEmpty()); // every outcome has at least one route
                for (const QString &line : lines) {
                    INFO(line.toStdString());
                    const bool startsWithQuestion = std::any_of(rules.questions().begin(), rules.questions().end(), [&](const Question &q) {
                        return line.startsWith(rules.plainText(q.text.text(lang), lang).simplified() + QStringLiteral(" \u2192 "));
                    });
                    CHECK(startsWithQuestion);
                    CHECK_FALSE(idLike.match(line).hasMatch());
                }
            }
        }
    }
}

TEST_CASE("a shipped case is listed under the outcome it reaches", "[book]")
{
    const Book book = ruleSets().back();
    const ReviewBookRequest request = requestFor(book, ReportLanguage::English);
    REQUIRE_FALSE(request.cases.empty());
    ReviewBookBuilder builder(request);
    const QString html = builder.html();
    const BookCase &first = request.cases.front();
    const qsizetype caseAt = html.indexOf(first.fileName);
    const qsizetype outcomeAt = html.indexOf(QStringLiteral("<a name=\"%1\">").arg(first.outcome));
    REQUIRE(outcomeAt >= 0);
    CHECK(caseAt > outcomeAt);
    const qsizetype questionsAt = html.indexOf(QStringLiteral("<a name=\"questions\">"));
    CHECK(caseAt < questionsAt);
}

TEST_CASE("recorded reviews are listed and a changed fingerprint is pointed out", "[book]")
{
    const Book book = ruleSets().front();
    ReviewBookRequest request = requestFor(book, ReportLanguage::English);
    {
        ReviewBookBuilder builder(request);
        CHECK(builder.html().contains(QStringLiteral("No review is recorded")));
    }
    request.reviews.push_back({QStringLiteral("A. Jurist"), QStringLiteral("privacy officer"), QDate(2026, 11, 2),
                               QStringLiteral("all outcomes"), QStringLiteral("0123"), {}});
    ReviewBookBuilder builder(request);
    const QString html = builder.html();
    CHECK(html.contains(QStringLiteral("A. Jurist")));
    CHECK(html.contains(QStringLiteral("The rules have changed since this review.")));
}

TEST_CASE("the review book as PDF and HTML names every outcome and question", "[book]")
{
    REQUIRE_FALSE(QStringLiteral(DEELWIJZER_PDFTOTEXT).isEmpty());
    const Book book = ruleSets().back();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const ReviewBookRequest request = requestFor(book, ReportLanguage::Dutch);
    QString error;
    const QString pdf = dir.filePath(QStringLiteral("book.pdf"));
    REQUIRE(writeReviewBook(request, pdf, &error));
    const auto text = reporttest::run(QStringLiteral(DEELWIJZER_PDFTOTEXT), {pdf, QStringLiteral("-")});
    REQUIRE(text);
    const QString pdfText = searchable(QString::fromUtf8(*text));
    CHECK(missingIds(*book.rules, pdfText).empty());
    CHECK(pdfText.contains(book.rules->fingerprint().left(16)));

    const QString html = dir.filePath(QStringLiteral("book.html"));
    REQUIRE(writeReviewBook(request, html, &error));
    QFile file(html);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString htmlText = QString::fromUtf8(file.readAll());
    CHECK(htmlText.contains(QStringLiteral("<html lang=\"nl\">")));
    CHECK(missingIds(*book.rules, htmlText).empty());

    CHECK_FALSE(writeReviewBook(request, dir.filePath(QStringLiteral("book.odt")), &error));
    CHECK(error.contains(QStringLiteral(".pdf or .html")));
}
