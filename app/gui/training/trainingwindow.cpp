// SPDX-License-Identifier: EUPL-1.2
#include "trainingwindow.h"

#include "caselibrarymodel.h"
#include "caselibrarywidget.h"
#include "handoutwriter.h"
#include "presenterview.h"
#include "quizwidget.h"
#include "ruletextcontext.h"
#include "trainingcase.h"
#include "treeoverview.h"

#include <QAction>
#include <QEvent>
#include <QFileDialog>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTabWidget>

namespace deelwijzer {

TrainingWindow::TrainingWindow(RuleTextContext *context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_tabs(new QTabWidget(this))
    , m_library(new CaseLibraryWidget(context, this))
    , m_quiz(new QuizWidget(context, this))
    , m_overview(new TreeOverview(context, this))
{
    setObjectName(QStringLiteral("trainingWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_tabs->addTab(m_library, QString());
    m_tabs->addTab(m_quiz, QString());
    m_tabs->addTab(m_overview, QString());
    setCentralWidget(m_tabs);
    resize(1100, 760);

    m_openAction = new QAction(this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_quizAction = new QAction(this);
    m_quizAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_Q);
    m_presentAction = new QAction(this);
    m_presentAction->setShortcut(Qt::Key_F5);
    m_handoutAction = new QAction(this);
    m_handoutAction->setShortcut(Qt::CTRL | Qt::Key_E);
    m_previewAction = new QAction(this);
    m_previewAction->setShortcut(QKeySequence::Print);
    m_closeAction = new QAction(this);
    m_closeAction->setShortcut(QKeySequence::Close);
    m_libraryTabAction = new QAction(this);
    m_libraryTabAction->setShortcut(Qt::ALT | Qt::Key_1);
    m_quizTabAction = new QAction(this);
    m_quizTabAction->setShortcut(Qt::ALT | Qt::Key_2);
    m_treeTabAction = new QAction(this);
    m_treeTabAction->setShortcut(Qt::ALT | Qt::Key_3);

    m_trainingMenu = menuBar()->addMenu(QString());
    m_trainingMenu->addActions({m_openAction, m_quizAction, m_presentAction});
    m_trainingMenu->addSeparator();
    m_trainingMenu->addActions({m_handoutAction, m_previewAction});
    m_trainingMenu->addSeparator();
    m_trainingMenu->addAction(m_closeAction);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addActions({m_libraryTabAction, m_quizTabAction, m_treeTabAction});

    connect(m_openAction, &QAction::triggered, m_library, &CaseLibraryWidget::openCaseFileDialog);
    connect(m_quizAction, &QAction::triggered, this, &TrainingWindow::startQuiz);
    connect(m_presentAction, &QAction::triggered, this, &TrainingWindow::present);
    connect(m_handoutAction, &QAction::triggered, this, &TrainingWindow::exportHandout);
    connect(m_previewAction, &QAction::triggered, this, &TrainingWindow::previewHandout);
    connect(m_closeAction, &QAction::triggered, this, &QWidget::close);
    connect(m_libraryTabAction, &QAction::triggered, this, [this] { showTab(LibraryTab); });
    connect(m_quizTabAction, &QAction::triggered, this, [this] { showTab(QuizTab); });
    connect(m_treeTabAction, &QAction::triggered, this, [this] { showTab(TreeTab); });
    // The quiz tab offers the library's cases until one is chosen.
    const auto offerCases = [this] { m_quiz->setCaseList(m_library->model()->cases()); };
    connect(m_library->model(), &QAbstractItemModel::modelReset, this, offerCases);
    connect(m_library->model(), &QAbstractItemModel::rowsInserted, this, offerCases);
    offerCases();
    connect(m_library, &CaseLibraryWidget::quizRequested, this, &TrainingWindow::startQuiz);
    connect(m_library, &CaseLibraryWidget::presentRequested, this, &TrainingWindow::present);
    connect(m_library, &CaseLibraryWidget::handoutRequested, this, &TrainingWindow::exportHandout);
    connect(m_quiz, &QuizWidget::handoutRequested, this, &TrainingWindow::exportHandout);
    connect(m_quiz, &QuizWidget::showRoutesRequested, this, [this](const QStringList &trainee, const QStringList &model) {
        // The model route is highlighted; where the trainee's route differs, it follows the model.
        m_overview->setRoute(model.isEmpty() ? trainee : model);
        showTab(TreeTab);
        if (!model.isEmpty())
            m_overview->showNode(model.last());
    });
    retranslateUi();
}

void TrainingWindow::showTab(int tab)
{
    m_tabs->setCurrentIndex(tab);
    m_tabs->currentWidget()->setFocus();
}

void TrainingWindow::startQuiz()
{
    const TrainingCase *c = m_library->currentCase();
    if (!c)
        return;
    m_quiz->setCase(*c);
    showTab(QuizTab);
}

QWidget *TrainingWindow::present()
{
    const TrainingCase *c = m_tabs->currentIndex() == QuizTab && m_quiz->trainingCase() ? &*m_quiz->trainingCase()
                                                                                      : m_library->currentCase();
    if (!c || !m_context->rules())
        return nullptr;
    auto *view = new PresenterView(*m_context->rules(), *c, m_context->language(), this);
    view->showFullScreen();
    view->setFocus();
    return view;
}

void TrainingWindow::exportHandout()
{
    const TrainingCase *c = m_library->currentCase();
    if (m_tabs->currentIndex() == QuizTab && m_quiz->trainingCase())
        c = &*m_quiz->trainingCase();
    if (!c || !m_context->rules())
        return;
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                              + QStringLiteral("/deelwijzer-%1.pdf").arg(c->id);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export handout"), suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!HandoutWriter(*m_context->rules(), *c, m_context->language()).writePdf(path, &error))
        QMessageBox::warning(this, tr("Export handout"), error);
}

void TrainingWindow::previewHandout()
{
    const TrainingCase *c = m_library->currentCase();
    if (m_tabs->currentIndex() == QuizTab && m_quiz->trainingCase())
        c = &*m_quiz->trainingCase();
    if (c && m_context->rules())
        HandoutWriter(*m_context->rules(), *c, m_context->language()).printPreview(this);
}

void TrainingWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void TrainingWindow::retranslateUi()
{
    setWindowTitle(tr("Deelwijzer – training"));
    m_tabs->setTabText(LibraryTab, tr("Cases"));
    m_tabs->setTabText(QuizTab, tr("Quiz"));
    m_tabs->setTabText(TreeTab, tr("Rule tree"));
    m_trainingMenu->setTitle(tr("&Training"));
    m_viewMenu->setTitle(tr("&View"));
    m_openAction->setText(tr("&Open case file…"));
    m_quizAction->setText(tr("Start &quiz on the chosen case"));
    m_presentAction->setText(tr("&Presenter view"));
    m_handoutAction->setText(tr("&Export handout as PDF…"));
    m_previewAction->setText(tr("Print &handout…"));
    m_closeAction->setText(tr("&Close training"));
    m_libraryTabAction->setText(tr("&Cases"));
    m_quizTabAction->setText(tr("&Quiz"));
    m_treeTabAction->setText(tr("&Rule tree"));
}

} // namespace deelwijzer
