// SPDX-License-Identifier: EUPL-1.2
#include "quizwidget.h"

#include "advicesession.h"
#include "questionpage.h"
#include "quizreport.h"
#include "ruleset.h"
#include "ruletextcontext.h"
#include "verdictstyle.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace deelwijzer {

namespace {

QStringList traceOf(const Advice &advice)
{
    QStringList nodes;
    for (const TraceStep &step : advice.trace)
        nodes.append(step.node);
    return nodes;
}

} // namespace

QuizWidget::QuizWidget(RuleTextContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_session(new AdviceSession(this))
    , m_stack(new QStackedWidget(this))
    , m_chooserLabel(new QLabel(this))
    , m_chooser(new QListWidget(this))
    , m_chooseButton(new QPushButton(this))
    , m_title(new QLabel(this))
    , m_narrative(new QTextBrowser(this))
    , m_guessLabel(new QLabel(this))
    , m_guessGroup(new QButtonGroup(this))
    , m_startButton(new QPushButton(this))
    , m_questionPage(new QuestionPage(context, this))
    , m_resultView(new QTextBrowser(this))
    , m_routeButton(new QPushButton(this))
    , m_handoutButton(new QPushButton(this))
    , m_againButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("quizWidget"));
    m_startButton->setObjectName(QStringLiteral("quizStart"));
    m_resultView->setObjectName(QStringLiteral("quizResult"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);

    // Step 0: which case (when the quiz tab is opened before a case was chosen in the library).
    m_chooser->setObjectName(QStringLiteral("quizCaseChooser"));
    m_chooseButton->setObjectName(QStringLiteral("quizChooseCase"));
    m_chooserLabel->setWordWrap(true);
    m_chooserLabel->setBuddy(m_chooser);
    auto *choosePage = new QWidget(this);
    auto *chooseLayout = new QVBoxLayout(choosePage);
    chooseLayout->addWidget(m_chooserLabel);
    chooseLayout->addWidget(m_chooser, 1);
    auto *chooseRow = new QHBoxLayout;
    chooseRow->addStretch(1);
    chooseRow->addWidget(m_chooseButton);
    chooseLayout->addLayout(chooseRow);
    connect(m_chooser, &QListWidget::itemActivated, this, &QuizWidget::chooseCase);
    connect(m_chooseButton, &QPushButton::clicked, this, &QuizWidget::chooseCase);
    connect(m_chooser, &QListWidget::currentRowChanged, this,
            [this](int row) { m_chooseButton->setEnabled(row >= 0); });

    // Step 1: narrative and the verdict the trainee expects.
    auto *narrativePage = new QWidget(this);
    auto *narrativeLayout = new QVBoxLayout(narrativePage);
    narrativeLayout->addWidget(m_narrative, 1);
    narrativeLayout->addWidget(m_guessLabel);
    auto *guesses = new QVBoxLayout;
    int index = 0;
    for (const QString &id : allVerdictIds()) {
        auto *button = new QRadioButton(narrativePage);
        button->setIcon(VerdictStyle::icon(*verdictFromId(id)));
        button->setProperty("verdict", id);
        m_guessGroup->addButton(button, index++);
        guesses->addWidget(button);
    }
    narrativeLayout->addLayout(guesses);
    auto *startRow = new QHBoxLayout;
    startRow->addStretch(1);
    startRow->addWidget(m_startButton);
    narrativeLayout->addLayout(startRow);
    m_startButton->setDefault(true);

    // Step 3: the comparison.
    auto *resultPage = new QWidget(this);
    auto *resultLayout = new QVBoxLayout(resultPage);
    resultLayout->addWidget(m_resultView, 1);
    auto *resultButtons = new QHBoxLayout;
    resultButtons->addWidget(m_againButton);
    resultButtons->addStretch(1);
    resultButtons->addWidget(m_routeButton);
    resultButtons->addWidget(m_handoutButton);
    resultLayout->addLayout(resultButtons);

    m_stack->addWidget(choosePage);
    m_stack->addWidget(narrativePage);
    m_stack->addWidget(m_questionPage);
    m_stack->addWidget(resultPage);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_stack, 1);

    connect(m_startButton, &QPushButton::clicked, this, &QuizWidget::startQuestions);
    connect(m_questionPage, &QuestionPage::nextRequested, this, &QuizWidget::onNext);
    connect(m_questionPage, &QuestionPage::backRequested, this, &QuizWidget::onBack);
    connect(m_againButton, &QPushButton::clicked, this, &QuizWidget::restart);
    connect(m_handoutButton, &QPushButton::clicked, this, &QuizWidget::handoutRequested);
    connect(m_routeButton, &QPushButton::clicked, this, [this] {
        Q_EMIT showRoutesRequested(m_result.traineeAdvice ? traceOf(*m_result.traineeAdvice) : QStringList(),
                                   traceOf(m_result.modelAdvice));
    });
    connect(m_context, &RuleTextContext::changed, this, [this] {
        if (m_case)
            m_title->setText(m_case->file.title.text(m_context->language()));
        fillChooser();
        if (m_step == Step::Result && m_context->rules())
            m_resultView->setHtml(QuizReport(*m_context->rules(), m_context->language()).resultHtml(m_result));
    });
    retranslateUi();
    setStep(Step::Choose);
}

void QuizWidget::setCaseList(const QList<TrainingCase> &cases)
{
    m_cases = cases;
    fillChooser();
}

void QuizWidget::fillChooser()
{
    const int row = m_chooser->currentRow();
    m_chooser->clear();
    for (const TrainingCase &c : std::as_const(m_cases)) {
        const QString title = c.file.title.text(m_context->language());
        m_chooser->addItem(title.isEmpty() ? c.id : title);
    }
    m_chooser->setCurrentRow(row >= 0 && row < m_chooser->count() ? row : (m_chooser->count() > 0 ? 0 : -1));
    m_chooseButton->setEnabled(m_chooser->currentRow() >= 0);
}

void QuizWidget::chooseCase()
{
    const int row = m_chooser->currentRow();
    if (row >= 0 && row < m_cases.size())
        setCase(m_cases.at(row));
}

void QuizWidget::setCase(const TrainingCase &trainingCase)
{
    m_case = trainingCase;
    restart();
}

void QuizWidget::restart()
{
    if (!m_case)
        return;
    const QString language = m_context->language();
    m_title->setText(m_case->file.title.text(language));
    const QString narrative = m_case->file.narrative.text(language);
    m_narrative->setPlainText(narrative.isEmpty() ? tr("This case has no narrative.") : narrative);
    QFont font = m_narrative->font();
    font.setPointSizeF(QWidget::font().pointSizeF() * 1.25);
    m_narrative->setFont(font);
    setGuess(std::nullopt);
    m_result = QuizResult();
    setStep(Step::Narrative);
}

void QuizWidget::setGuess(std::optional<Verdict> verdict)
{
    m_guessGroup->setExclusive(false);
    for (QAbstractButton *button : m_guessGroup->buttons())
        button->setChecked(verdict && button->property("verdict").toString() == verdictId(*verdict));
    m_guessGroup->setExclusive(true);
}

std::optional<Verdict> QuizWidget::guess() const
{
    if (QAbstractButton *button = m_guessGroup->checkedButton())
        return verdictFromId(button->property("verdict").toString());
    return std::nullopt;
}

void QuizWidget::startQuestions()
{
    if (!m_case || !m_context->rules())
        return;
    m_session->setRules(m_context->sharedRules());
    m_session->start();
    setStep(Step::Questions);
    showCurrentQuestion();
}

void QuizWidget::showCurrentQuestion()
{
    if (m_session->isComplete() && m_session->current().isEmpty()) {
        finish();
        return;
    }
    const QString id = m_session->current();
    m_questionPage->showQuestion(id, m_session->answers().value(id), m_session->position(id) + 1, false);
    m_questionPage->setBackEnabled(true);
    m_questionPage->focusAnswers();
}

void QuizWidget::onNext()
{
    const QString id = m_questionPage->questionId();
    if (!m_questionPage->hasSelection())
        return;
    m_session->answer(id, m_questionPage->selection());
    if (m_session->isComplete())
        finish();
    else
        showCurrentQuestion();
}

void QuizWidget::onBack()
{
    const QString previous = m_session->previousQuestion();
    if (previous.isEmpty()) {
        setStep(Step::Narrative);
        return;
    }
    m_session->goTo(previous);
    showCurrentQuestion();
}

void QuizWidget::finish()
{
    if (!m_case || !m_context->rules())
        return;
    m_result = QuizComparison(*m_context->rules()).compare(m_case->file, m_session->answers(), guess());
    m_resultView->setHtml(QuizReport(*m_context->rules(), m_context->language()).resultHtml(m_result));
    setStep(Step::Result);
}

QString QuizWidget::resultText() const
{
    return m_resultView->toPlainText();
}

void QuizWidget::setStep(Step step)
{
    m_step = step;
    m_stack->setCurrentIndex(int(step));
    m_title->setVisible(step != Step::Choose);
    if (step == Step::Choose)
        m_chooser->setFocus();
    else if (step == Step::Narrative)
        m_narrative->setFocus();
    else if (step == Step::Result)
        m_resultView->setFocus();
}

void QuizWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void QuizWidget::retranslateUi()
{
    m_chooserLabel->setText(tr("Choose the &case for the quiz (Enter starts it):"));
    m_chooser->setAccessibleName(tr("Cases for the quiz"));
    m_chooseButton->setText(tr("Start the quiz on this case"));
    m_guessLabel->setText(tr("Which verdict do you expect? Choose before you walk the questions."));
    const QString language = m_context->language();
    for (QAbstractButton *button : m_guessGroup->buttons())
        button->setText(VerdictStyle::label(*verdictFromId(button->property("verdict").toString()), language));
    m_startButton->setText(tr("Walk the questions"));
    m_routeButton->setText(tr("Show the model route in the rule tree"));
    m_handoutButton->setText(tr("Handout of this case…"));
    m_againButton->setText(tr("Try again"));
}

} // namespace deelwijzer
