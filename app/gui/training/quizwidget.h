// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "quizcomparison.h"
#include "trainingcase.h"

#include <QWidget>

#include <optional>

class QButtonGroup;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTextBrowser;

namespace deelwijzer {

class AdviceSession;
class QuestionPage;
class RuleTextContext;

/// A quiz on one training case: (0) choose a case, unless one was chosen in the library,
/// (1) read the narrative and choose the verdict you expect,
/// (2) walk the questions (the app's own QuestionPage on a fresh AdviceSession), (3) see your
/// route and verdict compared with the model answer, question by question, with a score.
class QuizWidget : public QWidget
{
    Q_OBJECT

public:
    enum class Step { Choose, Narrative, Questions, Result };

    explicit QuizWidget(RuleTextContext *context, QWidget *parent = nullptr);

    void setCase(const TrainingCase &trainingCase);
    /// The cases offered by the chooser shown before a case is chosen.
    void setCaseList(const QList<TrainingCase> &cases);
    QListWidget *caseChooser() const { return m_chooser; }
    const std::optional<TrainingCase> &trainingCase() const { return m_case; }
    Step step() const { return m_step; }
    const QuizResult &result() const { return m_result; }
    QuestionPage *questionPage() const { return m_questionPage; }
    AdviceSession *session() const { return m_session; }
    QString resultText() const;

    /// Chooses the expected verdict (as the radio buttons do).
    void setGuess(std::optional<Verdict> verdict);
    std::optional<Verdict> guess() const;

public Q_SLOTS:
    void startQuestions();
    void restart();

Q_SIGNALS:
    /// The trainee's route and the model route, to highlight in the tree overview.
    void showRoutesRequested(const QStringList &traineeTrace, const QStringList &modelTrace);
    void handoutRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillChooser();
    void chooseCase();
    void showCurrentQuestion();
    void onNext();
    void onBack();
    void finish();
    void setStep(Step step);

    RuleTextContext *m_context;
    AdviceSession *m_session;
    std::optional<TrainingCase> m_case;
    QuizResult m_result;
    Step m_step = Step::Choose;
    QList<TrainingCase> m_cases;

    QStackedWidget *m_stack;
    QLabel *m_chooserLabel;
    QListWidget *m_chooser;
    QPushButton *m_chooseButton;
    QLabel *m_title;
    QTextBrowser *m_narrative;
    QLabel *m_guessLabel;
    QButtonGroup *m_guessGroup;
    QPushButton *m_startButton;
    QuestionPage *m_questionPage;
    QTextBrowser *m_resultView;
    QPushButton *m_routeButton;
    QPushButton *m_handoutButton;
    QPushButton *m_againButton;
};

} // namespace deelwijzer
