// SPDX-License-Identifier: EUPL-1.2
#include "rulegraph.h"

#include <QSet>

#include <functional>

namespace deelwijzer {

void RuleGraph::addNode(Node node)
{
    m_index.insert(node.id, int(m_nodes.size()));
    m_nodes.append(std::move(node));
}

void RuleGraph::addEdge(const QString &from, const QString &to, const QString &label)
{
    if (to.isEmpty())
        return;
    const QString key = from + QLatin1Char('\n') + to;
    const auto it = m_edgeIndex.constFind(key);
    if (it != m_edgeIndex.constEnd()) {
        if (!label.isEmpty() && !m_edges[*it].labels.contains(label))
            m_edges[*it].labels.append(label);
        return;
    }
    m_edgeIndex.insert(key, int(m_edges.size()));
    m_edges.append({from, to, label.isEmpty() ? QStringList() : QStringList{label}});
}

const RuleGraph::Node *RuleGraph::node(const QString &id) const
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : &m_nodes.at(i);
}

RuleGraph RuleGraph::build(const RuleSet &rules, const QString &language, const QString &otherwiseLabel,
                           const std::function<QString(const QString &)> &plain)
{
    const auto shown = [&](const LocalizedText &text) { return plain ? plain(text.text(language)) : text.text(language); };
    RuleGraph graph;
    // Nodes in a walk order from the start, so the layout's input order follows the rules.
    QStringList order;
    QSet<QString> seen;
    QStringList pending{rules.info().start};
    while (!pending.isEmpty()) {
        const QString id = pending.takeFirst();
        if (id.isEmpty() || seen.contains(id))
            continue;
        seen.insert(id);
        order.append(id);
        if (const Question *q = rules.question(id)) {
            for (const Answer &a : q->answers)
                pending.append(q->nextFor(a.id));
        } else if (const Decision *d = rules.decision(id)) {
            for (const Branch &b : d->branches)
                pending.append(b.next);
            pending.append(d->otherwise);
        }
    }
    // Nodes not reachable from the start (a broken rule set) are still shown.
    for (const Question &q : rules.questions())
        if (!seen.contains(q.id))
            order.append(q.id), seen.insert(q.id);
    for (const Decision &d : rules.decisions())
        if (!seen.contains(d.id))
            order.append(d.id), seen.insert(d.id);
    for (const Outcome &o : rules.outcomes())
        if (!seen.contains(o.id))
            order.append(o.id), seen.insert(o.id);

    for (const QString &id : order) {
        Node node;
        node.id = id;
        node.kind = rules.nodeKind(id);
        if (const Question *q = rules.question(id)) {
            node.label = shown(q->text);
        } else if (const Decision *d = rules.decision(id)) {
            // Named by the questions it looks at, not by its internal id.
            QStringList asked;
            const std::function<void(const Condition &)> collect = [&](const Condition &c) {
                if (c.kind == Condition::Kind::Answer) {
                    if (const Question *tested = rules.question(c.question)) {
                        const QString text = shown(tested->text);
                        if (!asked.contains(text))
                            asked.append(text);
                    }
                }
                for (const Condition &child : c.children)
                    collect(child);
            };
            for (const Branch &branch : d->branches)
                collect(branch.when);
            node.label = asked.isEmpty() ? id : asked.join(QStringLiteral(" · "));
        } else if (const Outcome *o = rules.outcome(id)) {
            node.label = shown(o->title);
            node.verdict = o->verdict;
        }
        graph.addNode(std::move(node));
    }
    for (const QString &id : order) {
        if (const Question *q = rules.question(id)) {
            for (const Answer &a : q->answers)
                graph.addEdge(id, q->nextFor(a.id), shown(a.label));
        } else if (const Decision *d = rules.decision(id)) {
            for (size_t i = 0; i < d->branches.size(); ++i)
                graph.addEdge(id, d->branches[i].next, QString::number(i + 1));
            graph.addEdge(id, d->otherwise, otherwiseLabel);
        }
    }
    return graph;
}

QList<QPair<QString, QString>> RuleGraph::pathEdges(const QStringList &traceNodes)
{
    QList<QPair<QString, QString>> result;
    for (qsizetype i = 1; i < traceNodes.size(); ++i)
        result.append({traceNodes.at(i - 1), traceNodes.at(i)});
    return result;
}

} // namespace deelwijzer
