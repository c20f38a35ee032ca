// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "diagnostics.h"
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
class QStackedWidget;
class QTimer;

namespace deelwijzer {

class AdvicePage;
class AdviceSession;
class Autosave;
class DiagnosticsDialog;
class GroundViewer;
class LanguageManager;
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
    enum class Page { Start, Question, Review, Advice };

    /// `settings` must outlive the window. `autosaveFolder` empty: AppDataLocation.
    explicit MainWindow(Settings *settings, const QString &autosaveFolder = QString(), QWidget *parent = nullptr);
    ~MainWindow() override;

    Page page() const { return m_page; }
    AdviceSession *session() const { return m_session; }
    RuleSetController *ruleSets() const { return m_ruleSets; }
    RuleTextContext *textContext() const { return m_context; }
    Autosave *autosave() const { return m_autosave; }
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
    void setConfirmUnsaved(bool on) { m_confirmUnsaved = on; }

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
    void createActions();
    void createMenus();
    void retranslateUi();
    void updateUi();
    void updateActions();
    void updateWindowTitle();
    void updateRecentMenu();
    void updateRoles();
    void updateRulesStatus();
    void setPage(Page page);
    QWidget *pageWidget(Page page) const;
    /// Gives keyboard focus to the main control of the page on screen.
    void focusPage();
    void showQuestion(const QString &questionId);
    void onRulesChanged();
    void onRulesFailed(const QString &folder, const Diagnostics &diagnostics);
    void showDiagnostics(const QString &summary, const Diagnostics &diagnostics);
    /// After opening or restoring: rules changed since saving, answers that no longer hold.
    void showRestoreNotice(const RuleSet &rules);
    /// Shows the notice bar; `text` is asked again when the language changes.
    void showNotice(std::function<QString()> text);
    /// The status bar's message; `text` is asked again when the language changes.
    void setStatus(std::function<QString()> text);
    enum class CrashCopyChoice { Restore, Discard, Cancel };
    /// Asks what to do with the copy kept after a crash before a new advice replaces it.
    CrashCopyChoice askAboutCrashCopy();
    void autosaveNow();
    /// Asks to save unsaved changes; false when the user cancels.
    bool maybeSave();
    bool confirmRestart();
    QString fileDialogFolder() const;
    /// What the printed advice needs (null rules/advice when there is no advice yet).
    ReportRequest reportRequest() const;

    Settings *m_settings;
    LanguageManager *m_languages;
    RuleTextContext *m_context;
    RuleSetController *m_ruleSets;
    AdviceSession *m_session;
    Autosave *m_autosave;
    RouteModel *m_routeModel;

    QSplitter *m_splitter;
    RoutePanel *m_routePanel;
    QStackedWidget *m_stack;
    bool m_noticeIsAnswerChange = false; ///< the notice tells what an answer change did
    QWidget *m_noticeBar;
    QLabel *m_noticeLabel;
    SavedAdviceComparison *m_savedComparison; ///< in the notice bar, for an advice saved under other rules
    StartPage *m_startPage;
    QuestionPage *m_questionPage;
    ReviewPage *m_reviewPage;
    AdvicePage *m_advicePage;
    QLabel *m_rulesStatus;
    QLabel *m_autosaveStatus;
    mutable QPointer<GroundViewer> m_groundViewer;
    mutable QPointer<TermViewer> m_termViewer;
    QPointer<DiagnosticsDialog> m_diagnostics;
    QPointer<ShortcutsDialog> m_shortcuts;
    std::function<QString()> m_statusText;
    std::function<QString()> m_noticeText;
    QTimer *m_referenceAutosave;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_previewAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_rulesFolderAction = nullptr;
    QAction *m_builtinRulesAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_backAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_reviewAction = nullptr;
    QAction *m_startAction = nullptr;
    QAction *m_routeFocusAction = nullptr;
    QAction *m_largerAction = nullptr;
    QAction *m_smallerAction = nullptr;
    QAction *m_normalSizeAction = nullptr;
    QAction *m_highContrastAction = nullptr;
    QAction *m_routePanelAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_aboutRulesAction = nullptr;
    QAction *m_aboutAction = nullptr;

    Page m_page = Page::Start;
    bool m_showAdviceWhenComplete = false;
    bool m_confirmUnsaved = true;
    int m_fontScale = 100;
    QFont m_baseFont;
    QPalette m_basePalette;
};

} // namespace deelwijzer
