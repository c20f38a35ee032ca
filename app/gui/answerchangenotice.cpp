// SPDX-License-Identifier: EUPL-1.2
#include "answerchangenotice.h"

#include "ruleset.h"

namespace deelwijzer {

QString AnswerChangeNotice::questionText(const RuleSet &rules, const QString &language, const QString &questionId)
{
    const Question *q = rules.question(questionId);
    const QString text = q ? rules.plainText(q->text.text(language), language) : questionId;
    return tr("‘%1’").arg(text);
}

QString AnswerChangeNotice::questionList(const RuleSet &rules, const QString &language, const QStringList &questionIds)
{
    QStringList texts;
    for (const QString &id : questionIds)
        texts << questionText(rules, language, id);
    return texts.join(QStringLiteral("; "));
}

QString AnswerChangeNotice::droppedSentence(const RuleSet &rules, const QString &language, const StaleAnswer &stale,
                                            const QString &changedQuestion)
{
    if (stale.changed == QStringList{changedQuestion})
        return tr("Your answer to %1 was given for your earlier answer to this question; it must be asked again for the "
                  "new one.")
            .arg(questionText(rules, language, stale.question));
    return tr("Your answer to %1 was given for your earlier answer to %2, which you changed; it must be asked again for "
              "the new one.")
        .arg(questionText(rules, language, stale.question), questionList(rules, language, stale.changed));
}

QString AnswerChangeNotice::forChange(const RuleSet &rules, const QString &language, const AnswerChange &change,
                                      bool complete)
{
    QStringList sentences{tr("You changed your answer to %1.").arg(questionText(rules, language, change.question))};
    for (const StaleAnswer &stale : change.dropped)
        sentences << droppedSentence(rules, language, stale, change.question);
    if (!change.kept.isEmpty())
        sentences << tr("Kept, because they still apply: %1.").arg(questionList(rules, language, change.kept));
    if (!change.leftRoute.isEmpty())
        sentences << tr("No longer asked on this route (kept in case you change back): %1.")
                         .arg(questionList(rules, language, change.leftRoute));
    if (complete)
        sentences << tr("Every question on the route is answered: check the answers below, then open the advice.");
    return sentences.join(QLatin1Char(' '));
}

QString AnswerChangeNotice::forRestore(const RuleSet &rules, const QString &language,
                                       const std::vector<StaleAnswer> &dropped)
{
    QStringList sentences;
    for (const StaleAnswer &stale : dropped) {
        sentences << tr("Your saved answer to %1 was given for other answers to %2 than the ones saved now; it no longer "
                        "holds and is asked again.")
                         .arg(questionText(rules, language, stale.question),
                              questionList(rules, language, stale.changed));
    }
    return sentences.join(QLatin1Char(' '));
}

} // namespace deelwijzer
