// SPDX-License-Identifier: EUPL-1.2
#include "rulesetvalidator.h"

#include "textmarkup.h"

#include <QCoreApplication>
#include <QSet>

#include <deque>

namespace deelwijzer {

namespace {

class Validator
{
    Q_DECLARE_TR_FUNCTIONS(RuleSetValidator)
public:
    Validator(const RuleSet &rules, Diagnostics &diagnostics) : m_rules(rules), m_diagnostics(diagnostics) {}

    void run(const std::vector<MarkupText> &markupTexts)
    {
        checkInfo();
        checkQuestions();
        checkDecisions();
        checkOutcomes();
        checkCatalogues();
        checkMarkup(markupTexts);
        if (m_diagnostics.hasErrors())
            return; // the graph checks below need every reference to resolve
        buildGraph();
        if (!checkReachableAndAcyclic())
            return;
        checkAnsweredBeforeTested();
        warnUnused();
    }

private:
    // ---- references ------------------------------------------------------------------

    void checkNode(const QString &id, const SourceLocation &where, const QString &what)
    {
        if (m_rules.nodeKind(id) == NodeKind::None)
            m_diagnostics.error(where, tr("%1 '%2' does not exist (no question, decision or outcome has this id)").arg(what, id));
    }

    void checkSources(const QStringList &ids, const SourceLocation &where)
    {
        for (const QString &id : ids) {
            if (!m_rules.source(id))
                m_diagnostics.error(where, tr("source '%1' does not exist").arg(id));
            m_usedSources.insert(id);
        }
    }

    void checkInfo()
    {
        const RuleSetInfo &info = m_rules.info();
        if (!info.start.isEmpty())
            checkNode(info.start, info.location, tr("start node"));
        checkSources(info.sources, info.location);
    }

    void checkQuestions()
    {
        for (const Question &q : m_rules.questions()) {
            checkSources(q.sources, q.location);
            if (!q.next.isEmpty())
                checkNode(q.next, q.nextLocation, tr("next node"));
            int exclusive = 0;
            for (const Answer &a : q.answers) {
                if (!a.next.isEmpty())
                    checkNode(a.next, a.nextLocation, tr("next node"));
                else if (q.next.isEmpty())
                    m_diagnostics.error(a.location, tr("answer '%1' of question '%2' leads nowhere: give it a 'next' "
                                                       "or give the question one")
                                                        .arg(a.id, q.id));
                exclusive += a.exclusive ? 1 : 0;
            }
            if (q.multiple && exclusive == int(q.answers.size()))
                m_diagnostics.error(q.location, tr("every answer of '%1' is exclusive; make it a single-choice question").arg(q.id));
        }
    }

    void checkCondition(const Condition &c)
    {
        switch (c.kind) {
        case Condition::Kind::AllOf:
        case Condition::Kind::AnyOf:
        case Condition::Kind::Not:
            for (const Condition &child : c.children)
                checkCondition(child);
            return;
        case Condition::Kind::Answer:
            break;
        }
        const Question *q = m_rules.question(c.question);
        if (!q) {
            m_diagnostics.error(c.location, tr("condition tests '%1', which is not a question").arg(c.question));
            return;
        }
        for (const QString &answer : c.answers) {
            if (!q->answer(answer))
                m_diagnostics.error(c.location, tr("question '%1' has no answer '%2'").arg(c.question, answer));
        }
        if (!q->multiple && c.match == Condition::Match::All && c.answers.size() > 1)
            m_diagnostics.error(c.location, tr("'all' can never hold: question '%1' takes only one answer").arg(c.question));
    }

    void checkDecisions()
    {
        for (const Decision &d : m_rules.decisions()) {
            for (const Branch &b : d.branches) {
                checkCondition(b.when);
                checkNode(b.next, b.nextLocation, tr("next node"));
            }
            checkNode(d.otherwise, d.otherwiseLocation, tr("'otherwise' node"));
        }
    }

    template<typename Lookup>
    void checkCitations(const std::vector<Citation> &citations, Lookup exists, const QString &what, QSet<QString> *used)
    {
        for (const Citation &c : citations) {
            if (!exists(c.id))
                m_diagnostics.error(c.location, tr("%1 '%2' does not exist").arg(what, c.id));
            if (c.when)
                checkCondition(*c.when);
            if (used)
                used->insert(c.id);
        }
    }

    void checkOutcomes()
    {
        for (const Outcome &o : m_rules.outcomes()) {
            checkCitations(o.grounds, [this](const QString &id) { return m_rules.ground(id) != nullptr; }, tr("ground"), nullptr);
            checkCitations(o.conditions, [this](const QString &id) { return m_rules.condition(id) != nullptr; }, tr("condition"), &m_usedConditions);
            checkCitations(o.nextSteps, [this](const QString &id) { return m_rules.action(id) != nullptr; }, tr("action"), &m_usedActions);
            checkSources(o.sources, o.location);
            if (verdictNeedsGround(o.verdict)) {
                const bool unconditional = std::any_of(o.grounds.begin(), o.grounds.end(),
                                                       [](const Citation &c) { return !c.when.has_value(); });
                if (!unconditional)
                    m_diagnostics.error(o.location, tr("outcome '%1' says '%2' but cites no legal ground that always applies")
                                                        .arg(o.id, verdictId(o.verdict)));
            }
        }
    }

    void checkCatalogues()
    {
        for (const LegalGround &g : m_rules.grounds()) {
            if (!m_rules.law(g.law))
                m_diagnostics.error(g.location, tr("ground '%1' names law '%2', which is not in the law catalogue").arg(g.id, g.law));
            m_usedLaws.insert(g.law);
        }
        for (const GlossaryTerm &t : m_rules.glossary()) {
            for (const QString &see : t.see) {
                if (!m_rules.term(see))
                    m_diagnostics.error(t.location, tr("glossary term '%1' refers to '%2', which is not in the glossary").arg(t.id, see));
            }
        }
    }

    void checkMarkup(const std::vector<MarkupText> &texts)
    {
        for (const MarkupText &text : texts) {
            std::vector<TextSpan> spans;
            QString error;
            if (!parseMarkup(text.text, spans, &error)) {
                m_diagnostics.error(text.location, error);
                continue;
            }
            for (const TextSpan &span : spans) {
                if (span.kind == TextSpan::Kind::Term && !m_rules.term(span.target))
                    m_diagnostics.error(text.location, tr("[[%1]] links to a glossary term that does not exist").arg(span.target));
                if (span.kind == TextSpan::Kind::Ground && !m_rules.ground(span.target))
                    m_diagnostics.error(text.location, tr("[[ground:%1]] links to a ground that does not exist").arg(span.target));
            }
        }
    }

    // ---- graph -----------------------------------------------------------------------

    /// Node numbering: questions, then decisions, then outcomes.
    std::size_t nodeIndex(const QString &id) const
    {
        switch (m_rules.nodeKind(id)) {
        case NodeKind::Question:
            return std::size_t(m_rules.question(id) - m_rules.questions().data());
        case NodeKind::Decision:
            return m_rules.questions().size() + std::size_t(m_rules.decision(id) - m_rules.decisions().data());
        case NodeKind::Outcome:
            return m_rules.questions().size() + m_rules.decisions().size()
                   + std::size_t(m_rules.outcome(id) - m_rules.outcomes().data());
        case NodeKind::None:
            break;
        }
        return std::size_t(-1);
    }

    const SourceLocation &nodeLocation(std::size_t index) const
    {
        const std::size_t questions = m_rules.questions().size();
        const std::size_t decisions = m_rules.decisions().size();
        if (index < questions)
            return m_rules.questions()[index].location;
        if (index < questions + decisions)
            return m_rules.decisions()[index - questions].location;
        return m_rules.outcomes()[index - questions - decisions].location;
    }

    QString nodeId(std::size_t index) const
    {
        const std::size_t questions = m_rules.questions().size();
        const std::size_t decisions = m_rules.decisions().size();
        if (index < questions)
            return m_rules.questions()[index].id;
        if (index < questions + decisions)
            return m_rules.decisions()[index - questions].id;
        return m_rules.outcomes()[index - questions - decisions].id;
    }

    void buildGraph()
    {
        const std::size_t count = m_rules.questions().size() + m_rules.decisions().size() + m_rules.outcomes().size();
        m_edges.assign(count, {});
        auto addEdge = [this](std::size_t from, const QString &to) {
            const std::size_t target = nodeIndex(to);
            auto &list = m_edges[from];
            if (std::find(list.begin(), list.end(), target) == list.end())
                list.push_back(target);
        };
        std::size_t i = 0;
        for (const Question &q : m_rules.questions()) {
            for (const Answer &a : q.answers)
                addEdge(i, q.nextFor(a.id));
            ++i;
        }
        for (const Decision &d : m_rules.decisions()) {
            for (const Branch &b : d.branches)
                addEdge(i, b.next);
            addEdge(i, d.otherwise);
            ++i;
        }
    }

    /// Reports unreachable nodes and cycles; returns true when the graph is a DAG from start.
    bool checkReachableAndAcyclic()
    {
        const std::size_t count = m_edges.size();
        if (m_rules.info().start.isEmpty() || count == 0)
            return false;
        m_startIndex = nodeIndex(m_rules.info().start);
        // Iterative DFS with colours: 0 new, 1 on the current path, 2 done.
        std::vector<int> colour(count, 0);
        std::vector<std::size_t> parent(count, std::size_t(-1));
        std::vector<std::pair<std::size_t, std::size_t>> stack{{m_startIndex, 0}};
        colour[m_startIndex] = 1;
        bool acyclic = true;
        while (!stack.empty()) {
            auto &[node, edge] = stack.back();
            if (edge < m_edges[node].size()) {
                const std::size_t next = m_edges[node][edge++];
                if (colour[next] == 0) {
                    colour[next] = 1;
                    parent[next] = node;
                    stack.emplace_back(next, 0);
                } else if (colour[next] == 1) {
                    acyclic = false;
                    QStringList cycle{nodeId(next)};
                    for (std::size_t n = node; n != next && n != std::size_t(-1); n = parent[n])
                        cycle.prepend(nodeId(n));
                    cycle.prepend(nodeId(next));
                    m_diagnostics.error(nodeLocation(node), tr("cycle: %1").arg(cycle.join(QStringLiteral(" → "))));
                }
            } else {
                colour[node] = 2;
                m_topologicalOrder.push_back(node);
                stack.pop_back();
            }
        }
        for (std::size_t n = 0; n < count; ++n) {
            if (colour[n] == 0)
                m_diagnostics.error(nodeLocation(n), tr("'%1' can never be reached from the start node '%2'")
                                                         .arg(nodeId(n), m_rules.info().start));
        }
        std::reverse(m_topologicalOrder.begin(), m_topologicalOrder.end());
        return acyclic && !m_diagnostics.hasErrors();
    }

    static void collectQuestions(const Condition &c, QSet<QString> &into)
    {
        if (c.kind == Condition::Kind::Answer)
            into.insert(c.question);
        for (const Condition &child : c.children)
            collectQuestions(child, into);
    }

    /// A question is asked on every route to a node exactly when it dominates that node: every
    /// path from the start passes through it. The dominator tree of a DAG takes one pass in
    /// topological order (Cooper, Harvey and Kennedy's "intersect"); a question then dominates a
    /// node when it is its ancestor in that tree, which entry and exit times answer in O(1).
    void checkAnsweredBeforeTested()
    {
        const std::size_t count = m_edges.size();
        std::vector<std::size_t> order(count, 0); // position in topological order
        for (std::size_t i = 0; i < m_topologicalOrder.size(); ++i)
            order[m_topologicalOrder[i]] = i;
        std::vector<std::vector<std::size_t>> predecessors(count);
        for (std::size_t from = 0; from < count; ++from) {
            for (const std::size_t to : m_edges[from])
                predecessors[to].push_back(from);
        }
        const std::size_t none = std::size_t(-1);
        std::vector<std::size_t> idom(count, none);
        idom[m_startIndex] = m_startIndex;
        auto intersect = [&](std::size_t a, std::size_t b) {
            while (a != b) {
                while (order[a] > order[b])
                    a = idom[a];
                while (order[b] > order[a])
                    b = idom[b];
            }
            return a;
        };
        for (const std::size_t node : m_topologicalOrder) {
            if (node == m_startIndex)
                continue;
            std::size_t dominator = none;
            for (const std::size_t p : predecessors[node])
                dominator = dominator == none ? p : intersect(dominator, p);
            idom[node] = dominator;
        }
        // Entry and exit times in the dominator tree.
        std::vector<std::vector<std::size_t>> children(count);
        for (const std::size_t node : m_topologicalOrder) {
            if (node != m_startIndex)
                children[idom[node]].push_back(node);
        }
        std::vector<std::size_t> entry(count, 0), exit(count, 0);
        std::size_t clock = 0;
        std::vector<std::pair<std::size_t, std::size_t>> stack{{m_startIndex, 0}};
        entry[m_startIndex] = clock++;
        while (!stack.empty()) {
            auto &[node, child] = stack.back();
            if (child < children[node].size()) {
                const std::size_t next = children[node][child++];
                entry[next] = clock++;
                stack.emplace_back(next, 0);
            } else {
                exit[node] = clock++;
                stack.pop_back();
            }
        }
        auto dominates = [&](std::size_t a, std::size_t b) { return entry[a] < entry[b] && exit[b] < exit[a]; };

        auto check = [&](const Condition &c, std::size_t node, const QString &what) {
            QSet<QString> ids;
            collectQuestions(c, ids);
            QStringList missing;
            for (const QString &id : ids) {
                if (!dominates(nodeIndex(id), node))
                    missing << id;
            }
            missing.sort();
            for (const QString &id : missing)
                m_diagnostics.error(c.location, tr("%1 tests '%2', but not every route to '%3' asks '%2' first")
                                                    .arg(what, id, nodeId(node)));
        };
        const std::size_t decisionBase = m_rules.questions().size();
        for (std::size_t i = 0; i < m_rules.decisions().size(); ++i) {
            for (const Branch &b : m_rules.decisions()[i].branches)
                check(b.when, decisionBase + i, tr("this branch"));
        }
        const std::size_t outcomeBase = decisionBase + m_rules.decisions().size();
        for (std::size_t i = 0; i < m_rules.outcomes().size(); ++i) {
            const Outcome &o = m_rules.outcomes()[i];
            for (const auto *list : {&o.grounds, &o.conditions, &o.nextSteps}) {
                for (const Citation &c : *list) {
                    if (c.when)
                        check(*c.when, outcomeBase + i, tr("the citation of '%1'").arg(c.id));
                }
            }
        }
    }

    void warnUnused()
    {
        for (const ChecklistItem &c : m_rules.conditions()) {
            if (!m_usedConditions.contains(c.id))
                m_diagnostics.warning(c.location, tr("condition '%1' is not used by any outcome").arg(c.id));
        }
        for (const Action &a : m_rules.actions()) {
            if (!m_usedActions.contains(a.id))
                m_diagnostics.warning(a.location, tr("action '%1' is not used by any outcome").arg(a.id));
        }
        for (const Law &l : m_rules.laws()) {
            if (!m_usedLaws.contains(l.id))
                m_diagnostics.warning(l.location, tr("law '%1' is not named by any ground").arg(l.id));
        }
        for (const Source &s : m_rules.sources()) {
            if (!m_usedSources.contains(s.id))
                m_diagnostics.warning(s.location, tr("source '%1' is not cited anywhere").arg(s.id));
        }
    }

    const RuleSet &m_rules;
    Diagnostics &m_diagnostics;
    QSet<QString> m_usedConditions, m_usedActions, m_usedLaws, m_usedSources;
    std::vector<std::vector<std::size_t>> m_edges;
    std::vector<std::size_t> m_topologicalOrder;
    std::size_t m_startIndex = 0;
};

} // namespace

void RuleSetValidator::validate(const RuleSet &rules, const std::vector<MarkupText> &markupTexts, Diagnostics &diagnostics)
{
    Validator(rules, diagnostics).run(markupTexts);
}

} // namespace deelwijzer
