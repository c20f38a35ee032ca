// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "ruleset.h"

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
};

/// The routes to one outcome.
struct OutcomeRoutes
{
    QString outcome;
    /// Grouped: routes that differ only in the answer to one question are merged into one
    /// ("police or KMar"), as long as no other requirement differs. Empty when the routes are
    /// too many to list (see `summary`).
    std::vector<DescribedRoute> routes;
    /// Only when the routes are too many to list: every question asked on a route to this
    /// outcome, in order of first asking, with every answer that occurs on such a route (one
    /// list of possible answers, also for a multiple-choice question). A union: the decisions on
    /// the way let only some combinations through.
    std::vector<RouteRequirement> summary;
    /// The last steps every route takes, exactly (only with a summary).
    std::vector<RouteRequirement> commonEnd;
    /// Distinct routes through the graph before grouping (a single-choice question's answers
    /// that lead to the same node count once).
    qint64 paths = 0;
};

/// Finds every route from the rule set's start to each outcome, from the rule graph itself, so
/// that a reviewer reads them in words (the review book) instead of trusting a hand-written list.
///
/// It walks the questions and decisions depth-first and keeps, per question asked, which
/// answers are still possible. A decision's branch narrows them: the branch is taken only where
/// its `when` holds and every earlier branch's does not, so routes that no answers can take are
/// left out rather than described. Widget-free and deterministic (the order of the rule files).
///
/// Bounded: the walk stops after `maxPaths` distinct paths; complete() then says so. An outcome
/// reached by more than `listLimit` grouped routes (or so many paths that grouping them would
/// be slow) gets a summary instead of its list: a reader cannot take in thousands of routes.
class RouteDescriber
{
public:
    explicit RouteDescriber(const RuleSet &rules, qint64 maxPaths = 2'000'000, int listLimit = 40);

    /// The routes to every outcome, in the order of RuleSet::outcomes(). An outcome no route
    /// reaches has none (the validator reports such outcomes as unreachable).
    std::vector<OutcomeRoutes> describe();
    /// False when the walk stopped at `maxPaths`, or a question has more than 64 answers (which
    /// the describer cannot track); the routes found so far are still returned.
    bool complete() const { return m_complete; }

    /// `routes` with their common first steps factored out (routes in the given order).
    static std::vector<RouteTreeNode> prefixTree(const std::vector<DescribedRoute> &routes);

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

    void walk(const QString &nodeId, State &state);
    void refine(const State &state, const Condition &condition, bool wantHolds, std::vector<State> &out) const;
    void refineAnswer(const State &state, const Condition &condition, bool wantHolds, std::vector<State> &out) const;
    quint64 mask(int question, const QStringList &answers) const;
    QStringList answerIds(int question, quint64 mask) const;
    DescribedRoute toRoute(const State &state) const;
    bool feasible(const Step &step) const;
    static std::vector<State> group(std::vector<State> routes);
    /// Adds a route to an outcome's summary (union of answers, common last steps).
    void summarize(std::size_t outcome, const State &route);

    const RuleSet &m_rules;
    qint64 m_maxPaths;
    qint64 m_paths = 0;
    bool m_complete = true;
    QHash<QString, int> m_questionIndex;
    std::vector<quint64> m_exclusive; ///< per question: its answers with `exclusive: true`
    std::vector<std::vector<State>> m_found; ///< per outcome index, as found
    std::vector<qint64> m_pathCounts;
    int m_listLimit;
    struct Summary
    {
        bool active = false;
        State unions;    ///< per question in order of first asking: every possible answer
        State commonEnd; ///< the last steps common to every route so far
    };
    std::vector<Summary> m_summaries;
};

} // namespace deelwijzer
