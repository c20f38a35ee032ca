// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "answers.h"
#include "evaluator.h"
#include "verdict.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace deelwijzer {

class RuleSet;
struct CaseFile;

/// One question of a quiz, compared between the model answer and the trainee's route.
struct QuizQuestionResult
{
    enum class Status {
        Same,        ///< both routes asked it and the answers agree
        Different,   ///< both asked it, the answers differ
        MissedByTrainee, ///< on the model route only: the trainee's route went elsewhere
        ExtraForTrainee  ///< on the trainee's route only
    };

    QString question;
    QStringList modelAnswer;    ///< empty for ExtraForTrainee
    QStringList traineeAnswer;  ///< empty for MissedByTrainee
    Status status = Status::Same;
};

/// The trainee's guess, route and verdict compared with a training case's model answer
/// (design §4: the case's `answers` evaluated by the Evaluator, and its `expect` block).
/// Widget-free: it holds ids and numbers only; the GUI words and explains them with the
/// rules' own texts (`why`, `help`, outcome explanations, ground meanings).
///
/// Scoring (documented for trainers in README.md, "Training"):
///   - the verdict chosen after reading the narrative matches the model answer: 2 points;
///   - the verdict the trainee's route reached matches: 2 points;
///   - every question on the model route answered the same way: 1 point each.
/// A verdict "matches" when it is the model advice's verdict or one of the verdicts the case's
/// `expect` block accepts.
struct QuizResult
{
    static constexpr int GuessPoints = 2;
    static constexpr int VerdictPoints = 2;

    bool valid = false;               ///< false: the model answer or the trainee's walk is incomplete
    QString error;                    ///< English, when !valid

    std::optional<Verdict> guessedVerdict;
    QStringList acceptedVerdicts;     ///< verdict ids accepted for this case
    Advice modelAdvice;
    std::optional<Advice> traineeAdvice;

    bool guessCorrect = false;
    bool verdictCorrect = false;
    bool sameOutcome = false;
    std::vector<QuizQuestionResult> questions; ///< model route order, then the trainee's extras
    QStringList missedGrounds;        ///< model grounds not on the trainee's advice
    QStringList extraGrounds;         ///< trainee grounds not in the model advice

    int score = 0;
    int maxScore = 0;
    int percent() const { return maxScore > 0 ? (score * 100 + maxScore / 2) / maxScore : 0; }
    int differenceCount() const;
};

class QuizComparison
{
public:
    explicit QuizComparison(const RuleSet &rules) : m_rules(rules) {}

    /// Compares `trainee` (the answers given while walking the questions) and `guess` (the
    /// verdict chosen before walking) with the model answer of `trainingCase`.
    QuizResult compare(const CaseFile &trainingCase, const Answers &trainee,
                       std::optional<Verdict> guess) const;

    /// The verdict ids a case accepts: its `expect` verdicts, or else the model advice's.
    static QStringList acceptedVerdicts(const CaseFile &trainingCase, const Advice &model);

private:
    const RuleSet &m_rules;
};

} // namespace deelwijzer
