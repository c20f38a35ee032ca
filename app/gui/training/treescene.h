// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QGraphicsScene>
#include <QHash>
#include <QList>
#include <QStringList>

namespace deelwijzer {

class RuleEdgeItem;
class RuleNodeItem;
class RuleSet;

/// The whole rule tree as a graphics scene: every question, decision and outcome as a
/// RuleNodeItem, placed by Graphviz (RuleGraphLayout), with a legend in the top-left corner.
/// The route of an advice can be highlighted.
class TreeScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit TreeScene(QObject *parent = nullptr);

    /// Builds the scene for `rules` with texts in `language`; false (see error()) if Graphviz
    /// could not lay it out. `rules` must outlive the scene's use of node ids.
    bool build(const RuleSet &rules, const QString &language);
    const QString &error() const { return m_error; }

    /// Highlights the nodes in `traceNodes` (TraceStep::node, in order) and the edges between them.
    void setRoute(const QStringList &traceNodes);
    const QStringList &route() const { return m_route; }

    RuleNodeItem *nodeItem(const QString &id) const { return m_nodes.value(id); }
    QList<RuleNodeItem *> nodeItems() const { return m_nodes.values(); }
    const QList<RuleEdgeItem *> &edgeItems() const { return m_edges; }
    /// The rule set's name and version, shown in the legend and on exports.
    const QString &titleText() const { return m_title; }

private:
    void addLegend(const QRectF &graphBounds, const QString &language);

    QHash<QString, RuleNodeItem *> m_nodes;
    QList<RuleEdgeItem *> m_edges;
    QStringList m_route;
    QString m_error;
    QString m_title;
};

} // namespace deelwijzer
