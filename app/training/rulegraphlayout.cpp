// SPDX-License-Identifier: EUPL-1.2
#include "rulegraphlayout.h"

#include <QByteArray>
#include <QVector>

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wold-style-cast"
#pragma GCC diagnostic ignored "-Wconversion"
#pragma GCC diagnostic ignored "-Wsign-conversion"
#pragma GCC diagnostic ignored "-Wpedantic"
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

namespace deelwijzer {

namespace {

/// Graphviz 2.42 takes `char *` for names and values; it copies them.
class CString
{
public:
    explicit CString(const QString &s) : m_data(s.toUtf8()) {}
    explicit CString(const char *s) : m_data(s) {}
    char *get() { return m_data.data(); }

private:
    QByteArray m_data;
};

void set(void *object, const char *name, const QString &value)
{
    CString n(name);
    CString v(value);
    CString empty("");
    agsafeset(object, n.get(), v.get(), empty.get());
}

QString inches(qreal points)
{
    return QString::number(points / 72.0, 'f', 3);
}

/// Releases the context, the graph and its layout in the right order.
struct GraphvizSession
{
    GVC_t *context = nullptr;
    Agraph_t *graph = nullptr;
    bool laidOut = false;
    ~GraphvizSession()
    {
        if (context && graph && laidOut)
            gvFreeLayout(context, graph);
        if (graph)
            agclose(graph);
        if (context)
            gvFreeContext(context);
    }
};

} // namespace

RuleGraphLayout::Result RuleGraphLayout::layout(const RuleGraph &graph,
                                                const std::function<QSizeF(const RuleGraph::Node &)> &nodeSize,
                                                const std::function<QString(const RuleGraph::Edge &)> &edgeLabel,
                                                qreal labelFontSize)
{
    Result result;
    GraphvizSession gv;
    gv.context = gvContext();
    if (!gv.context) {
        result.error = QStringLiteral("Graphviz could not start");
        return result;
    }
    CString graphName("rules");
    gv.graph = agopen(graphName.get(), Agdirected, nullptr);
    set(gv.graph, "rankdir", QStringLiteral("TB"));
    set(gv.graph, "nodesep", QStringLiteral("0.25"));
    set(gv.graph, "ranksep", QStringLiteral("0.55"));
    set(gv.graph, "splines", QStringLiteral("spline"));
    set(gv.graph, "ordering", QStringLiteral("out"));

    QVector<Agnode_t *> nodes;
    nodes.reserve(graph.nodes().size());
    for (const RuleGraph::Node &node : graph.nodes()) {
        CString name(node.id);
        Agnode_t *n = agnode(gv.graph, name.get(), 1);
        const QSizeF size = nodeSize(node);
        set(n, "shape", QStringLiteral("box"));
        set(n, "fixedsize", QStringLiteral("true"));
        set(n, "label", QString());
        set(n, "width", inches(size.width()));
        set(n, "height", inches(size.height()));
        nodes.append(n);
    }
    QVector<Agedge_t *> edges;
    edges.reserve(graph.edges().size());
    for (const RuleGraph::Edge &edge : graph.edges()) {
        const int from = graph.indexOf(edge.from);
        const int to = graph.indexOf(edge.to);
        if (from < 0 || to < 0) {
            edges.append(nullptr);
            continue;
        }
        Agedge_t *e = agedge(gv.graph, nodes[from], nodes[to], nullptr, 1);
        const QString label = edgeLabel(edge);
        if (!label.isEmpty()) {
            QString escaped = label;
            escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\n'), QStringLiteral("\\n"));
            set(e, "label", escaped);
            set(e, "fontsize", QString::number(labelFontSize, 'f', 1));
            set(e, "fontname", QStringLiteral("DejaVu Sans"));
        }
        edges.append(e);
    }

    if (gvLayout(gv.context, gv.graph, "dot") != 0) {
        result.error = QStringLiteral("Graphviz could not lay out the rule tree (is the dot layout plugin installed?)");
        return result;
    }
    gv.laidOut = true;

    const boxf bb = GD_bb(gv.graph);
    const qreal top = bb.UR.y; // Graphviz's y grows upwards; flip it
    const auto point = [top](pointf p) { return QPointF(p.x, top - p.y); };
    result.bounds = QRectF(QPointF(bb.LL.x, 0), QPointF(bb.UR.x, bb.UR.y - bb.LL.y));

    for (int i = 0; i < nodes.size(); ++i) {
        Agnode_t *n = nodes[i];
        const QPointF centre = point(ND_coord(n));
        const qreal w = ND_width(n) * 72.0;
        const qreal h = ND_height(n) * 72.0;
        result.nodes.insert(graph.nodes().at(i).id, {QRectF(centre.x() - w / 2, centre.y() - h / 2, w, h)});
    }
    for (Agedge_t *e : edges) {
        EdgePlacement placement;
        if (e && ED_spl(e) && ED_spl(e)->size > 0) {
            const bezier &bz = ED_spl(e)->list[0];
            for (int k = 0; k < bz.size; ++k)
                placement.spline.append(point(bz.list[k]));
            if (bz.eflag) {
                placement.arrowTip = point(bz.ep);
                placement.hasArrowTip = true;
            }
        }
        if (e && ED_label(e) && ED_label(e)->set) {
            placement.labelPos = point(ED_label(e)->pos);
            placement.hasLabel = true;
        }
        result.edges.append(placement);
    }
    result.ok = true;
    return result;
}

} // namespace deelwijzer

#pragma GCC diagnostic pop
