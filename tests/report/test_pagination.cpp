// SPDX-License-Identifier: EUPL-1.2
// Pagination: whatever the paper, no kept-together block or table is split, no heading ends a
// page, and the decision record stays on one page.
#include "reporttestsupport.h"

#include "reportbuilder.h"
#include "reportexporter.h"
#include "reportpagerenderer.h"
#include "reportproperties.h"

#include <catch2/catch.hpp>

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFile>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <cmath>

using namespace deelwijzer;
using namespace reporttest;

namespace {
struct Span
{
    qreal top;
    qreal bottom;
};

Span spanOf(const QTextDocument &document, QTextFrame *frame, const QTextBlock &block)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    const QRectF rect = frame ? layout->frameBoundingRect(frame) : layout->blockBoundingRect(block);
    return {rect.top(), rect.bottom()};
}

int pageOf(qreal y, qreal pageHeight)
{
    return static_cast<int>(std::floor(y / pageHeight));
}

/// Checks the paginated document's kept-together items; returns how many were checked.
int checkKeepRules(const QTextDocument &document)
{
    const qreal pageHeight = document.pageSize().height();
    const qreal slack = pageHeight / 10000.0;
    int checked = 0;
    struct Item
    {
        QTextFrame *frame;
        QTextBlock block;
    };
    std::vector<Item> items;
    for (auto it = document.rootFrame()->begin(); !it.atEnd(); ++it) {
        // Qt hides the empty block after a table in the table's border; skip it.
        if (!it.currentFrame() && it.currentBlock().length() <= 1 && !items.empty() && items.back().frame)
            continue;
        items.push_back({it.currentFrame(), it.currentBlock()});
    }
    for (std::size_t i = 0; i < items.size(); ++i) {
        const Item &item = items[i];
        const QTextFormat format = item.frame ? QTextFormat(item.frame->frameFormat())
                                              : QTextFormat(item.block.blockFormat());
        const Span span = spanOf(document, item.frame, item.block);
        if (format.boolProperty(ReportProperty::KeepTogether) && span.bottom - span.top < pageHeight) {
            INFO("item " << i << " from " << span.top << " to " << span.bottom << ", page height " << pageHeight
                         << (item.frame ? " (table)" : " block: ") << item.block.text().toStdString());
            CHECK(pageOf(span.top + slack, pageHeight) == pageOf(span.bottom - slack, pageHeight));
            ++checked;
        }
        if (format.boolProperty(ReportProperty::KeepWithNext) && i + 1 < items.size()) {
            const Item &next = items[i + 1];
            const Span nextSpan = spanOf(document, next.frame, next.block);
            INFO("heading " << item.block.text().toStdString() << " at " << span.top << ", next starts at "
                            << nextSpan.top);
            // What follows starts on the heading's page (a table's top border at the latest),
            // unless heading and a kept-together table do not fit on one page together: keeping
            // the table whole wins.
            const QTextFormat nextFormat = next.frame ? QTextFormat(next.frame->frameFormat())
                                                      : QTextFormat(next.block.blockFormat());
            const bool conflict = nextFormat.boolProperty(ReportProperty::KeepTogether)
                && nextSpan.bottom - span.top > pageHeight;
            if (!conflict)
                CHECK(pageOf(span.top + slack, pageHeight) == pageOf(nextSpan.top + slack, pageHeight));
            ++checked;
        }
    }
    return checked;
}
} // namespace

TEST_CASE("pagination keeps blocks, tables and headings together on any paper", "[report][pagination]")
{
    std::vector<QPageSize> papers{QPageSize(QPageSize::A4), QPageSize(QPageSize::Letter),
                                  QPageSize(QPageSize::A5)};
    for (int height = 150; height <= 300; height += 11)
        papers.emplace_back(QSizeF(210, height), QPageSize::Millimeter, QStringLiteral("custom"));

    for (const EvaluatedCase *c : fixtureCases()) {
        const std::unique_ptr<QTextDocument> document = ReportBuilder(c->request(ReportLanguage::Both)).build();
        for (const QPageSize &paper : papers) {
            DYNAMIC_SECTION(c->name.toStdString() << " on " << paper.size(QPageSize::Millimeter).width() << "x"
                                                  << paper.size(QPageSize::Millimeter).height() << " mm")
            {
                QBuffer buffer;
                buffer.open(QIODevice::WriteOnly);
                QPdfWriter writer(&buffer);
                writer.setResolution(300);
                writer.setPageLayout(QPageLayout(paper, QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
                ReportPageRenderer renderer;
                const int pages = renderer.paginate(*document, &writer);
                CHECK(pages >= 1);
                CHECK(pages <= 10);
                REQUIRE(renderer.paginatedDocument());
                CHECK(checkKeepRules(*renderer.paginatedDocument()) > 5);
            }
        }
    }
}

TEST_CASE("rendering leaves the screen document alone", "[report][pagination]")
{
    REQUIRE_FALSE(fixtureCases().empty());
    const EvaluatedCase &c = *fixtureCases().front();
    const std::unique_ptr<QTextDocument> document = ReportBuilder(c.request(ReportLanguage::Both)).build();
    const QSizeF before = document->pageSize();
    const QString text = document->toPlainText();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    ReportPageRenderer renderer;
    PageDecoration decoration;
    decoration.pageLabel = QStringLiteral("Page %1 of %2");
    QString error;
    REQUIRE(renderer.render(*document, &writer, decoration, &error));
    CHECK(renderer.pageCount() >= 1);
    CHECK(buffer.data().startsWith("%PDF"));
    CHECK(document->pageSize() == before);
    CHECK(document->toPlainText() == text);
}

namespace {
/// A long document (about 300 pages, like the review book) in which every heading keeps with
/// the next block: sections of a heading and one to three paragraphs of varying length, and
/// now and then a long paragraph or a list. Every block carries a unique marker ("H0001",
/// "P0001a", "L0001b") so that the test can find each one in the PDF's text.
std::unique_ptr<QTextDocument> longDocumentWithKeptHeadings(QStringList *markers)
{
    QString html = QStringLiteral("<html><body>");
    const QString words = QStringLiteral("the data may be shared when the law allows it and the recipient needs them ");
    for (int s = 1; s <= 1300; ++s) {
        const QString id = QStringLiteral("%1").arg(s, 4, 10, QLatin1Char('0'));
        html += QStringLiteral("<h%1>H%2 heading of section %3</h%1>").arg(s % 3 == 0 ? 3 : 2).arg(id).arg(s);
        *markers << QStringLiteral("H") + id;
        const int paragraphs = 1 + s % 3;
        for (int p = 0; p < paragraphs; ++p) {
            const QString marker = QStringLiteral("P%1%2").arg(id, QChar(u'a' + p));
            html += QStringLiteral("<p>%1 %2</p>").arg(marker, words.repeated(1 + (s * 7 + p * 5) % (s % 17 == 0 ? 40 : 9)));
            *markers << marker;
        }
        if (s % 11 == 0) {
            html += QStringLiteral("<ul>");
            for (int item = 0; item < 4; ++item) {
                const QString marker = QStringLiteral("L%1%2").arg(id, QChar(u'a' + item));
                html += QStringLiteral("<li>%1 %2</li>").arg(marker, words);
                *markers << marker;
            }
            html += QStringLiteral("</ul>");
        }
    }
    html += QStringLiteral("</body></html>");
    auto document = std::make_unique<QTextDocument>();
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9.5);
    font.setStyleStrategy(QFont::PreferNoShaping);
    document->setDefaultFont(font);
    document->setHtml(html);
    keepHeadingsWithNext(*document);
    return document;
}
} // namespace

TEST_CASE("a long document whose headings all keep with the next block prints every block in order", "[report][pagination]")
{
    REQUIRE_FALSE(QStringLiteral(DEELWIJZER_PDFTOTEXT).isEmpty());
    QStringList markers;
    const std::unique_ptr<QTextDocument> document = longDocumentWithKeptHeadings(&markers);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString pdf = dir.filePath(QStringLiteral("long.pdf"));
    {
        QFile file(pdf);
        REQUIRE(file.open(QIODevice::WriteOnly));
        PageDecoration decoration;
        decoration.pageLabel = QStringLiteral("Page %1 of %2");
        QString error;
        REQUIRE(ReportExporter::writePdf(*document, decoration, &file, &error));
    }
    const auto info = run(QStringLiteral(DEELWIJZER_PDFINFO), {pdf});
    REQUIRE(info);
    static const QRegularExpression pagesLine(QStringLiteral("Pages:\\s+(\\d+)"));
    const int pages = pagesLine.match(QString::fromUtf8(*info)).captured(1).toInt();
    INFO("pages: " << pages);
    CHECK(pages >= 250);

    // The keep rules hold on the pages as laid out, and the PDF has the pages the renderer counted.
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        ReportPageRenderer renderer;
        CHECK(renderer.paginate(*document, &writer) == pages);
        REQUIRE(renderer.paginatedDocument());
        CHECK(checkKeepRules(*renderer.paginatedDocument()) > 1000);
    }

    const auto text = run(QStringLiteral(DEELWIJZER_PDFTOTEXT), {pdf, QStringLiteral("-")});
    REQUIRE(text);
    const QString printed = QString::fromUtf8(*text);
    // Every marker once, in the document's order; the first one missing or out of place is named.
    qsizetype from = 0;
    QStringList missing;
    for (const QString &marker : std::as_const(markers)) {
        const qsizetype at = printed.indexOf(marker, from);
        if (at < 0) {
            missing << marker;
            continue;
        }
        from = at + marker.size();
    }
    INFO(missing.size() << " of " << markers.size() << " blocks missing or out of order, first: "
                        << missing.mid(0, 10).join(QStringLiteral(", ")).toStdString());
    CHECK(missing.isEmpty());
}
