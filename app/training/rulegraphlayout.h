// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "rulegraph.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

#include <functional>

namespace deelwijzer {

/// Places a RuleGraph with Graphviz's `dot` layout (libgvc, libcgraph): ranks top to bottom,
/// few crossings, splined edges. Coordinates are in points (1/72 inch) with y growing
/// downwards, ready for a QGraphicsScene.
class RuleGraphLayout
{
public:
    struct NodePlacement
    {
        QRectF rect;          ///< the node's box
    };
    struct EdgePlacement
    {
        QList<QPointF> spline; ///< cubic Bézier: p0, (c1, c2, p)…
        QPointF arrowTip;      ///< where the arrow head points (the end of the edge)
        bool hasArrowTip = false;
        QPointF labelPos;      ///< the centre of the edge's label
        bool hasLabel = false;
    };
    struct Result
    {
        bool ok = false;
        QString error;
        QRectF bounds;
        QHash<QString, NodePlacement> nodes;
        QList<EdgePlacement> edges;   ///< same order as RuleGraph::edges()
    };

    /// `nodeSize` gives each node's box (points). `edgeLabel` gives the text drawn on each edge
    /// (lines separated by '\n', empty for none); Graphviz reserves room for it at
    /// `labelFontSize` points. Runs `gvLayout(…, "dot")`; never throws.
    static Result layout(const RuleGraph &graph, const std::function<QSizeF(const RuleGraph::Node &)> &nodeSize,
                         const std::function<QString(const RuleGraph::Edge &)> &edgeLabel, qreal labelFontSize = 9);
};

} // namespace deelwijzer
