// SPDX-License-Identifier: EUPL-1.2
#include "quizcomparison.h"

#include "casefile.h"
#include "ruleset.h"

#include <QSet>

namespace deelwijzer {

namespace {

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

const RouteStep *findStep(const std::vector<RouteStep> &route, const QString &question)
{
    for (const RouteStep &step : route) {
        if (step.question == question)
            return &step;
    }
    return nullptr;
}

QStringList minus(const QStringList &a, const QStringList &b)
{
    QStringList result;
    for (const QString &item : a) {
        if (!b.contains(item))
            result.append(item);
    }
    return result;
}

} // namespace

int QuizResult::differenceCount() const
{
    int count = 0;
    for (const QuizQuestionResult &q : questions) {
        if (q.status != QuizQuestionResult::Status::Same)
            ++count;
    }
    return count;
}

QStringList QuizComparison::acceptedVerdicts(const CaseFile &trainingCase, const Advice &model)
{
    if (trainingCase.expect && !trainingCase.expect->verdicts.isEmpty())
        return trainingCase.expect->verdicts;
    return {verdictId(model.verdict)};
}

QuizResult QuizComparison::compare(const CaseFile &trainingCase, const Answers &trainee,
                                   std::optional<Verdict> guess) const
{
    QuizResult result;
    result.guessedVerdict = guess;

    const Evaluator evaluator(m_rules);
    const Evaluation model = evaluator.evaluate(trainingCase.answers);
    if (model.status != Evaluation::Status::Complete || !model.advice) {
        result.error = model.status == Evaluation::Status::Invalid
                           ? model.error
                           : QStringLiteral("the case does not answer question '%1'").arg(model.nextQuestion);
        return result;
    }
    result.valid = true;
    result.modelAdvice = *model.advice;
    result.acceptedVerdicts = acceptedVerdicts(trainingCase, result.modelAdvice);
    if (!result.acceptedVerdicts.contains(verdictId(result.modelAdvice.verdict)))
        result.acceptedVerdicts.prepend(verdictId(result.modelAdvice.verdict));

    const Evaluation walked = evaluator.evaluate(trainee);
    std::vector<RouteStep> traineeRoute = walked.route;
    if (walked.status == Evaluation::Status::Complete && walked.advice)
        result.traineeAdvice = *walked.advice;

    const auto accepted = [&](Verdict v) { return result.acceptedVerdicts.contains(verdictId(v)); };
    result.guessCorrect = guess && accepted(*guess);
    result.verdictCorrect = result.traineeAdvice && accepted(result.traineeAdvice->verdict);
    result.sameOutcome = result.traineeAdvice && result.traineeAdvice->outcome == result.modelAdvice.outcome;

    result.maxScore = QuizResult::GuessPoints + QuizResult::VerdictPoints;
    if (result.guessCorrect)
        result.score += QuizResult::GuessPoints;
    if (result.verdictCorrect)
        result.score += QuizResult::VerdictPoints;

    for (const RouteStep &step : result.modelAdvice.route) {
        QuizQuestionResult item;
        item.question = step.question;
        item.modelAnswer = step.answer;
        ++result.maxScore;
        if (const RouteStep *mine = findStep(traineeRoute, step.question)) {
            item.traineeAnswer = mine->answer;
            if (sorted(mine->answer) == sorted(step.answer)) {
                item.status = QuizQuestionResult::Status::Same;
                ++result.score;
            } else {
                item.status = QuizQuestionResult::Status::Different;
            }
        } else {
            item.status = QuizQuestionResult::Status::MissedByTrainee;
        }
        result.questions.push_back(item);
    }
    for (const RouteStep &step : traineeRoute) {
        if (findStep(result.modelAdvice.route, step.question))
            continue;
        QuizQuestionResult item;
        item.question = step.question;
        item.traineeAnswer = step.answer;
        item.status = QuizQuestionResult::Status::ExtraForTrainee;
        result.questions.push_back(item);
    }

    const QStringList traineeGrounds = result.traineeAdvice ? result.traineeAdvice->grounds : QStringList();
    result.missedGrounds = minus(result.modelAdvice.grounds, traineeGrounds);
    result.extraGrounds = minus(traineeGrounds, result.modelAdvice.grounds);
    return result;
}

} // namespace deelwijzer
