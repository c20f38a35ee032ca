// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "diagnostics.h"
#include "pagestack.h"
#include "reportwriter.h"

#include <QFont>
#include <QMainWindow>
#include <QPalette>
#include <QPointer>

#include <functional>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
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
class LanguageManager;
class MainActions;
class NoticeBar;
class QuestionPage;
class ReviewPage;
class RouteModel;
class RoutePanel;
class RuleSet;
class RuleSetController;
class RuleTextContext;
class SavedAdviceComparison;
class Settings;
class ShortcutsDialog;
class StartPage;
class TermViewer;

/// The guided advice: start page, one question per screen with the route beside it, review
/// of all answers, and the advice. It asks the engine (through AdviceSession) after every
/// answer and shows what it says; it never decides law itself.
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
    LanguageManager *languageManager() const { return m_languages; }
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
    int fontScale() const { return m_fontScale; }
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
    /// Print and export (the dialogs of ReportActions; PDF/ODT/HTML through the report module).
    void exportAdvice();
    void printAdvice();
    void printPreview();
    void openRuleSetFolder();
    void useBuiltinRules();
    void setLanguage(const QString &language);
    void setFontScale(int percent);
    void setHighContrast(bool on);
    void restoreAutosave();
    void discardAutosave();
    void showTerm(const QString &termId);
    void showGround(const QString &groundId);
    void showAboutRules();
    void showAbout();
    /// Help > Keyboard shortcuts: every key of the app.
    void showShortcuts();
    /// Back to the advice in progress from the start page.
    void continueAdvice();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // Set-up, in the order the constructor calls them.
    void createPages();
    void createCentralWidget();
    void createStatusBar();
    void connectActions();
    void connectSession();
    void connectDocument();
    void connectPages();
    void applyPreferences();

    void retranslateUi();
    void updateUi();
    void updateActions();
    void updateWindowTitle();
    void updateRecentMenu();
    void updateRoles();
    void updateRulesStatus();
    void setPage(Page page);
    void showQuestion(const QString &questionId);
    void onRulesChanged();
    void onRulesFailed(const QString &folder, const Diagnostics &diagnostics);
    /// After opening or restoring: rules changed since saving, answers that no longer hold.
    void showRestoreNotice(const RuleSet &rules);
    /// Shows the notice bar; `text` is asked again when the language changes.
    void showNotice(std::function<QString()> text);
    /// The status bar's message; `text` is asked again when the language changes.
    void setStatus(std::function<QString()> text);
    bool confirmRestart();
    /// What the printed advice needs (null rules/advice when there is no advice yet).
    ReportRequest reportRequest() const;

    Settings *m_settings;
    LanguageManager *m_languages;
    RuleTextContext *m_context;
    RuleSetController *m_ruleSets;
    AdviceDocument *m_document;
    AdviceSession *m_session; ///< the document's
    DocumentPrompts *m_prompts;
    RouteModel *m_routeModel;
    MainActions *m_actions = nullptr;
    AdviceFlow *m_flow = nullptr;

    QSplitter *m_splitter = nullptr;
    RoutePanel *m_routePanel = nullptr;
    PageStack *m_stack = nullptr;
    NoticeBar *m_noticeBar = nullptr;
    SavedAdviceComparison *m_savedComparison = nullptr; ///< in the notice bar, for an advice saved under other rules
    StartPage *m_startPage = nullptr;
    QuestionPage *m_questionPage = nullptr;
    ReviewPage *m_reviewPage = nullptr;
    AdvicePage *m_advicePage = nullptr;
    QLabel *m_rulesStatus = nullptr;
    QLabel *m_autosaveStatus = nullptr;
    mutable QPointer<GroundViewer> m_groundViewer;
    mutable QPointer<TermViewer> m_termViewer;
    QPointer<ShortcutsDialog> m_shortcuts;
    std::function<QString()> m_statusText;
    QTimer *m_referenceAutosave = nullptr;

    int m_fontScale = 100;
    QFont m_baseFont;
    QPalette m_basePalette;
};

} // namespace deelwijzer
