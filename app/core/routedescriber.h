// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "ruleset.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace deelwijzer {

/// What a group of routes requires of the answer to one question it asks.
struct RouteRequirement
{
    QString question;
    bool multiple = false;
    /// Single choice: the answers, any one of which leads along these routes (in the question's
    /// order). Multiple choice: the answers that must all be picked.
    QStringList answers;
    /// Multiple choice only: answers that must not be picked.
    QStringList excluded;
    /// Multiple choice only: of each list at least one answer must be picked.
    QList<QStringList> atLeastOneOf;

    bool operator==(const RouteRequirement &) const = default;
};

/// A group of routes to one outcome: the questions they ask, in asking order, and what each
/// answer must be. Every combination of answers that meets every requirement takes such a route.
struct DescribedRoute
{
    std::vector<RouteRequirement> steps;

    bool operator==(const DescribedRoute &) const = default;
};

/// Routes sharing their first steps, for printing: `steps` once, then each child's alternative.
struct RouteTreeNode
{
    std::vector<RouteRequirement> steps;
    std::vector<RouteTreeNode> children;
    /// A route ends after `steps` although children continue (a longer route to the same outcome).
    bool endsHere = false;
    /// After `steps` the routes go on as in OutcomeRoutes::continuations[continuation] (then
    /// `children` is empty); -1: they go on with `children`, or end.
    int continuation = -1;
};

/// The routes to one outcome, every one of them, grouped for reading:
///   - routes that differ only in the answer to one single-choice question are one route
///     ("police or KMar"; "any answer" when every answer leads on);
///   - routes that share their first steps share them once (`tree`);
///   - a set of alternatives that follows on several places is printed once, as a numbered
///     continuation that those places refer to (`continuations`).
struct OutcomeRoutes
{
    QString outcome;
    std::vector<RouteTreeNode> tree;
    std::vector<std::vector<RouteTreeNode>> continuations;
    /// Distinct routes through the graph before grouping (a single-choice question's answers
    /// that lead to the same node count once).
    qint64 paths = 0;
    /// The grouped routes, as unfold() would list them.
    qint64 routes = 0;
};

/// Finds every route from the rule set's start to each outcome, from the rule graph itself, so
/// that a reviewer reads them in words (the review book) instead of trusting a hand-written list.
///
/// It walks the questions and decisions depth-first and keeps, per question asked, which
/// answers are still possible. A decision's branch narrows them: the branch is taken only where
/// its `when` holds and every earlier branch's does not, so routes that no answers can take are
/// left out rather than described. Widget-free and deterministic (the order of the rule files).
///
/// The routes of an outcome are kept as a tree of steps while walking; afterwards, bottom up,
/// alternatives with the same continuation are merged and equal continuations shared, so the
/// printed size follows the shared structure of the rules, not the number of paths (the
/// shipped rules: 218,000 paths, a few thousand printed steps).
///
/// Bounded: the walk stops after `maxPaths` distinct paths; complete() then says so.
class RouteDescriber
{
public:
    explicit RouteDescriber(const RuleSet &rules, qint64 maxPaths = 2'000'000);
    ~RouteDescriber();

    /// The routes to every outcome, in the order of RuleSet::outcomes(). An outcome no route
    /// reaches has none (the validator reports such outcomes as unreachable).
    std::vector<OutcomeRoutes> describe();
    /// False when the walk stopped at `maxPaths`, or a question has more than 64 answers (which
    /// the describer cannot track); the routes found so far are still returned.
    bool complete() const { return m_complete; }

    /// Every grouped route of `routes` in full, continuations followed (at most `limit`).
    static std::vector<DescribedRoute> unfold(const OutcomeRoutes &routes, std::size_t limit = 1'000'000);

private:
    /// One question on a route and its still possible answers, as bit masks over its answers.
    struct Step
    {
        int question = 0;
        bool multiple = false;
        quint64 answers = 0;             ///< single: possible answers; multiple: must be picked
        quint64 excluded = 0;            ///< multiple: must not be picked
        std::vector<quint64> atLeastOne; ///< multiple: of each mask at least one picked
        bool operator==(const Step &) const = default;
    };
    using State = std::vector<Step>;
    struct Trie;
    struct Shapes;

    void walk(const QString &nodeId, State &state);
    void refine(const State &state, const Condition &condition, bool wantHolds, std::vector<State> &out) const;
    void refineAnswer(const State &state, const Condition &condition, bool wantHolds, std::vector<State> &out) const;
    quint64 mask(int question, const QStringList &answers) const;
    QStringList answerIds(int question, quint64 mask) const;
    RouteRequirement toRequirement(const Step &step) const;
    bool feasible(const Step &step) const;
    /// The printable form of one outcome's routes from its walked tree.
    OutcomeRoutes printable(const Trie &trie) const;

    const RuleSet &m_rules;
    qint64 m_maxPaths;
    qint64 m_paths = 0;
    bool m_complete = true;
    QHash<QString, int> m_questionIndex;
    std::vector<quint64> m_exclusive; ///< per question: its answers with `exclusive: true`
    std::vector<Trie> m_tries;        ///< per outcome index: the routes walked so far
    std::vector<qint64> m_pathCounts;
};

} // namespace deelwijzer
