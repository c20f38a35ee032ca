// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "pagestack.h"

#include <QMainWindow>

class QSplitter;
class QTimer;

namespace deelwijzer {

class AdviceDocument;
class AdviceFlow;
class AdvicePage;
class AdviceSession;
class Autosave;
class DiagnosticsDialog;
class DocumentPrompts;
class GroundViewer;
class InfoWindows;
class LanguageManager;
class MainActions;
class NoticeBar;
class QuestionPage;
class RecentFiles;
class ReportCommands;
class ReviewPage;
class RolePreference;
class RouteModel;
class RoutePanel;
class RuleSetCommands;
class RuleSetController;
class RuleTextContext;
class Settings;
class StartPage;
class StatusLine;
class TermViewer;
class WindowPreferences;

/// The guided advice: start page, one question per screen with the route beside it, review
/// of all answers, and the advice. It asks the engine (through AdviceSession) after every
/// answer and shows what it says; it never decides law itself. The window puts the pages, the
/// route and the actions together and keeps them in step with the session; its helpers do the
/// rest: AdviceFlow (which page), DocumentPrompts (files), RuleSetCommands, ReportCommands,
/// WindowPreferences, StatusLine, SessionNotices, RecentFiles, RolePreference, InfoWindows.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    using Page = PageStack::Page;

    /// `settings` must outlive the window. `autosaveFolder` empty: AppDataLocation.
    explicit MainWindow(Settings *settings, const QString &autosaveFolder = QString(), QWidget *parent = nullptr);
    ~MainWindow() override;

    Page page() const { return m_stack->page(); }
    AdviceDocument *document() const { return m_document; }
    AdviceSession *session() const { return m_session; }
    RuleSetController *ruleSets() const { return m_ruleSets; }
    RuleTextContext *textContext() const { return m_context; }
    Autosave *autosave() const;
    LanguageManager *languageManager() const;
    StartPage *startPage() const { return m_startPage; }
    QuestionPage *questionPage() const { return m_questionPage; }
    ReviewPage *reviewPage() const { return m_reviewPage; }
    AdvicePage *advicePage() const { return m_advicePage; }
    RoutePanel *routePanel() const { return m_routePanel; }
    GroundViewer *groundViewer() const;
    TermViewer *termViewer() const;
    /// The dialog listing rule-set or case-file problems (null until first shown).
    DiagnosticsDialog *diagnosticsDialog() const;
    /// The notice bar above the pages (e.g. "saved under other rules").
    QString noticeText() const;
    int fontScale() const;
    /// Ask before closing with unsaved changes (off in tests).
    void setConfirmUnsaved(bool on);

    /// Uses the rules in `folder` instead of the built-in ones (command line --rules).
    bool loadRuleSetFolder(const QString &folder);
    /// Opens a saved advice without dialogs; false (with the diagnostics dialog) on problems.
    bool openFile(const QString &path);
    /// Saves the advice to `path` (case file, for the user alone).
    bool saveTo(const QString &path);
    /// Offers restoring an autosave if there is one (called once after start-up).
    void checkForAutosave();

public Q_SLOTS:
    void newAdvice();
    void openAdvice();
    bool save();
    bool saveAs();
    void goBack();
    void goNext();
    void goToQuestion(const QString &questionId);
    void showReview();
    void showAdvice();
    void showStart();
    void useBuiltinRules();
    void setLanguage(const QString &language);
    void setFontScale(int percent);
    void setHighContrast(bool on);
    void restoreAutosave();
    void discardAutosave();
    void showGround(const QString &groundId);
    /// Back to the advice in progress from the start page.
    void continueAdvice();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // Set-up, in the order the constructor calls them.
    void createWidgets();
    void createHelpers();
    void connectActions();
    void connectSession();
    void connectDocument();
    void connectPages();

    void retranslateUi();
    void updateUi();
    void updateActions();
    void updateWindowTitle();
    void setPage(Page page);
    void showQuestion(const QString &questionId);
    void onRulesChanged();

    Settings *m_settings;
    RuleTextContext *m_context;
    RuleSetController *m_ruleSets;
    AdviceDocument *m_document;
    AdviceSession *m_session; ///< the document's
    DocumentPrompts *m_prompts;
    RouteModel *m_routeModel;

    QSplitter *m_splitter = nullptr;
    RoutePanel *m_routePanel = nullptr;
    PageStack *m_stack = nullptr;
    NoticeBar *m_noticeBar = nullptr;
    StartPage *m_startPage = nullptr;
    QuestionPage *m_questionPage = nullptr;
    ReviewPage *m_reviewPage = nullptr;
    AdvicePage *m_advicePage = nullptr;
    QTimer *m_referenceAutosave = nullptr;

    MainActions *m_actions = nullptr;
    AdviceFlow *m_flow = nullptr;
    StatusLine *m_status = nullptr;
    WindowPreferences *m_preferences = nullptr;
    RuleSetCommands *m_ruleSetCommands = nullptr;
    ReportCommands *m_reports = nullptr;
    RolePreference *m_role = nullptr;
    InfoWindows *m_infoWindows = nullptr;
};

} // namespace deelwijzer
