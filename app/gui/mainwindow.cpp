// SPDX-License-Identifier: EUPL-1.2
#include "mainwindow.h"

#include "advicepage.h"
#include "advicesession.h"
#include "answerchangenotice.h"
#include "autosave.h"
#include "casefile.h"
#include "diagnosticsdialog.h"
#include "focusscroller.h"
#include "groundviewer.h"
#include "highcontrastpalette.h"
#include "languagemanager.h"
#include "markuprenderer.h"
#include "questionpage.h"
#include "referencefield.h"
#include "reviewpage.h"
#include "routemodel.h"
#include "routepanel.h"
#include "shortcutsdialog.h"
#include "ruleset.h"
#include "rulesetcontroller.h"
#include "rulesetloader.h"
#include "rulesetstatus.h"
#include "savedadvicecomparison.h"
#include "ruletextcontext.h"
#include "settings.h"
#include "startpage.h"
#include "termviewer.h"
#include "verdictstyle.h"

#include "reportactions.h"
#include "reviewbookaction.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace deelwijzer {

MainWindow::MainWindow(Settings *settings, const QString &autosaveFolder, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_languages(new LanguageManager(this))
    , m_context(new RuleTextContext(this))
    , m_ruleSets(new RuleSetController(this))
    , m_session(new AdviceSession(this))
    , m_autosave(new Autosave(autosaveFolder, this))
    , m_routeModel(new RouteModel(this))
    , m_baseFont(QApplication::font())
    , m_basePalette(QApplication::palette())
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(VerdictStyle::appIcon());
    FocusScroller::install();

    m_startPage = new StartPage(m_context, m_ruleSets, this);
    m_questionPage = new QuestionPage(m_context, this);
    m_reviewPage = new ReviewPage(m_context, this);
    m_advicePage = new AdvicePage(m_context, this);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("pages"));
    m_stack->addWidget(m_startPage);
    m_stack->addWidget(m_questionPage);
    m_stack->addWidget(m_reviewPage);
    m_stack->addWidget(m_advicePage);

    m_routePanel = new RoutePanel(m_routeModel, this);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("splitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_routePanel);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);

    // A notice bar for things the user must know but need not answer (e.g. changed rules).
    m_noticeBar = new QWidget(this);
    m_noticeBar->setObjectName(QStringLiteral("noticeBar"));
    m_noticeLabel = new QLabel(m_noticeBar);
    m_noticeLabel->setObjectName(QStringLiteral("noticeText"));
    m_noticeLabel->setWordWrap(true);
    m_noticeLabel->setTextFormat(Qt::PlainText);
    auto *noticeIcon = new QLabel(m_noticeBar);
    noticeIcon->setPixmap(VerdictStyle::warningPixmap(fontMetrics().height()));
    auto *noticeClose = new QToolButton(m_noticeBar);
    noticeClose->setObjectName(QStringLiteral("noticeClose"));
    noticeClose->setText(QStringLiteral("×"));
    noticeClose->setAutoRaise(true);
    auto *noticeLayout = new QHBoxLayout(m_noticeBar);
    noticeLayout->addWidget(noticeIcon, 0, Qt::AlignTop);
    m_savedComparison = new SavedAdviceComparison(m_context, m_session, m_noticeBar);
    auto *noticeText = new QVBoxLayout;
    noticeText->addWidget(m_noticeLabel);
    noticeText->addWidget(m_savedComparison);
    noticeLayout->addLayout(noticeText, 1);
    noticeLayout->addWidget(noticeClose, 0, Qt::AlignTop);
    m_noticeBar->hide();
    connect(noticeClose, &QToolButton::clicked, m_noticeBar, &QWidget::hide);

    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(6, 6, 6, 6);
    centralLayout->addWidget(m_noticeBar);
    centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    m_rulesStatus = new QLabel(this);
    m_rulesStatus->setObjectName(QStringLiteral("rulesStatus"));
    m_autosaveStatus = new QLabel(this);
    m_autosaveStatus->setObjectName(QStringLiteral("autosaveStatus"));
    statusBar()->addWidget(m_autosaveStatus, 1);
    statusBar()->addPermanentWidget(m_rulesStatus);

    m_referenceAutosave = new QTimer(this);
    m_referenceAutosave->setSingleShot(true);
    m_referenceAutosave->setInterval(800);
    connect(m_referenceAutosave, &QTimer::timeout, this, &MainWindow::autosaveNow);

    createActions();
    createMenus();

    // Engine and session.
    connect(m_ruleSets, &RuleSetController::rulesChanged, this, &MainWindow::onRulesChanged);
    connect(m_ruleSets, &RuleSetController::loadFailed, this, &MainWindow::onRulesFailed);
    connect(m_session, &AdviceSession::changed, this, &MainWindow::updateUi);
    // Autosave after every answer, from a zero timer: the event loop lays out and paints the
    // next question first, then writes (the file is flushed to disk, which can take longer
    // than a frame).
    connect(m_session, &AdviceSession::answered, this, [this] { QTimer::singleShot(0, this, &MainWindow::autosaveNow); });
    connect(m_session, &AdviceSession::modifiedChanged, this, &MainWindow::updateWindowTitle);
    connect(m_session, &AdviceSession::answerChanged, this, [this](const AnswerChange &change) {
        const RuleSet *rules = m_context->rules();
        if (!rules)
            return;
        const bool complete = m_session->isComplete();
        const QString text = AnswerChangeNotice::forChange(*rules, m_context->language(), change, complete);
        // Said again in the new language after a switch, while the same rules are in use.
        showNotice([this, rules, change, complete, text] {
            return m_context->rules() == rules
                       ? AnswerChangeNotice::forChange(*rules, m_context->language(), change, complete)
                       : text;
        });
        m_noticeIsAnswerChange = true;
    });
    connect(m_session, &AdviceSession::referenceChanged, this, [this](const QString &reference) {
        m_reviewPage->referenceField()->setReference(reference);
        m_advicePage->referenceField()->setReference(reference);
    });
    connect(m_autosave, &Autosave::saved, this, [this](const QDateTime &when) {
        setStatus([when] { return tr("Kept safe automatically at %1").arg(QLocale().toString(when.time(), QLocale::ShortFormat)); });
    });
    connect(m_autosave, &Autosave::failed, this, [this](const QString &error) {
        // Not only in the status bar: the user must know the answers are not safe.
        setStatus([error] { return tr("Could not keep your answers safe: %1").arg(error); });
        showNotice([error] {
            return tr("Deelwijzer could not keep your answers safe automatically (%1). If Deelwijzer or the computer "
                      "stops now, they are lost. Save the advice yourself (Ctrl+S), if need be in another folder.")
                .arg(error);
        });
    });
    connect(m_context, &RuleTextContext::termRequested, this, &MainWindow::showTerm);
    connect(m_context, &RuleTextContext::groundRequested, this, &MainWindow::showGround);
    connect(m_context, &RuleTextContext::changed, this, [this] {
        m_routeModel->setRoute(m_context->rules(), m_context->language(), m_session->route(),
                               m_session->nextUnanswered(), m_session->current());
        updateRoles();
        updateRulesStatus();
    });

    // Pages.
    connect(m_startPage, &StartPage::newAdviceRequested, this, &MainWindow::newAdvice);
    connect(m_startPage, &StartPage::continueRequested, this, &MainWindow::continueAdvice);
    connect(m_startPage, &StartPage::openRequested, this, &MainWindow::openAdvice);
    connect(m_startPage, &StartPage::openRecentRequested, this, [this](const QString &path) {
        if (maybeSave())
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
    connect(m_reviewPage->referenceField(), &ReferenceField::referenceEdited, this, [this](const QString &text) {
        m_session->setReference(text);
        m_referenceAutosave->start();
    });
    connect(m_advicePage->referenceField(), &ReferenceField::referenceEdited, this, [this](const QString &text) {
        m_session->setReference(text);
        m_referenceAutosave->start();
    });
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

    // Preferences.
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

    m_startPage->setRecentFiles(m_settings->recentFiles());
    updateRecentMenu();
    m_ruleSets->loadBuiltin();
    setPage(Page::Start);
    retranslateUi();
}

MainWindow::~MainWindow() = default;

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
    return m_diagnostics;
}

QString MainWindow::noticeText() const
{
    return m_noticeBar->isHidden() ? QString() : m_noticeLabel->text();
}

// ---- actions and menus -------------------------------------------------------------------

void MainWindow::createActions()
{
    auto make = [this](const char *name, const QKeySequence &shortcut = {}) {
        auto *action = new QAction(this);
        action->setObjectName(QString::fromLatin1(name));
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        addAction(action); // shortcuts work even with the menu bar hidden
        return action;
    };
    m_newAction = make("actionNew", QKeySequence::New);
    m_openAction = make("actionOpen", QKeySequence::Open);
    m_saveAction = make("actionSave", QKeySequence::Save);
    m_saveAsAction = make("actionSaveAs", QKeySequence::SaveAs);
    m_exportAction = make("actionExport", QKeySequence(Qt::CTRL | Qt::Key_E));
    m_previewAction = make("actionPrintPreview", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_printAction = make("actionPrint", QKeySequence::Print);
    m_rulesFolderAction = make("actionOpenRules");
    m_builtinRulesAction = make("actionBuiltinRules");
    m_quitAction = make("actionQuit", QKeySequence::Quit);
    m_backAction = make("actionBack", QKeySequence(Qt::ALT | Qt::Key_Left));
    m_nextAction = make("actionNext", QKeySequence(Qt::ALT | Qt::Key_Right));
    m_reviewAction = make("actionReview", QKeySequence(Qt::CTRL | Qt::Key_R));
    m_startAction = make("actionStart", QKeySequence(Qt::ALT | Qt::Key_Home));
    m_routeFocusAction = make("actionFocusRoute", QKeySequence(Qt::Key_F6));
    m_largerAction = make("actionLarger");
    m_largerAction->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_smallerAction = make("actionSmaller", QKeySequence::ZoomOut);
    m_normalSizeAction = make("actionNormalSize", QKeySequence(Qt::CTRL | Qt::Key_0));
    m_highContrastAction = make("actionHighContrast");
    m_highContrastAction->setCheckable(true);
    m_routePanelAction = make("actionRoutePanel");
    m_routePanelAction->setCheckable(true);
    m_routePanelAction->setChecked(true);
    m_shortcutsAction = make("actionShortcuts", QKeySequence(Qt::Key_F1));
    m_aboutRulesAction = make("actionAboutRules");
    m_aboutAction = make("actionAbout");

    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    for (const QString &lang : LanguageManager::languages()) {
        auto *action = new QAction(LanguageManager::nativeName(lang), m_languageGroup);
        action->setObjectName(QStringLiteral("actionLanguage_") + lang);
        action->setCheckable(true);
        action->setData(lang);
    }

    connect(m_newAction, &QAction::triggered, this, &MainWindow::newAdvice);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openAdvice);
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::save);
    connect(m_saveAsAction, &QAction::triggered, this, &MainWindow::saveAs);
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportAdvice);
    connect(m_previewAction, &QAction::triggered, this, &MainWindow::printPreview);
    connect(m_printAction, &QAction::triggered, this, &MainWindow::printAdvice);
    connect(m_rulesFolderAction, &QAction::triggered, this, &MainWindow::openRuleSetFolder);
    connect(m_builtinRulesAction, &QAction::triggered, this, &MainWindow::useBuiltinRules);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_backAction, &QAction::triggered, this, &MainWindow::goBack);
    connect(m_nextAction, &QAction::triggered, this, &MainWindow::goNext);
    connect(m_reviewAction, &QAction::triggered, this, &MainWindow::showReview);
    connect(m_startAction, &QAction::triggered, this, &MainWindow::showStart);
    connect(m_routeFocusAction, &QAction::triggered, this, [this] {
        if (m_routePanel->isVisible()) {
            if (m_routePanel->view()->hasFocus())
                focusPage();
            else
                m_routePanel->view()->setFocus(Qt::ShortcutFocusReason);
        }
    });
    connect(m_largerAction, &QAction::triggered, this, [this] { setFontScale(m_fontScale + 25); });
    connect(m_smallerAction, &QAction::triggered, this, [this] { setFontScale(m_fontScale - 25); });
    connect(m_normalSizeAction, &QAction::triggered, this, [this] { setFontScale(100); });
    connect(m_highContrastAction, &QAction::toggled, this, &MainWindow::setHighContrast);
    connect(m_routePanelAction, &QAction::toggled, this, [this](bool) { updateUi(); });
    connect(m_languageGroup, &QActionGroup::triggered, this,
            [this](QAction *action) { setLanguage(action->data().toString()); });
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(m_aboutRulesAction, &QAction::triggered, this, &MainWindow::showAboutRules);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_openAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_fileMenu->addAction(m_saveAction);
    m_fileMenu->addAction(m_saveAsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_exportAction);
    m_fileMenu->addAction(m_previewAction);
    m_fileMenu->addAction(m_printAction);
    m_fileMenu->addAction(new ReviewBookAction([this] { return m_context->rules(); }, this));
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_rulesFolderAction);
    m_fileMenu->addAction(m_builtinRulesAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_goMenu = menuBar()->addMenu(QString());
    m_goMenu->addAction(m_backAction);
    m_goMenu->addAction(m_nextAction);
    m_goMenu->addAction(m_reviewAction);
    m_goMenu->addAction(m_startAction);
    m_goMenu->addSeparator();
    m_goMenu->addAction(m_routeFocusAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_largerAction);
    m_viewMenu->addAction(m_smallerAction);
    m_viewMenu->addAction(m_normalSizeAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_highContrastAction);
    m_viewMenu->addAction(m_routePanelAction);
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addActions(m_languageGroup->actions());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_shortcutsAction);
    m_helpMenu->addAction(m_aboutRulesAction);
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &recent"));
    m_goMenu->setTitle(tr("&Go"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_newAction->setText(tr("&New advice"));
    m_openAction->setText(tr("&Open advice…"));
    m_saveAction->setText(tr("&Save"));
    m_saveAsAction->setText(tr("Save &as…"));
    m_exportAction->setText(tr("&Export as PDF, ODT or HTML…"));
    m_previewAction->setText(tr("Print pre&view…"));
    m_printAction->setText(tr("&Print…"));
    m_rulesFolderAction->setText(tr("Open rule-set &folder…"));
    m_builtinRulesAction->setText(tr("Use the &built-in rules"));
    m_quitAction->setText(tr("&Quit"));
    m_backAction->setText(tr("&Back"));
    m_nextAction->setText(tr("&Next"));
    m_reviewAction->setText(tr("&Review answers"));
    m_startAction->setText(tr("&Start page"));
    m_routeFocusAction->setText(tr("Switch between &route and question"));
    m_largerAction->setText(tr("&Larger text"));
    m_smallerAction->setText(tr("&Smaller text"));
    m_normalSizeAction->setText(tr("&Normal text size"));
    m_highContrastAction->setText(tr("&High contrast"));
    m_routePanelAction->setText(tr("Show the &route"));
    m_shortcutsAction->setText(tr("&Keyboard shortcuts"));
    m_aboutRulesAction->setText(tr("About the &rules in use"));
    m_aboutAction->setText(tr("&About Deelwijzer"));
    // The status texts are their own accessible names (a fixed name would hide them from a
    // screen reader); what they are is their description.
    m_autosaveStatus->setAccessibleDescription(tr("Autosave status"));
    m_rulesStatus->setAccessibleDescription(tr("Rules in use"));
    m_noticeLabel->setAccessibleDescription(tr("Notice"));
    m_stack->setAccessibleName(tr("Advice"));
    if (m_statusText)
        m_autosaveStatus->setText(m_statusText());
    if (m_noticeText)
        m_noticeLabel->setText(m_noticeText());
    updateRecentMenu();
    updateRulesStatus();
    updateWindowTitle();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_settings->recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        QAction *action = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName().replace(QLatin1Char('&'), QLatin1String("&&"))));
        action->setToolTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] {
            if (maybeSave())
                openFile(path);
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
    m_startPage->setRecentFiles(files);
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
    // Hiding the page with the focus would pass the focus on to the route list first, and a
    // screen reader would announce a list item instead of the new page: let it go first.
    if (QWidget *focused = QApplication::focusWidget(); focused && m_stack->currentWidget()
        && m_stack->currentWidget()->isAncestorOf(focused) && m_stack->currentWidget() != pageWidget(page))
        focused->clearFocus();
    m_page = page;
    switch (page) {
    case Page::Start:
        m_stack->setCurrentWidget(m_startPage);
        break;
    case Page::Question:
        m_stack->setCurrentWidget(m_questionPage);
        break;
    case Page::Review:
        m_stack->setCurrentWidget(m_reviewPage);
        break;
    case Page::Advice:
        m_stack->setCurrentWidget(m_advicePage);
        break;
    }
    m_routePanel->setVisible(page != Page::Start && m_routePanelAction->isChecked());
    updateActions();
}

QWidget *MainWindow::pageWidget(Page page) const
{
    switch (page) {
    case Page::Start:
        return m_startPage;
    case Page::Question:
        return m_questionPage;
    case Page::Review:
        return m_reviewPage;
    case Page::Advice:
        return m_advicePage;
    }
    return nullptr;
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
    const Evaluation &evaluation = m_session->evaluation();
    if (evaluation.status == Evaluation::Status::Invalid) {
        const QString error = evaluation.error;
        showNotice([error] {
            return tr("An answer does not fit the rules in use (%1). Please answer this question again.").arg(error);
        });
    }
    if (!m_session->current().isEmpty()) {
        showQuestion(m_session->current());
    } else if (m_session->isComplete()) {
        m_reviewPage->setRoute(m_session->route());
        if (m_showAdviceWhenComplete) {
            m_advicePage->setAdvice(*evaluation.advice, m_session->checkedConditions());
            setPage(Page::Advice);
            focusPage();
        } else {
            setPage(Page::Review);
            m_reviewPage->showAdviceButton()->setFocus();
        }
    }
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
    const bool samePage = m_page == Page::Question && m_questionPage->questionId() == questionId
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
    const bool started = m_session->isStarted();
    const bool complete = m_session->isComplete();
    m_saveAction->setEnabled(started);
    m_saveAsAction->setEnabled(started);
    m_exportAction->setEnabled(complete);
    m_previewAction->setEnabled(complete);
    m_printAction->setEnabled(complete);
    m_reviewAction->setEnabled(complete && m_page != Page::Review);
    switch (m_page) {
    case Page::Start:
        m_backAction->setEnabled(false);
        m_nextAction->setEnabled(false);
        break;
    case Page::Question:
        m_backAction->setEnabled(!m_session->previousQuestion().isEmpty());
        m_nextAction->setEnabled(m_questionPage->hasSelection());
        break;
    case Page::Review:
        m_backAction->setEnabled(!m_session->route().empty());
        m_nextAction->setEnabled(complete);
        break;
    case Page::Advice:
        m_backAction->setEnabled(true);
        m_nextAction->setEnabled(false);
        break;
    }
    m_newAction->setEnabled(m_context->rules() != nullptr);
    m_startPage->newAdviceButton()->setEnabled(m_context->rules() != nullptr);
    m_builtinRulesAction->setEnabled(!m_ruleSets->isBuiltin());
}

void MainWindow::newAdvice()
{
    if (!m_context->rules() || !maybeSave())
        return;
    if (!m_session->isStarted() && m_autosave->exists()) {
        // The copy kept after a crash is never thrown away unasked (restore is the default).
        switch (askAboutCrashCopy()) {
        case CrashCopyChoice::Restore:
            restoreAutosave();
            return;
        case CrashCopyChoice::Cancel:
            return;
        case CrashCopyChoice::Discard:
            break;
        }
    }
    m_autosave->discard();
    m_startPage->setRestoreOffer(QDateTime());
    m_noticeBar->hide();
    m_showAdviceWhenComplete = false;
    m_advicePage->clear();
    m_session->start();
    setStatus({});
}

MainWindow::CrashCopyChoice MainWindow::askAboutCrashCopy()
{
    QMessageBox box(QMessageBox::Question, tr("Unfinished advice"),
                    tr("An unfinished advice of %1 was kept after Deelwijzer was not closed normally. A new advice "
                       "replaces it. Do you want to restore it instead?")
                        .arg(QLocale().toString(m_autosave->lastSaved(), QLocale::ShortFormat)),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("crashCopyQuestion"));
    QPushButton *restore = box.addButton(tr("&Restore it"), QMessageBox::AcceptRole);
    restore->setObjectName(QStringLiteral("crashCopyRestore"));
    QPushButton *discard = box.addButton(tr("&Discard it and start anew"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("crashCopyDiscard"));
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(restore);
    box.setEscapeButton(QMessageBox::Cancel);
    restore->setFocus();
    box.exec();
    if (box.clickedButton() == restore)
        return CrashCopyChoice::Restore;
    if (box.clickedButton() == discard)
        return CrashCopyChoice::Discard;
    return CrashCopyChoice::Cancel;
}

void MainWindow::continueAdvice()
{
    if (!m_session->isStarted())
        return;
    if (!m_session->current().isEmpty())
        showQuestion(m_session->current());
    else if (m_showAdviceWhenComplete)
        showAdvice();
    else
        showReview();
}

void MainWindow::goNext()
{
    switch (m_page) {
    case Page::Question: {
        const QStringList selection = m_questionPage->selection();
        if (selection.isEmpty())
            return;
        m_showAdviceWhenComplete = false;
        if (m_noticeIsAnswerChange)
            m_noticeBar->hide(); // it told what the previous change did; this answer may tell anew
        m_session->answer(m_questionPage->questionId(), selection);
        break;
    }
    case Page::Review:
        showAdvice();
        break;
    case Page::Start:
    case Page::Advice:
        break;
    }
}

void MainWindow::goBack()
{
    switch (m_page) {
    case Page::Question: {
        const QString previous = m_session->previousQuestion();
        if (!previous.isEmpty())
            m_session->goTo(previous);
        break;
    }
    case Page::Review:
        if (!m_session->route().empty()) {
            m_showAdviceWhenComplete = false;
            m_session->goTo(m_session->route().back().question);
        }
        break;
    case Page::Advice:
        showReview();
        break;
    case Page::Start:
        break;
    }
}

void MainWindow::goToQuestion(const QString &questionId)
{
    m_showAdviceWhenComplete = false;
    if (m_session->current() == questionId)
        showQuestion(questionId);
    else
        m_session->goTo(questionId);
}

void MainWindow::showReview()
{
    if (!m_session->isComplete())
        return;
    m_showAdviceWhenComplete = false;
    m_session->leaveQuestion();
    m_reviewPage->setRoute(m_session->route());
    setPage(Page::Review);
    m_reviewPage->showAdviceButton()->setFocus();
}

void MainWindow::showAdvice()
{
    const Evaluation &evaluation = m_session->evaluation();
    if (evaluation.status != Evaluation::Status::Complete || !evaluation.advice)
        return;
    m_showAdviceWhenComplete = true;
    m_advicePage->setAdvice(*evaluation.advice, m_session->checkedConditions());
    setPage(Page::Advice);
    focusPage();
}

void MainWindow::focusPage()
{
    switch (m_page) {
    case Page::Start:
        m_startPage->preferredButton()->setFocus(Qt::OtherFocusReason);
        break;
    case Page::Question:
        m_questionPage->focusAnswers();
        break;
    case Page::Review:
        m_reviewPage->showAdviceButton()->setFocus(Qt::OtherFocusReason);
        break;
    case Page::Advice:
        m_advicePage->focusContent();
        break;
    }
}

void MainWindow::showStart()
{
    m_startPage->setContinueOffer(m_session->isStarted());
    setPage(Page::Start);
    focusPage();
}

// ---- files -------------------------------------------------------------------------------

QString MainWindow::fileDialogFolder() const
{
    if (!m_session->filePath().isEmpty())
        return QFileInfo(m_session->filePath()).absolutePath();
    return m_settings->lastFolder();
}

void MainWindow::openAdvice()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a saved advice"), fileDialogFolder(),
                                                      tr("Deelwijzer advice (*.yaml *.yml);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::openFile(const QString &path)
{
    const RuleSet *rules = m_context->rules();
    if (!rules)
        return false;
    Diagnostics diagnostics;
    std::optional<CaseFile> file = CaseFile::read(path, diagnostics);
    if (file)
        file->checkAgainst(*rules, diagnostics);
    if (!file || diagnostics.hasErrors()) {
        showDiagnostics(tr("The advice in %1 could not be opened. Nothing was changed.")
                            .arg(QDir::toNativeSeparators(path)),
                        diagnostics);
        m_settings->removeRecentFile(path);
        updateRecentMenu();
        return false;
    }
    file->path = QFileInfo(path).absoluteFilePath();
    m_autosave->discard();
    m_startPage->setRestoreOffer(QDateTime());
    m_noticeBar->hide();
    m_advicePage->clear();
    m_showAdviceWhenComplete = true; // a finished advice reopens as the advice
    m_session->restore(*file);
    showRestoreNotice(*rules);
    m_settings->addRecentFile(path);
    m_settings->setLastFolder(QFileInfo(path).absolutePath());
    m_settings->sync();
    updateRecentMenu();
    updateWindowTitle();
    return true;
}

bool MainWindow::save()
{
    if (!m_session->isStarted())
        return false;
    if (m_session->filePath().isEmpty())
        return saveAs();
    return saveTo(m_session->filePath());
}

bool MainWindow::saveAs()
{
    if (!m_session->isStarted())
        return false;
    const QString suggested = m_session->filePath().isEmpty()
                                  ? QDir(fileDialogFolder()).filePath(tr("advice") + QStringLiteral(".yaml"))
                                  : m_session->filePath();
    QString path = QFileDialog::getSaveFileName(this, tr("Save the advice"), suggested,
                                                tr("Deelwijzer advice (*.yaml *.yml)"));
    if (path.isEmpty())
        return false;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("yaml") && suffix != QLatin1String("yml"))
        path += QStringLiteral(".yaml");
    return saveTo(path);
}

bool MainWindow::saveTo(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    CaseFile file = m_session->toCaseFile();
    QString error;
    if (!file.save(absolute, &error)) {
        QMessageBox::warning(this, tr("Not saved"),
                             tr("The advice could not be saved to %1:\n%2").arg(QDir::toNativeSeparators(absolute), error));
        return false;
    }
    m_session->setFilePath(absolute);
    m_session->setModified(false);
    m_autosave->discard();
    m_settings->addRecentFile(absolute);
    m_settings->setLastFolder(QFileInfo(absolute).absolutePath());
    m_settings->sync();
    updateRecentMenu();
    updateWindowTitle();
    setStatus([absolute] { return tr("Saved to %1").arg(QDir::toNativeSeparators(absolute)); });
    return true;
}

void MainWindow::autosaveNow()
{
    if (!m_session->isStarted() || (!m_session->isModified() && m_session->filePath().isEmpty() && m_session->answers().isEmpty()))
        return;
    if (!m_session->isModified())
        return; // the saved file holds everything
    m_autosave->setOriginalPath(m_session->filePath());
    m_autosave->save(m_session->toCaseFile());
}

void MainWindow::checkForAutosave()
{
    m_startPage->setRestoreOffer(m_autosave->exists() ? m_autosave->lastSaved() : QDateTime());
}

void MainWindow::restoreAutosave()
{
    const RuleSet *rules = m_context->rules();
    if (!rules)
        return;
    Diagnostics diagnostics;
    std::optional<CaseFile> file = m_autosave->load(diagnostics);
    if (file)
        file->checkAgainst(*rules, diagnostics);
    if (!file || diagnostics.hasErrors()) {
        showDiagnostics(tr("The unfinished advice could not be restored (it no longer fits the rules in use)."),
                        diagnostics);
        return;
    }
    const QString original = m_autosave->originalPath();
    file->path = original;
    m_startPage->setRestoreOffer(QDateTime());
    m_showAdviceWhenComplete = false;
    m_session->restore(*file);
    m_session->setModified(true); // restored work is not saved yet
    showRestoreNotice(*rules);
    updateWindowTitle();
    setStatus([] { return tr("Your unfinished advice was restored."); });
}

void MainWindow::discardAutosave()
{
    m_autosave->discard();
    m_startPage->setRestoreOffer(QDateTime());
    m_startPage->newAdviceButton()->setFocus();
}

bool MainWindow::maybeSave()
{
    if (!m_session->isStarted() || !m_session->isModified() || !m_confirmUnsaved)
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved advice"), tr("Your advice has not been saved. Do you want to save it first?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        m_autosave->discard();
        m_session->setModified(false);
        return true;
    }
    return false;
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
    if (!m_session->isStarted())
        return true;
    return maybeSave();
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
    m_session->setRules(m_ruleSets->rules());
    m_context->setRules(m_ruleSets->rules());
    m_advicePage->clear();
    m_showAdviceWhenComplete = false;
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
    showDiagnostics(summary, diagnostics);
}

void MainWindow::showDiagnostics(const QString &summary, const Diagnostics &diagnostics)
{
    if (!m_diagnostics)
        m_diagnostics = new DiagnosticsDialog(this);
    m_diagnostics->setDiagnostics(summary, diagnostics);
    m_diagnostics->open(); // window-modal, does not block the caller
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
    m_noticeIsAnswerChange = false;
    m_savedComparison->hide();
    m_noticeText = std::move(text);
    m_noticeLabel->setText(m_noticeText());
    m_noticeBar->show();
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
    const RuleSet *rules = m_context->rules();
    if (!rules)
        return;
    const QString lang = m_context->language();
    const RuleSetInfo &info = rules->info();
    const MarkupRenderer renderer(rules, lang);
    QString text = QStringLiteral("<h3>%1</h3><p>%2</p><p>%3</p><p>%4</p>")
                       .arg(rules->displayName(lang).toHtmlEscaped(),
                            tr("Id %1, version %2, status %3.").arg(info.id, info.version, RuleSetStatus::label(info.status)).toHtmlEscaped(),
                            renderer.plain(info.statusNote).toHtmlEscaped(),
                            tr("Fingerprint (SHA-256): %1").arg(rules->fingerprint()).toHtmlEscaped());
    QMessageBox box(QMessageBox::Information, tr("About the rules in use"), text, QMessageBox::Close, this);
    box.setTextFormat(Qt::RichText);
    box.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Deelwijzer"),
                       tr("<h3>Deelwijzer %1</h3><p>Helps professionals decide whether, how and on which legal ground "
                          "they may share personal data in a case of human trafficking.</p><p>Deelwijzer works "
                          "entirely on this computer: it never goes online and stores your files readable by you "
                          "alone. The advice supports your professional judgement; it does not replace it.</p>")
                           .arg(QStringLiteral(DEELWIJZER_VERSION)));
}

// ---- preferences -------------------------------------------------------------------------

void MainWindow::setLanguage(const QString &language)
{
    if (!m_languages->setLanguage(language))
        return;
    m_context->setLanguage(language);
    m_settings->setLanguage(language);
    for (QAction *action : m_languageGroup->actions())
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
    if (m_largerAction) {
        m_largerAction->setEnabled(m_fontScale < Settings::MaxFontScale);
        m_smallerAction->setEnabled(m_fontScale > Settings::MinFontScale);
    }
}

void MainWindow::setHighContrast(bool on)
{
    QApplication::setPalette(on ? HighContrastPalette::palette() : m_basePalette);
    m_settings->setHighContrast(on);
    if (m_highContrastAction && m_highContrastAction->isChecked() != on)
        m_highContrastAction->setChecked(on);
}

// ---- events ------------------------------------------------------------------------------

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    // Closed normally with nothing unsaved: no autosave is needed.
    if (!m_session->isModified())
        m_autosave->discard();
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
