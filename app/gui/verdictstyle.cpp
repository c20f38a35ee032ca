// SPDX-License-Identifier: EUPL-1.2
#include "verdictstyle.h"

#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <cmath>

namespace deelwijzer {

QString VerdictStyle::label(Verdict verdict, const QString &language)
{
    return verdictLabel(verdict, language);
}

QColor VerdictStyle::colour(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Required:
        return QColor(0x1d, 0x4e, 0x89); // dark blue
    case Verdict::Allowed:
        return QColor(0x1e, 0x6b, 0x34); // dark green
    case Verdict::AllowedIf:
        return QColor(0x8a, 0x5a, 0x00); // dark amber
    case Verdict::NotAllowed:
        return QColor(0xa3, 0x1f, 0x1f); // dark red
    case Verdict::Consult:
        return QColor(0x5b, 0x2c, 0x83); // purple
    }
    return Qt::black;
}

namespace {

QPainterPath shape(Verdict verdict, const QRectF &r)
{
    QPainterPath path;
    switch (verdict) {
    case Verdict::Required:
        path.addRoundedRect(r, r.width() * 0.12, r.height() * 0.12);
        break;
    case Verdict::Allowed:
        path.addEllipse(r);
        break;
    case Verdict::AllowedIf: {
        QPolygonF triangle;
        triangle << QPointF(r.center().x(), r.top()) << r.bottomRight() << r.bottomLeft();
        path.addPolygon(triangle);
        path.closeSubpath();
        break;
    }
    case Verdict::NotAllowed: {
        QPolygonF octagon;
        for (int i = 0; i < 8; ++i) {
            const double angle = M_PI / 8 + i * M_PI / 4;
            octagon << QPointF(r.center().x() + r.width() / 2 * std::cos(angle),
                               r.center().y() + r.height() / 2 * std::sin(angle));
        }
        path.addPolygon(octagon);
        path.closeSubpath();
        break;
    }
    case Verdict::Consult: {
        const QRectF bubble(r.left(), r.top(), r.width(), r.height() * 0.8);
        path.addRoundedRect(bubble, r.width() * 0.2, r.height() * 0.2);
        QPolygonF tail;
        tail << QPointF(r.left() + r.width() * 0.25, bubble.bottom() - 1)
             << QPointF(r.left() + r.width() * 0.2, r.bottom())
             << QPointF(r.left() + r.width() * 0.5, bubble.bottom() - 1);
        QPainterPath t;
        t.addPolygon(tail);
        path = path.united(t);
        break;
    }
    }
    return path;
}

void drawGlyph(QPainter &p, Verdict verdict, const QRectF &r)
{
    QPen pen(Qt::white, r.width() * 0.11, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    const double w = r.width();
    const double x = r.left();
    const double y = r.top();
    switch (verdict) {
    case Verdict::Required: // check mark with an exclamation bar: "must"
    case Verdict::Allowed: {
        QPainterPath check;
        check.moveTo(x + w * 0.27, y + w * 0.52);
        check.lineTo(x + w * 0.44, y + w * 0.68);
        check.lineTo(x + w * 0.74, y + w * 0.34);
        p.drawPath(check);
        if (verdict == Verdict::Required) {
            p.drawLine(QPointF(x + w * 0.27, y + w * 0.82), QPointF(x + w * 0.73, y + w * 0.82));
            p.drawLine(QPointF(x + w * 0.27, y + w * 0.18), QPointF(x + w * 0.73, y + w * 0.18));
        }
        break;
    }
    case Verdict::AllowedIf: { // check mark low in the triangle, with a condition dot above
        QPainterPath check;
        check.moveTo(x + w * 0.33, y + w * 0.68);
        check.lineTo(x + w * 0.46, y + w * 0.80);
        check.lineTo(x + w * 0.68, y + w * 0.55);
        p.drawPath(check);
        p.setBrush(Qt::white);
        p.drawEllipse(QPointF(x + w * 0.5, y + w * 0.38), w * 0.02, w * 0.02);
        break;
    }
    case Verdict::NotAllowed:
        p.drawLine(QPointF(x + w * 0.32, y + w * 0.32), QPointF(x + w * 0.68, y + w * 0.68));
        p.drawLine(QPointF(x + w * 0.68, y + w * 0.32), QPointF(x + w * 0.32, y + w * 0.68));
        break;
    case Verdict::Consult: {
        QPainterPath q;
        q.moveTo(x + w * 0.36, y + w * 0.28);
        q.cubicTo(x + w * 0.38, y + w * 0.12, x + w * 0.66, y + w * 0.12, x + w * 0.64, y + w * 0.30);
        q.cubicTo(x + w * 0.62, y + w * 0.42, x + w * 0.5, y + w * 0.40, x + w * 0.5, y + w * 0.52);
        p.drawPath(q);
        p.setBrush(Qt::white);
        p.drawEllipse(QPointF(x + w * 0.5, y + w * 0.66), w * 0.03, w * 0.03);
        break;
    }
    }
}

} // namespace

QPixmap VerdictStyle::pixmap(Verdict verdict, int size, qreal devicePixelRatio)
{
    QPixmap pm(QSize(size, size) * devicePixelRatio);
    pm.setDevicePixelRatio(devicePixelRatio);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r(1, 1, size - 2, size - 2);
    // A thin black outline keeps the shape visible on any background.
    p.setPen(QPen(Qt::black, 1));
    p.setBrush(colour(verdict));
    p.drawPath(shape(verdict, r));
    drawGlyph(p, verdict, r);
    return pm;
}

QIcon VerdictStyle::icon(Verdict verdict)
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64})
        icon.addPixmap(pixmap(verdict, size));
    return icon;
}

QPixmap VerdictStyle::warningPixmap(int size, qreal devicePixelRatio)
{
    QPixmap pm(QSize(size, size) * devicePixelRatio);
    pm.setDevicePixelRatio(devicePixelRatio);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r(1, 1, size - 2, size - 2);
    QPolygonF triangle;
    triangle << QPointF(r.center().x(), r.top()) << r.bottomRight() << r.bottomLeft();
    p.setPen(QPen(Qt::black, 1));
    p.setBrush(QColor(0xf2, 0xb7, 0x05));
    p.drawPolygon(triangle);
    QPen pen(Qt::black, size * 0.1, Qt::SolidLine, Qt::RoundCap);
    p.setPen(pen);
    p.drawLine(QPointF(r.center().x(), r.top() + size * 0.35), QPointF(r.center().x(), r.top() + size * 0.65));
    p.drawPoint(QPointF(r.center().x(), r.top() + size * 0.8));
    return pm;
}

QIcon VerdictStyle::appIcon()
{
    // The same drawing as resources/nl.deelwijzer.deelwijzer.svg (Qt SVG is not needed).
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256}) {
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.scale(size / 128.0, size / 128.0);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x1d, 0x4e, 0x89));
        p.drawRoundedRect(QRectF(4, 4, 120, 120), 24, 24);
        p.setBrush(Qt::white);
        p.drawRoundedRect(QRectF(58, 20, 12, 92), 3, 3);
        QPolygonF upper;
        upper << QPointF(30, 30) << QPointF(92, 30) << QPointF(108, 44) << QPointF(92, 58) << QPointF(30, 58);
        p.drawPolygon(upper);
        p.setPen(QPen(QColor(0x1e, 0x6b, 0x34), 7, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        QPainterPath check;
        check.moveTo(50, 40);
        check.lineTo(60, 50);
        check.lineTo(78, 32);
        p.drawPath(check);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xf2, 0xb7, 0x05));
        QPolygonF lower;
        lower << QPointF(98, 66) << QPointF(36, 66) << QPointF(20, 80) << QPointF(36, 94) << QPointF(98, 94);
        p.drawPolygon(lower);
        p.setBrush(QColor(0x1d, 0x4e, 0x89));
        p.drawEllipse(QPointF(60, 80), 5, 5);
        p.drawEllipse(QPointF(76, 80), 5, 5);
        p.end();
        icon.addPixmap(pm);
    }
    return icon;
}

} // namespace deelwijzer
