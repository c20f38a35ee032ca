// SPDX-License-Identifier: EUPL-1.2
#include "mainactions.h"

#include "mainwindow.h"
#include "phrasebook.h"

#include <QAction>
#include <QActionGroup>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QWidget>

namespace deelwijzer {

MainActions::MainActions(QWidget *window, QMenuBar *menuBar)
    : QObject(window)
{
    createActions(window);
    createMenus(menuBar);
    retranslate();
}

void MainActions::createActions(QWidget *window)
{
    auto make = [window](const char *name, const QKeySequence &shortcut = {}) {
        auto *action = new QAction(window);
        action->setObjectName(QString::fromLatin1(name));
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        window->addAction(action); // shortcuts work even with the menu bar hidden
        return action;
    };
    newAction = make("actionNew", QKeySequence::New);
    openAction = make("actionOpen", QKeySequence::Open);
    saveAction = make("actionSave", QKeySequence::Save);
    saveAsAction = make("actionSaveAs", QKeySequence::SaveAs);
    exportAction = make("actionExport", QKeySequence(Qt::CTRL | Qt::Key_E));
    previewAction = make("actionPrintPreview", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    printAction = make("actionPrint", QKeySequence::Print);
    rulesFolderAction = make("actionOpenRules");
    builtinRulesAction = make("actionBuiltinRules");
    quitAction = make("actionQuit", QKeySequence::Quit);
    backAction = make("actionBack", QKeySequence(Qt::ALT | Qt::Key_Left));
    nextAction = make("actionNext", QKeySequence(Qt::ALT | Qt::Key_Right));
    reviewAction = make("actionReview", QKeySequence(Qt::CTRL | Qt::Key_R));
    startAction = make("actionStart", QKeySequence(Qt::ALT | Qt::Key_Home));
    routeFocusAction = make("actionFocusRoute", QKeySequence(Qt::Key_F6));
    largerAction = make("actionLarger");
    largerAction->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    smallerAction = make("actionSmaller", QKeySequence::ZoomOut);
    normalSizeAction = make("actionNormalSize", QKeySequence(Qt::CTRL | Qt::Key_0));
    highContrastAction = make("actionHighContrast");
    highContrastAction->setCheckable(true);
    routePanelAction = make("actionRoutePanel");
    routePanelAction->setCheckable(true);
    routePanelAction->setChecked(true);
    shortcutsAction = make("actionShortcuts", QKeySequence(Qt::Key_F1));
    aboutRulesAction = make("actionAboutRules");
    aboutAction = make("actionAbout");

    languageGroup = new QActionGroup(window);
    languageGroup->setExclusive(true);
    for (const QString &lang : Phrasebook::languages()) {
        auto *action = new QAction(Phrasebook::nativeName(lang), languageGroup);
        action->setObjectName(QStringLiteral("actionLanguage_") + lang);
        action->setCheckable(true);
        action->setData(lang);
    }
}

void MainActions::createMenus(QMenuBar *menuBar)
{
    fileMenu = menuBar->addMenu(QString());
    fileMenu->addAction(newAction);
    fileMenu->addAction(openAction);
    recentMenu = fileMenu->addMenu(QString());
    recentMenu->setObjectName(QStringLiteral("recentMenu"));
    fileMenu->addAction(saveAction);
    fileMenu->addAction(saveAsAction);
    fileMenu->addSeparator();
    fileMenu->addAction(exportAction);
    fileMenu->addAction(previewAction);
    fileMenu->addAction(printAction);
    fileMenu->addSeparator();
    fileMenu->addAction(rulesFolderAction);
    fileMenu->addAction(builtinRulesAction);
    fileMenu->addSeparator();
    fileMenu->addAction(quitAction);

    goMenu = menuBar->addMenu(QString());
    goMenu->addAction(backAction);
    goMenu->addAction(nextAction);
    goMenu->addAction(reviewAction);
    goMenu->addAction(startAction);
    goMenu->addSeparator();
    goMenu->addAction(routeFocusAction);

    viewMenu = menuBar->addMenu(QString());
    viewMenu->addAction(largerAction);
    viewMenu->addAction(smallerAction);
    viewMenu->addAction(normalSizeAction);
    viewMenu->addSeparator();
    viewMenu->addAction(highContrastAction);
    viewMenu->addAction(routePanelAction);
    viewMenu->addSeparator();
    languageMenu = viewMenu->addMenu(QString());
    languageMenu->addActions(languageGroup->actions());

    helpMenu = menuBar->addMenu(QString());
    helpMenu->addAction(shortcutsAction);
    helpMenu->addAction(aboutRulesAction);
    helpMenu->addAction(aboutAction);
}

void MainActions::connectTo(MainWindow *window)
{
    connect(newAction, &QAction::triggered, window, &MainWindow::newAdvice);
    connect(openAction, &QAction::triggered, window, &MainWindow::openAdvice);
    connect(saveAction, &QAction::triggered, window, &MainWindow::save);
    connect(saveAsAction, &QAction::triggered, window, &MainWindow::saveAs);
    connect(quitAction, &QAction::triggered, window, &QWidget::close);
    connect(backAction, &QAction::triggered, window, &MainWindow::goBack);
    connect(nextAction, &QAction::triggered, window, &MainWindow::goNext);
    connect(reviewAction, &QAction::triggered, window, &MainWindow::showReview);
    connect(startAction, &QAction::triggered, window, &MainWindow::showStart);
}

void MainActions::update(const State &state)
{
    using Page = PageStack::Page;
    saveAction->setEnabled(state.started);
    saveAsAction->setEnabled(state.started);
    exportAction->setEnabled(state.complete);
    previewAction->setEnabled(state.complete);
    printAction->setEnabled(state.complete);
    reviewAction->setEnabled(state.complete && state.page != Page::Review);
    backAction->setEnabled((state.page == Page::Question && state.earlierQuestion)
                           || (state.page == Page::Review && state.answeredAny) || state.page == Page::Advice);
    nextAction->setEnabled((state.page == Page::Question && state.answerChosen)
                           || (state.page == Page::Review && state.complete));
    newAction->setEnabled(state.rulesLoaded);
    builtinRulesAction->setEnabled(!state.builtinRules);
}

void MainActions::setRecentFiles(const QStringList &files)
{
    recentMenu->clear();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        QAction *action = recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName().replace(QLatin1Char('&'), QLatin1String("&&"))));
        action->setToolTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT recentFileChosen(path); });
    }
    recentMenu->setEnabled(!files.isEmpty());
}

void MainActions::retranslate()
{
    fileMenu->setTitle(tr("&File"));
    recentMenu->setTitle(tr("Open &recent"));
    goMenu->setTitle(tr("&Go"));
    viewMenu->setTitle(tr("&View"));
    languageMenu->setTitle(tr("&Language"));
    helpMenu->setTitle(tr("&Help"));
    newAction->setText(tr("&New advice"));
    openAction->setText(tr("&Open advice…"));
    saveAction->setText(tr("&Save"));
    saveAsAction->setText(tr("Save &as…"));
    exportAction->setText(tr("&Export as PDF, ODT or HTML…"));
    previewAction->setText(tr("Print pre&view…"));
    printAction->setText(tr("&Print…"));
    rulesFolderAction->setText(tr("Open rule-set &folder…"));
    builtinRulesAction->setText(tr("Use the &built-in rules"));
    quitAction->setText(tr("&Quit"));
    backAction->setText(tr("&Back"));
    nextAction->setText(tr("&Next"));
    reviewAction->setText(tr("&Review answers"));
    startAction->setText(tr("&Start page"));
    routeFocusAction->setText(tr("Switch between route and &question"));
    largerAction->setText(tr("Lar&ger text"));
    smallerAction->setText(tr("&Smaller text"));
    normalSizeAction->setText(tr("&Normal text size"));
    highContrastAction->setText(tr("&High contrast"));
    routePanelAction->setText(tr("Show the &route"));
    shortcutsAction->setText(tr("&Keyboard shortcuts"));
    aboutRulesAction->setText(tr("About the &rules in use"));
    aboutAction->setText(tr("&About Deelwijzer"));
}

} // namespace deelwijzer
