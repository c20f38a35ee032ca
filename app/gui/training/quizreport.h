// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "quizcomparison.h"
#include "verdict.h"

#include <QCoreApplication>
#include <QString>

namespace deelwijzer {

class RuleSet;
struct TrainingCase;

/// Words a QuizResult for the trainee and the trainer, as HTML: the score, the verdict guessed
/// and reached against the model answer, and question by question what was answered, what the
/// model answer is and why that matters (the rules' own `why` and `help` texts), then the
/// legal grounds missed or added with their plain-language meaning.
class QuizReport
{
    Q_DECLARE_TR_FUNCTIONS(QuizReport)

public:
    QuizReport(const RuleSet &rules, const QString &language) : m_rules(rules), m_language(language) {}

    /// The comparison after a quiz.
    QString resultHtml(const QuizResult &result) const;
    /// The model answer alone, question by question with the reasons, for handouts and the
    /// presenter ("why this answer"): no score, no trainee column.
    QString modelAnswerHtml(const TrainingCase &trainingCase) const;

    QString answerText(const QString &questionId, const QStringList &answerIds) const;
    QString questionText(const QString &questionId) const;

private:
    QString verdictText(Verdict verdict) const;
    QString reasonHtml(const QString &questionId) const;
    QString groundsHtml(const QStringList &groundIds) const;

    const RuleSet &m_rules;
    QString m_language;
};

} // namespace deelwijzer
