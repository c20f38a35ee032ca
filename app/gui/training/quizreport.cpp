// SPDX-License-Identifier: EUPL-1.2
#include "quizreport.h"

#include "adviceview.h"
#include "markuprenderer.h"
#include "ruleset.h"
#include "trainingcase.h"

namespace deelwijzer {

QString QuizReport::questionText(const QString &questionId) const
{
    const Question *q = m_rules.question(questionId);
    return q ? MarkupRenderer(&m_rules, m_language).plain(q->text) : questionId;
}

QString QuizReport::answerText(const QString &questionId, const QStringList &answerIds) const
{
    if (answerIds.isEmpty())
        return tr("(not asked)");
    const Question *q = m_rules.question(questionId);
    QStringList labels;
    for (const QString &id : answerIds) {
        const Answer *a = q ? q->answer(id) : nullptr;
        labels.append(a ? a->label.text(m_language) : id);
    }
    return labels.join(QStringLiteral(", "));
}

QString QuizReport::verdictText(Verdict verdict) const
{
    // The symbol and words of the verdict table, as on the advice page and the report.
    return verdictSymbol(verdict) + QLatin1Char(' ') + verdictLabel(verdict, m_language);
}

QString QuizReport::reasonHtml(const QString &questionId) const
{
    const Question *q = m_rules.question(questionId);
    if (!q)
        return {};
    const MarkupRenderer markup(&m_rules, m_language);
    QString html;
    if (!q->why.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Why it matters:").toHtmlEscaped(), markup.inlineHtml(q->why));
    if (!q->help.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(markup.inlineHtml(q->help));
    return html;
}

QString QuizReport::groundsHtml(const QStringList &groundIds) const
{
    const MarkupRenderer markup(&m_rules, m_language);
    QString html;
    for (const QString &id : groundIds) {
        const LegalGround *g = m_rules.ground(id);
        if (!g)
            continue;
        html += QStringLiteral("<li><b>%1</b> – %2<br/>%3</li>")
                    .arg(m_rules.citation(*g, m_language).toHtmlEscaped(), markup.inlineHtml(g->title),
                         markup.inlineHtml(g->meaning));
    }
    return html.isEmpty() ? QString() : QStringLiteral("<ul>%1</ul>").arg(html);
}

QString QuizReport::resultHtml(const QuizResult &r) const
{
    if (!r.valid)
        return QStringLiteral("<p>%1</p>").arg(tr("This case has no complete model answer: %1").arg(r.error).toHtmlEscaped());
    const MarkupRenderer markup(&m_rules, m_language);
    QString html;
    html += QStringLiteral("<h2>%1</h2>")
                .arg(tr("Score: %1 of %2 points (%3%)").arg(r.score).arg(r.maxScore).arg(r.percent()).toHtmlEscaped());

    const QString model = verdictText(r.modelAdvice.verdict);
    QStringList acceptedLabels;
    for (const QString &id : r.acceptedVerdicts)
        if (const auto v = verdictFromId(id))
            acceptedLabels.append(verdictText(*v));
    const QString mark = QStringLiteral("✔ ");
    const QString cross = QStringLiteral("✘ ");
    html += QStringLiteral("<table cellpadding='4' border='1' cellspacing='0' width='100%'>");
    html += QStringLiteral("<tr><th></th><th>%1</th><th>%2</th></tr>")
                .arg(tr("You").toHtmlEscaped(), tr("Model answer").toHtmlEscaped());
    html += QStringLiteral("<tr><td>%1</td><td>%2%3</td><td>%4</td></tr>")
                .arg(tr("Verdict you expected after reading").toHtmlEscaped(), r.guessCorrect ? mark : cross,
                     (r.guessedVerdict ? verdictText(*r.guessedVerdict) : tr("no choice")).toHtmlEscaped(),
                     acceptedLabels.join(QStringLiteral(" / ")).toHtmlEscaped());
    html += QStringLiteral("<tr><td>%1</td><td>%2%3</td><td>%4</td></tr>")
                .arg(tr("Verdict your answers led to").toHtmlEscaped(), r.verdictCorrect ? mark : cross,
                     (r.traineeAdvice ? verdictText(r.traineeAdvice->verdict) : tr("not reached")).toHtmlEscaped(),
                     model.toHtmlEscaped());
    html += QStringLiteral("</table>");
    if (m_rules.outcome(r.modelAdvice.outcome)) {
        // The model advice as the advice page shows it: verdict, title, then its explanation
        // under the same heading.
        const AdviceView view(m_rules, r.modelAdvice, m_language);
        html += QStringLiteral("<h3>%1</h3><p><b>%2</b></p><p><b>%3</b></p>")
                    .arg(tr("The model advice").toHtmlEscaped(), verdictText(view.verdict()).toHtmlEscaped(),
                         markup.toInlineHtml(view.title()));
        if (const AdviceSection *explanation = view.section(AdviceSection::Kind::Explanation))
            html += QStringLiteral("<h4>%1</h4><p>%2</p>")
                        .arg(explanation->heading.toHtmlEscaped(), markup.toInlineHtml(explanation->items.front().text));
    }

    html += QStringLiteral("<h3>%1</h3>").arg(tr("Question by question").toHtmlEscaped());
    if (r.differenceCount() == 0)
        html += QStringLiteral("<p>%1</p>").arg(tr("You answered every question as the model answer does.").toHtmlEscaped());
    html += QStringLiteral("<table cellpadding='4' border='1' cellspacing='0' width='100%'>");
    html += QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th></tr>")
                .arg(tr("Question").toHtmlEscaped(), tr("You").toHtmlEscaped(), tr("Model answer").toHtmlEscaped());
    for (const QuizQuestionResult &q : r.questions) {
        const bool same = q.status == QuizQuestionResult::Status::Same;
        QString note;
        switch (q.status) {
        case QuizQuestionResult::Status::Same:
            break;
        case QuizQuestionResult::Status::Different:
            note = tr("Different answer.");
            break;
        case QuizQuestionResult::Status::MissedByTrainee:
            note = tr("Your route did not come to this question.");
            break;
        case QuizQuestionResult::Status::ExtraForTrainee:
            note = tr("The model route does not ask this question.");
            break;
        }
        html += QStringLiteral("<tr><td>%1%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(same ? mark : cross, questionText(q.question).toHtmlEscaped(),
                         answerText(q.question, q.traineeAnswer).toHtmlEscaped(),
                         answerText(q.question, q.modelAnswer).toHtmlEscaped());
        if (!same)
            html += QStringLiteral("<tr><td colspan='3'><i>%1</i>%2</td></tr>").arg(note.toHtmlEscaped(), reasonHtml(q.question));
    }
    html += QStringLiteral("</table>");

    if (!r.missedGrounds.isEmpty())
        html += QStringLiteral("<h3>%1</h3>%2").arg(tr("Legal grounds of the model answer you did not reach").toHtmlEscaped(),
                                                    groundsHtml(r.missedGrounds));
    if (!r.extraGrounds.isEmpty())
        html += QStringLiteral("<h3>%1</h3>%2").arg(tr("Legal grounds your route cited that the model answer does not").toHtmlEscaped(),
                                                    groundsHtml(r.extraGrounds));
    html += QStringLiteral("<p><small>%1</small></p>")
                .arg(tr("Scoring: %1 points for the verdict you expected, %2 for the verdict your answers led to, "
                        "1 for every question answered as in the model answer.")
                         .arg(QuizResult::GuessPoints)
                         .arg(QuizResult::VerdictPoints)
                         .toHtmlEscaped());
    return html;
}

QString QuizReport::modelAnswerHtml(const TrainingCase &c) const
{
    if (!c.modelAdvice)
        return {};
    QString html = QStringLiteral("<table cellpadding='4' border='1' cellspacing='0' width='100%'>");
    html += QStringLiteral("<tr><th>%1</th><th>%2</th></tr>").arg(tr("Question").toHtmlEscaped(), tr("Model answer").toHtmlEscaped());
    for (const RouteStep &step : c.modelAdvice->route) {
        html += QStringLiteral("<tr><td>%1%3</td><td><b>%2</b></td></tr>")
                    .arg(questionText(step.question).toHtmlEscaped(), answerText(step.question, step.answer).toHtmlEscaped(),
                         reasonHtml(step.question));
    }
    html += QStringLiteral("</table>");
    html += QStringLiteral("<h3>%1</h3>%2").arg(tr("Legal grounds").toHtmlEscaped(), groundsHtml(c.modelAdvice->grounds));
    return html;
}

} // namespace deelwijzer
