// SPDX-License-Identifier: EUPL-1.2
#include "questionpage.h"

#include "answersheet.h"
#include "evaluator.h"
#include "focusring.h"
#include "glossarylabel.h"
#include "markuprenderer.h"
#include "pagestyle.h"
#include "ruleset.h"
#include "ruletextcontext.h"

#include <QApplication>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace deelwijzer {

QuestionPage::QuestionPage(RuleTextContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    new FocusRing(this); // texts and the scrolling page show where the focus is
    setObjectName(QStringLiteral("questionPage"));
    auto *content = new PageContent;
    content->setObjectName(QStringLiteral("questionContent"));

    m_progress = PageStyle::textLabel(content, QStringLiteral("questionProgress"));
    m_text = new GlossaryLabel(context, content);
    m_text->setObjectName(QStringLiteral("questionText"));
    m_whyTitle = PageStyle::headingLabel(content, QStringLiteral("whyTitle"));
    m_why = new GlossaryLabel(context, content);
    m_why->setObjectName(QStringLiteral("questionWhy"));
    m_helpToggle = new QToolButton(content);
    m_helpToggle->setObjectName(QStringLiteral("helpToggle"));
    m_helpToggle->setCheckable(true);
    m_helpToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_helpToggle->setArrowType(Qt::RightArrow);
    m_helpToggle->setAutoRaise(true);
    m_help = new GlossaryLabel(context, content);
    m_help->setObjectName(QStringLiteral("questionHelp"));
    m_help->hide();

    for (AnswerSheet *&answers : m_sheets) {
        answers = new AnswerSheet(content);
        answers->hide();
        connect(answers, &AnswerSheet::toggled, this, &QuestionPage::onToggled);
    }

    auto *column = new QVBoxLayout(content);
    const int gap = PageStyle::spacing(this);
    column->setSpacing(gap);
    column->addWidget(m_progress);
    column->addWidget(m_text);
    column->addWidget(m_whyTitle);
    column->addWidget(m_why);
    column->addWidget(m_helpToggle, 0, Qt::AlignLeft);
    column->addWidget(m_help);
    column->addSpacing(gap / 2);
    for (AnswerSheet *answers : m_sheets)
        column->addWidget(answers);
    column->addStretch(1);

    QScrollArea *scroll = PageStyle::scrollArea(this, content, QStringLiteral("questionScroll"));
    m_scroll = scroll;

    m_keysHint = PageStyle::textLabel(this, QStringLiteral("keysHint"));
    m_backButton = new QPushButton(this);
    m_backButton->setObjectName(QStringLiteral("backButton"));
    m_backButton->setAutoDefault(true);
    m_nextButton = new QPushButton(this);
    m_nextButton->setObjectName(QStringLiteral("nextButton"));
    m_nextButton->setAutoDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_backButton);
    buttons->addWidget(m_keysHint, 1);
    buttons->addWidget(m_nextButton);

    auto *outer = new QVBoxLayout(this);
    outer->addWidget(scroll, 1);
    outer->addLayout(buttons);

    connect(m_helpToggle, &QToolButton::toggled, this, [this](bool on) {
        if (on && question())
            m_help->setRuleText(question()->help);
        m_help->setVisible(on);
        m_helpToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(m_nextButton, &QPushButton::clicked, this, &QuestionPage::nextRequested);
    connect(m_backButton, &QPushButton::clicked, this, &QuestionPage::backRequested);
    connect(m_context, &RuleTextContext::changed, this, [this] {
        if (!m_questionId.isEmpty()) {
            m_pendingSelection = selection();
            rebuild();
        }
    });
    retranslateUi();
}

const Question *QuestionPage::question() const
{
    return m_context->rules() ? m_context->rules()->question(m_questionId) : nullptr;
}

void QuestionPage::showQuestion(const QString &questionId, const QStringList &selected, int number, bool prefilled)
{
    m_questionId = questionId;
    m_pendingSelection = selected;
    m_number = number;
    m_prefilled = prefilled;
    m_helpToggle->setChecked(false);
    m_typed.clear();
    // The new question goes into the other sheet of answers: its answer is a new object in a
    // new group, so a screen reader says the question (the group's name) and then the answer.
    // The focus leaves the old sheet before it hides (Qt would pass it on to Next and Back).
    if (QWidget *focused = QApplication::focusWidget(); focused && isAncestorOf(focused))
        focused->clearFocus();
    m_currentSheet = 1 - m_currentSheet;
    rebuild();
    // Every question opens at its top (the question first); when it already has an answer
    // (going back), focusing that answer then scrolls it into view below the question.
    QCoreApplication::sendPostedEvents(m_scroll->widget(), QEvent::LayoutRequest);
    m_scroll->verticalScrollBar()->setValue(0);
    focusAnswers();
}

void QuestionPage::rebuild()
{
    m_updating = true;
    AnswerSheet *shown = sheet();
    // The other sheet keeps its buttons as they are (hidden with it): re-showing them one by
    // one for its next question would cost more than the question itself.
    for (AnswerSheet *answers : m_sheets) {
        if (answers != shown)
            answers->hide();
    }
    const Question *q = question();
    if (!q) {
        shown->clear();
        m_updating = false;
        return;
    }
    const QString lang = m_context->language();
    const MarkupRenderer renderer(m_context->rules(), lang);

    m_text->setHtml(PageStyle::heading(renderer.inlineHtml(q->text), 1));
    m_text->setAccessibleName(renderer.plain(q->text));
    m_why->setRuleText(q->why);
    m_why->setVisible(!q->why.isEmpty());
    m_whyTitle->setVisible(!q->why.isEmpty());
    // The longer explanation is rendered only when asked for.
    m_help->setRuleText(m_helpToggle->isChecked() ? q->help : LocalizedText());
    m_helpToggle->setVisible(!q->help.isEmpty());
    m_help->setVisible(!q->help.isEmpty() && m_helpToggle->isChecked());

    shown->showAnswers(*q, renderer, lang, m_pendingSelection);
    shown->show();

    // Tab order: answers in display order, then Next.
    QWidget *previous = m_helpToggle;
    for (QAbstractButton *button : shown->buttons()) {
        setTabOrder(previous, button);
        previous = button;
    }
    setTabOrder(previous, m_nextButton);
    setTabOrder(m_nextButton, m_backButton);

    m_updating = false;
    retranslateUi();
    updateNextButton();
}

QList<QAbstractButton *> QuestionPage::answerButtons() const
{
    return sheet()->buttons();
}

QStringList QuestionPage::selection() const
{
    QStringList ids;
    const Question *q = question();
    if (!q)
        return ids;
    // In rule order, whatever the display order.
    for (const Answer &a : q->answers) {
        const auto &buttons = sheet()->buttons();
        for (int i = 0; i < buttons.size(); ++i) {
            if (sheet()->answerIds()[std::size_t(i)] == a.id && buttons[i]->isChecked())
                ids << a.id;
        }
    }
    return ids;
}

void QuestionPage::onToggled(int index, bool checked)
{
    if (m_updating)
        return;
    const Question *q = question();
    if (q && checked) {
        // The engine says which answers the pick leaves chosen ("not sure" and exclusive
        // answers cannot be combined with others).
        m_updating = true;
        const auto &ids = sheet()->answerIds();
        const auto &buttons = sheet()->buttons();
        const QStringList chosen = Evaluator::select(*q, selection(), ids[std::size_t(index)]);
        for (int i = 0; i < buttons.size(); ++i) {
            if (!chosen.contains(ids[std::size_t(i)]))
                buttons[i]->setChecked(false);
        }
        m_updating = false;
    }
    if (m_prefilled) {
        m_prefilled = false;
        sheet()->setPrefillNoteVisible(false);
    }
    updateNextButton();
    updateKeysHint();
    Q_EMIT selectionChanged();
}

void QuestionPage::updateNextButton()
{
    m_nextButton->setEnabled(hasSelection());
    sheet()->setPrefillNoteVisible(m_prefilled && hasSelection());
}

void QuestionPage::setBackEnabled(bool enabled)
{
    m_backButton->setEnabled(enabled);
}

void QuestionPage::focusAnswers()
{
    const auto &buttons = sheet()->buttons();
    for (QAbstractButton *button : buttons) {
        if (button->isChecked()) {
            button->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    if (!buttons.isEmpty())
        buttons.first()->setFocus(Qt::OtherFocusReason);
}

void QuestionPage::keyPressEvent(QKeyEvent *event)
{
    const auto &buttons = sheet()->buttons();
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && !(event->modifiers() & ~Qt::KeypadModifier)) {
        // Enter goes on only after a deliberate choice: it never picks the focused answer
        // (Enter, Enter would otherwise answer the next question with its first answer).
        if (hasSelection())
            Q_EMIT nextRequested();
        else
            m_keysHint->setText(tr("Choose an answer first: Space picks the answer with the focus frame."));
        event->accept();
        return;
    }
    if ((event->key() == Qt::Key_Home || event->key() == Qt::Key_End) && event->modifiers() == Qt::NoModifier
        && !buttons.isEmpty()) {
        (event->key() == Qt::Key_Home ? buttons.first() : buttons.last())->setFocus(Qt::ShortcutFocusReason);
        event->accept();
        return;
    }
    if (findAnswer(event)) {
        event->accept();
        return;
    }
    if (event->key() >= Qt::Key_1 && event->key() <= Qt::Key_9 && event->modifiers() == Qt::NoModifier) {
        const int n = event->key() - Qt::Key_1;
        if (n < buttons.size()) {
            QAbstractButton *button = buttons[n];
            button->setFocus(Qt::ShortcutFocusReason);
            if (question() && question()->type == QuestionType::Multiple)
                button->toggle();
            else
                button->setChecked(true);
            event->accept();
            return;
        }
    }
    QWidget::keyPressEvent(event);
}

bool QuestionPage::findAnswer(QKeyEvent *event)
{
    // Type-to-find: the first letters of an answer move the focus to it (they never choose it).
    const QString typed = event->text();
    const auto &buttons = sheet()->buttons();
    if (typed.isEmpty() || !typed.at(0).isLetter() || (event->modifiers() & ~Qt::ShiftModifier) || buttons.isEmpty())
        return false;
    if (!m_typedTimer.isValid() || m_typedTimer.elapsed() > 1000)
        m_typed.clear();
    m_typedTimer.start();
    m_typed += typed;
    const auto focused = buttons.indexOf(qobject_cast<QAbstractButton *>(focusWidget()));
    // Repeating one letter steps through the answers starting with it; more letters refine
    // the search from the answer with the focus.
    const bool repeat = m_typed.size() > 1 && m_typed.count(m_typed.at(0)) == m_typed.size();
    const QString prefix = repeat ? m_typed.left(1) : m_typed;
    const qsizetype start = focused < 0 ? 0 : (m_typed.size() == 1 || repeat ? focused + 1 : focused);
    for (qsizetype i = 0; i < buttons.size(); ++i) {
        QAbstractButton *button = buttons[(start + i) % buttons.size()];
        if (foldedForSearch(button->text()).startsWith(foldedForSearch(prefix))) {
            button->setFocus(Qt::ShortcutFocusReason);
            return true;
        }
    }
    return true; // no answer starts so: the letter is used up, nothing moves
}

QString QuestionPage::foldedForSearch(const QString &text)
{
    // Case and accents do not matter ("e" finds "É"); leading quotes and brackets are skipped.
    QString folded;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c.isLetterOrNumber() || (c.isSpace() && !folded.isEmpty()))
            folded += c.toCaseFolded();
    }
    return folded;
}

void QuestionPage::updateKeysHint()
{
    m_keysHint->setText(question() && question()->type == QuestionType::Multiple
                            ? tr("Keys: Tab, arrows or first letters to move, Space to tick, Enter to go on")
                            : tr("Keys: Tab, arrows or first letters to move, Space or 1–9 to choose, Enter to go on"));
}

void QuestionPage::retranslateUi()
{
    m_progress->setText(tr("Question %1").arg(m_number));
    m_whyTitle->setText(PageStyle::heading(tr("Why we ask").toHtmlEscaped(), 3));
    m_helpToggle->setText(tr("More explanation"));
    m_helpToggle->setAccessibleName(tr("Show more explanation"));
    const Question *q = question();
    const bool multiple = q && q->type == QuestionType::Multiple;
    sheet()->retranslateUi(q ? MarkupRenderer(m_context->rules(), m_context->language()).plain(q->text) : QString(),
                           multiple);
    updateKeysHint();
    m_backButton->setText(tr("&Back"));
    m_backButton->setAccessibleName(tr("Back to the previous question"));
    m_nextButton->setText(tr("&Next"));
    m_nextButton->setAccessibleName(tr("Next"));
}

void QuestionPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace deelwijzer
