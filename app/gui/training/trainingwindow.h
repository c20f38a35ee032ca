// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QMainWindow>

class QAction;
class QMenu;
class QTabWidget;

namespace deelwijzer {

class CaseLibraryWidget;
class QuizWidget;
class RuleTextContext;
class TreeOverview;

/// Training and workshop mode: the case library, the quiz, the whole rule tree, and from any
/// of them the presenter view (F5) and a handout of the chosen case. Shares the main window's
/// RuleTextContext, so it uses the same rules and language.
class TrainingWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Tab { LibraryTab, QuizTab, TreeTab };

    explicit TrainingWindow(RuleTextContext *context, QWidget *parent = nullptr);

    CaseLibraryWidget *library() const { return m_library; }
    QuizWidget *quiz() const { return m_quiz; }
    TreeOverview *overview() const { return m_overview; }
    QTabWidget *tabs() const { return m_tabs; }

public Q_SLOTS:
    void startQuiz();
    /// Opens the presenter view on the chosen case; returns it (null when no case is chosen).
    QWidget *present();
    void exportHandout();
    void previewHandout();
    void showTab(int tab);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    RuleTextContext *m_context;
    QTabWidget *m_tabs;
    CaseLibraryWidget *m_library;
    QuizWidget *m_quiz;
    TreeOverview *m_overview;
    QAction *m_openAction;
    QAction *m_quizAction;
    QAction *m_presentAction;
    QAction *m_handoutAction;
    QAction *m_previewAction;
    QAction *m_libraryTabAction;
    QAction *m_quizTabAction;
    QAction *m_treeTabAction;
    QAction *m_closeAction;
    QMenu *m_trainingMenu;
    QMenu *m_viewMenu;
};

} // namespace deelwijzer
