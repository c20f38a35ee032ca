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
    return QColor::fromRgb(verdictInfo(verdict).rgb);
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

/// The verdict's symbol from the verdict table, in white, centred in the part of the shape
/// that has room for it: the same symbol the report and the command line print.
void drawGlyph(QPainter &p, Verdict verdict, const QRectF &r)
{
    QRectF room = r;
    if (verdict == Verdict::AllowedIf)
        room = QRectF(r.left(), r.top() + r.height() * 0.35, r.width(), r.height() * 0.6); // low in the triangle
    else if (verdict == Verdict::Consult)
        room = QRectF(r.left(), r.top(), r.width(), r.height() * 0.8); // the bubble without its tail
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setBold(true);
    font.setPixelSize(qMax(6, int(room.height() * (verdict == Verdict::AllowedIf ? 0.7 : 0.62))));
    p.setFont(font);
    p.setPen(Qt::white);
    p.drawText(room, Qt::AlignCenter, verdictSymbol(verdict));
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
