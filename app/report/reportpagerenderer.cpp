// SPDX-License-Identifier: EUPL-1.2
#include "reportpagerenderer.h"

#include "reportproperties.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>
#include <cmath>
#include <vector>

namespace deelwijzer {

namespace {
constexpr qreal MillimetresPerInch = 25.4;
/// A last page carries at least this share of a page's text area, if that can be done
/// without adding a page.
constexpr qreal MinimumLastPageShare = 0.125;

/// One element of the root frame's flow: a block or a child frame (a table).
struct FlowItem
{
    QTextBlock block;
    QTextFrame *frame = nullptr;
};

bool boolProperty(const FlowItem &item, int property)
{
    if (item.frame)
        return item.frame->frameFormat().boolProperty(property);
    return item.block.blockFormat().boolProperty(property);
}

bool hasBreakBefore(const FlowItem &item)
{
    const auto policy = item.frame ? item.frame->frameFormat().pageBreakPolicy()
                                   : item.block.blockFormat().pageBreakPolicy();
    return policy.testFlag(QTextFormat::PageBreak_AlwaysBefore);
}

void setBreakBefore(const FlowItem &item, bool on)
{
    const auto policy = [on](QTextFormat::PageBreakFlags flags) {
        return on ? flags | QTextFormat::PageBreak_AlwaysBefore : flags & ~QTextFormat::PageBreak_AlwaysBefore;
    };
    if (item.frame) {
        QTextFrameFormat format = item.frame->frameFormat();
        format.setPageBreakPolicy(policy(format.pageBreakPolicy()));
        item.frame->setFrameFormat(format);
    } else {
        QTextBlockFormat format = item.block.blockFormat();
        format.setPageBreakPolicy(policy(format.pageBreakPolicy()));
        QTextCursor(item.block).setBlockFormat(format);
    }
}

} // namespace

void keepHeadingsWithNext(QTextDocument &document)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0)
            continue;
        QTextBlockFormat format = block.blockFormat();
        format.setProperty(ReportProperty::KeepWithNext, true);
        QTextCursor(block).setBlockFormat(format);
    }
}

ReportPageRenderer::ReportPageRenderer() = default;
ReportPageRenderer::~ReportPageRenderer() = default;

int ReportPageRenderer::paginate(const QTextDocument &document, QPagedPaintDevice *device)
{
    m_dpiX = device->logicalDpiX();
    m_dpiY = device->logicalDpiY();
    const auto mmX = [this](qreal mm) { return mm * m_dpiX / MillimetresPerInch; };
    const auto mmY = [this](qreal mm) { return mm * m_dpiY / MillimetresPerInch; };

    // Work in paper coordinates whatever the device's page mode: the painter's origin is the
    // top left of the page layout's paint rectangle.
    const QPageLayout pageLayout = device->pageLayout();
    const int resolution = device->logicalDpiX();
    const QRect fullRect = pageLayout.fullRectPixels(resolution);
    const QRect paintRect = pageLayout.paintRectPixels(resolution);
    m_paperWidth = fullRect.width();
    m_paperHeight = fullRect.height();
    m_offsetX = -paintRect.left();
    m_offsetY = -paintRect.top();

    const QMarginsF &margins = m_geometry.margins;
    const qreal bodyWidth = m_paperWidth - mmX(margins.left()) - mmX(margins.right());
    m_bodyHeight = m_paperHeight - mmY(margins.top()) - mmY(margins.bottom());

    m_document.reset(document.clone());
    m_document->documentLayout()->setPaintDevice(device);
    m_document->setPageSize(QSizeF(bodyWidth, m_bodyHeight));
    // QTextDocumentLayout lays a long document out lazily, a step at a time. A format change
    // (the page breaks below) made while that layout is unfinished leaves the blocks after it
    // at stale positions: a 300-page document measured 166 pages and printed whole sections
    // nowhere. Finished first, every change is laid out to the end at once and stays exact.
    m_document->documentLayout()->documentSize();
    applyKeepRules();
    m_pageCount = std::max(1, m_document->pageCount());
    return m_pageCount;
}

void ReportPageRenderer::applyKeepRules()
{
    QTextDocument *doc = m_document.get();
    QAbstractTextDocumentLayout *layout = doc->documentLayout();
    const qreal pageHeight = m_bodyHeight;
    const auto pageOf = [pageHeight](qreal y) { return static_cast<int>(std::floor(y / pageHeight)); };
    // A little slack so that a line ending exactly on the page edge counts as on that page.
    const qreal epsilon = pageHeight / 10000.0;

    // The flow of the root frame: its blocks and tables, in order.
    // The empty block Qt keeps between two tables (and after the last one) is hidden in the
    // table's border; it is left out, so that a table "next" to a heading is the table.
    std::vector<FlowItem> items;
    for (auto it = doc->rootFrame()->begin(); !it.atEnd(); ++it) {
        if (QTextFrame *frame = it.currentFrame())
            items.push_back(FlowItem{QTextBlock(), frame});
        else if (!(it.currentBlock().length() <= 1 && !items.empty() && items.back().frame))
            items.push_back(FlowItem{it.currentBlock(), nullptr});
    }

    // The top of an item, and the bottom of its first line (or first row below the header).
    const auto top = [layout](const FlowItem &item) -> qreal {
        return item.frame ? layout->frameBoundingRect(item.frame).top()
                          : layout->blockBoundingRect(item.block).top();
    };
    const auto bottom = [layout](const FlowItem &item) -> qreal {
        return item.frame ? layout->frameBoundingRect(item.frame).bottom()
                          : layout->blockBoundingRect(item.block).bottom();
    };
    const auto firstLineBottom = [layout](const QTextBlock &block) -> qreal {
        const QRectF rect = layout->blockBoundingRect(block);
        const QTextLayout *textLayout = block.layout();
        if (!textLayout || textLayout->lineCount() == 0)
            return rect.bottom();
        return rect.top() + textLayout->lineAt(0).rect().bottom() - textLayout->boundingRect().top();
    };
    const auto firstContentBottom = [&](const FlowItem &item) -> qreal {
        if (auto *table = qobject_cast<QTextTable *>(item.frame)) {
            const int row = std::min(table->format().headerRowCount(), table->rows() - 1);
            qreal result = top(item);
            for (int column = 0; column < table->columns(); ++column) {
                const QTextTableCell cell = table->cellAt(row, column);
                if (cell.isValid())
                    result = std::max(result, firstLineBottom(cell.firstCursorPosition().block()));
            }
            return result;
        }
        if (item.frame)
            return bottom(item);
        return firstLineBottom(item.block);
    };
    const auto atPageTop = [&](const FlowItem &item) {
        const qreal y = top(item);
        return y - std::floor(y / pageHeight) * pageHeight < epsilon * 10;
    };

    // Breaks before item `index`, or before the start of the keep-with-next chain that leads to
    // it, so that a heading moves along with what it introduces.
    const auto isSplit = [&](const FlowItem &item) {
        const qreal y0 = top(item);
        const qreal y1 = bottom(item);
        return y1 - y0 < pageHeight && pageOf(y0 + epsilon) != pageOf(y1 - epsilon);
    };
    // Returns the index of the item that got the break, or 0 when none could be added.
    std::vector<std::size_t> added;
    const auto breakBefore = [&](std::size_t index) -> std::size_t {
        std::size_t start = index;
        while (start > 0 && boolProperty(items[start - 1], ReportProperty::KeepWithNext))
            --start;
        // A chain that starts a page already cannot be helped by another break: then keeping
        // the item itself together wins over keeping the heading with it.
        if (start == 0 || hasBreakBefore(items[start]) || atPageTop(items[start]))
            start = index;
        if (start == 0 || hasBreakBefore(items[start]) || atPageTop(items[start]))
            return 0;
        setBreakBefore(items[start], true);
        added.push_back(start);
        return start;
    };

    for (std::size_t i = 0; i < items.size(); ++i) {
        const FlowItem &item = items[i];
        if (boolProperty(item, ReportProperty::KeepTogether)) {
            if (isSplit(item)) {
                // First try to move the chain of headings before it along; if the item still
                // does not fit below them, move the item alone.
                if (breakBefore(i) != 0 && isSplit(item))
                    breakBefore(i);
            }
        }
        if (boolProperty(item, ReportProperty::KeepWithNext) && i + 1 < items.size()) {
            const qreal y0 = top(item);
            const qreal y1 = firstContentBottom(items[i + 1]);
            if (pageOf(y0 + epsilon) != pageOf(y1 - epsilon))
                breakBefore(i);
        }
    }

    // No near-empty last page: when the last page would carry only a few lines (the end of the
    // disclaimer, one glossary entry), an earlier break moves more of the previous page along,
    // as long as that adds no page. The previous page ends a little short instead.
    if (items.empty())
        return;
    const auto lastPageContent = [&] {
        const qreal end = bottom(items.back());
        return end - pageOf(end - epsilon) * pageHeight;
    };
    const int pages = doc->pageCount();
    const qreal minimumLastPage = pageHeight * MinimumLastPageShare;
    if (pages < 2 || lastPageContent() >= minimumLastPage)
        return;
    // The keep rules hold from item `from` on.
    const auto keptFrom = [&](std::size_t from) {
        for (std::size_t j = from; j < items.size(); ++j) {
            if (boolProperty(items[j], ReportProperty::KeepTogether) && isSplit(items[j]))
                return false;
            if (boolProperty(items[j], ReportProperty::KeepWithNext) && j + 1 < items.size()
                && pageOf(top(items[j]) + epsilon) != pageOf(firstContentBottom(items[j + 1]) - epsilon))
                return false;
        }
        return true;
    };
    const qreal lastPageTop = (pages - 1) * pageHeight;
    for (std::size_t i = items.size() - 1; i > 0; --i) {
        const qreal y = top(items[i]);
        if (y + epsilon >= lastPageTop)
            continue;
        if (y < lastPageTop - pageHeight * 0.9)
            break;
        const std::size_t broken = breakBefore(i);
        if (broken == 0)
            continue;
        // The breaks added above behind the new one (the one that made the last page) go.
        std::vector<std::size_t> lifted;
        for (std::size_t j : added) {
            if (j > broken) {
                setBreakBefore(items[j], false);
                lifted.push_back(j);
            }
        }
        if (doc->pageCount() == pages && lastPageContent() >= minimumLastPage && keptFrom(broken))
            break;
        // Not enough, a page more, or a block split: back, and try an earlier break.
        for (std::size_t j : lifted)
            setBreakBefore(items[j], true);
        setBreakBefore(items[broken], false);
    }
}

bool ReportPageRenderer::render(const QTextDocument &document, QPagedPaintDevice *device,
                                const PageDecoration &decoration, QString *error)
{
    paginate(document, device);
    QPainter painter;
    if (!painter.begin(device)) {
        if (error)
            *error = QStringLiteral("Cannot paint on the output device.");
        return false;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    for (int page = 0; page < m_pageCount; ++page) {
        if (page > 0 && !device->newPage()) {
            if (error)
                *error = QStringLiteral("Cannot start a new page on the output device.");
            painter.end();
            return false;
        }
        paintPage(painter, page, decoration);
    }
    painter.end();
    return true;
}

void ReportPageRenderer::paintPage(QPainter &painter, int pageIndex, const PageDecoration &decoration) const
{
    const auto mmX = [this](qreal mm) { return mm * m_dpiX / MillimetresPerInch; };
    const auto mmY = [this](qreal mm) { return mm * m_dpiY / MillimetresPerInch; };
    const QMarginsF &margins = m_geometry.margins;
    const qreal left = mmX(margins.left());
    const qreal right = m_paperWidth - mmX(margins.right());
    const qreal bodyTop = mmY(margins.top());
    const qreal bodyWidth = right - left;

    painter.save();
    painter.translate(m_offsetX, m_offsetY);

    // The text of this page.
    painter.save();
    painter.translate(left, bodyTop - pageIndex * m_bodyHeight);
    const QRectF view(0, pageIndex * m_bodyHeight, bodyWidth, m_bodyHeight);
    painter.setClipRect(view);
    QAbstractTextDocumentLayout::PaintContext context;
    // QTextLayout draws every line that touches the clip, edges included: the first line of the
    // next page starts exactly on this page's bottom edge and would be drawn too, invisible
    // under the painter's clip but present in the PDF's text layer (found twice by search and
    // screen readers). A clip a point inside the page (less than any line, more than rounding
    // to QFixed) leaves out the lines of the neighbours.
    const qreal hair = m_dpiY / 72.0;
    context.clip = view.adjusted(0, hair, 0, -hair);
    context.palette.setColor(QPalette::Text, Qt::black);
    m_document->documentLayout()->draw(&painter, context);
    painter.restore();

    // Header and footer: black on white, thin rules, small type.
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(7.5);
    font.setStyleStrategy(QFont::PreferNoShaping); // no ligatures: keep the PDF's text searchable
    QFont bold = font;
    bold.setBold(true);
    bold.setPointSizeF(9); // the verification code and the page number: what a reader looks for
    QFont mono(QStringLiteral("DejaVu Sans Mono"));
    mono.setStyleHint(QFont::Monospace);
    mono.setPointSizeF(6.5);
    mono.setStyleStrategy(QFont::PreferNoShaping);
    QPen rule(Qt::black);
    rule.setWidthF(0.4 / 72.0 * m_dpiY); // 0.4 pt
    painter.setPen(Qt::black);

    const qreal headerBaseline = mmY(m_geometry.headerBaselineFromTop);
    const QFontMetricsF boldMetrics(bold, painter.device());
    const QFontMetricsF metrics(font, painter.device());
    // Right: "Verification code" in small type, the code itself in bold 9 pt.
    const qsizetype codeAt = decoration.headerRight.lastIndexOf(QLatin1Char(' ')) + 1;
    const QString code = decoration.headerRight.mid(codeAt);
    const QString codeLabel = metrics.elidedText(decoration.headerRight.left(codeAt), Qt::ElideRight,
                                                 bodyWidth / 2 - boldMetrics.horizontalAdvance(code));
    const qreal codeWidth = boldMetrics.horizontalAdvance(code);
    const qreal headerRightWidth = codeWidth + metrics.horizontalAdvance(codeLabel);
    painter.setFont(bold);
    painter.drawText(QPointF(right - codeWidth, headerBaseline), code);
    painter.setFont(font);
    painter.drawText(QPointF(right - headerRightWidth, headerBaseline), codeLabel);
    // Left: wrapped upwards rather than cut off (the case reference must stay readable).
    const QRectF leftArea(left, 0, bodyWidth - headerRightWidth - mmX(5), headerBaseline);
    const QRectF needed = painter.boundingRect(leftArea, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, decoration.headerLeft);
    painter.drawText(QRectF(left, headerBaseline + metrics.descent() - needed.height(), leftArea.width(), needed.height()),
                     Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, decoration.headerLeft);
    painter.setPen(rule);
    const qreal headerRule = headerBaseline + metrics.descent() + mmY(1.2);
    painter.drawLine(QPointF(left, headerRule), QPointF(right, headerRule));

    const qreal footerRule = m_paperHeight - mmY(m_geometry.footerTopFromBottom);
    painter.drawLine(QPointF(left, footerRule), QPointF(right, footerRule));
    painter.setPen(Qt::black);
    const qreal footerBaseline = footerRule + mmY(1.5) + metrics.ascent();
    painter.setFont(bold);
    const QString pageLabel = decoration.pageLabel.arg(pageIndex + 1).arg(m_pageCount);
    const qreal pageLabelWidth = boldMetrics.horizontalAdvance(pageLabel);
    painter.drawText(QPointF(right - pageLabelWidth, footerBaseline), pageLabel);
    painter.setFont(font);
    // Wrapped, never cut off: in both languages the rule set and date take two lines, and then
    // the date gets a line of its own rather than being broken in the middle.
    const qreal footerWidth = bodyWidth - pageLabelWidth - mmX(5);
    QString footerLeft = decoration.footerLeft;
    if (metrics.horizontalAdvance(footerLeft) > footerWidth)
        footerLeft.replace(PageDecoration::footerBreak(), QString(QChar::LineSeparator));
    QRectF footerUsed;
    painter.drawText(QRectF(left, footerBaseline - metrics.ascent(), footerWidth, mmY(12)),
                     Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, footerLeft, &footerUsed);
    if (!decoration.footerSecond.isEmpty()) {
        painter.setFont(mono);
        const QFontMetricsF monoMetrics(mono, painter.device());
        painter.drawText(QPointF(left, footerUsed.bottom() + mmY(0.8) + monoMetrics.ascent()),
                         monoMetrics.elidedText(decoration.footerSecond, Qt::ElideMiddle, bodyWidth));
    }
    painter.restore();
}

} // namespace deelwijzer
