// SPDX-License-Identifier: EUPL-1.2
#include "routedescriber.h"

#include "evaluator.h"

#include <QByteArray>
#include <QHash>

#include <algorithm>
#include <bit>
#include <functional>

namespace deelwijzer {

namespace {
constexpr int MaxAnswers = 64;

quint64 bit(std::size_t index)
{
    return quint64(1) << index;
}
} // namespace

/// The routes to one outcome as walked: a tree of steps, node 0 the start (no step).
struct RouteDescriber::Trie
{
    struct Node
    {
        Step step;
        bool endsHere = false;
        std::vector<int> children;
    };
    std::vector<Node> nodes{Node{}};

    void insert(const State &route)
    {
        int at = 0;
        for (Step step : route) {
            normalize(step);
            const std::vector<int> &children = nodes[std::size_t(at)].children;
            const auto found = std::find_if(children.begin(), children.end(),
                                            [&](int child) { return nodes[std::size_t(child)].step == step; });
            if (found != children.end()) {
                at = *found;
                continue;
            }
            nodes.push_back(Node{step, false, {}});
            const int added = int(nodes.size() - 1);
            nodes[std::size_t(at)].children.push_back(added);
            at = added;
        }
        nodes[std::size_t(at)].endsHere = true;
    }

    /// One way of writing what a multiple-choice step requires, so that equal requirements
    /// compare equal: of each "at least one of" list only the answers not excluded; a list that
    /// a picked answer meets goes, a list with one answer left makes that answer required.
    static void normalize(Step &step)
    {
        if (!step.multiple)
            return;
        for (bool changed = true; changed;) {
            changed = false;
            std::vector<quint64> kept;
            for (quint64 m : step.atLeastOne) {
                const quint64 open = m & ~step.excluded;
                if (open & step.answers)
                    continue;
                if (std::popcount(open) == 1) {
                    step.answers |= open;
                    changed = true;
                    continue;
                }
                kept.push_back(open);
            }
            std::sort(kept.begin(), kept.end());
            kept.erase(std::unique(kept.begin(), kept.end()), kept.end());
            step.atLeastOne = std::move(kept);
        }
    }
};

/// The routes of one outcome after grouping, as shared pieces: a shape is a step with what
/// follows it; a list is a set of alternatives (shapes). Equal shapes and lists are stored
/// once, so a continuation that follows on many places is one list.
struct RouteDescriber::Shapes
{
    struct Shape
    {
        Step step;
        bool endsHere = false;
        int list = -1; ///< the alternatives that follow (an index into `lists`); -1: none
    };
    std::vector<Shape> shapes;
    std::vector<std::vector<int>> lists;
    QHash<QByteArray, int> shapeIds;
    QHash<QByteArray, int> listIds;

    int intern(const Shape &shape)
    {
        QByteArray key;
        const Step &s = shape.step;
        const quint64 fields[] = {quint64(s.question), s.multiple, s.answers, s.excluded, shape.endsHere, quint64(qint64(shape.list))};
        key.append(reinterpret_cast<const char *>(fields), sizeof fields);
        for (quint64 m : s.atLeastOne)
            key.append(reinterpret_cast<const char *>(&m), sizeof m);
        const auto found = shapeIds.constFind(key);
        if (found != shapeIds.cend())
            return *found;
        shapes.push_back(shape);
        shapeIds.insert(key, int(shapes.size() - 1));
        return int(shapes.size() - 1);
    }
    int internList(const std::vector<int> &list)
    {
        if (list.empty())
            return -1;
        const QByteArray key(reinterpret_cast<const char *>(list.data()), qsizetype(list.size() * sizeof(int)));
        const auto found = listIds.constFind(key);
        if (found != listIds.cend())
            return *found;
        lists.push_back(list);
        listIds.insert(key, int(lists.size() - 1));
        return int(lists.size() - 1);
    }

    /// The alternatives after trie node `node`, grouped: alternatives that go on alike and ask
    /// the same question become one where their answers together can be said as one step.
    int group(const Trie &trie, int node)
    {
        std::vector<Shape> merged;
        for (int child : trie.nodes[std::size_t(node)].children) {
            const Trie::Node &c = trie.nodes[std::size_t(child)];
            merged.push_back(Shape{c.step, c.endsHere, group(trie, child)});
        }
        // Until nothing merges: a merge can make a step equal to, or one answer away from, another.
        for (bool changed = true; changed;) {
            changed = false;
            for (std::size_t i = 0; i < merged.size() && !changed; ++i) {
                for (std::size_t j = i + 1; j < merged.size() && !changed; ++j) {
                    if (merged[i].endsHere == merged[j].endsHere && merged[i].list == merged[j].list
                        && merge(merged[i].step, merged[j].step)) {
                        merged.erase(merged.begin() + qsizetype(j));
                        changed = true;
                    }
                }
            }
        }
        std::vector<int> list;
        for (const Shape &shape : merged)
            list.push_back(intern(shape));
        return internList(list);
    }

    /// Makes `a` the step that the answers of `a` or of `b` meet, when one step can say that
    /// exactly: a single choice's answers together ("police or KMar"); of a multiple choice,
    /// the wider of the two when one contains the other, or, when they differ in one answer
    /// only (picked in one, not picked in the other), that answer left open.
    static bool merge(Step &a, const Step &b)
    {
        if (a.question != b.question || a.multiple != b.multiple)
            return false;
        if (!a.multiple) {
            a.answers |= b.answers;
            return true;
        }
        if (a.atLeastOne != b.atLeastOne)
            return false;
        const auto within = [](const Step &narrow, const Step &wide) {
            return (wide.answers & ~narrow.answers) == 0 && (wide.excluded & ~narrow.excluded) == 0;
        };
        if (within(b, a))
            return true;
        if (within(a, b)) {
            a = b;
            return true;
        }
        const quint64 answers = a.answers ^ b.answers;
        const quint64 excluded = a.excluded ^ b.excluded;
        if (answers != excluded || std::popcount(answers) != 1 || (a.answers & a.excluded & answers))
            return false;
        a.answers &= b.answers;
        a.excluded &= b.excluded;
        return true;
    }
};

RouteDescriber::RouteDescriber(const RuleSet &rules, qint64 maxPaths)
    : m_rules(rules)
    , m_maxPaths(maxPaths)
{
    const auto &questions = rules.questions();
    m_exclusive.resize(questions.size());
    for (std::size_t q = 0; q < questions.size(); ++q) {
        m_questionIndex.insert(questions[q].id, int(q));
        for (std::size_t a = 0; a < questions[q].answers.size() && a < MaxAnswers; ++a) {
            if (Evaluator::excludesOthers(questions[q], questions[q].answers[a]))
                m_exclusive[q] |= bit(a);
        }
    }
}

RouteDescriber::~RouteDescriber() = default;

std::vector<OutcomeRoutes> RouteDescriber::describe()
{
    const auto &outcomes = m_rules.outcomes();
    m_tries.assign(outcomes.size(), Trie{});
    m_pathCounts.assign(outcomes.size(), 0);
    m_paths = 0;
    m_complete = true;
    State start;
    walk(m_rules.info().start, start);

    std::vector<OutcomeRoutes> result;
    result.reserve(outcomes.size());
    for (std::size_t o = 0; o < outcomes.size(); ++o) {
        result.push_back(printable(m_tries[o]));
        result.back().outcome = outcomes[o].id;
        result.back().paths = m_pathCounts[o];
    }
    m_tries.clear();
    return result;
}

OutcomeRoutes RouteDescriber::printable(const Trie &trie) const
{
    OutcomeRoutes result;
    if (trie.nodes.front().children.empty())
        return result; // not reached (or only by an empty route, which the validator refuses)
    Shapes shapes;
    const int top = shapes.group(trie, 0);

    // How often each list would be printed if nothing were shared, counted top down (a list's
    // shapes all come after it in `shapes`' order of creation, so parents are counted first
    // when walking the lists from the last created).
    const std::size_t listCount = shapes.lists.size();
    std::vector<qint64> occurrences(listCount, 0);
    std::vector<qint64> lines(listCount, 0); // steps printed for a list, unshared (saturating)
    constexpr qint64 Many = qint64(1) << 40;
    for (std::size_t l = 0; l < listCount; ++l) {
        for (int shape : shapes.lists[l]) {
            const int next = shapes.shapes[std::size_t(shape)].list;
            lines[l] = std::min(Many, lines[l] + 1 + (next >= 0 ? lines[std::size_t(next)] : 0));
        }
    }
    occurrences[std::size_t(top)] = 1;
    // A list is shared (printed once, as a continuation) when it would be printed more than
    // once and is more than a single line.
    std::vector<int> continuation(listCount, -1);
    std::vector<bool> shared(listCount, false);
    for (std::size_t l = listCount; l-- > 0;) {
        if (occurrences[l] > 1 && lines[l] > 1)
            shared[l] = true;
        const qint64 printed = shared[l] ? 1 : occurrences[l];
        for (int shape : shapes.lists[l]) {
            const int next = shapes.shapes[std::size_t(shape)].list;
            if (next >= 0)
                occurrences[std::size_t(next)] = std::min(Many, occurrences[std::size_t(next)] + printed);
        }
    }

    // The printed tree: chains without alternatives read as one line; shared lists become
    // continuations, numbered in reading order.
    std::vector<int> pending; // shared lists in the order of their first reference
    std::function<std::vector<RouteTreeNode>(int)> build = [&](int list) {
        std::vector<RouteTreeNode> nodes;
        for (int id : shapes.lists[std::size_t(list)]) {
            RouteTreeNode node;
            const Shapes::Shape *shape = &shapes.shapes[std::size_t(id)];
            node.steps.push_back(toRequirement(shape->step));
            while (!shape->endsHere && shape->list >= 0 && !shared[std::size_t(shape->list)]
                   && shapes.lists[std::size_t(shape->list)].size() == 1) {
                shape = &shapes.shapes[std::size_t(shapes.lists[std::size_t(shape->list)].front())];
                node.steps.push_back(toRequirement(shape->step));
            }
            node.endsHere = shape->endsHere && shape->list >= 0;
            if (shape->list >= 0 && shared[std::size_t(shape->list)]) {
                if (continuation[std::size_t(shape->list)] < 0) {
                    continuation[std::size_t(shape->list)] = int(pending.size());
                    pending.push_back(shape->list);
                }
                node.continuation = continuation[std::size_t(shape->list)];
            } else if (shape->list >= 0) {
                node.children = build(shape->list);
            }
            nodes.push_back(std::move(node));
        }
        return nodes;
    };
    result.tree = build(top);
    for (std::size_t c = 0; c < pending.size(); ++c) // build() may add further ones
        result.continuations.push_back(build(pending[c]));

    // The number of grouped routes: the ends in the unshared tree.
    std::vector<qint64> ends(listCount, 0);
    for (std::size_t l = 0; l < listCount; ++l) {
        for (int id : shapes.lists[l]) {
            const Shapes::Shape &shape = shapes.shapes[std::size_t(id)];
            const qint64 after = shape.list >= 0 ? ends[std::size_t(shape.list)] : 0;
            ends[l] = std::min(Many, ends[l] + after + (shape.endsHere ? 1 : 0));
        }
    }
    result.routes = ends[std::size_t(top)];
    return result;
}

std::vector<DescribedRoute> RouteDescriber::unfold(const OutcomeRoutes &routes, std::size_t limit)
{
    std::vector<DescribedRoute> out;
    DescribedRoute current;
    std::function<void(const std::vector<RouteTreeNode> &)> visit = [&](const std::vector<RouteTreeNode> &nodes) {
        for (const RouteTreeNode &node : nodes) {
            if (out.size() >= limit)
                return;
            const std::size_t depth = current.steps.size();
            current.steps.insert(current.steps.end(), node.steps.begin(), node.steps.end());
            const bool leaf = node.children.empty() && node.continuation < 0;
            if (leaf || node.endsHere)
                out.push_back(current);
            if (node.continuation >= 0)
                visit(routes.continuations[std::size_t(node.continuation)]);
            else
                visit(node.children);
            current.steps.resize(depth);
        }
    };
    visit(routes.tree);
    return out;
}

void RouteDescriber::walk(const QString &nodeId, State &state)
{
    if (!m_complete)
        return;
    const RuleSet::NodeRef ref = m_rules.nodeRef(nodeId);
    switch (ref.kind) {
    case NodeKind::None:
        return; // the validator refuses dangling references; nothing to describe
    case NodeKind::Outcome: {
        if (++m_paths > m_maxPaths) {
            m_complete = false;
            return;
        }
        const std::size_t outcome = std::size_t(ref.index);
        ++m_pathCounts[outcome];
        m_tries[outcome].insert(state);
        return;
    }
    case NodeKind::Question: {
        const Question &question = m_rules.questions()[std::size_t(ref.index)];
        if (question.answers.size() > MaxAnswers) {
            m_complete = false;
            return;
        }
        Step step;
        step.question = int(ref.index);
        step.multiple = question.type == QuestionType::Multiple;
        if (question.type == QuestionType::Multiple) {
            // An exclusive answer ("only anonymous data") is picked alone: a route of its own.
            const quint64 exclusive = m_exclusive[std::size_t(ref.index)];
            const quint64 all = question.answers.size() == MaxAnswers ? ~quint64(0) : bit(question.answers.size()) - 1;
            for (std::size_t a = 0; a < question.answers.size(); ++a) {
                if (!(exclusive & bit(a)))
                    continue;
                step.answers = bit(a);
                step.excluded = all & ~bit(a);
                state.push_back(step);
                walk(question.next, state);
                state.pop_back();
            }
            if (all & ~exclusive) {
                step.answers = 0;
                step.excluded = exclusive;
                state.push_back(step);
                walk(question.next, state);
                state.pop_back();
            }
            return;
        }
        // Answers that lead to the same node form one route ("yes or not sure").
        QStringList targets;
        std::vector<quint64> masks;
        for (std::size_t a = 0; a < question.answers.size(); ++a) {
            const QString target = question.nextFor(question.answers[a].id);
            const qsizetype at = targets.indexOf(target);
            if (at < 0) {
                targets << target;
                masks.push_back(bit(a));
            } else {
                masks[std::size_t(at)] |= bit(a);
            }
        }
        for (qsizetype t = 0; t < targets.size(); ++t) {
            step.answers = masks[std::size_t(t)];
            state.push_back(step);
            walk(targets[t], state);
            state.pop_back();
        }
        return;
    }
    case NodeKind::Decision: {
        const Decision &decision = m_rules.decisions()[std::size_t(ref.index)];
        // A branch is taken where its condition holds and no earlier branch's does.
        std::vector<State> remaining{state};
        for (const Branch &branch : decision.branches) {
            std::vector<State> notTaken;
            for (const State &s : remaining) {
                std::vector<State> taken;
                refine(s, branch.when, true, taken);
                for (State &t : taken)
                    walk(branch.next, t);
                refine(s, branch.when, false, notTaken);
            }
            remaining = std::move(notTaken);
        }
        for (State &s : remaining)
            walk(decision.otherwise, s);
        return;
    }
    }
}

void RouteDescriber::refine(const State &state, const Condition &condition, bool wantHolds, std::vector<State> &out) const
{
    switch (condition.kind) {
    case Condition::Kind::Answer:
        refineAnswer(state, condition, wantHolds, out);
        return;
    case Condition::Kind::Not:
        if (condition.children.empty()) { // never holds
            if (!wantHolds)
                out.push_back(state);
            return;
        }
        refine(state, condition.children.front(), !wantHolds, out);
        return;
    case Condition::Kind::AllOf:
    case Condition::Kind::AnyOf:
        break;
    }
    // "all of" holding and "any of" failing need every child to hold (fail); the other two are
    // split into disjoint cases: the first child decides, else the first two, and so on.
    const bool every = (condition.kind == Condition::Kind::AllOf) == wantHolds;
    const bool childHolds = wantHolds;
    if (every) {
        std::vector<State> states{state};
        for (const Condition &child : condition.children) {
            std::vector<State> next;
            for (const State &s : states)
                refine(s, child, childHolds, next);
            states = std::move(next);
        }
        out.insert(out.end(), states.begin(), states.end());
        return;
    }
    std::vector<State> before{state}; // the earlier children have not decided
    for (const Condition &child : condition.children) {
        std::vector<State> next;
        for (const State &s : before) {
            refine(s, child, childHolds, out);
            refine(s, child, !childHolds, next);
        }
        before = std::move(next);
    }
}

void RouteDescriber::refineAnswer(const State &state, const Condition &condition, bool wantHolds,
                                  std::vector<State> &out) const
{
    const int question = m_questionIndex.value(condition.question, -1);
    auto at = std::find_if(state.begin(), state.end(), [question](const Step &s) { return s.question == question; });
    if (at == state.end()) {
        // A question not asked on this route: the evaluator counts its condition as not holding.
        if (!wantHolds)
            out.push_back(state);
        return;
    }
    const std::size_t position = std::size_t(at - state.begin());
    const quint64 named = mask(question, condition.answers);
    auto emit = [&](const Step &step) {
        if (!feasible(step))
            return;
        State next = state;
        next[position] = step;
        out.push_back(std::move(next));
    };
    Step step = *at;
    if (!step.multiple) {
        quint64 holding = 0;
        switch (condition.match) {
        case Condition::Match::Any:
            holding = named;
            break;
        case Condition::Match::None:
            holding = ~named;
            break;
        case Condition::Match::All: // one answer holds "all of" only when it is the only one named
            holding = std::popcount(named) == 1 ? named : 0;
            break;
        }
        step.answers &= wantHolds ? holding : ~holding;
        emit(step);
        return;
    }
    // Multiple choice: "any" and "none" are each other's negation.
    const bool anyPicked = (condition.match == Condition::Match::Any) == wantHolds;
    switch (condition.match) {
    case Condition::Match::Any:
    case Condition::Match::None:
        if (anyPicked) {
            if (!(step.answers & named))
                step.atLeastOne.push_back(named & ~step.excluded);
        } else {
            step.excluded |= named;
        }
        emit(step);
        return;
    case Condition::Match::All:
        if (wantHolds) {
            step.answers |= named;
            emit(step);
            return;
        }
        // Not all picked: the first named answer that is not picked decides (disjoint cases).
        for (std::size_t a = 0; a < MaxAnswers; ++a) {
            if (!(named & bit(a)))
                continue;
            Step missing = step;
            missing.excluded |= bit(a);
            emit(missing);
            step.answers |= bit(a);
        }
        return;
    }
}

bool RouteDescriber::feasible(const Step &step) const
{
    if (!step.multiple)
        return step.answers != 0;
    if (step.answers & step.excluded)
        return false;
    // At least one answer is picked.
    const std::size_t count = std::min<std::size_t>(m_rules.questions()[std::size_t(step.question)].answers.size(), MaxAnswers);
    const quint64 all = count == MaxAnswers ? ~quint64(0) : bit(count) - 1;
    if (!(all & ~step.excluded))
        return false;
    // An exclusive answer ("only anonymous data") cannot be picked with another.
    if ((step.answers & m_exclusive[std::size_t(step.question)]) && std::popcount(step.answers) > 1)
        return false;
    return std::all_of(step.atLeastOne.begin(), step.atLeastOne.end(),
                       [&](quint64 m) { return (m & ~step.excluded) != 0; });
}

quint64 RouteDescriber::mask(int question, const QStringList &answers) const
{
    if (question < 0)
        return 0;
    const auto &all = m_rules.questions()[std::size_t(question)].answers;
    quint64 result = 0;
    for (std::size_t a = 0; a < all.size() && a < MaxAnswers; ++a) {
        if (answers.contains(all[a].id))
            result |= bit(a);
    }
    return result;
}

QStringList RouteDescriber::answerIds(int question, quint64 mask) const
{
    const auto &all = m_rules.questions()[std::size_t(question)].answers;
    QStringList ids;
    for (std::size_t a = 0; a < all.size() && a < MaxAnswers; ++a) {
        if (mask & bit(a))
            ids << all[a].id;
    }
    return ids;
}

RouteRequirement RouteDescriber::toRequirement(const Step &step) const
{
    RouteRequirement requirement;
    requirement.question = m_rules.questions()[std::size_t(step.question)].id;
    requirement.multiple = step.multiple;
    requirement.answers = answerIds(step.question, step.answers);
    requirement.excluded = answerIds(step.question, step.excluded);
    for (quint64 m : step.atLeastOne) {
        // A list that an answer already picked or excluded settles says nothing more.
        const quint64 open = m & ~step.excluded;
        if (!(open & step.answers) && std::popcount(open) > 1)
            requirement.atLeastOneOf << answerIds(step.question, open);
        else if (!(open & step.answers))
            requirement.answers = answerIds(step.question, step.answers | open);
    }
    return requirement;
}

} // namespace deelwijzer
