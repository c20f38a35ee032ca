// SPDX-License-Identifier: EUPL-1.2
#include "caselibraryfilter.h"
#include "caselibrarymodel.h"
#include "caselibrarywidget.h"
#include "handoutwriter.h"
#include "presenterview.h"
#include "questionpage.h"
#include "quizwidget.h"
#include "rulenodeitem.h"
#include "ruleset.h"
#include "ruletextcontext.h"
#include "testsupport.h"
#include "trainingcase.h"
#include "trainingwindow.h"
#include "treeoverview.h"
#include "treescene.h"
#include "treeview.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QKeyEvent>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace deelwijzer;
using training_test::builtinRules;

namespace {

TrainingCase loadCase(const QString &name)
{
    Diagnostics diagnostics;
    auto c = TrainingCase::load(QStringLiteral(":/rules/cases/%1.yaml").arg(name), *builtinRules(), diagnostics);
    INFO(diagnostics.toString().toStdString());
    REQUIRE(c.has_value());
    return *c;
}

void press(QWidget *w, int key)
{
    QKeyEvent event(QEvent::KeyPress, key, Qt::NoModifier);
    QApplication::sendEvent(w, &event);
}

/// Saves a screenshot when DEELWIJZER_KEEP_EXPORTS names a folder (for looking at the UI).
void keep(QWidget &w, const QString &name)
{
    if (!qEnvironmentVariableIsSet("DEELWIJZER_KEEP_EXPORTS"))
        return;
    w.grab().save(qEnvironmentVariable("DEELWIJZER_KEEP_EXPORTS") + QLatin1Char('/') + name);
}

} // namespace

TEST_CASE("quiz widget: walking the model answers scores full marks", "[quiz][widgets]")
{
    RuleTextContext context;
    context.setRules(builtinRules());
    context.setLanguage(QStringLiteral("en"));
    QuizWidget quiz(&context);
    quiz.resize(900, 700);
    quiz.show();
    const TrainingCase c = loadCase(QStringLiteral("c01-police-comensha"));
    quiz.setCase(c);
    CHECK(quiz.step() == QuizWidget::Step::Narrative);
    keep(quiz, QStringLiteral("quiz-narrative.png"));
    quiz.setGuess(Verdict::Allowed);
    quiz.startQuestions();
    REQUIRE(quiz.step() == QuizWidget::Step::Questions);
    // Answer each question as the model answer does, through the question page's buttons.
    for (int guard = 0; guard < 40 && quiz.step() == QuizWidget::Step::Questions; ++guard) {
        QuestionPage *page = quiz.questionPage();
        const QStringList wanted = c.file.answers.value(page->questionId());
        REQUIRE_FALSE(wanted.isEmpty());
        for (QAbstractButton *b : page->answerButtons())
            b->setChecked(wanted.contains(b->property("answerId").toString()));
        REQUIRE(page->hasSelection());
        Q_EMIT page->nextRequested();
    }
    REQUIRE(quiz.step() == QuizWidget::Step::Result);
    keep(quiz, QStringLiteral("quiz-result.png"));
    CHECK(quiz.result().valid);
    CHECK(quiz.result().score == quiz.result().maxScore);
    CHECK(quiz.resultText().contains(QStringLiteral("100%")));
}

TEST_CASE("presenter view: large type, black background, answers revealed by key", "[presenter][widgets]")
{
    const auto rules = builtinRules();
    const TrainingCase c = loadCase(QStringLiteral("c01-police-comensha"));
    auto *view = new PresenterView(*rules, c, QStringLiteral("en"));
    view->setAttribute(Qt::WA_DeleteOnClose, false);
    view->resize(1280, 800);
    view->show();
    CHECK(view->palette().color(QPalette::Window) == QColor(Qt::black));
    CHECK(view->revealed() == 0);
    CHECK(view->visibleText().contains(c.file.narrative.text(QStringLiteral("en")).left(30)));
    const QString firstAnswer = QStringLiteral("→");
    CHECK_FALSE(view->visibleText().contains(firstAnswer));
    press(view, Qt::Key_Space);
    CHECK(view->revealed() == 1);
    CHECK(view->visibleText().contains(firstAnswer));
    press(view, Qt::Key_End);
    CHECK(view->revealed() == view->stepCount());
    CHECK(view->visibleText().contains(verdictLabel(c.modelAdvice->verdict, QStringLiteral("en"))));
    QApplication::processEvents();
    keep(*view, QStringLiteral("presenter.png"));
    press(view, Qt::Key_Left);
    CHECK(view->revealed() == view->stepCount() - 1);
    press(view, Qt::Key_Home);
    CHECK(view->revealed() == 0);
    press(view, Qt::Key_Escape);
    CHECK_FALSE(view->isVisible());
    delete view;
}

TEST_CASE("handout: the PDF has the narrative, the model advice and its explanation", "[handout]")
{
    const auto rules = builtinRules();
    const TrainingCase c = loadCase(QStringLiteral("c01-police-comensha"));
    const HandoutWriter writer(*rules, c, QStringLiteral("en"));
    const auto doc = writer.document();
    REQUIRE(doc);
    const QString text = doc->toPlainText();
    CHECK(text.contains(c.file.narrative.text(QStringLiteral("en")).left(40)));
    CHECK(text.contains(QStringLiteral("The model answer explained")));
    CHECK(text.contains(verdictLabel(c.modelAdvice->verdict, QStringLiteral("en"))));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("handout.pdf"));
    QString error;
    REQUIRE(writer.writePdf(path, &error));
    CHECK(QFile::permissions(path) == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.read(5) == "%PDF-");

    // What a reader of the PDF sees, compared without white space (pdftotext breaks lines
    // where the PDF does, also after a hyphen).
    const QString pdftotext = QStringLiteral(DEELWIJZER_PDFTOTEXT);
    if (pdftotext.isEmpty())
        FAIL("pdftotext not found when CMake configured the tests: install poppler-utils and reconfigure");
    QProcess process;
    process.start(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    const auto squeeze = [](QString s) { return s.remove(QRegularExpression(QStringLiteral("\\s+"))); };
    const QString pdfText = squeeze(QString::fromUtf8(process.readAllStandardOutput()));
    INFO(pdfText.toStdString());
    CHECK(pdfText.contains(squeeze(c.file.narrative.text(QStringLiteral("en")))));
    CHECK(pdfText.contains(squeeze(QStringLiteral("The model answer explained"))));
    CHECK(pdfText.contains(squeeze(verdictLabel(c.modelAdvice->verdict, QStringLiteral("en")))));
    if (qEnvironmentVariableIsSet("DEELWIJZER_KEEP_EXPORTS"))
        QFile::copy(path, qEnvironmentVariable("DEELWIJZER_KEEP_EXPORTS") + QStringLiteral("/handout.pdf"));
}

TEST_CASE("training window: library, quiz and tree tabs work together", "[widgets]")
{
    RuleTextContext context;
    context.setRules(builtinRules());
    context.setLanguage(QStringLiteral("nl"));
    TrainingWindow window(&context);
    window.setAttribute(Qt::WA_DeleteOnClose, false);
    window.resize(1200, 800);
    window.show();
    CaseLibraryWidget *library = window.library();
    CHECK(library->model()->rowCount() >= 15);
    CHECK(library->loadProblems().isEmpty());
    keep(window, QStringLiteral("library.png"));
    library->filter()->setSharer(QStringLiteral("doctor"));
    REQUIRE(library->filter()->rowCount() > 0);
    library->table()->selectRow(0);
    library->table()->setCurrentIndex(library->filter()->index(0, 0));
    REQUIRE(library->currentCase());
    CHECK(library->currentCase()->sharer() == QStringLiteral("doctor"));
    window.startQuiz();
    CHECK(window.tabs()->currentIndex() == TrainingWindow::QuizTab);
    CHECK(window.quiz()->trainingCase()->id == library->currentCase()->id);
    window.showTab(TrainingWindow::TreeTab);
    window.overview()->view()->fitAll();
    keep(window, QStringLiteral("tree-tab.png"));
}

TEST_CASE("training window: the tree tab opens on the first question and not on the legend", "[widgets]")
{
    RuleTextContext context;
    context.setRules(builtinRules());
    context.setLanguage(QStringLiteral("nl"));
    TrainingWindow window(&context);
    window.setAttribute(Qt::WA_DeleteOnClose, false);
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showTab(TrainingWindow::TreeTab);
    QCoreApplication::processEvents();
    TreeView *view = window.overview()->view();
    const RuleNodeItem *start = window.overview()->scene()->nodeItem(context.rules()->info().start);
    REQUIRE(start);
    const QRect shown = view->mapFromScene(start->sceneBoundingRect()).boundingRect();
    INFO("start node at " << shown.x() << "," << shown.y() << " in a viewport of " << view->viewport()->width() << "x"
                          << view->viewport()->height());
    CHECK(view->viewport()->rect().contains(shown.center()));
    // At its top: the legend above it is out of sight.
    CHECK(shown.top() < view->viewport()->height() / 3);
}

TEST_CASE("library widget: a broken case file of the trainer is refused", "[library][widgets]")
{
    RuleTextContext context;
    context.setRules(builtinRules());
    CaseLibraryWidget library(&context);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("own.yaml"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("deelwijzer_case: 1\nanswers:\n  sharer: nobody\n");
    f.close();
    const int before = library.model()->rowCount();
    CHECK_FALSE(library.openCaseFile(path));
    CHECK(library.model()->rowCount() == before);
    // A good one is added and selected.
    QFile::copy(QStringLiteral(":/rules/cases/c01-police-comensha.yaml"), dir.filePath(QStringLiteral("mine.yaml")));
    CHECK(library.openCaseFile(dir.filePath(QStringLiteral("mine.yaml"))));
    CHECK(library.model()->rowCount() == before + 1);
    REQUIRE(library.currentCase());
    CHECK(library.currentCase()->id == QStringLiteral("mine"));
}
