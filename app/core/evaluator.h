// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "advice.h"
#include "answers.h"
#include "ruleset.h"

#include <optional>

namespace deelwijzer {

/// A bound answer (`valid_for`) that no longer holds: answers it was given for have changed.
struct StaleAnswer
{
    QString question;     ///< the bound question, asked again
    QStringList changed;  ///< its valid_for questions whose answers changed, in valid_for order

    bool operator==(const StaleAnswer &) const = default;
};

/// What changing one answer did to the answers after it on the route.
struct AnswerChange
{
    QString question;                 ///< the question whose answer was set
    bool changed = false;             ///< the answer differs from the one it replaced
    std::vector<StaleAnswer> dropped; ///< bound answers dropped, to be asked again
    QStringList kept;                 ///< later questions on the old route whose answers still count
    QStringList leftRoute;            ///< later questions the new route no longer asks (their answers are kept aside)
};

/// Where a walk through the rules stopped.
struct Evaluation
{
    enum class Status {
        NeedsAnswer, ///< `nextQuestion` must be answered before the walk can go on
        Complete,    ///< `advice` is set
        Invalid      ///< an answer does not fit its question; see `error`
    };

    Status status = Status::NeedsAnswer;
    QString nextQuestion;
    std::vector<RouteStep> route;  ///< the questions answered so far on this route, in order
    /// The steps taken; their explanations are written only when the walk is Complete (the
    /// app evaluates after every answer and needs them only for the advice).
    std::vector<TraceStep> trace;
    QStringList unusedAnswers;     ///< answered questions that are not on the current route
    /// Bound answers that no longer hold (see GivenFor); the walk treats them as not given.
    std::vector<StaleAnswer> staleAnswers;
    std::optional<Advice> advice;
    QString error;                 ///< English, for Status::Invalid
    QString errorQuestion;         ///< the question whose answer is invalid
};

/// Walks answers through a rule set: answers in, next question or advice out.
/// Deterministic and side-effect free; the GUI, the command line and the tests all use it.
class Evaluator
{
public:
    explicit Evaluator(const RuleSet &rules) : m_rules(rules) {}

    /// Walks `answers`; a bound answer whose `givenFor` record differs from the answers it
    /// names is treated as not given (and listed in Evaluation::staleAnswers).
    Evaluation evaluate(const Answers &answers, const GivenFor &givenFor = {}) const;

    /// The bound answers in `answers` that no longer hold. An answer without a record in
    /// `givenFor` counts as given for the current answers (older case files have none).
    std::vector<StaleAnswer> staleAnswers(const Answers &answers, const GivenFor &givenFor) const;
    /// What an answer to `question` is given for now: the current answers of the questions
    /// its `valid_for` names (empty for a question that is not bound).
    Answers givenFor(const QString &question, const Answers &answers) const;
    /// Sets the answer to `question`, records what it is given for, drops every bound answer
    /// that no longer holds (repeatedly: a dropped answer can unbind another) and tells what
    /// happened to the answers after `question` on the route.
    AnswerChange change(Answers &answers, GivenFor &givenFor, const QString &question, const QStringList &answer) const;

    /// Whether `condition` holds for `answers` (a missing answer never matches).
    static bool holds(const Condition &condition, const Answers &answers);

    /// Whether choosing `answer` clears every other answer of `question`: an `exclusive`
    /// answer, and on a multiple-choice question the honest "not sure" (it cannot be combined
    /// with what the user is sure of).
    static bool excludesOthers(const Question &question, const Answer &answer);
    /// The answers chosen after the user picks `answerId` with `current` chosen before: on a
    /// single-choice question that answer alone; on a multiple-choice one it is added, and an
    /// answer that excludes others clears them (or is cleared by the pick). In rule order.
    static QStringList select(const Question &question, const QStringList &current, const QString &answerId);

    /// Whether `answer` is a valid answer to `question`; if not, `why` says why (English).
    static bool isValidAnswer(const Question &question, const QStringList &answer, QString *why);

private:
    /// The outcome's grounds that apply to `answers`, with their roles, in printed order.
    std::vector<CitedGround> citedGrounds(const Outcome &outcome, const Answers &answers) const;
    Advice makeAdvice(const Outcome &outcome, const Answers &answers, Evaluation &evaluation) const;
    LocalizedText explainAnswer(const Question &question, const QStringList &answer) const;
    LocalizedText explainBranch(const Decision &decision, int branch) const;
    LocalizedText describeCondition(const Condition &condition, const QString &language) const;

    const RuleSet &m_rules;
};

} // namespace deelwijzer
