// SPDX-License-Identifier: EUPL-1.2
#include "mainwindow.h"

#include "adviceflow.h"
#include "advicedocument.h"
#include "advicepage.h"
#include "advicesession.h"
#include "autosave.h"
#include "diagnosticsdialog.h"
#include "documentprompts.h"
#include "focusscroller.h"
#include "infowindows.h"
#include "mainactions.h"
#include "noticebar.h"
#include "questionpage.h"
#include "recentfiles.h"
#include "referencefield.h"
#include "reportcommands.h"
#include "reviewbookaction.h"
#include "reviewpage.h"
#include "rolepreference.h"
#include "routemodel.h"
#include "routepanel.h"
#include "rulesetcommands.h"
#include "rulesetcontroller.h"
#include "ruletextcontext.h"
#include "sessionnotices.h"
#include "startpage.h"
#include "statusline.h"
#include "verdictstyle.h"
#include "windowpreferences.h"

#include <QAction>
#include <QCloseEvent>
#include <QFileInfo>
#include <QListView>
#include <QMenuBar>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace deelwijzer {

MainWindow::MainWindow(Settings *settings, const QString &autosaveFolder, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_context(new RuleTextContext(this))
    , m_ruleSets(new RuleSetController(this))
    , m_document(new AdviceDocument(settings, autosaveFolder, this))
    , m_session(m_document->session())
    , m_prompts(new DocumentPrompts(m_document, this))
    , m_routeModel(new RouteModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(VerdictStyle::appIcon());
    FocusScroller::install();
    createWidgets();
    createHelpers();
    connectActions();
    connectSession();
    connectDocument();
    connectPages();
    m_preferences->apply();
    m_ruleSets->loadBuiltin();
    setPage(Page::Start);
    retranslateUi();
}

MainWindow::~MainWindow() = default;

void MainWindow::createWidgets()
{
    m_stack = new PageStack(m_context, m_ruleSets, this);
    m_startPage = m_stack->startPage();
    m_questionPage = m_stack->questionPage();
    m_reviewPage = m_stack->reviewPage();
    m_advicePage = m_stack->advicePage();
    m_routePanel = new RoutePanel(m_routeModel, this);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("splitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_routePanel);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);

    // A notice bar for things the user must know but need not answer (e.g. changed rules).
    m_noticeBar = new NoticeBar(this);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(6, 6, 6, 6);
    centralLayout->addWidget(m_noticeBar);
    centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    // A typed reference or a ticked condition is kept safe shortly after the last key.
    m_referenceAutosave = new QTimer(this);
    m_referenceAutosave->setSingleShot(true);
    m_referenceAutosave->setInterval(800);
    connect(m_referenceAutosave, &QTimer::timeout, m_document, &AdviceDocument::autosaveNow);
}

void MainWindow::createHelpers()
{
    m_actions = new MainActions(this, menuBar());
    // The review book is about the rules in use, so it sits with the rule-set actions.
    m_actions->fileMenu->insertAction(m_actions->rulesFolderAction,
                                      new ReviewBookAction([this] { return m_context->rules(); }, m_settings, this));
    m_flow = new AdviceFlow(m_session, m_stack, m_noticeBar, this);
    m_status = new StatusLine(statusBar(), m_context, m_document);
    new SessionNotices(m_noticeBar, m_document, m_context);
    m_preferences = new WindowPreferences(m_settings, m_context, m_actions, m_splitter, this);
    m_ruleSetCommands = new RuleSetCommands(m_ruleSets, m_session, m_prompts, m_settings, m_status, this);
    m_ruleSetCommands->connectTo(m_actions, m_startPage);
    m_reports = new ReportCommands(m_session, m_context, m_settings, m_status, this);
    m_reports->connectTo(m_actions, m_advicePage);
    new RecentFiles(m_settings, m_document, m_prompts, m_actions, m_startPage);
    m_role = new RolePreference(m_settings, m_context, m_startPage);
    m_infoWindows = new InfoWindows(m_context, m_actions, this);
}

void MainWindow::connectActions()
{
    m_actions->connectTo(this);
    connect(m_flow, &AdviceFlow::questionRequested, this, &MainWindow::showQuestion);
    connect(m_flow, &AdviceFlow::pageRequested, this, &MainWindow::setPage);
    connect(m_actions->routeFocusAction, &QAction::triggered, this, [this] {
        if (m_routePanel->isVisible()) {
            if (m_routePanel->view()->hasFocus())
                m_stack->focusPage();
            else
                m_routePanel->view()->setFocus(Qt::ShortcutFocusReason);
        }
    });
    connect(m_actions->routePanelAction, &QAction::toggled, this, [this](bool) { updateUi(); });
}

void MainWindow::connectSession()
{
    connect(m_ruleSets, &RuleSetController::rulesChanged, this, &MainWindow::onRulesChanged);
    connect(m_session, &AdviceSession::changed, this, &MainWindow::updateUi);
    // Autosave after every answer, from a zero timer: the event loop lays out and paints the
    // next question first, then writes (the file is flushed to disk, which can take longer
    // than a frame).
    connect(m_session, &AdviceSession::answered, this,
            [this] { QTimer::singleShot(0, m_document, &AdviceDocument::autosaveNow); });
    connect(m_session, &AdviceSession::modifiedChanged, this, &MainWindow::updateWindowTitle);
    connect(m_session, &AdviceSession::referenceChanged, this, [this](const QString &reference) {
        m_reviewPage->referenceField()->setReference(reference);
        m_advicePage->referenceField()->setReference(reference);
    });
    connect(m_context, &RuleTextContext::changed, this, [this] {
        m_routeModel->setRoute(m_context->rules(), m_context->language(), m_session->route(),
                               m_session->nextUnanswered(), m_session->current());
    });
}

void MainWindow::connectDocument()
{
    connect(m_document, &AdviceDocument::aboutToRestore, this, [this](AdviceDocument::Source source) {
        m_startPage->setRestoreOffer(QDateTime());
        m_advicePage->clear();
        m_flow->setShowAdviceWhenComplete(source == AdviceDocument::Source::File); // a finished advice reopens as the advice
    });
    connect(m_document, &AdviceDocument::restored, this, &MainWindow::updateWindowTitle);
    connect(m_document, &AdviceDocument::saved, this, &MainWindow::updateWindowTitle);
}

void MainWindow::connectPages()
{
    connect(m_startPage, &StartPage::newAdviceRequested, this, &MainWindow::newAdvice);
    connect(m_startPage, &StartPage::continueRequested, this, &MainWindow::continueAdvice);
    connect(m_startPage, &StartPage::openRequested, this, &MainWindow::openAdvice);
    connect(m_startPage, &StartPage::restoreRequested, this, &MainWindow::restoreAutosave);
    connect(m_startPage, &StartPage::discardRestoreRequested, this, &MainWindow::discardAutosave);
    connect(m_questionPage, &QuestionPage::nextRequested, this, &MainWindow::goNext);
    connect(m_questionPage, &QuestionPage::backRequested, this, &MainWindow::goBack);
    connect(m_questionPage, &QuestionPage::selectionChanged, this, &MainWindow::updateActions);
    connect(m_reviewPage, &ReviewPage::changeRequested, this, &MainWindow::goToQuestion);
    connect(m_reviewPage, &ReviewPage::adviceRequested, this, &MainWindow::showAdvice);
    connect(m_reviewPage, &ReviewPage::backRequested, this, &MainWindow::goBack);
    for (ReferenceField *field : {m_reviewPage->referenceField(), m_advicePage->referenceField()}) {
        connect(field, &ReferenceField::referenceEdited, this, [this](const QString &text) {
            m_session->setReference(text);
            m_referenceAutosave->start();
        });
    }
    connect(m_advicePage, &AdvicePage::saveRequested, this, &MainWindow::save);
    connect(m_advicePage, &AdvicePage::newAdviceRequested, this, &MainWindow::newAdvice);
    connect(m_advicePage, &AdvicePage::reviewRequested, this, &MainWindow::showReview);
    connect(m_advicePage, &AdvicePage::changeRequested, this, &MainWindow::goToQuestion);
    connect(m_advicePage, &AdvicePage::conditionToggled, this, [this](const QString &id, bool checked) {
        m_session->setConditionChecked(id, checked);
        m_referenceAutosave->start(); // kept safe like a typed reference
    });
    connect(m_routePanel, &RoutePanel::questionActivated, this, &MainWindow::goToQuestion);
    connect(m_routePanel, &RoutePanel::adviceActivated, this, [this] {
        if (m_session->isComplete())
            showReview();
    });
}

Autosave *MainWindow::autosave() const
{
    return m_document->autosave();
}

LanguageManager *MainWindow::languageManager() const
{
    return m_preferences->languageManager();
}

int MainWindow::fontScale() const
{
    return m_preferences->fontScale();
}

GroundViewer *MainWindow::groundViewer() const
{
    return m_infoWindows->groundViewer();
}

TermViewer *MainWindow::termViewer() const
{
    return m_infoWindows->termViewer();
}

DiagnosticsDialog *MainWindow::diagnosticsDialog() const
{
    return m_prompts->diagnosticsDialog();
}

QString MainWindow::noticeText() const
{
    return m_noticeBar->text();
}

void MainWindow::retranslateUi()
{
    m_actions->retranslate();
    m_status->retranslate();
    m_stack->setAccessibleName(tr("Advice"));
    updateWindowTitle();
}

void MainWindow::setConfirmUnsaved(bool on)
{
    m_prompts->setConfirmUnsaved(on);
}

void MainWindow::updateWindowTitle()
{
    QString name;
    if (!m_session->isStarted())
        name = QString();
    else if (!m_session->filePath().isEmpty())
        name = QFileInfo(m_session->filePath()).fileName();
    else
        name = tr("New advice");
    setWindowTitle(name.isEmpty() ? QStringLiteral("Deelwijzer") : QStringLiteral("%1[*] — Deelwijzer").arg(name));
    setWindowModified(m_session->isModified());
}

// ---- pages -------------------------------------------------------------------------------

void MainWindow::setPage(Page page)
{
    m_stack->setPage(page);
    m_routePanel->setVisible(page != Page::Start && m_actions->routePanelAction->isChecked());
    updateActions();
}

void MainWindow::updateUi()
{
    if (!m_session->isStarted()) {
        m_routeModel->clear();
        setPage(Page::Start);
        updateWindowTitle();
        return;
    }
    m_routeModel->setRoute(m_context->rules(), m_context->language(), m_session->route(), m_session->nextUnanswered(),
                           m_session->current());
    m_flow->follow();
    updateWindowTitle();
    updateActions();
}

void MainWindow::showQuestion(const QString &questionId)
{
    const int position = m_session->position(questionId);
    QStringList selected = m_session->answers().value(questionId);
    // A new advice finds the user's role already chosen on the role question.
    const bool prefilled = selected.isEmpty() && !m_role->prefill(questionId).isEmpty();
    if (prefilled)
        selected = m_role->prefill(questionId);
    const bool samePage = m_stack->page() == Page::Question && m_questionPage->questionId() == questionId
                          && m_questionPage->selection() == selected;
    if (!samePage)
        m_questionPage->showQuestion(questionId, selected, position + 1, prefilled);
    m_questionPage->setBackEnabled(position > 0);
    setPage(Page::Question);
    if (!samePage)
        m_questionPage->focusAnswers();
}

void MainWindow::updateActions()
{
    MainActions::State state;
    state.page = m_stack->page();
    state.started = m_session->isStarted();
    state.complete = m_session->isComplete();
    state.earlierQuestion = !m_session->previousQuestion().isEmpty();
    state.answerChosen = m_questionPage->hasSelection();
    state.answeredAny = !m_session->route().empty();
    state.rulesLoaded = m_context->rules() != nullptr;
    state.builtinRules = m_ruleSets->isBuiltin();
    m_actions->update(state);
    m_startPage->newAdviceButton()->setEnabled(state.rulesLoaded);
}

void MainWindow::newAdvice()
{
    if (!m_context->rules() || !m_prompts->maybeSave())
        return;
    if (!m_session->isStarted() && m_document->hasAutosave()) {
        // The copy kept after a crash is never thrown away unasked (restore is the default).
        switch (m_prompts->askAboutCrashCopy()) {
        case DocumentPrompts::CrashCopyChoice::Restore:
            m_prompts->restoreAutosave();
            return;
        case DocumentPrompts::CrashCopyChoice::Cancel:
            return;
        case DocumentPrompts::CrashCopyChoice::Discard:
            break;
        }
    }
    m_startPage->setRestoreOffer(QDateTime());
    m_noticeBar->hide();
    m_flow->setShowAdviceWhenComplete(false);
    m_advicePage->clear();
    m_document->startNew();
    m_status->setMessage({});
}

void MainWindow::continueAdvice()
{
    m_flow->continueAdvice();
}

void MainWindow::goNext()
{
    m_flow->goNext();
}

void MainWindow::goBack()
{
    m_flow->goBack();
}

void MainWindow::goToQuestion(const QString &questionId)
{
    m_flow->goToQuestion(questionId);
}

void MainWindow::showReview()
{
    m_flow->showReview();
}

void MainWindow::showAdvice()
{
    m_flow->showAdvice();
}

void MainWindow::showStart()
{
    m_flow->showStart();
}

// ---- files -------------------------------------------------------------------------------

void MainWindow::openAdvice()
{
    m_prompts->open();
}

bool MainWindow::openFile(const QString &path)
{
    return m_prompts->openFile(path);
}

bool MainWindow::save()
{
    return m_prompts->save();
}

bool MainWindow::saveAs()
{
    return m_prompts->saveAs();
}

bool MainWindow::saveTo(const QString &path)
{
    return m_prompts->saveTo(path);
}

void MainWindow::checkForAutosave()
{
    m_startPage->setRestoreOffer(m_document->autosaveTime());
}

void MainWindow::restoreAutosave()
{
    m_prompts->restoreAutosave();
}

void MainWindow::discardAutosave()
{
    m_document->discardAutosave();
    m_startPage->setRestoreOffer(QDateTime());
    m_startPage->newAdviceButton()->setFocus();
}

// ---- rule sets ---------------------------------------------------------------------------

bool MainWindow::loadRuleSetFolder(const QString &folder)
{
    return m_ruleSetCommands->loadFolder(folder);
}

void MainWindow::useBuiltinRules()
{
    m_ruleSetCommands->useBuiltin();
}

void MainWindow::onRulesChanged()
{
    // New rules: the advice in progress (saved or discarded by now) starts over.
    m_document->setRules(m_ruleSets->rules());
    m_context->setRules(m_ruleSets->rules());
    m_advicePage->clear();
    m_flow->setShowAdviceWhenComplete(false);
    m_noticeBar->hide();
    updateUi();
    // A copy kept after a crash stays on offer under the new rules (it is checked on restore).
    checkForAutosave();
    showStart();
}

void MainWindow::showGround(const QString &groundId)
{
    m_infoWindows->showGround(groundId);
}

// ---- preferences -------------------------------------------------------------------------

void MainWindow::setLanguage(const QString &language)
{
    m_preferences->setLanguage(language);
}

void MainWindow::setFontScale(int percent)
{
    m_preferences->setFontScale(percent);
}

void MainWindow::setHighContrast(bool on)
{
    m_preferences->setHighContrast(on);
}

// ---- events ------------------------------------------------------------------------------

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_prompts->maybeSave()) {
        event->ignore();
        return;
    }
    m_document->close();
    m_preferences->saveWindow();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

} // namespace deelwijzer
