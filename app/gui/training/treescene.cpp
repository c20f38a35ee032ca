// SPDX-License-Identifier: EUPL-1.2
#include "treescene.h"

#include "markuprenderer.h"
#include "rulegraph.h"
#include "rulegraphlayout.h"
#include "ruleedgeitem.h"
#include "rulenodeitem.h"
#include "ruleset.h"
#include "verdictstyle.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QGraphicsPixmapItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QSet>

namespace deelwijzer {

namespace {

constexpr qreal NodeWidth = 200;

/// Answer labels joined with commas, in lines of about `width` characters.
QString wrapLabels(const QStringList &labels, int width)
{
    QStringList lines;
    QString line;
    for (const QString &label : labels) {
        const QString piece = line.isEmpty() ? label : line + QStringLiteral(", ") + label;
        if (!line.isEmpty() && piece.size() > width) {
            lines.append(line + QLatin1Char(','));
            line = label;
        } else {
            line = piece;
        }
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines.join(QLatin1Char('\n'));
}

/// A font sized in scene units (the layout's points), never in device points: a point size
/// is resolved against the paint device, so on a 300-dpi PDF the text came out about four
/// times too large for the boxes drawn around it.
QFont sceneFont(int units, bool bold = false)
{
    QFont font = QApplication::font();
    font.setPixelSize(units);
    font.setBold(bold);
    return font;
}

} // namespace

TreeScene::TreeScene(QObject *parent)
    : QGraphicsScene(parent)
{
    setBackgroundBrush(Qt::white);
}

bool TreeScene::build(const RuleSet &rules, const QString &language)
{
    clear();
    m_nodes.clear();
    m_edges.clear();
    m_route.clear();
    m_error.clear();
    m_title = rules.displayName(language) + QStringLiteral(" ") + rules.info().version;

    const MarkupRenderer markup(&rules, language);
    const RuleGraph graph = RuleGraph::build(rules, language, tr("otherwise"),
                                             [&](const QString &text) { return markup.toPlain(text); });
    const QFont nodeFont = sceneFont(12);
    const QFont labelFont = sceneFont(10);
    QHash<QString, QString> edgeTexts;
    const auto edgeKey = [](const RuleGraph::Edge &e) { return e.from + QLatin1Char('\n') + e.to; };
    for (const RuleGraph::Edge &e : graph.edges()) {
        // Long answer lists (who shares, to whom) would bury the tree: name three, count the rest.
        QStringList labels = e.labels;
        if (labels.size() > 4) {
            const int more = int(labels.size()) - 3;
            labels = labels.mid(0, 3);
            labels.append(tr("+ %n more", nullptr, more));
        }
        edgeTexts.insert(edgeKey(e), wrapLabels(labels, 30));
    }

    const RuleGraphLayout::Result layout = RuleGraphLayout::layout(
        graph,
        [&](const RuleGraph::Node &n) { return QSizeF(NodeWidth, RuleNodeItem::heightFor(n.label, NodeWidth, nodeFont, 4)); },
        [&](const RuleGraph::Edge &e) { return edgeTexts.value(edgeKey(e)); }, 
        // Graphviz measures the labels with its own font metrics: a size to spare keeps them apart.
        labelFont.pixelSize() * 1.2);
    if (!layout.ok) {
        m_error = layout.error;
        return false;
    }

    for (const RuleGraph::Node &node : graph.nodes()) {
        QString caption;
        switch (node.kind) {
        case NodeKind::Question:
            caption = tr("? Question");
            break;
        case NodeKind::Decision:
            caption = tr("◇ Depends on the answers to");
            break;
        case NodeKind::Outcome:
            caption = node.verdict ? VerdictStyle::label(*node.verdict, language) : node.id;
            break;
        case NodeKind::None:
            break;
        }
        auto *item = new RuleNodeItem(node, caption, layout.nodes.value(node.id).rect, nodeFont);
        addItem(item);
        m_nodes.insert(node.id, item);
    }
    for (qsizetype i = 0; i < graph.edges().size(); ++i) {
        const RuleGraph::Edge &e = graph.edges().at(i);
        auto *item = new RuleEdgeItem(e.from, e.to, layout.edges.at(i), edgeTexts.value(edgeKey(e)), labelFont);
        addItem(item);
        m_edges.append(item);
    }
    addLegend(layout.bounds, language);
    setSceneRect(itemsBoundingRect().adjusted(-20, -20, 20, 20));
    return true;
}

void TreeScene::addLegend(const QRectF &graphBounds, const QString &language)
{
    const QFont titleFont = sceneFont(21, true);
    const QFont font = sceneFont(13);
    const qreal lineHeight = QFontMetricsF(font).lineSpacing() + 6;
    qreal y = graphBounds.top() - 40 - lineHeight * 3 - QFontMetricsF(titleFont).lineSpacing();
    const qreal x = graphBounds.left();

    auto *title = addSimpleText(tr("Deelwijzer rule tree: %1").arg(m_title), titleFont);
    title->setPos(x, y);
    y += QFontMetricsF(titleFont).lineSpacing() + 8;

    auto *kinds = addSimpleText(tr("? Question (white)    ◇ Decision on earlier answers (grey, dashed)    "
                                   "Outcome: tinted, with the verdict's symbol    Thick orange: the current route"),
                                font);
    kinds->setPos(x, y);
    y += lineHeight;
    qreal cx = x;
    for (const QString &id : allVerdictIds()) {
        const Verdict verdict = *verdictFromId(id);
        auto *icon = addPixmap(VerdictStyle::pixmap(verdict, 48));
        icon->setScale(QFontMetricsF(font).height() / 48.0);
        icon->setPos(cx, y);
        cx += QFontMetricsF(font).height() + 4;
        auto *label = addSimpleText(VerdictStyle::label(verdict, language), font);
        label->setPos(cx, y);
        cx += label->boundingRect().width() + 24;
    }
}

void TreeScene::setRoute(const QStringList &traceNodes)
{
    m_route = traceNodes;
    const QSet<QString> onRoute(traceNodes.begin(), traceNodes.end());
    QSet<QString> edges;
    for (const auto &edge : RuleGraph::pathEdges(traceNodes))
        edges.insert(edge.first + QLatin1Char('\n') + edge.second);
    for (RuleNodeItem *item : std::as_const(m_nodes))
        item->setOnRoute(onRoute.contains(item->id()));
    for (RuleEdgeItem *item : std::as_const(m_edges))
        item->setOnRoute(edges.contains(item->from() + QLatin1Char('\n') + item->to()));
}

} // namespace deelwijzer
