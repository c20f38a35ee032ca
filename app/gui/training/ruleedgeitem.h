// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "rulegraphlayout.h"

#include <QFont>
#include <QGraphicsItem>

namespace deelwijzer {

/// An edge of the rule-tree overview: the spline Graphviz routed, an arrow head, and the
/// answers (or branch numbers) that lead along it. Edges on the current route are thick and
/// orange, with their label in bold.
class RuleEdgeItem : public QGraphicsItem
{
public:
    RuleEdgeItem(const QString &from, const QString &to, const RuleGraphLayout::EdgePlacement &placement,
                 const QString &label, const QFont &font);

    const QString &from() const { return m_from; }
    const QString &to() const { return m_to; }
    void setOnRoute(bool onRoute);
    bool isOnRoute() const { return m_onRoute; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QRectF labelRect() const;

    QString m_from;
    QString m_to;
    QPainterPath m_path;
    QPolygonF m_arrow;
    QString m_label;
    QPointF m_labelPos;
    bool m_hasLabel = false;
    QFont m_font;
    bool m_onRoute = false;
};

} // namespace deelwijzer
