// SPDX-License-Identifier: EUPL-1.2
#include "savedadvicecomparison.h"

#include "advicesession.h"
#include "ruleset.h"
#include "ruletextcontext.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace deelwijzer {

SavedAdviceComparison::SavedAdviceComparison(const RuleTextContext *context, const AdviceSession *session, QWidget *parent)
    : QFrame(parent), m_context(context), m_session(session), m_heading(new QLabel(this)), m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("savedAdviceComparison"));
    setFrameShape(QFrame::StyledPanel);
    m_heading->setObjectName(QStringLiteral("savedAdviceComparisonHeading"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_text->setObjectName(QStringLiteral("savedAdviceComparisonText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_text);
    hide();
    connect(session, &AdviceSession::changed, this, [this] {
        if (!isHidden())
            render();
    });
}

void SavedAdviceComparison::showComparison()
{
    render();
    show();
}

QString SavedAdviceComparison::text() const
{
    return m_text->text();
}

void SavedAdviceComparison::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && !isHidden())
        render();
    QFrame::changeEvent(event);
}

QString SavedAdviceComparison::questionText(const QString &id) const
{
    const Question *question = m_context->rules() ? m_context->rules()->question(id) : nullptr;
    return question ? m_context->rules()->plainText(question->text.text(m_context->language()), m_context->language()) : id;
}

QString SavedAdviceComparison::groundList(const QStringList &ids) const
{
    QStringList names;
    for (const QString &id : ids) {
        const LegalGround *ground = m_context->rules() ? m_context->rules()->ground(id) : nullptr;
        names << (ground ? m_context->rules()->citation(*ground, m_context->language()) : id);
    }
    return names.join(QStringLiteral("; "));
}

QString SavedAdviceComparison::adviceText(const AdviceSummary &advice) const
{
    const QString language = m_context->language();
    const QString verdict = advice.verdict ? verdictLabel(*advice.verdict, language) : QStringLiteral("?");
    const Outcome *outcome = m_context->rules() ? m_context->rules()->outcome(advice.outcome) : nullptr;
    // An outcome the current rules no longer have is named by its id.
    QString title = outcome ? m_context->rules()->plainText(outcome->title.text(language), language) : advice.outcome;
    if (title.endsWith(QLatin1Char('.')))
        title.chop(1); // the sentence around it ends with its own full stop

    return tr("\u201C%1\u201D (%2)").arg(verdict, title);
}

void SavedAdviceComparison::render()
{
    const AdviceSummary current = AdviceSummary::of(m_session->evaluation());
    const std::optional<SavedAdvice> &saved = m_session->savedAdvice();
    m_heading->setText(tr("What the current rules advise for the same answers"));
    QStringList sentences;
    switch (current.status) {
    case Evaluation::Status::Complete:
        sentences << tr("Under the current rules the advice is %1.").arg(adviceText(current));
        break;
    case Evaluation::Status::NeedsAnswer:
        sentences << tr("The current rules ask a question these answers do not answer: \u201C%1\u201D. Answer it to see "
                        "their advice.")
                         .arg(questionText(current.nextQuestion));
        break;
    case Evaluation::Status::Invalid:
        sentences << tr("The current rules do not accept the answer to \u201C%1\u201D; answer it again.")
                         .arg(questionText(current.errorQuestion));
        break;
    }
    if (!saved) {
        sentences << tr("This file does not record the advice as it was saved, so the two cannot be compared.");
        m_text->setText(sentences.join(QLatin1Char(' ')));
        return;
    }
    const AdviceSummary before = AdviceSummary::of(*saved);
    sentences << tr("When the advice was saved it was %1.").arg(adviceText(before));
    const AdviceComparison comparison = AdviceComparison::compare(before, current);
    if (!comparison.changed()) {
        sentences << tr("The advice has not changed.");
    } else if (current.isComplete()) {
        if (comparison.verdictChanged)
            sentences << tr("The verdict differs.");
        else if (comparison.outcomeChanged)
            sentences << tr("The verdict is the same, but the advice rests on another outcome.");
        if (!comparison.groundsAdded.isEmpty())
            sentences << tr("Now also cited: %1.").arg(groundList(comparison.groundsAdded));
        if (!comparison.groundsRemoved.isEmpty())
            sentences << tr("No longer cited: %1.").arg(groundList(comparison.groundsRemoved));
    }
    m_text->setText(sentences.join(QLatin1Char(' ')));
}

} // namespace deelwijzer
