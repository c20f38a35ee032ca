// SPDX-License-Identifier: EUPL-1.2
#include "mainwindow.h"

#include "aboutboxes.h"
#include "adviceflow.h"
#include "advicedocument.h"
#include "advicepage.h"
#include "advicesession.h"
#include "answerchangenotice.h"
#include "autosave.h"
#include "diagnosticsdialog.h"
#include "documentprompts.h"
#include "focusscroller.h"
#include "groundviewer.h"
#include "highcontrastpalette.h"
#include "languagemanager.h"
#include "mainactions.h"
#include "markuprenderer.h"
#include "noticebar.h"
#include "pagestack.h"
#include "questionpage.h"
#include "referencefield.h"
#include "reviewpage.h"
#include "routemodel.h"
#include "routepanel.h"
#include "ruleset.h"
#include "rulesetcontroller.h"
#include "rulesetloader.h"
#include "rulesetstatus.h"
#include "savedadvicecomparison.h"
#include "ruletextcontext.h"
#include "settings.h"
#include "shortcutsdialog.h"
#include "startpage.h"
#include "termviewer.h"
#include "reportactions.h"
#include "reviewbookaction.h"
#include "verdictstyle.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListView>
#include <QLocale>
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
    , m_languages(new LanguageManager(this))
    , m_context(new RuleTextContext(this))
    , m_ruleSets(new RuleSetController(this))
    , m_document(new AdviceDocument(settings, autosaveFolder, this))
    , m_session(m_document->session())
    , m_prompts(new DocumentPrompts(m_document, this))
    , m_routeModel(new RouteModel(this))
    , m_baseFont(QApplication::font())
    , m_basePalette(QApplication::palette())
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(VerdictStyle::appIcon());
    FocusScroller::install();

    createPages();
    createCentralWidget();
    createStatusBar();
    m_flow = new AdviceFlow(m_session, m_stack, m_noticeBar, this);
    connect(m_flow, &AdviceFlow::questionRequested, this, &MainWindow::showQuestion);
    connect(m_flow, &AdviceFlow::pageRequested, this, &MainWindow::setPage);
    m_actions = new MainActions(this, menuBar());
    // The review book is about the rules in use, so it sits with the rule-set actions.
    m_actions->fileMenu->insertAction(m_actions->rulesFolderAction,
                                      new ReviewBookAction([this] { return m_context->rules(); }, m_settings, this));
    connectActions();
    connectSession();
    connectDocument();
    connectPages();
    applyPreferences();

    m_startPage->setRecentFiles(m_settings->recentFiles());
    updateRecentMenu();
    m_ruleSets->loadBuiltin();
    setPage(Page::Start);
    retranslateUi();
}

MainWindow::~MainWindow() = default;

void MainWindow::createPages()
{
    m_stack = new PageStack(m_context, m_ruleSets, this);
    m_startPage = m_stack->startPage();
    m_questionPage = m_stack->questionPage();
    m_reviewPage = m_stack->reviewPage();
    m_advicePage = m_stack->advicePage();
    m_routePanel = new RoutePanel(m_routeModel, this);
}

void MainWindow::createCentralWidget()
{
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("splitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_routePanel);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);

    // A notice bar for things the user must know but need not answer (e.g. changed rules).
    m_noticeBar = new NoticeBar(this);
    m_savedComparison = new SavedAdviceComparison(m_context, m_session, m_noticeBar);
    m_noticeBar->setDetail(m_savedComparison);

    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(6, 6, 6, 6);
    centralLayout->addWidget(m_noticeBar);
    centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);
}

void MainWindow::createStatusBar()
{
    m_rulesStatus = new QLabel(this);
    m_rulesStatus->setObjectName(QStringLiteral("rulesStatus"));
    m_autosaveStatus = new QLabel(this);
    m_autosaveStatus->setObjectName(QStringLiteral("autosaveStatus"));
    statusBar()->addWidget(m_autosaveStatus, 1);
    statusBar()->addPermanentWidget(m_rulesStatus);

    // A typed reference or a ticked condition is kept safe shortly after the last key.
    m_referenceAutosave = new QTimer(this);
    m_referenceAutosave->setSingleShot(true);
    m_referenceAutosave->setInterval(800);
    connect(m_referenceAutosave, &QTimer::timeout, m_document, &AdviceDocument::autosaveNow);
}

void MainWindow::connectActions()
{
    m_actions->connectTo(this);
    const MainActions *a = m_actions;
    connect(a->routeFocusAction, &QAction::triggered, this, [this] {
        if (m_routePanel->isVisible()) {
            if (m_routePanel->view()->hasFocus())
                m_stack->focusPage();
            else
                m_routePanel->view()->setFocus(Qt::ShortcutFocusReason);
        }
    });
    connect(a->largerAction, &QAction::triggered, this, [this] { setFontScale(m_fontScale + 25); });
    connect(a->smallerAction, &QAction::triggered, this, [this] { setFontScale(m_fontScale - 25); });
    connect(a->normalSizeAction, &QAction::triggered, this, [this] { setFontScale(100); });
    connect(a->routePanelAction, &QAction::toggled, this, [this](bool) { updateUi(); });
    connect(a->languageGroup, &QActionGroup::triggered, this,
            [this](QAction *action) { setLanguage(action->data().toString()); });
    connect(m_actions, &MainActions::recentFileChosen, this, [this](const QString &path) {
        if (m_prompts->maybeSave())
            openFile(path);
    });
}

void MainWindow::connectSession()
{
    connect(m_ruleSets, &RuleSetController::rulesChanged, this, &MainWindow::onRulesChanged);
    connect(m_ruleSets, &RuleSetController::loadFailed, this, &MainWindow::onRulesFailed);
    connect(m_session, &AdviceSession::changed, this, &MainWindow::updateUi);
    // Autosave after every answer, from a zero timer: the event loop lays out and paints the
    // next question first, then writes (the file is flushed to disk, which can take longer
    // than a frame).
    connect(m_session, &AdviceSession::answered, this,
            [this] { QTimer::singleShot(0, m_document, &AdviceDocument::autosaveNow); });
    connect(m_session, &AdviceSession::modifiedChanged, this, &MainWindow::updateWindowTitle);
    connect(m_session, &AdviceSession::answerChanged, this, [this](const AnswerChange &change) {
        const RuleSet *rules = m_context->rules();
        if (!rules)
            return;
        const bool complete = m_session->isComplete();
        const QString text = AnswerChangeNotice::forChange(*rules, m_context->language(), change, complete);
        // Said again in the new language after a switch, while the same rules are in use.
        m_noticeBar->showNotice(
            [this, rules, change, complete, text] {
                return m_context->rules() == rules
                           ? AnswerChangeNotice::forChange(*rules, m_context->language(), change, complete)
                           : text;
            },
            NoticeBar::Kind::AnswerChange);
    });
    connect(m_session, &AdviceSession::referenceChanged, this, [this](const QString &reference) {
        m_reviewPage->referenceField()->setReference(reference);
        m_advicePage->referenceField()->setReference(reference);
    });
    connect(m_context, &RuleTextContext::termRequested, this, &MainWindow::showTerm);
    connect(m_context, &RuleTextContext::groundRequested, this, &MainWindow::showGround);
    connect(m_context, &RuleTextContext::changed, this, [this] {
        m_routeModel->setRoute(m_context->rules(), m_context->language(), m_session->route(),
                               m_session->nextUnanswered(), m_session->current());
        updateRoles();
        updateRulesStatus();
    });
}

void MainWindow::connectDocument()
{
    connect(m_document->autosave(), &Autosave::saved, this, [this](const QDateTime &when) {
        setStatus([when] { return tr("Kept safe automatically at %1").arg(QLocale().toString(when.time(), QLocale::ShortFormat)); });
    });
    connect(m_document->autosave(), &Autosave::failed, this, [this](const QString &error) {
        // Not only in the status bar: the user must know the answers are not safe.
        setStatus([error] { return tr("Could not keep your answers safe: %1").arg(error); });
        showNotice([error] {
            return tr("Deelwijzer could not keep your answers safe automatically (%1). If Deelwijzer or the computer "
                      "stops now, they are lost. Save the advice yourself (Ctrl+S), if need be in another folder.")
                .arg(error);
        });
    });
    connect(m_document, &AdviceDocument::aboutToRestore, this, [this](AdviceDocument::Source source) {
        m_startPage->setRestoreOffer(QDateTime());
        m_noticeBar->hide();
        m_advicePage->clear();
        m_flow->setShowAdviceWhenComplete(source == AdviceDocument::Source::File); // a finished advice reopens as the advice
    });
    connect(m_document, &AdviceDocument::restored, this, [this](AdviceDocument::Source source) {
        showRestoreNotice(*m_context->rules());
        updateWindowTitle();
        if (source == AdviceDocument::Source::Autosave)
            setStatus([] { return tr("Your unfinished advice was restored."); });
    });
    connect(m_document, &AdviceDocument::saved, this, [this](const QString &path) {
        updateWindowTitle();
        setStatus([path] { return tr("Saved to %1").arg(QDir::toNativeSeparators(path)); });
    });
    connect(m_document, &AdviceDocument::recentFilesChanged, this, &MainWindow::updateRecentMenu);
}

void MainWindow::connectPages()
{
    connect(m_startPage, &StartPage::newAdviceRequested, this, &MainWindow::newAdvice);
    connect(m_startPage, &StartPage::continueRequested, this, &MainWindow::continueAdvice);
    connect(m_startPage, &StartPage::openRequested, this, &MainWindow::openAdvice);
    connect(m_startPage, &StartPage::openRecentRequested, this, [this](const QString &path) {
        if (m_prompts->maybeSave())
            openFile(path);
    });
    connect(m_startPage, &StartPage::restoreRequested, this, &MainWindow::restoreAutosave);
    connect(m_startPage, &StartPage::discardRestoreRequested, this, &MainWindow::discardAutosave);
    connect(m_startPage, &StartPage::roleChanged, this, [this](const QString &role) {
        m_settings->setRole(role);
        m_settings->sync();
    });
    connect(m_startPage, &StartPage::chooseRulesRequested, this, &MainWindow::openRuleSetFolder);
    connect(m_startPage, &StartPage::builtinRulesRequested, this, &MainWindow::useBuiltinRules);
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
    connect(m_advicePage, &AdvicePage::exportRequested, this, &MainWindow::exportAdvice);
    connect(m_advicePage, &AdvicePage::printRequested, this, &MainWindow::printAdvice);
    connect(m_advicePage, &AdvicePage::printPreviewRequested, this, &MainWindow::printPreview);
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

void MainWindow::applyPreferences()
{
    m_fontScale = m_settings->fontScale();
    if (m_fontScale != 100)
        setFontScale(m_fontScale);
    if (m_settings->highContrast())
        setHighContrast(true);
    setLanguage(m_settings->language());
    if (!restoreGeometry(m_settings->windowGeometry()))
        resize(fontMetrics().averageCharWidth() * 150, fontMetrics().height() * 42);
    restoreState(m_settings->windowState());
    m_splitter->setSizes({fontMetrics().averageCharWidth() * 38, fontMetrics().averageCharWidth() * 100});
}

Autosave *MainWindow::autosave() const
{
    return m_document->autosave();
}

GroundViewer *MainWindow::groundViewer() const
{
    if (!m_groundViewer)
        m_groundViewer = new GroundViewer(m_context, const_cast<MainWindow *>(this));
    return m_groundViewer;
}

TermViewer *MainWindow::termViewer() const
{
    if (!m_termViewer)
        m_termViewer = new TermViewer(m_context, const_cast<MainWindow *>(this));
    return m_termViewer;
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
    // The status texts are their own accessible names (a fixed name would hide them from a
    // screen reader); what they are is their description.
    m_autosaveStatus->setAccessibleDescription(tr("Autosave status"));
    m_rulesStatus->setAccessibleDescription(tr("Rules in use"));
    m_stack->setAccessibleName(tr("Advice"));
    if (m_statusText)
        m_autosaveStatus->setText(m_statusText());
    updateRecentMenu();
    updateRulesStatus();
    updateWindowTitle();
}

void MainWindow::updateRecentMenu()
{
    const QStringList files = m_settings->recentFiles();
    m_actions->setRecentFiles(files);
    m_startPage->setRecentFiles(files);
}

void MainWindow::setConfirmUnsaved(bool on)
{
    m_prompts->setConfirmUnsaved(on);
}

void MainWindow::updateRoles()
{
    QList<QPair<QString, QString>> roles;
    if (const RuleSet *rules = m_context->rules()) {
        if (const Question *q = rules->question(rules->info().roleQuestion)) {
            const MarkupRenderer renderer(rules, m_context->language());
            for (const Answer &a : q->answers) {
                if (!a.unsure)
                    roles.append({a.id, renderer.plain(a.label)});
            }
        }
    }
    m_startPage->setRoles(roles, m_settings->role());
}

void MainWindow::updateRulesStatus()
{
    const RuleSet *rules = m_context->rules();
    if (!rules) {
        m_rulesStatus->setText(tr("No rules loaded"));
        return;
    }
    const RuleSetInfo &info = rules->info();
    m_rulesStatus->setText(tr("Rules: %1 %2 (%3)").arg(info.id, info.version, RuleSetStatus::label(info.status)));
    m_rulesStatus->setToolTip(MarkupRenderer(rules, m_context->language()).plain(info.statusNote));
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
    bool prefilled = false;
    const RuleSet *rules = m_context->rules();
    if (selected.isEmpty() && rules && questionId == rules->info().roleQuestion && !m_settings->role().isEmpty()) {
        const Question *q = rules->question(questionId);
        if (q && q->answer(m_settings->role())) {
            selected = {m_settings->role()};
            prefilled = true;
        }
    }
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
    setStatus({});
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

// ---- print and export --------------------------------------------------------------------

ReportRequest MainWindow::reportRequest() const
{
    ReportRequest request;
    const Evaluation &evaluation = m_session->evaluation();
    if (!m_context->rules() || evaluation.status != Evaluation::Status::Complete || !evaluation.advice)
        return request;
    request.rules = m_context->rules();
    request.advice = &*evaluation.advice;
    request.language = m_context->language() == QLatin1String("en") ? ReportLanguage::English : ReportLanguage::Dutch;
    request.caseReference = m_session->reference();
    request.caseTitle = m_session->title();
    request.checkedConditions = m_session->checkedConditions();
    request.created = QDateTime::currentDateTime();
    return request;
}

void MainWindow::exportAdvice()
{
    const ReportRequest request = reportRequest();
    if (!request.advice)
        return;
    QString written;
    if (ReportActions::exportReport(request, this, m_settings->exportFolder(), &written)) {
        m_settings->setExportFolder(QFileInfo(written).absolutePath());
        m_settings->sync();
        setStatus([written] { return tr("Exported to %1").arg(QDir::toNativeSeparators(written)); });
    }
}

void MainWindow::printAdvice()
{
    const ReportRequest request = reportRequest();
    if (request.advice && ReportActions::print(request, this))
        setStatus([] { return tr("The advice was sent to the printer."); });
}

void MainWindow::printPreview()
{
    const ReportRequest request = reportRequest();
    if (request.advice)
        ReportActions::printPreview(request, this);
}

// ---- rule sets ---------------------------------------------------------------------------

bool MainWindow::confirmRestart()
{
    return !m_session->isStarted() || m_prompts->maybeSave();
}

void MainWindow::openRuleSetFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open a rule-set folder"), m_settings->lastFolder());
    if (folder.isEmpty())
        return;
    loadRuleSetFolder(folder);
}

bool MainWindow::loadRuleSetFolder(const QString &folder)
{
    // The folder is checked first: rules that do not load never cost the advice in progress.
    RuleSetLoadResult result = m_ruleSets->read(folder);
    if (!result.ok() || !confirmRestart())
        return false;
    m_ruleSets->use(std::move(result), folder);
    return true;
}

void MainWindow::useBuiltinRules()
{
    if (!confirmRestart())
        return;
    m_ruleSets->loadBuiltin();
}

void MainWindow::onRulesChanged()
{
    // New rules: the advice in progress (saved or discarded by now) starts over.
    m_document->setRules(m_ruleSets->rules());
    m_context->setRules(m_ruleSets->rules());
    m_advicePage->clear();
    m_flow->setShowAdviceWhenComplete(false);
    m_noticeBar->hide();
    if (!m_ruleSets->warnings().isEmpty() && !m_ruleSets->isBuiltin()) {
        const int count = m_ruleSets->warnings().warningCount();
        setStatus([count] { return tr("The rules loaded with %n warning(s).", nullptr, count); });
    }
    updateUi();
    // A copy kept after a crash stays on offer under the new rules (it is checked on restore).
    checkForAutosave();
    showStart();
}

void MainWindow::onRulesFailed(const QString &folder, const Diagnostics &diagnostics)
{
    const QString where = folder == RuleSetLoader::builtinPath() ? tr("the built-in rules")
                                                                 : QDir::toNativeSeparators(folder);
    QString summary = tr("The rule set in %1 has errors and was not loaded.").arg(where);
    if (m_context->rules())
        summary += QLatin1Char(' ') + tr("Deelwijzer keeps using the rules it had (%1 version %2).")
                                          .arg(m_context->rules()->info().id, m_context->rules()->info().version);
    m_prompts->showDiagnostics(summary, diagnostics);
}

void MainWindow::showRestoreNotice(const RuleSet &rules)
{
    const bool otherRules = m_session->savedUnderOtherRules();
    const std::vector<StaleAnswer> dropped = m_session->droppedOnRestore();
    if (!otherRules && dropped.empty())
        return;
    const QStringList ids = {m_session->savedRulesId(), m_session->savedRulesVersion(), rules.info().id,
                             rules.info().version};
    const RuleSet *shownUnder = &rules;
    showNotice([this, otherRules, dropped, ids, shownUnder] {
        QStringList notices;
        if (otherRules) {
            notices << tr("This advice was saved under the rules %1 version %2. The rules in use now (%3 version %4) "
                          "differ, so the advice shown follows the current rules and may differ from the saved one.")
                           .arg(ids[0], ids[1], ids[2], ids[3]);
        }
        // The dropped answers are named by the rules' texts: only while those rules are in use.
        if (!dropped.empty() && m_context->rules() == shownUnder)
            notices << AnswerChangeNotice::forRestore(*shownUnder, m_context->language(), dropped);
        return notices.join(QLatin1Char(' '));
    });
    if (otherRules)
        m_savedComparison->showComparison();
}

void MainWindow::showNotice(std::function<QString()> text)
{
    m_noticeBar->showNotice(std::move(text));
}

void MainWindow::setStatus(std::function<QString()> text)
{
    m_statusText = std::move(text);
    m_autosaveStatus->setText(m_statusText ? m_statusText() : QString());
}

void MainWindow::showShortcuts()
{
    if (!m_shortcuts)
        m_shortcuts = new ShortcutsDialog(this);
    m_shortcuts->show();
    m_shortcuts->raise();
    m_shortcuts->activateWindow();
}

// ---- viewers -----------------------------------------------------------------------------

void MainWindow::showTerm(const QString &termId)
{
    termViewer()->showTerm(termId);
}

void MainWindow::showGround(const QString &groundId)
{
    groundViewer()->showGround(groundId);
}

void MainWindow::showAboutRules()
{
    if (const RuleSet *rules = m_context->rules())
        AboutBoxes::showRules(this, *rules, m_context->language());
}

void MainWindow::showAbout()
{
    AboutBoxes::showApp(this);
}

// ---- preferences -------------------------------------------------------------------------

void MainWindow::setLanguage(const QString &language)
{
    if (!m_languages->setLanguage(language))
        return;
    m_context->setLanguage(language);
    m_settings->setLanguage(language);
    for (QAction *action : m_actions->languageGroup->actions())
        action->setChecked(action->data().toString() == language);
}

void MainWindow::setFontScale(int percent)
{
    m_fontScale = std::clamp(percent, int(Settings::MinFontScale), int(Settings::MaxFontScale));
    QFont font = m_baseFont;
    if (m_baseFont.pointSizeF() > 0)
        font.setPointSizeF(m_baseFont.pointSizeF() * m_fontScale / 100.0);
    else
        font.setPixelSize(m_baseFont.pixelSize() * m_fontScale / 100);
    QApplication::setFont(font);
    m_settings->setFontScale(m_fontScale);
    // The route panel keeps a readable width for the new text size.
    const int total = std::max(m_splitter->width(), 900);
    const int route = std::min(QFontMetrics(font).averageCharWidth() * 34, total * 2 / 5);
    m_splitter->setSizes({route, std::max(total - route, 1)});
    if (m_actions->largerAction) {
        m_actions->largerAction->setEnabled(m_fontScale < Settings::MaxFontScale);
        m_actions->smallerAction->setEnabled(m_fontScale > Settings::MinFontScale);
    }
}

void MainWindow::setHighContrast(bool on)
{
    QApplication::setPalette(on ? HighContrastPalette::palette() : m_basePalette);
    m_settings->setHighContrast(on);
    if (m_actions->highContrastAction && m_actions->highContrastAction->isChecked() != on)
        m_actions->highContrastAction->setChecked(on);
}

// ---- events ------------------------------------------------------------------------------

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_prompts->maybeSave()) {
        event->ignore();
        return;
    }
    m_document->close();
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->sync();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

} // namespace deelwijzer
