// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "rulegraph.h"

#include <QFont>
#include <QGraphicsItem>
#include <QStaticText>

namespace deelwijzer {

/// A node of the rule-tree overview: a question (white box, "?"), a decision (grey box with
/// cut corners, "◇") or an outcome (tinted with its verdict's colour, with the verdict's own
/// symbol and label, so it is never told by colour alone). Nodes on the current route get a
/// thick dark frame and a marker.
class RuleNodeItem : public QGraphicsItem
{
public:
    RuleNodeItem(const RuleGraph::Node &node, const QString &caption, const QRectF &rect, const QFont &font);

    /// The height a node of `width` needs for `text` in `font` (at most `maxLines` lines).
    static qreal heightFor(const QString &text, qreal width, const QFont &font, int maxLines);

    const QString &id() const { return m_node.id; }
    const RuleGraph::Node &node() const { return m_node; }
    void setOnRoute(bool onRoute);
    bool isOnRoute() const { return m_onRoute; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    RuleGraph::Node m_node;
    QString m_caption;
    QRectF m_rect;
    QFont m_font;
    bool m_onRoute = false;
};

} // namespace deelwijzer
