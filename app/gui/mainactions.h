// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "pagestack.h"

#include <QObject>
#include <QStringList>

class QAction;
class QActionGroup;
class QMenu;
class QMenuBar;
class QWidget;

namespace deelwijzer {

class MainWindow;

/// The main window's actions (with their shortcuts) and menus, and their texts in the
/// language in use. The window connects the actions and enables them.
class MainActions : public QObject
{
    Q_OBJECT

public:
    /// Creates every action on `window` (shortcuts work with the menu bar hidden) and the menus
    /// in `menuBar`.
    MainActions(QWidget *window, QMenuBar *menuBar);

    /// Connects the actions that call a slot of `window` as they are (the helpers of the window
    /// connect the others: ReportCommands, RuleSetCommands, WindowPreferences, InfoWindows).
    void connectTo(MainWindow *window);

    /// What the actions depend on.
    struct State
    {
        PageStack::Page page = PageStack::Page::Start;
        bool started = false;
        bool complete = false;
        bool earlierQuestion = false; ///< a question before the one on screen
        bool answerChosen = false;    ///< on the question page
        bool answeredAny = false;
        bool rulesLoaded = false;
        bool builtinRules = false;
    };
    /// Enables the actions that can be used in `state`.
    void update(const State &state);

    /// Sets every menu and action text (after a language change).
    void retranslate();
    /// Lists `files` in File > Open recent.
    void setRecentFiles(const QStringList &files);

    QAction *newAction = nullptr;
    QAction *openAction = nullptr;
    QAction *saveAction = nullptr;
    QAction *saveAsAction = nullptr;
    QAction *exportAction = nullptr;
    QAction *previewAction = nullptr;
    QAction *printAction = nullptr;
    QAction *rulesFolderAction = nullptr;
    QAction *builtinRulesAction = nullptr;
    QAction *quitAction = nullptr;
    QAction *backAction = nullptr;
    QAction *nextAction = nullptr;
    QAction *reviewAction = nullptr;
    QAction *startAction = nullptr;
    QAction *routeFocusAction = nullptr;
    QAction *largerAction = nullptr;
    QAction *smallerAction = nullptr;
    QAction *normalSizeAction = nullptr;
    QAction *highContrastAction = nullptr;
    QAction *routePanelAction = nullptr;
    QActionGroup *languageGroup = nullptr;
    QAction *shortcutsAction = nullptr;
    QAction *aboutRulesAction = nullptr;
    QAction *aboutAction = nullptr;

    QMenu *fileMenu = nullptr;
    QMenu *recentMenu = nullptr;
    QMenu *goMenu = nullptr;
    QMenu *viewMenu = nullptr;
    QMenu *languageMenu = nullptr;
    QMenu *helpMenu = nullptr;

Q_SIGNALS:
    void recentFileChosen(const QString &path);

private:
    void createActions(QWidget *window);
    void createMenus(QMenuBar *menuBar);
};

} // namespace deelwijzer
