// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "ruleset.h"
#include "verdict.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace deelwijzer {

struct RouteStep;

/// The rule tree as a graph: one node per question, decision and outcome, one edge per
/// distinct (from, to) pair, labelled with the answers or branches that lead along it.
/// Widget-free; RuleGraphLayout places it and the GUI draws it.
class RuleGraph
{
public:
    struct Node
    {
        QString id;
        NodeKind kind = NodeKind::None;
        std::optional<Verdict> verdict; ///< outcomes only
        QString label;                  ///< question text, outcome title, or decision id
    };
    struct Edge
    {
        QString from;
        QString to;
        QStringList labels;             ///< answer labels (questions) or "1", "2", "otherwise" (decisions)
    };

    /// Builds the graph of `rules` with texts in `language`. Decision branch labels are the
    /// branch numbers; `otherwiseLabel` labels a decision's otherwise edge.
    /// `plain` turns rule markup ([[term|words]]) into the words shown (identity by default).
    static RuleGraph build(const RuleSet &rules, const QString &language, const QString &otherwiseLabel,
                           const std::function<QString(const QString &)> &plain = {});

    const QList<Node> &nodes() const { return m_nodes; }
    const QList<Edge> &edges() const { return m_edges; }
    const Node *node(const QString &id) const;
    int indexOf(const QString &id) const { return m_index.value(id, -1); }

    /// The nodes and edges an advice's trace passed, from the start node to the outcome.
    /// `traceNodes` are the ids in order (TraceStep::node).
    static QList<QPair<QString, QString>> pathEdges(const QStringList &traceNodes);

private:
    void addNode(Node node);
    void addEdge(const QString &from, const QString &to, const QString &label);

    QList<Node> m_nodes;
    QList<Edge> m_edges;
    QHash<QString, int> m_index;
    QHash<QString, int> m_edgeIndex; ///< "from\nto" -> edge
};

} // namespace deelwijzer
