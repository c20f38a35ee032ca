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

namespace {
/// Grouping costs time in proportion to the square of the routes; beyond this many paths an
/// outcome is summarised without trying.
constexpr std::size_t GroupLimit = 3000;
} // namespace

RouteDescriber::RouteDescriber(const RuleSet &rules, qint64 maxPaths, int listLimit)
    : m_rules(rules)
    , m_maxPaths(maxPaths)
    , m_listLimit(listLimit)
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

std::vector<OutcomeRoutes> RouteDescriber::describe()
{
    const auto &outcomes = m_rules.outcomes();
    m_found.assign(outcomes.size(), {});
    m_summaries.assign(outcomes.size(), {});
    m_pathCounts.assign(outcomes.size(), 0);
    m_paths = 0;
    m_complete = true;
    State start;
    walk(m_rules.info().start, start);

    std::vector<OutcomeRoutes> result(outcomes.size());
    for (std::size_t o = 0; o < outcomes.size(); ++o) {
        result[o].outcome = outcomes[o].id;
        result[o].paths = m_pathCounts[o];
        std::vector<State> grouped = group(std::move(m_found[o]));
        if (!m_summaries[o].active && grouped.size() > std::size_t(m_listLimit)) {
            for (const State &route : grouped)
                summarize(o, route);
        }
        const Summary &summary = m_summaries[o];
        if (summary.active) {
            for (const Step &step : summary.unions) {
                RouteRequirement possible = toRoute({step}).steps.front();
                possible.answers = answerIds(step.question, step.answers);
                possible.excluded.clear();
                possible.atLeastOneOf.clear();
                result[o].summary.push_back(std::move(possible));
            }
            result[o].commonEnd = toRoute(summary.commonEnd).steps;
            continue;
        }
        for (const State &route : grouped)
            result[o].routes.push_back(toRoute(route));
    }
    m_found.clear();
    m_summaries.clear();
    return result;
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
        if (m_summaries[outcome].active) {
            summarize(outcome, state);
        } else if (m_found[outcome].size() < GroupLimit) {
            m_found[outcome].push_back(state);
        } else {
            for (const State &earlier : m_found[outcome])
                summarize(outcome, earlier);
            std::vector<State>().swap(m_found[outcome]);
            summarize(outcome, state);
        }
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

void RouteDescriber::summarize(std::size_t outcome, const State &route)
{
    Summary &summary = m_summaries[outcome];
    if (!summary.active) {
        summary.active = true;
        summary.commonEnd = route;
    } else {
        // Keep the longest run of last steps that this route shares.
        std::size_t common = 0;
        while (common < summary.commonEnd.size() && common < route.size()
               && summary.commonEnd[summary.commonEnd.size() - 1 - common] == route[route.size() - 1 - common])
            ++common;
        summary.commonEnd.erase(summary.commonEnd.begin(), summary.commonEnd.end() - qsizetype(common));
    }
    for (const Step &step : route) {
        const std::size_t count = m_rules.questions()[std::size_t(step.question)].answers.size();
        const quint64 all = count >= std::size_t(MaxAnswers) ? ~quint64(0) : bit(count) - 1;
        // What a route lets through: a single choice's answers; of a multiple choice, every
        // answer not excluded.
        const quint64 possible = step.multiple ? (all & ~step.excluded) : step.answers;
        auto at = std::find_if(summary.unions.begin(), summary.unions.end(),
                               [&](const Step &s) { return s.question == step.question; });
        if (at == summary.unions.end()) {
            Step first;
            first.question = step.question;
            first.multiple = step.multiple;
            first.answers = possible;
            summary.unions.push_back(first);
        } else {
            at->answers |= possible;
        }
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

DescribedRoute RouteDescriber::toRoute(const State &state) const
{
    DescribedRoute route;
    route.steps.reserve(state.size());
    for (const Step &step : state) {
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
        route.steps.push_back(std::move(requirement));
    }
    return route;
}

std::vector<RouteDescriber::State> RouteDescriber::group(std::vector<State> routes)
{
    // Two routes that ask the same questions and differ only in the single-choice answers of
    // one question are one route with both answers. Merging may enable further merges, so
    // repeat until nothing changes. Identical routes (reached through different branches that
    // require the same) collapse too.
    auto key = [](const State &route, std::size_t skip) {
        QByteArray k;
        for (std::size_t i = 0; i < route.size(); ++i) {
            const Step &s = route[i];
            const quint64 fields[] = {quint64(s.question), s.multiple, i == skip ? 0 : s.answers, s.excluded,
                                      s.atLeastOne.size()};
            k.append(reinterpret_cast<const char *>(fields), sizeof fields);
            for (quint64 m : s.atLeastOne)
                k.append(reinterpret_cast<const char *>(&m), sizeof m);
        }
        return k;
    };
    bool changed = true;
    while (changed && routes.size() > 1) {
        changed = false;
        std::size_t longest = 0;
        for (const State &r : routes)
            longest = std::max(longest, r.size());
        for (std::size_t position = 0; position < longest; ++position) {
            QHash<QByteArray, std::size_t> seen;
            std::vector<State> kept;
            kept.reserve(routes.size());
            for (State &route : routes) {
                const bool mergeable = position < route.size() && !route[position].multiple;
                const QByteArray k = key(route, mergeable ? position : route.size());
                const auto found = seen.constFind(k);
                if (found == seen.cend()) {
                    seen.insert(k, kept.size());
                    kept.push_back(std::move(route));
                    continue;
                }
                if (mergeable)
                    kept[*found][position].answers |= route[position].answers;
                changed = true;
            }
            routes = std::move(kept);
        }
    }
    return routes;
}

std::vector<RouteTreeNode> RouteDescriber::prefixTree(const std::vector<DescribedRoute> &routes)
{
    struct Suffix
    {
        const DescribedRoute *route;
        std::size_t from;
    };
    std::function<std::vector<RouteTreeNode>(const std::vector<Suffix> &)> build =
        [&build](const std::vector<Suffix> &suffixes) {
            std::vector<RouteTreeNode> nodes;
            std::vector<std::vector<Suffix>> rests;
            for (const Suffix &s : suffixes) {
                const RouteRequirement &first = s.route->steps[s.from];
                auto it = std::find_if(nodes.begin(), nodes.end(),
                                       [&](const RouteTreeNode &n) { return n.steps.front() == first; });
                std::size_t index = std::size_t(it - nodes.begin());
                if (it == nodes.end()) {
                    nodes.push_back(RouteTreeNode{{first}, {}, false});
                    rests.emplace_back();
                }
                if (s.from + 1 < s.route->steps.size())
                    rests[index].push_back({s.route, s.from + 1});
                else
                    nodes[index].endsHere = true;
            }
            for (std::size_t i = 0; i < nodes.size(); ++i) {
                RouteTreeNode &node = nodes[i];
                node.children = build(rests[i]);
                // A chain without alternatives reads as one line.
                while (!node.endsHere && node.children.size() == 1) {
                    RouteTreeNode only = std::move(node.children.front());
                    node.steps.insert(node.steps.end(), only.steps.begin(), only.steps.end());
                    node.children = std::move(only.children);
                    node.endsHere = only.endsHere;
                }
                if (node.children.empty())
                    node.endsHere = false; // a leaf ends anyway
            }
            return nodes;
        };
    std::vector<Suffix> all;
    for (const DescribedRoute &route : routes) {
        if (!route.steps.empty())
            all.push_back({&route, 0});
    }
    return build(all);
}

} // namespace deelwijzer
