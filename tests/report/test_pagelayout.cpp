// SPDX-License-Identifier: EUPL-1.2
// The printed pages of every case: no text outside the page body, header and footer (text drawn
// below the clip lands in the PDF's text layer), the code at 9 pt or more, the conditions
// checklist on one page, and no near-empty last page.
#include "reporttestsupport.h"

#include "reportbuilder.h"
#include "reportpagerenderer.h"
#include "reportwriter.h"

#include <catch2/catch.hpp>

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <algorithm>
#include <cmath>

using namespace deelwijzer;
using namespace reporttest;

namespace {
constexpr qreal PointsPerMillimetre = 72.0 / 25.4;

/// The languages a case is printed in (as in test_report.cpp: "both" for demo and fixture).
std::vector<ReportLanguage> languagesFor(const EvaluatedCase &c)
{
    if (c.name.startsWith(QLatin1String("builtin/")))
        return {ReportLanguage::Dutch, ReportLanguage::English};
    return {ReportLanguage::Dutch, ReportLanguage::English, ReportLanguage::Both};
}

struct Word
{
    int page;
    qreal yMin;
    qreal yMax;
    QString text;
};

/// Every word of the PDF's text layer with its box, in points from the top of its page
/// (`pdftotext -bbox`). Text hidden by a clip is in the text layer too.
std::vector<Word> wordsOf(const QString &pdf, qreal *pageHeight)
{
    const std::optional<QByteArray> out = run(QStringLiteral(DEELWIJZER_PDFTOTEXT), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    REQUIRE(out);
    static const QRegularExpression pageTag(QStringLiteral("<page width=\"([\\d.]+)\" height=\"([\\d.]+)\">"));
    static const QRegularExpression wordTag(
        QStringLiteral("<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>"));
    std::vector<Word> words;
    int page = -1;
    for (const QString &line : QString::fromUtf8(*out).split(QLatin1Char('\n'))) {
        if (const QRegularExpressionMatch m = pageTag.match(line); m.hasMatch()) {
            ++page;
            *pageHeight = m.captured(2).toDouble();
        } else if (const QRegularExpressionMatch w = wordTag.match(line); w.hasMatch()) {
            words.push_back({page, w.captured(2).toDouble(), w.captured(4).toDouble(), w.captured(5)});
        }
    }
    return words;
}

QString pdfOf(const EvaluatedCase &c, ReportLanguage language, const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QString(c.name).replace(QLatin1Char('/'), QLatin1Char('-')) + QLatin1Char('-')
                                      + languageId(language) + QStringLiteral(".pdf"));
    QString error;
    INFO(error.toStdString());
    REQUIRE(writeReport(c.request(language), path, &error));
    return path;
}

/// A paginated copy of the case's report on A4, as the PDF gets it.
struct Paginated
{
    QBuffer buffer;
    std::unique_ptr<QPdfWriter> writer;
    ReportPageRenderer renderer;
    int pages = 0;

    explicit Paginated(const QTextDocument &document)
    {
        buffer.open(QIODevice::WriteOnly);
        writer = std::make_unique<QPdfWriter>(&buffer);
        writer->setResolution(300);
        writer->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        pages = renderer.paginate(document, writer.get());
    }
    const QTextDocument &document() const { return *renderer.paginatedDocument(); }
    qreal pageHeight() const { return document().pageSize().height(); }
};

int pageOf(qreal y, qreal pageHeight)
{
    return static_cast<int>(std::floor(y / pageHeight));
}

QRectF boundsOf(const QTextDocument &document, const QTextFrame::iterator &it)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    return it.currentFrame() ? layout->frameBoundingRect(it.currentFrame()) : layout->blockBoundingRect(it.currentBlock());
}

/// A checklist item: a table whose first cell is only a check box.
bool isChecklistItem(QTextFrame *frame)
{
    auto *table = qobject_cast<QTextTable *>(frame);
    if (!table || table->columns() != 2)
        return false;
    const QTextTableCell box = table->cellAt(0, 0);
    const QString text = box.firstCursorPosition().block().text().trimmed();
    return text == QStringLiteral("\u2610") || text == QStringLiteral("\u2611");
}
} // namespace

TEST_CASE("no text of a neighbouring page hides in a page's text layer and the code is 9 pt or more", "[report][pdf][layout]")
{
    if (QString::fromLocal8Bit(DEELWIJZER_PDFTOTEXT).isEmpty())
        FAIL("pdftotext not found when CMake configured the tests: install poppler-utils and reconfigure");
    const ReportPageRenderer::Geometry geometry;
    QTemporaryDir dir;
    for (const EvaluatedCase &c : allCases()) {
        for (ReportLanguage language : languagesFor(c)) {
            DYNAMIC_SECTION(c.name.toStdString() << " " << languageId(language).toStdString())
            {
                qreal pageHeight = 0;
                const std::vector<Word> words = wordsOf(pdfOf(c, language, dir), &pageHeight);
                REQUIRE_FALSE(words.empty());
                // The header lies above the header rule, the body inside the margins, the
                // footer below the footer rule; a line drawn below a page's clip (the next
                // page's first line) or above it (the previous page's last line) lies between.
                const qreal headerLimit = (geometry.headerBaselineFromTop + 2.5) * PointsPerMillimetre;
                const qreal bodyTop = geometry.margins.top() * PointsPerMillimetre - 1.0;
                const qreal bodyBottom = pageHeight - geometry.margins.bottom() * PointsPerMillimetre + 1.0;
                const qreal footerTop = pageHeight - geometry.footerTopFromBottom * PointsPerMillimetre;
                int codes = 0;
                for (const Word &word : words) {
                    const bool inHeader = word.yMax <= headerLimit;
                    const bool inBody = word.yMin >= bodyTop && word.yMax <= bodyBottom;
                    const bool inFooter = word.yMin >= footerTop;
                    INFO("page " << word.page + 1 << ": '" << word.text.toStdString() << "' from " << word.yMin
                                 << " to " << word.yMax << " pt");
                    CHECK((inHeader || inBody || inFooter));
                    CHECK(word.yMax <= pageHeight - 5 * PointsPerMillimetre); // the footer fits
                    if (word.text == c.advice.code && inHeader) {
                        // DejaVu's box is 1.16 em high: 9 pt gives 10.5 pt, 8 pt gives 9.3 pt.
                        CHECK(word.yMax - word.yMin >= 10.0);
                        ++codes;
                    }
                }
                const int pages = words.back().page + 1;
                CHECK(codes == pages); // the code in every page's header
            }
        }
    }
}

TEST_CASE("the conditions checklist stays on one page", "[report][pagination][layout]")
{
    int checklists = 0;
    for (const EvaluatedCase &c : allCases()) {
        for (ReportLanguage language : languagesFor(c)) {
            const std::unique_ptr<QTextDocument> source = ReportBuilder(c.request(language)).build();
            Paginated paginated(*source);
            const QTextDocument &document = paginated.document();
            const qreal pageHeight = paginated.pageHeight();
            // The checklist's heading (two items before the first box: heading, introduction)
            // and every item, on one page unless all of it is longer than a page.
            std::vector<QRectF> flow;
            std::vector<bool> isItem;
            for (auto it = document.rootFrame()->begin(); !it.atEnd(); ++it) {
                if (!it.currentFrame() && it.currentBlock().length() <= 1 && !isItem.empty() && isItem.back())
                    continue; // the empty block Qt keeps after a table
                flow.push_back(boundsOf(document, it));
                isItem.push_back(isChecklistItem(it.currentFrame()));
            }
            const auto first = std::find(isItem.begin(), isItem.end(), true);
            if (first == isItem.end())
                continue;
            const auto firstIndex = static_cast<std::size_t>(first - isItem.begin());
            std::size_t lastIndex = firstIndex;
            while (lastIndex + 1 < isItem.size() && isItem[lastIndex + 1])
                ++lastIndex;
            REQUIRE(firstIndex >= 2);
            const qreal top = flow[firstIndex - 2].top();
            const qreal bottom = flow[lastIndex].bottom();
            ++checklists;
            if (bottom - top >= pageHeight)
                continue;
            const qreal slack = pageHeight / 10000.0;
            INFO(c.name.toStdString() << " " << languageId(language).toStdString() << ": checklist from " << top
                                      << " to " << bottom << ", page height " << pageHeight);
            CHECK(pageOf(top + slack, pageHeight) == pageOf(bottom - slack, pageHeight));
        }
    }
    CHECK(checklists > 100); // without the keep rule, 21 of them were split over two pages
}

TEST_CASE("the last page carries more than a few lines", "[report][pagination][layout]")
{
    int reports = 0;
    for (const EvaluatedCase &c : allCases()) {
        for (ReportLanguage language : languagesFor(c)) {
            const std::unique_ptr<QTextDocument> source = ReportBuilder(c.request(language)).build();
            Paginated paginated(*source);
            const QTextDocument &document = paginated.document();
            const qreal pageHeight = paginated.pageHeight();
            ++reports;
            if (paginated.pages == 1)
                continue;
            // The end of the text: the bottom of the last block or table with content.
            qreal end = 0;
            for (auto it = document.rootFrame()->begin(); !it.atEnd(); ++it) {
                if (it.currentFrame() || it.currentBlock().length() > 1)
                    end = std::max(end, boundsOf(document, it).bottom());
            }
            REQUIRE(pageOf(end - pageHeight / 10000.0, pageHeight) == paginated.pages - 1);
            const qreal lastPage = end - (paginated.pages - 1) * pageHeight;
            // One eighth of A4's text area is about seven lines.
            INFO(c.name.toStdString() << " " << languageId(language).toStdString() << ": the last of "
                                      << paginated.pages << " pages carries " << lastPage << " of " << pageHeight);
            CHECK(lastPage >= pageHeight / 8);
        }
    }
    CHECK(reports > 300);
}
