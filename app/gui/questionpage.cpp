// SPDX-License-Identifier: EUPL-1.2
#include "questionpage.h"

#include "accessiblerole.h"
#include "evaluator.h"
#include "glossarylabel.h"
#include "markuprenderer.h"
#include "optionbuttons.h"
#include "pagestyle.h"
#include "ruleset.h"
#include "ruletextcontext.h"

#include <QApplication>
#include <QButtonGroup>
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

    m_answersTitle = PageStyle::headingLabel(content, QStringLiteral("answersTitle"));
    m_answersBox = new QWidget(content);
    m_answersBox->setObjectName(QStringLiteral("answersBox"));
    // A group named by the question: entering it, a screen reader says the question first.
    AccessibleRole::set(m_answersBox, QAccessible::Grouping);
    m_answersLayout = new QVBoxLayout(m_answersBox);
    m_answersLayout->setContentsMargins(0, 0, 0, 0);

    m_unsureTitle = PageStyle::headingLabel(content, QStringLiteral("unsureTitle"));
    m_unsureIntro = PageStyle::textLabel(content, QStringLiteral("unsureIntro"));
    m_unsureBox = new QWidget(content);
    m_unsureBox->setObjectName(QStringLiteral("unsureBox"));
    AccessibleRole::set(m_unsureBox, QAccessible::Grouping);
    m_unsureLayout = new QVBoxLayout(m_unsureBox);
    m_unsureLayout->setContentsMargins(0, 0, 0, 0);

    m_radioGroup = new QButtonGroup(this);
    connect(m_radioGroup, &QButtonGroup::idToggled, this, &QuestionPage::onToggled);

    m_prefillNote = PageStyle::textLabel(content, QStringLiteral("prefillNote"));
    m_prefillNote->hide();

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
    column->addWidget(m_answersTitle);
    column->addWidget(m_answersBox);
    column->addWidget(m_prefillNote);
    column->addSpacing(gap);
    column->addWidget(m_unsureTitle);
    column->addWidget(m_unsureIntro);
    column->addWidget(m_unsureBox);
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
    // The answer buttons are re-used: the focused one may become the first answer of the new
    // question (a focus that does not move is never announced), or be hidden (Qt then passes
    // the focus to Next and Back first). Let it go before the page changes and come back after,
    // so a screen reader says the new question (the group's name) and its answer first.
    if (QWidget *focused = QApplication::focusWidget(); focused && isAncestorOf(focused))
        focused->clearFocus();
    rebuild();
    // Every question opens at its top (the question first); when it already has an answer
    // (going back), focusing that answer then scrolls it into view below the question.
    QCoreApplication::sendPostedEvents(m_scroll->widget(), QEvent::LayoutRequest);
    m_scroll->verticalScrollBar()->setValue(0);
    focusAnswers();
}

QAbstractButton *QuestionPage::pooledButton(ButtonKind kind, int slot)
{
    const auto [type, unsure] = kind;
    // Answer buttons are kept and re-used from question to question: creating, polishing and
    // showing two dozen widgets was the largest cost of moving to the next question.
    QWidget *box = unsure ? m_unsureBox : m_answersBox;
    QVBoxLayout *layout = unsure ? m_unsureLayout : m_answersLayout;
    auto &pool = m_pools[kind];
    while (int(pool.size()) <= slot) {
        QAbstractButton *button = nullptr;
        switch (type) {
        case QuestionType::Multiple:
            button = new OptionCheckBox(box);
            // Check boxes stay out of any QButtonGroup: in a group only one of them would be
            // reachable with Tab.
            connect(button, &QAbstractButton::toggled, this, [this, button](bool checked) {
                const auto index = m_buttons.indexOf(button);
                if (index >= 0)
                    onToggled(int(index), checked);
            });
            break;
        case QuestionType::Single:
            button = new OptionRadioButton(box);
            // Radio buttons share one exclusive group: one tab stop, arrows move and pick.
            m_radioGroup->addButton(button);
            break;
        }
        button->setFocusPolicy(Qt::StrongFocus);
        layout->addWidget(button);
        button->hide();
        pool.push_back(button);
    }
    return pool[std::size_t(slot)];
}

void QuestionPage::rebuild()
{
    m_updating = true;
    // Clear every pooled button (the radio group must allow "none chosen" for that).
    m_radioGroup->setExclusive(false);
    for (auto &[kind, pool] : m_pools) {
        for (QAbstractButton *button : pool)
            button->setChecked(false);
    }
    m_buttons.clear();
    m_answerIds.clear();

    const Question *q = question();
    if (!q) {
        for (auto &[kind, pool] : m_pools) {
            for (QAbstractButton *button : pool)
                button->hide();
        }
        m_radioGroup->setExclusive(true);
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

    int index = 0;
    std::map<ButtonKind, int> used;
    bool anyUnsure = false;
    // Regular answers first, then the honest "not sure" answers apart.
    for (bool unsurePass : {false, true}) {
        for (const Answer &a : q->answers) {
            if (a.unsure != unsurePass)
                continue;
            const ButtonKind kind{q->type, unsurePass};
            QAbstractButton *button = pooledButton(kind, used[kind]++);
            const QString label = renderer.plain(a.label);
            const QString hint = renderer.plain(a.hint);
            switch (q->type) {
            case QuestionType::Multiple:
                static_cast<OptionCheckBox *>(button)->setContent(label, hint);
                break;
            case QuestionType::Single:
                static_cast<OptionRadioButton *>(button)->setContent(label, hint);
                m_radioGroup->setId(button, index);
                break;
            }
            button->setObjectName(QStringLiteral("answer_") + a.id);
            button->setProperty("answerId", a.id);
            // Glossary terms in the label or hint are explained on hover.
            QStringList tips;
            for (const QString &term : renderer.termsIn(a.label.text(lang) + QLatin1Char(' ') + a.hint.text(lang)))
                tips << renderer.termTooltip(term);
            button->setToolTip(tips.join(QString()));
            button->show(); // now, not later: it must be able to take the focus at once
            m_buttons.append(button);
            m_answerIds.push_back(a.id);
            if (m_pendingSelection.contains(a.id))
                button->setChecked(true);
            anyUnsure = anyUnsure || unsurePass;
            ++index;
        }
    }
    // The pooled buttons this question does not need.
    for (auto &[kind, pool] : m_pools) {
        for (std::size_t i = std::size_t(used[kind]); i < pool.size(); ++i)
            pool[i]->hide();
    }
    m_radioGroup->setExclusive(true);
    m_unsureTitle->setVisible(anyUnsure);
    m_unsureIntro->setVisible(anyUnsure);
    m_unsureBox->setVisible(anyUnsure);

    // Tab order: answers in display order, then Next.
    QWidget *previous = m_helpToggle;
    for (QAbstractButton *button : std::as_const(m_buttons)) {
        setTabOrder(previous, button);
        previous = button;
    }
    setTabOrder(previous, m_nextButton);
    setTabOrder(m_nextButton, m_backButton);

    m_updating = false;
    retranslateUi();
    updateNextButton();
}

QStringList QuestionPage::selection() const
{
    QStringList ids;
    const Question *q = question();
    if (!q)
        return ids;
    // In rule order, whatever the display order.
    for (const Answer &a : q->answers) {
        for (int i = 0; i < m_buttons.size(); ++i) {
            if (m_answerIds[std::size_t(i)] == a.id && m_buttons[i]->isChecked())
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
        const QStringList chosen = Evaluator::select(*q, selection(), m_answerIds[std::size_t(index)]);
        for (int i = 0; i < m_buttons.size(); ++i) {
            if (!chosen.contains(m_answerIds[std::size_t(i)]))
                m_buttons[i]->setChecked(false);
        }
        m_updating = false;
    }
    if (m_prefilled) {
        m_prefilled = false;
        m_prefillNote->hide();
    }
    updateNextButton();
    updateKeysHint();
    Q_EMIT selectionChanged();
}

void QuestionPage::updateNextButton()
{
    m_nextButton->setEnabled(hasSelection());
    m_prefillNote->setVisible(m_prefilled && hasSelection());
}

void QuestionPage::setBackEnabled(bool enabled)
{
    m_backButton->setEnabled(enabled);
}

void QuestionPage::focusAnswers()
{
    for (QAbstractButton *button : std::as_const(m_buttons)) {
        if (button->isChecked()) {
            button->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    if (!m_buttons.isEmpty())
        m_buttons.first()->setFocus(Qt::OtherFocusReason);
}

void QuestionPage::keyPressEvent(QKeyEvent *event)
{
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
        && !m_buttons.isEmpty()) {
        (event->key() == Qt::Key_Home ? m_buttons.first() : m_buttons.last())->setFocus(Qt::ShortcutFocusReason);
        event->accept();
        return;
    }
    if (findAnswer(event)) {
        event->accept();
        return;
    }
    if (event->key() >= Qt::Key_1 && event->key() <= Qt::Key_9 && event->modifiers() == Qt::NoModifier) {
        const int n = event->key() - Qt::Key_1;
        if (n < m_buttons.size()) {
            QAbstractButton *button = m_buttons[n];
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
    if (typed.isEmpty() || !typed.at(0).isLetter() || (event->modifiers() & ~Qt::ShiftModifier) || m_buttons.isEmpty())
        return false;
    if (!m_typedTimer.isValid() || m_typedTimer.elapsed() > 1000)
        m_typed.clear();
    m_typedTimer.start();
    m_typed += typed;
    const auto focused = m_buttons.indexOf(qobject_cast<QAbstractButton *>(focusWidget()));
    // Repeating one letter steps through the answers starting with it; more letters refine
    // the search from the answer with the focus.
    const bool repeat = m_typed.size() > 1 && m_typed.count(m_typed.at(0)) == m_typed.size();
    const QString prefix = repeat ? m_typed.left(1) : m_typed;
    const qsizetype start = focused < 0 ? 0 : (m_typed.size() == 1 || repeat ? focused + 1 : focused);
    for (qsizetype i = 0; i < m_buttons.size(); ++i) {
        QAbstractButton *button = m_buttons[(start + i) % m_buttons.size()];
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
    m_answersTitle->setText(
        PageStyle::heading((multiple ? tr("Choose all that apply") : tr("Choose one answer")).toHtmlEscaped(), 3));
    m_answersBox->setAccessibleName(q ? MarkupRenderer(m_context->rules(), m_context->language()).plain(q->text) : QString());
    m_answersBox->setAccessibleDescription(multiple ? tr("Answers, choose all that apply") : tr("Answers, choose one"));
    m_unsureTitle->setText(PageStyle::heading(tr("Not sure?").toHtmlEscaped(), 3));
    m_unsureIntro->setText(tr("\"Not sure\" is an honest answer. Deelwijzer will not guess: the advice then tells "
                              "you what to find out or whom to consult."));
    m_unsureBox->setAccessibleName(tr("Not sure"));
    m_prefillNote->setText(tr("Filled in from your role. Choose another answer if it is different this time."));
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
