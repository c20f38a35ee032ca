// SPDX-License-Identifier: EUPL-1.2
// The review book (issue #16 item 1): every outcome and question by id, every outcome with its
// routes in words (question and answer texts, never ids), in the HTML and in the PDF's text.
#include "reporttestsupport.h"

#include "diagnostics.h"
#include "reviewbookbuilder.h"
#include "rulefiles.h"
#include "rulesetloader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextDocumentFragment>

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

namespace {

using testfiles::copyFolder;
using testfiles::edit;

/// Where `phrase` occurs in `text`.
std::vector<qsizetype> occurrences(const QString &text, const QString &phrase)
{
    std::vector<qsizetype> found;
    for (qsizetype at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1))
        found.push_back(at);
    return found;
}

} // namespace

TEST_CASE("the review book with --since marks exactly the changed outcome and answer", "[book][since]")
{
    REQUIRE_FALSE(QStringLiteral(DEELWIJZER_PDFTOTEXT).isEmpty());
    const Book original = ruleSets().back();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString changedFolder = dir.filePath(QStringLiteral("rules"));
    copyFolder(original.folder, changedFolder);
    // One outcome's text and one answer of one question.
    edit(changedFolder + QStringLiteral("/tree/avg.yaml"), QStringLiteral("ernst van de situatie dat vraagt."),
         QStringLiteral("ernst van de situatie dat vraagt. Een nieuwe zin."));
    edit(changedFolder + QStringLiteral("/tree/start.yaml"),
         QStringLiteral("en: Royal Netherlands Marechaussee (KMar)}\n      - id: nla_investigation"),
         QStringLiteral("en: The Royal Netherlands Marechaussee (KMar)}\n      - id: nla_investigation"));
    RuleSetLoadResult loaded = RuleSetLoader::loadFolder(changedFolder);
    REQUIRE(loaded.ok());
    const Book changed{loaded.ruleSet, changedFolder};

    const QString mark = QStringLiteral("changed since version");
    for (const bool since : {true, false}) {
        DYNAMIC_SECTION((since ? "with" : "without") << " --since")
        {
            ReviewBookRequest request = requestFor(changed, ReportLanguage::English);
            if (since) {
                Diagnostics diagnostics;
                request.since = changesSince(*original.rules, original.folder, *changed.rules, changedFolder, diagnostics);
                CHECK_FALSE(diagnostics.hasErrors());
                REQUIRE(request.since->changes.size() == 2);
            }
            QString error;
            const QString pdf = dir.filePath(QStringLiteral("book.pdf"));
            const QString html = dir.filePath(QStringLiteral("book.html"));
            REQUIRE(writeReviewBook(request, pdf, &error));
            REQUIRE(writeReviewBook(request, html, &error));
            const auto pdfText = reporttest::run(QStringLiteral(DEELWIJZER_PDFTOTEXT), {pdf, QStringLiteral("-")});
            REQUIRE(pdfText);
            QFile htmlFile(html);
            REQUIRE(htmlFile.open(QIODevice::ReadOnly));
            const QString htmlText = QTextDocumentFragment::fromHtml(QString::fromUtf8(htmlFile.readAll())).toPlainText();
            for (const QString &text : {searchable(QString::fromUtf8(*pdfText)), reporttest::squeeze(htmlText)}) {
                const std::vector<qsizetype> marks = occurrences(text, mark);
                if (!since) {
                    CHECK(marks.empty());
                    CHECK_FALSE(text.contains(QStringLiteral("Changes since version")));
                    CHECK_FALSE(text.contains(QStringLiteral("\u25C6")));
                    continue;
                }
                REQUIRE(marks.size() == 2);
                // The outcome's heading, then the answer in the question's list.
                const QString beforeFirst = text.mid(marks[0] - 200, 200);
                INFO(beforeFirst.toStdString());
                CHECK(beforeFirst.contains(QStringLiteral("vt-inform \u2014")));
                const QString beforeSecond = text.mid(marks[1] - 80, 80);
                INFO(beforeSecond.toStdString());
                CHECK(beforeSecond.contains(QStringLiteral("The Royal Netherlands Marechaussee (KMar) (kmar)")));
                // The changes page, before the outcomes: before and after of both texts.
                const qsizetype changesAt = text.indexOf(QStringLiteral("Changes since version"));
                REQUIRE(changesAt >= 0);
                CHECK(changesAt < marks[0]);
                const QString page = text.mid(changesAt, marks[0] - changesAt);
                CHECK(page.contains(QStringLiteral("Changed outcome vt-inform")));
                CHECK(page.contains(QStringLiteral("Een nieuwe zin.")));
                CHECK(page.contains(QStringLiteral("Changed question sharer")));
                // The table's narrow cells may wrap anywhere in the PDF; read them without spaces.
                const QString cells = QString(page).remove(QLatin1Char(' '));
                CHECK(cells.contains(QStringLiteral("answers[kmar].label.en")));
                CHECK(cells.contains(QStringLiteral("RoyalNetherlandsMarechaussee(KMar)"))); // before
                CHECK(cells.contains(QStringLiteral("TheRoyalNetherlands")));                // after
                CHECK(page.contains(QStringLiteral("the advice changed for 0")));
            }
        }
    }
}
