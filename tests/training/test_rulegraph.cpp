// SPDX-License-Identifier: EUPL-1.2
#include "rulegraph.h"
#include "rulegraphlayout.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace deelwijzer;
using training_test::builtinRules;

TEST_CASE("graph: every question, decision and outcome is a node, every route an edge", "[graph]")
{
    const auto rules = builtinRules();
    const RuleGraph graph = RuleGraph::build(*rules, QStringLiteral("en"), QStringLiteral("otherwise"));
    CHECK(graph.nodes().size()
          == qsizetype(rules->questions().size() + rules->decisions().size() + rules->outcomes().size()));
    CHECK(graph.nodes().first().id == rules->info().start);
    for (const Question &q : rules->questions()) {
        for (const Answer &a : q.answers) {
            bool found = false;
            for (const RuleGraph::Edge &e : graph.edges())
                found = found || (e.from == q.id && e.to == q.nextFor(a.id) && e.labels.contains(a.label.text(QStringLiteral("en"))));
            INFO(q.id.toStdString() << " " << a.id.toStdString());
            CHECK(found);
        }
    }
    for (const RuleGraph::Node &n : graph.nodes()) {
        CHECK_FALSE(n.label.isEmpty());
        CHECK(n.verdict.has_value() == (n.kind == NodeKind::Outcome));
    }
}

TEST_CASE("graph: Graphviz places every node without overlap and routes every edge", "[graph]")
{
    const auto rules = builtinRules();
    const RuleGraph graph = RuleGraph::build(*rules, QStringLiteral("nl"), QStringLiteral("anders"));
    const RuleGraphLayout::Result layout = RuleGraphLayout::layout(
        graph, [](const RuleGraph::Node &) { return QSizeF(150, 50); },
        [](const RuleGraph::Edge &e) { return e.labels.join(QLatin1Char('\n')); });
    INFO(layout.error.toStdString());
    REQUIRE(layout.ok);
    CHECK(layout.nodes.size() == graph.nodes().size());
    CHECK(layout.edges.size() == graph.edges().size());
    const QList<RuleGraphLayout::NodePlacement> placed = layout.nodes.values();
    for (qsizetype i = 0; i < placed.size(); ++i) {
        CHECK(placed[i].rect.size() == QSizeF(150, 50));
        CHECK(layout.bounds.adjusted(-1, -1, 1, 1).contains(placed[i].rect));
        for (qsizetype j = i + 1; j < placed.size(); ++j)
            CHECK_FALSE(placed[i].rect.intersects(placed[j].rect));
    }
    // The start is at the top.
    const qreal startY = layout.nodes.value(rules->info().start).rect.top();
    for (const auto &p : placed)
        CHECK(p.rect.top() >= startY - 0.5);
    for (const RuleGraphLayout::EdgePlacement &e : layout.edges) {
        CHECK(e.spline.size() >= 4);
        CHECK((e.spline.size() - 1) % 3 == 0);
    }
}

TEST_CASE("graph: a trace becomes the edges of its route", "[graph]")
{
    const auto edges = RuleGraph::pathEdges({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    REQUIRE(edges.size() == 2);
    CHECK(edges[0] == qMakePair(QStringLiteral("a"), QStringLiteral("b")));
    CHECK(edges[1] == qMakePair(QStringLiteral("b"), QStringLiteral("c")));
}
