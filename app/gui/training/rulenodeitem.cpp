// SPDX-License-Identifier: EUPL-1.2
#include "rulenodeitem.h"

#include "verdictstyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>
#include <QTextLayout>

namespace deelwijzer {

namespace {

constexpr qreal Padding = 6;
constexpr qreal IconSize = 18;

/// Lays `text` out in lines of `width`; the last line is elided when more would be needed.
QStringList wrap(const QString &text, qreal width, const QFont &font, int maxLines)
{
    QStringList lines;
    QTextLayout layout(text, font);
    layout.beginLayout();
    while (true) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        lines.append(text.mid(line.textStart(), line.textLength()).trimmed());
    }
    layout.endLayout();
    if (lines.size() > maxLines) {
        const QString rest = lines.mid(maxLines - 1).join(QLatin1Char(' '));
        lines = lines.mid(0, maxLines - 1);
        lines.append(QFontMetricsF(font).elidedText(rest + QStringLiteral(" …"), Qt::ElideRight, width));
    }
    return lines;
}

QFont captionFont(const QFont &font)
{
    QFont f = font;
    f.setBold(true);
    if (font.pixelSize() > 0)
        f.setPixelSize(qRound(font.pixelSize() * 0.9));
    else
        f.setPointSizeF(font.pointSizeF() * 0.9);
    return f;
}

} // namespace

RuleNodeItem::RuleNodeItem(const RuleGraph::Node &node, const QString &caption, const QRectF &rect, const QFont &font)
    : m_node(node)
    , m_caption(caption)
    , m_rect(rect)
    , m_font(font)
{
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setCursor(Qt::PointingHandCursor);
    setToolTip(node.label);
    setZValue(1);
}

qreal RuleNodeItem::heightFor(const QString &text, qreal width, const QFont &font, int maxLines)
{
    const qreal textWidth = width - 2 * Padding;
    const int lines = int(wrap(text, textWidth, font, maxLines).size());
    return 2 * Padding + QFontMetricsF(captionFont(font)).lineSpacing() + 2
           + qMax(1, lines) * QFontMetricsF(font).lineSpacing();
}

void RuleNodeItem::setOnRoute(bool onRoute)
{
    if (onRoute == m_onRoute)
        return;
    m_onRoute = onRoute;
    setZValue(onRoute ? 3 : 1);
    update();
}

QRectF RuleNodeItem::boundingRect() const
{
    return m_rect.adjusted(-6, -6, 6, 6);
}

void RuleNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath shape;
    QColor fill = Qt::white;
    QColor frame(0x1f, 0x3a, 0x5f);
    Qt::PenStyle style = Qt::SolidLine;
    switch (m_node.kind) {
    case NodeKind::Decision: {
        const qreal c = 8;
        const QRectF r = m_rect;
        QPolygonF polygon({QPointF(r.left() + c, r.top()), QPointF(r.right() - c, r.top()), QPointF(r.right(), r.top() + c),
                           QPointF(r.right(), r.bottom() - c), QPointF(r.right() - c, r.bottom()),
                           QPointF(r.left() + c, r.bottom()), QPointF(r.left(), r.bottom() - c),
                           QPointF(r.left(), r.top() + c)});
        shape.addPolygon(polygon);
        shape.closeSubpath();
        fill = QColor(0xee, 0xee, 0xee);
        frame = QColor(0x55, 0x55, 0x55);
        style = Qt::DashLine;
        break;
    }
    case NodeKind::Outcome:
        shape.addRoundedRect(m_rect, 10, 10);
        if (m_node.verdict) {
            const QColor c = VerdictStyle::colour(*m_node.verdict);
            fill = QColor::fromHslF(c.hslHueF(), qMin(1.0f, c.hslSaturationF()), 0.92f);
            frame = c.darker(140);
        }
        break;
    default:
        shape.addRoundedRect(m_rect, 4, 4);
        break;
    }
    painter->setPen(QPen(frame, m_onRoute ? 1.5 : 1.5, style));
    painter->setBrush(fill);
    painter->drawPath(shape);
    if (m_onRoute) {
        painter->setPen(QPen(QColor(0xd9, 0x48, 0x01), 5));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(shape);
    }
    if (option->state & QStyle::State_Selected) {
        painter->setPen(QPen(Qt::black, 1.5, Qt::DotLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(m_rect.adjusted(-4, -4, 4, 4));
    }

    // Caption: kind (and verdict) with a symbol, then the text.
    qreal x = m_rect.left() + Padding;
    const qreal top = m_rect.top() + Padding;
    const QFont caption = captionFont(m_font);
    const qreal captionHeight = QFontMetricsF(caption).lineSpacing();
    if (m_node.kind == NodeKind::Outcome && m_node.verdict) {
        const QPixmap icon = VerdictStyle::pixmap(*m_node.verdict, int(IconSize), 3.0);
        painter->drawPixmap(QRectF(x, top - 2, captionHeight + 2, captionHeight + 2), icon, icon.rect());
        x += captionHeight + 6;
    }
    painter->setPen(frame.darker(120));
    painter->setFont(caption);
    const qreal captionWidth = m_rect.right() - Padding - x;
    painter->drawText(QRectF(x, top, captionWidth, captionHeight), Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetricsF(caption).elidedText(m_caption, Qt::ElideRight, captionWidth));

    painter->setPen(Qt::black);
    painter->setFont(m_font);
    const qreal width = m_rect.width() - 2 * Padding;
    const QStringList lines = wrap(m_node.label, width, m_font, 4);
    const qreal lineHeight = QFontMetricsF(m_font).lineSpacing();
    qreal y = top + captionHeight + 2;
    for (const QString &line : lines) {
        painter->drawText(QRectF(m_rect.left() + Padding, y, width, lineHeight), Qt::AlignLeft | Qt::AlignVCenter, line);
        y += lineHeight;
    }
}

} // namespace deelwijzer
