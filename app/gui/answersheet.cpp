// SPDX-License-Identifier: EUPL-1.2
#include "answersheet.h"

#include "accessiblerole.h"
#include "markuprenderer.h"
#include "optionbuttons.h"
#include "pagestyle.h"
#include "ruleset.h"

#include <QButtonGroup>
#include <QLabel>
#include <QVBoxLayout>

namespace deelwijzer {

AnswerSheet::AnswerSheet(QWidget *parent)
    : QWidget(parent)
{
    // A group named by the question: entering it, a screen reader says the question first.
    AccessibleRole::set(this, QAccessible::Grouping);
    m_answersTitle = PageStyle::headingLabel(this, QStringLiteral("answersTitle"));
    m_answersBox = new QWidget(this);
    m_answersBox->setObjectName(QStringLiteral("answersBox"));
    m_answersLayout = new QVBoxLayout(m_answersBox);
    m_answersLayout->setContentsMargins(0, 0, 0, 0);
    m_prefillNote = PageStyle::textLabel(this, QStringLiteral("prefillNote"));
    m_prefillNote->hide();
    m_unsureTitle = PageStyle::headingLabel(this, QStringLiteral("unsureTitle"));
    m_unsureIntro = PageStyle::textLabel(this, QStringLiteral("unsureIntro"));
    m_unsureBox = new QWidget(this);
    m_unsureBox->setObjectName(QStringLiteral("unsureBox"));
    AccessibleRole::set(m_unsureBox, QAccessible::Grouping);
    m_unsureLayout = new QVBoxLayout(m_unsureBox);
    m_unsureLayout->setContentsMargins(0, 0, 0, 0);
    // The "not sure" heading and intro label that group: a screen reader does not read them
    // out with every question that opens, only as the group's description when the focus enters it.
    m_unsureTitle->setBuddy(m_unsureBox);
    m_unsureIntro->setBuddy(m_unsureBox);

    m_radioGroup = new QButtonGroup(this);
    connect(m_radioGroup, &QButtonGroup::idToggled, this, [this](int index, bool checked) {
        if (!m_updating)
            Q_EMIT toggled(index, checked);
    });

    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    const int gap = PageStyle::spacing(this);
    column->setSpacing(gap);
    column->addWidget(m_answersTitle);
    column->addWidget(m_answersBox);
    column->addWidget(m_prefillNote);
    column->addSpacing(gap);
    column->addWidget(m_unsureTitle);
    column->addWidget(m_unsureIntro);
    column->addWidget(m_unsureBox);
}

QAbstractButton *AnswerSheet::pooledButton(ButtonKind kind, int slot)
{
    const auto [type, unsure] = kind;
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
                if (index >= 0 && !m_updating)
                    Q_EMIT toggled(int(index), checked);
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

void AnswerSheet::uncheckAll()
{
    // The radio group must allow "none chosen" for that.
    m_radioGroup->setExclusive(false);
    for (auto &[kind, pool] : m_pools) {
        for (QAbstractButton *button : pool)
            button->setChecked(false);
    }
    m_radioGroup->setExclusive(true);
}

void AnswerSheet::clear()
{
    m_updating = true;
    uncheckAll();
    for (auto &[kind, pool] : m_pools) {
        for (QAbstractButton *button : pool)
            button->hide();
    }
    m_buttons.clear();
    m_answerIds.clear();
    m_updating = false;
}

void AnswerSheet::showAnswers(const Question &question, const MarkupRenderer &renderer, const QString &lang,
                              const QStringList &selected)
{
    m_updating = true;
    uncheckAll();
    m_buttons.clear();
    m_answerIds.clear();

    int index = 0;
    std::map<ButtonKind, int> used;
    bool anyUnsure = false;
    // Regular answers first, then the honest "not sure" answers apart.
    for (bool unsurePass : {false, true}) {
        for (const Answer &a : question.answers) {
            if (a.unsure != unsurePass)
                continue;
            const ButtonKind kind{question.type, unsurePass};
            QAbstractButton *button = pooledButton(kind, used[kind]++);
            const QString label = renderer.plain(a.label);
            const QString hint = renderer.plain(a.hint);
            switch (question.type) {
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
            if (selected.contains(a.id))
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
    m_unsureTitle->setVisible(anyUnsure);
    m_unsureIntro->setVisible(anyUnsure);
    m_unsureBox->setVisible(anyUnsure);
    m_updating = false;
}

void AnswerSheet::setPrefillNoteVisible(bool visible)
{
    m_prefillNote->setVisible(visible);
}

void AnswerSheet::retranslateUi(const QString &questionText, bool multiple)
{
    m_answersTitle->setText(
        PageStyle::heading((multiple ? tr("Choose all that apply") : tr("Choose one answer")).toHtmlEscaped(), 3));
    setAccessibleName(questionText);
    setAccessibleDescription(multiple ? tr("Answers, choose all that apply") : tr("Answers, choose one"));
    m_prefillNote->setText(tr("Filled in from your role. Choose another answer if it is different this time."));
    m_unsureTitle->setText(PageStyle::heading(tr("Not sure?").toHtmlEscaped(), 3));
    m_unsureIntro->setText(tr("\"Not sure\" is an honest answer. Deelwijzer will not guess: the advice then tells "
                              "you what to find out or whom to consult."));
    m_unsureBox->setAccessibleName(tr("Not sure"));
    m_unsureBox->setAccessibleDescription(m_unsureIntro->text());
}

} // namespace deelwijzer
