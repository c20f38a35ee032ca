// SPDX-License-Identifier: EUPL-1.2
#include "ruleedgeitem.h"

#include <QFontMetricsF>
#include <QLineF>
#include <QPainter>

namespace deelwijzer {

namespace {
const QColor RouteColour(0xd9, 0x48, 0x01);
const QColor EdgeColour(0x70, 0x70, 0x70);
} // namespace

RuleEdgeItem::RuleEdgeItem(const QString &from, const QString &to, const RuleGraphLayout::EdgePlacement &placement,
                           const QString &label, const QFont &font)
    : m_from(from)
    , m_to(to)
    , m_label(label)
    , m_labelPos(placement.labelPos)
    , m_hasLabel(placement.hasLabel && !label.isEmpty())
    , m_font(font)
{
    const QList<QPointF> &p = placement.spline;
    if (!p.isEmpty()) {
        m_path.moveTo(p.first());
        for (qsizetype i = 1; i + 2 < p.size(); i += 3)
            m_path.cubicTo(p[i], p[i + 1], p[i + 2]);
        const QPointF end = placement.hasArrowTip ? placement.arrowTip : p.last();
        const QPointF base = placement.hasArrowTip ? p.last() : p[qMax<qsizetype>(0, p.size() - 2)];
        if (placement.hasArrowTip)
            m_path.lineTo(end);
        QLineF line(end, base);
        if (line.length() > 0.1) {
            line.setLength(9);
            QLineF left = line, right = line;
            left.setAngle(line.angle() + 22);
            right.setAngle(line.angle() - 22);
            m_arrow << end << left.p2() << right.p2();
        }
    }
    setZValue(0);
}

void RuleEdgeItem::setOnRoute(bool onRoute)
{
    if (onRoute == m_onRoute)
        return;
    prepareGeometryChange();
    m_onRoute = onRoute;
    setZValue(onRoute ? 2 : 0);
    update();
}

QRectF RuleEdgeItem::labelRect() const
{
    QFont f = m_font;
    f.setBold(m_onRoute);
    const QFontMetricsF metrics(f);
    const QStringList lines = m_label.split(QLatin1Char('\n'));
    qreal width = 0;
    for (const QString &line : lines)
        width = qMax(width, metrics.horizontalAdvance(line));
    const qreal height = metrics.lineSpacing() * qreal(lines.size());
    return QRectF(m_labelPos.x() - width / 2 - 2, m_labelPos.y() - height / 2 - 1, width + 4, height + 2);
}

QRectF RuleEdgeItem::boundingRect() const
{
    QRectF r = m_path.boundingRect().united(m_arrow.boundingRect()).adjusted(-4, -4, 4, 4);
    if (m_hasLabel)
        r = r.united(labelRect());
    return r;
}

void RuleEdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor colour = m_onRoute ? RouteColour : EdgeColour;
    painter->setPen(QPen(colour, m_onRoute ? 4 : 1.1));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawPolygon(m_arrow);
    if (m_hasLabel) {
        QFont f = m_font;
        f.setBold(m_onRoute);
        const QRectF r = labelRect();
        painter->setBrush(QColor(255, 255, 255, 220));
        painter->drawRect(r);
        painter->setFont(f);
        painter->setPen(m_onRoute ? RouteColour.darker(130) : QColor(0x33, 0x33, 0x33));
        painter->drawText(r, Qt::AlignCenter, m_label);
    }
}

} // namespace deelwijzer
