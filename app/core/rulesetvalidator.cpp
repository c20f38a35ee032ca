// SPDX-License-Identifier: EUPL-1.2
#include "rulesetvalidator.h"

#include "groundproof.h"
#include "textmarkup.h"

#include <QCoreApplication>
#include <QSet>

#include <numeric>
#include <span>

namespace deelwijzer {

namespace {

/// One list of node numbers per node, in two flat arrays (compressed sparse rows): a large
/// rule set has a hundred thousand nodes, and a vector each cost more than the checks.
struct NodeLists
{
    std::vector<std::size_t> start{0}; ///< list n is items[start[n], start[n + 1])
    std::vector<std::size_t> items;

    std::span<const std::size_t> operator[](std::size_t node) const
    {
        return {items.data() + start[node], items.data() + start[node + 1]};
    }

    /// Groups the pairs `forEachPair` gives (node, item) by node; items keep their order.
    template<typename ForEachPair>
    static NodeLists grouped(std::size_t count, ForEachPair forEachPair)
    {
        NodeLists lists;
        lists.start.assign(count + 1, 0);
        forEachPair([&](std::size_t node, std::size_t) { ++lists.start[node + 1]; });
        std::partial_sum(lists.start.begin(), lists.start.end(), lists.start.begin());
        lists.items.resize(lists.start[count]);
        std::vector<std::size_t> next(lists.start.begin(), lists.start.end() - 1);
        forEachPair([&](std::size_t node, std::size_t item) { lists.items[next[node]++] = item; });
        return lists;
    }
};

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
        endEdges();
        checkOutcomes();
        checkCatalogues();
        checkMarkup(markupTexts);
        if (m_diagnostics.hasErrors())
            return; // the graph checks below need every reference to resolve
        if (!checkReachableAndAcyclic())
            return;
        checkAnsweredBeforeTested();
        if (m_diagnostics.hasErrors())
            return;
        GroundProof::prove(m_rules, m_topologicalOrder,
                           [this](std::size_t question, std::size_t node) { return dominates(question, node); },
                           m_diagnostics);
        warnUnused();
    }

private:
    // (A name of our own for the node numbers' type also keeps lupdate from reading a
    // "std::" return type as the translation context of the function.)
    using NodeNumber = std::size_t;
    static constexpr NodeNumber NoNode = RuleSet::NoNodeNumber;

    /// A condition that tests a question's answer, kept for the check that the question is
    /// asked on every route to the node that tests it.
    struct AnswerTest
    {
        const Condition *root;     ///< the whole condition, where a problem is reported
        std::size_t tester;        ///< the decision or outcome holding the condition
        const Citation *citation;  ///< the citation it guards, or nullptr for a branch
        std::size_t question;
    };

    // ---- references ------------------------------------------------------------------
    // These checks run for every node of a rule set. Each reference is looked up once, while
    // the graph is built; descriptions such as `what` are translated only to report a problem.

    /// The number of the node `id` names, or NoNode after reporting that there is none.
    /// `what` is e.g. QT_TR_NOOP("next node").
    NodeNumber resolveNode(const QString &id, const SourceLocation &where, const char *what)
    {
        const NodeNumber index = m_rules.nodeNumber(m_rules.nodeRef(id));
        if (index == NoNode)
            m_diagnostics.error(where, tr("%1 '%2' does not exist (no question, decision or outcome has this id)").arg(tr(what), id));
        return index;
    }

    // The edges are gathered node by node in numbering order (questions, then decisions):
    // beginEdges(n), then addEdge(to) for each of n's edges.
    void beginEdges(std::size_t node)
    {
        while (m_edges.start.size() <= node)
            m_edges.start.push_back(m_edges.items.size());
    }

    void addEdge(std::size_t to)
    {
        if (to == NoNode)
            return;
        const auto first = m_edges.items.cbegin() + std::ptrdiff_t(m_edges.start.back());
        if (std::find(first, m_edges.items.cend(), to) == m_edges.items.cend())
            m_edges.items.push_back(to);
    }

    /// Closes the last list; outcomes have no edges.
    void endEdges()
    {
        beginEdges(nodeCount());
    }

    std::size_t nodeCount() const
    {
        return m_rules.questions().size() + m_rules.decisions().size() + m_rules.outcomes().size();
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
            m_startIndex = resolveNode(info.start, info.location, QT_TR_NOOP("start node"));
        checkSources(info.sources, info.location);
        if (!info.roleQuestion.isEmpty()) {
            const Question *role = m_rules.question(info.roleQuestion);
            if (!role)
                m_diagnostics.error(info.location, tr("role_question names '%1', which is not a question").arg(info.roleQuestion));
            else if (role->type != QuestionType::Single)
                m_diagnostics.error(info.location, tr("role_question '%1' must be a single-choice question: "
                                                      "its answer is the user's role")
                                                       .arg(info.roleQuestion));
        }
    }

    void checkQuestions()
    {
        std::size_t index = 0;
        for (const Question &q : m_rules.questions()) {
            beginEdges(index);
            checkSources(q.sources, q.location);
            const std::size_t shared = q.next.isEmpty() ? NoNode : resolveNode(q.next, q.nextLocation, QT_TR_NOOP("next node"));
            int exclusive = 0;
            for (const Answer &a : q.answers) {
                if (!a.next.isEmpty())
                    addEdge(resolveNode(a.next, a.nextLocation, QT_TR_NOOP("next node")));
                else if (q.next.isEmpty())
                    m_diagnostics.error(a.location, tr("answer '%1' of question '%2' leads nowhere: give it a 'next' "
                                                       "or give the question one")
                                                        .arg(a.id, q.id));
                else
                    addEdge(shared);
                exclusive += a.exclusive ? 1 : 0;
            }
            for (const QString &bound : q.validFor) {
                if (bound == q.id)
                    m_diagnostics.error(q.location, tr("question '%1' cannot be valid_for itself").arg(q.id));
                else if (!m_rules.question(bound))
                    m_diagnostics.error(q.location, tr("valid_for names '%1', which is not a question").arg(bound));
            }
            if (q.type == QuestionType::Multiple && exclusive == int(q.answers.size()))
                m_diagnostics.error(q.location, tr("every answer of '%1' is exclusive; make it a single-choice question").arg(q.id));
            ++index;
        }
    }

    /// Checks the condition `c`, part of `root`, held by node `tester`.
    void checkCondition(const Condition &c, const Condition &root, std::size_t tester, const Citation *citation)
    {
        switch (c.kind) {
        case Condition::Kind::AllOf:
        case Condition::Kind::AnyOf:
        case Condition::Kind::Not:
            for (const Condition &child : c.children)
                checkCondition(child, root, tester, citation);
            return;
        case Condition::Kind::Answer:
            break;
        }
        const RuleSet::NodeRef node = m_rules.nodeRef(c.question);
        if (node.kind != NodeKind::Question) {
            m_diagnostics.error(c.location, tr("condition tests '%1', which is not a question").arg(c.question));
            return;
        }
        const Question &q = m_rules.questions()[std::size_t(node.index)];
        for (const QString &answer : c.answers) {
            if (!q.answer(answer))
                m_diagnostics.error(c.location, tr("question '%1' has no answer '%2'").arg(c.question, answer));
        }
        if (q.type == QuestionType::Single && c.match == Condition::Match::All && c.answers.size() > 1)
            m_diagnostics.error(c.location, tr("'all' can never hold: question '%1' takes only one answer").arg(c.question));
        m_answerTests.push_back({&root, tester, citation, std::size_t(node.index)});
    }

    void checkDecisions()
    {
        std::size_t index = m_rules.questions().size();
        for (const Decision &d : m_rules.decisions()) {
            beginEdges(index);
            for (const Branch &b : d.branches) {
                checkCondition(b.when, b.when, index, nullptr);
                addEdge(resolveNode(b.next, b.nextLocation, QT_TR_NOOP("next node")));
            }
            addEdge(resolveNode(d.otherwise, d.otherwiseLocation, QT_TR_NOOP("'otherwise' node")));
            ++index;
        }
    }

    template<typename Lookup>
    void checkCitations(const std::vector<Citation> &citations, std::size_t outcome, Lookup exists, const char *what,
                        QSet<QString> *used)
    {
        for (const Citation &c : citations) {
            if (!exists(c.id))
                m_diagnostics.error(c.location, tr("%1 '%2' does not exist").arg(tr(what), c.id));
            if (c.when)
                checkCondition(*c.when, *c.when, outcome, &c);
            if (used)
                used->insert(c.id);
        }
    }

    void checkOutcomes()
    {
        std::size_t index = m_rules.questions().size() + m_rules.decisions().size();
        for (const Outcome &o : m_rules.outcomes()) {
            checkCitations(o.grounds, index, [this](const QString &id) { return m_rules.ground(id) != nullptr; }, QT_TR_NOOP("ground"), nullptr);
            checkCitations(o.conditions, index, [this](const QString &id) { return m_rules.condition(id) != nullptr; }, QT_TR_NOOP("condition"), &m_usedConditions);
            checkCitations(o.nextSteps, index, [this](const QString &id) { return m_rules.action(id) != nullptr; }, QT_TR_NOOP("action"), &m_usedActions);
            checkSources(o.sources, o.location);
            if (verdictNeedsGround(o.verdict)) {
                const bool unconditional = std::any_of(o.grounds.begin(), o.grounds.end(),
                                                       [](const Citation &c) { return c.when == nullptr; });
                if (!unconditional)
                    m_diagnostics.error(o.location, tr("outcome '%1' says '%2' but cites no legal ground that always applies")
                                                        .arg(o.id, verdictId(o.verdict)));
            }
            ++index;
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

    /// Reports unreachable nodes and cycles; returns true when the graph is a DAG from start.
    bool checkReachableAndAcyclic()
    {
        const std::size_t count = nodeCount();
        if (m_startIndex == NoNode || count == 0)
            return false;
        // Iterative DFS with colours: 0 new, 1 on the current path, 2 done.
        std::vector<int> colour(count, 0);
        std::vector<std::size_t> parent(count, NoNode);
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
                    for (std::size_t n = node; n != next && n != NoNode; n = parent[n])
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

    /// A question is asked on every route to a node exactly when it dominates that node: every
    /// path from the start passes through it. The dominator tree of a DAG takes one pass in
    /// topological order (Cooper, Harvey and Kennedy's "intersect"); a question then dominates a
    /// node when it is its ancestor in that tree, which entry and exit times answer in O(1).
    void checkAnsweredBeforeTested()
    {
        const std::size_t count = nodeCount();
        std::vector<std::size_t> order(count, 0); // position in topological order
        for (std::size_t i = 0; i < m_topologicalOrder.size(); ++i)
            order[m_topologicalOrder[i]] = i;
        const NodeLists predecessors = NodeLists::grouped(count, [&](auto add) {
            for (std::size_t from = 0; from < count; ++from) {
                for (const std::size_t to : m_edges[from])
                    add(to, from);
            }
        });
        std::vector<std::size_t> idom(count, NoNode);
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
            std::size_t dominator = NoNode;
            for (const std::size_t p : predecessors[node])
                dominator = dominator == NoNode ? p : intersect(dominator, p);
            idom[node] = dominator;
        }
        // Entry and exit times in the dominator tree.
        const NodeLists children = NodeLists::grouped(count, [&](auto add) {
            for (const std::size_t node : m_topologicalOrder) {
                if (node != m_startIndex)
                    add(idom[node], node);
            }
        });
        std::vector<std::size_t> &entry = m_entry, &exit = m_exit;
        entry.assign(count, 0);
        exit.assign(count, 0);
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

        // The tests of one condition stand together; report each question it tests that is not
        // asked on every route, once, in id order.
        for (auto first = m_answerTests.cbegin(); first != m_answerTests.cend();) {
            auto last = std::find_if(first, m_answerTests.cend(), [&](const AnswerTest &t) { return t.root != first->root; });
            QStringList missing;
            for (auto test = first; test != last; ++test) {
                if (!dominates(test->question, test->tester))
                    missing << m_rules.questions()[test->question].id;
            }
            missing.sort();
            missing.removeDuplicates();
            for (const QString &id : std::as_const(missing)) {
                const QString tester = first->citation ? tr("the citation of '%1'").arg(first->citation->id) : tr("this branch");
                m_diagnostics.error(first->root->location, tr("%1 tests '%2', but not every route to '%3' asks '%2' first")
                                                               .arg(tester, id, nodeId(first->tester)));
            }
            first = last;
        }
    }

    /// Whether every route from the start to `node` passes `dominator` (after
    /// checkAnsweredBeforeTested).
    bool dominates(std::size_t dominator, std::size_t node) const
    {
        return m_entry[dominator] < m_entry[node] && m_exit[node] < m_exit[dominator];
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
    NodeLists m_edges;
    std::vector<AnswerTest> m_answerTests;
    std::vector<std::size_t> m_topologicalOrder;
    std::vector<std::size_t> m_entry, m_exit; ///< entry and exit times in the dominator tree
    std::size_t m_startIndex = NoNode;
};

} // namespace

void RuleSetValidator::validate(const RuleSet &rules, const std::vector<MarkupText> &markupTexts, Diagnostics &diagnostics)
{
    Validator(rules, diagnostics).run(markupTexts);
}

} // namespace deelwijzer
