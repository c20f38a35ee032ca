// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "advice.h"
#include "answers.h"
#include "ruleset.h"

#include <optional>

namespace deelwijzer {

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

    Evaluation evaluate(const Answers &answers) const;

    /// Whether `condition` holds for `answers` (a missing answer never matches).
    static bool holds(const Condition &condition, const Answers &answers);

    /// Whether `answer` is a valid answer to `question`; if not, `why` says why (English).
    static bool isValidAnswer(const Question &question, const QStringList &answer, QString *why);

private:
    Advice makeAdvice(const Outcome &outcome, const Answers &answers, Evaluation &evaluation) const;
    LocalizedText explainAnswer(const Question &question, const QStringList &answer) const;
    LocalizedText explainBranch(const Decision &decision, int branch) const;
    LocalizedText describeCondition(const Condition &condition, const QString &language) const;

    const RuleSet &m_rules;
};

} // namespace deelwijzer
