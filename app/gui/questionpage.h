// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QElapsedTimer>
#include <QStringList>
#include <QWidget>

#include <array>

class QAbstractButton;
class QLabel;
class QPushButton;
class QScrollArea;
class QToolButton;

namespace deelwijzer {

class AnswerSheet;
class GlossaryLabel;
class RuleTextContext;
struct Question;

/// One question per screen: the question, why it is asked, its answers with their hints,
/// and the honest "not sure" answers shown apart. Single-choice questions are radio buttons,
/// multiple-choice ones check boxes (an `exclusive` answer clears the others).
///
/// Keyboard: Tab, the arrow keys, Home/End and the first letters of an answer move between
/// answers, Space picks, 1-9 pick the n-th answer, Enter goes on once an answer is chosen
/// (Alt+Left/Alt+Right are the window's Back/Next).
class QuestionPage : public QWidget
{
    Q_OBJECT

public:
    explicit QuestionPage(RuleTextContext *context, QWidget *parent = nullptr);

    /// Shows `questionId` as question number `number`, with `selected` chosen. `prefilled`
    /// is true when the selection comes from the user's profile rather than an answer.
    void showQuestion(const QString &questionId, const QStringList &selected, int number, bool prefilled);
    const QString &questionId() const { return m_questionId; }
    /// The chosen answer ids, in rule order.
    QStringList selection() const;
    bool hasSelection() const { return !selection().isEmpty(); }
    void setBackEnabled(bool enabled);
    /// The answer buttons, in display order (not-sure answers last).
    QList<QAbstractButton *> answerButtons() const;
    QPushButton *nextButton() const { return m_nextButton; }
    QPushButton *backButton() const { return m_backButton; }
    /// Gives keyboard focus to the chosen (or first) answer.
    void focusAnswers();

Q_SIGNALS:
    void nextRequested();
    void backRequested();
    void selectionChanged();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuild();
    void onToggled(int index, bool checked);
    void updateNextButton();
    void updateKeysHint();
    const Question *question() const;
    /// Type-to-find: moves the focus to the answer starting with the letters typed; false
    /// when `event` is not a letter.
    bool findAnswer(QKeyEvent *event);
    static QString foldedForSearch(const QString &text);

    RuleTextContext *m_context;
    QString m_questionId;
    QStringList m_pendingSelection;
    int m_number = 1;
    bool m_prefilled = false;

    QScrollArea *m_scroll;
    QString m_typed;
    QElapsedTimer m_typedTimer;
    QLabel *m_progress;
    GlossaryLabel *m_text;
    QLabel *m_whyTitle;
    GlossaryLabel *m_why;
    QToolButton *m_helpToggle;
    GlossaryLabel *m_help;
    QLabel *m_keysHint;
    QPushButton *m_backButton;
    QPushButton *m_nextButton;
    /// Two sheets of answers, taking turns: each question is shown in the other one, so the
    /// focus lands on a new object in a new group and a screen reader announces the question.
    std::array<AnswerSheet *, 2> m_sheets{};
    int m_currentSheet = 0;
    AnswerSheet *sheet() const { return m_sheets[std::size_t(m_currentSheet)]; }
    bool m_updating = false;
};

} // namespace deelwijzer
