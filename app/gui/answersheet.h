// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

#include <map>
#include <utility>
#include <vector>

class QAbstractButton;
class QButtonGroup;
class QLabel;
class QVBoxLayout;

namespace deelwijzer {

enum class QuestionType;

class MarkupRenderer;
struct Question;

/// The answers of one question on screen: a group named by the question holding its answer
/// buttons, and the honest "not sure" answers apart in a group of their own. Single-choice
/// questions are radio buttons, multiple-choice ones check boxes.
///
/// Buttons are kept and re-used from question to question (creating, polishing and showing two
/// dozen widgets was the largest cost of moving on). QuestionPage keeps two sheets and shows the
/// next question in the other one: a screen reader announces a focus only when it lands on
/// another object, and names only the groups the focus enters, so a new question must put the
/// focus on a button of another group.
class AnswerSheet : public QWidget
{
    Q_OBJECT

public:
    explicit AnswerSheet(QWidget *parent = nullptr);

    /// Shows the answers of `question` in `lang` with `selected` chosen.
    void showAnswers(const Question &question, const MarkupRenderer &renderer, const QString &lang,
                     const QStringList &selected);
    /// Hides every button (no question).
    void clear();
    /// The buttons of the question on screen, in display order (not-sure answers last).
    const QList<QAbstractButton *> &buttons() const { return m_buttons; }
    /// The answer id of each button, in the same order.
    const std::vector<QString> &answerIds() const { return m_answerIds; }
    void setPrefillNoteVisible(bool visible);
    /// Texts that depend on the UI language and the question's type and wording.
    void retranslateUi(const QString &questionText, bool multiple);

Q_SIGNALS:
    /// The user (not showAnswers) ticked or cleared the button at `index`.
    void toggled(int index, bool checked);

private:
    /// Which pool an answer button comes from: the question type and whether it is a "not sure" answer.
    using ButtonKind = std::pair<QuestionType, bool>;
    QAbstractButton *pooledButton(ButtonKind kind, int slot);
    void uncheckAll();

    QLabel *m_answersTitle;
    QWidget *m_answersBox;
    QVBoxLayout *m_answersLayout;
    QLabel *m_prefillNote;
    QLabel *m_unsureTitle;
    QLabel *m_unsureIntro;
    QWidget *m_unsureBox;
    QVBoxLayout *m_unsureLayout;
    QButtonGroup *m_radioGroup;
    std::map<ButtonKind, std::vector<QAbstractButton *>> m_pools;
    QList<QAbstractButton *> m_buttons;
    std::vector<QString> m_answerIds;
    bool m_updating = false;
};

} // namespace deelwijzer
