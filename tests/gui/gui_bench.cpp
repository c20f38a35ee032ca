// SPDX-License-Identifier: EUPL-1.2
// Timing of the desktop app's hot paths (not a test: it measures, it does not assert).
//
//   build/release/tests/gui/gui_bench [CASE.yaml] [rounds]
//
// Prints, for the built-in rules:
//   - window construction + rules load + first question on screen (in-process part of start-up);
//   - answer → next screen: from "Next" until the next question is laid out and painted,
//     for every question of the case's route, over `rounds` rounds (median, 95th percentile, max).
// The whole-process start-up time and memory are measured by measure-performance.sh.

#include "advicesession.h"
#include "mainwindow.h"
#include "questionpage.h"
#include "casefile.h"
#include "evaluator.h"
#include "settings.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QMap>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <vector>

using namespace deelwijzer;

namespace {
/// CPU time of this thread in ms: on a busy machine the wall time also counts the time other
/// processes had the core; the CPU time is what the app itself spends.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    const auto index = std::size_t(std::min<double>(double(v.size()) - 1, p * double(v.size() - 1) + 0.5));
    return v[index];
}
} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QStringList args = QApplication::arguments();
    const QString casePath = args.size() > 1 ? args.at(1)
                                             : QStringLiteral(DEELWIJZER_SOURCE_DIR "/rules/cases/c11-gp-police.yaml");
    const int rounds = args.size() > 2 ? args.at(2).toInt() : 20;
    const bool withoutRoute = args.contains(QStringLiteral("--no-route"));
    QTextStream out(stdout);

    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setLanguage(QStringLiteral("nl"));

    QElapsedTimer timer;
    timer.start();
    MainWindow window(&settings, dir.filePath(QStringLiteral("autosave")));
    window.setConfirmUnsaved(false);
    window.resize(1100, 760);
    window.show();
    window.newAdvice();
    QApplication::processEvents();
    window.repaint();
    if (withoutRoute) {
        if (auto *action = window.findChild<QAction *>(QStringLiteral("actionRoutePanel")))
            action->setChecked(false);
    }
    const double startMs = double(timer.nsecsElapsed()) / 1e6;
    out << "window + built-in rules + first question painted: " << QString::number(startMs, 'f', 1) << " ms\n";

    Diagnostics diagnostics;
    const auto file = CaseFile::read(casePath, diagnostics);
    if (!file) {
        out << diagnostics.toString();
        return 1;
    }

    // The engine alone: one evaluation of the whole case.
    {
        const Evaluator evaluator(*window.session()->rules());
        std::vector<double> engine;
        for (int i = 0; i < 200; ++i) {
            timer.restart();
            const Evaluation e = evaluator.evaluate(file->answers);
            engine.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (e.status != Evaluation::Status::Complete)
                out << "incomplete case\n";
        }
        out << "engine: evaluate the whole case: median " << QString::number(percentile(engine, 0.5), 'f', 3)
            << " ms\n";
    }

    QMap<QString, std::vector<double>> perTarget;
    std::vector<double> cpuSamples;
    std::vector<double> samples, buildSamples, layoutSamples, paintSamples;
    for (int round = 0; round < rounds; ++round) {
        window.newAdvice();
        QApplication::processEvents();
        while (window.page() == MainWindow::Page::Question) {
            const QString question = window.questionPage()->questionId();
            const QStringList answer = file->answers.value(question);
            if (answer.isEmpty()) {
                out << "the case does not answer " << question << '\n';
                return 1;
            }
            for (QAbstractButton *b : window.questionPage()->answerButtons())
                b->setChecked(answer.contains(b->property("answerId").toString()));
            const double cpuStart = threadCpuMs();
            timer.restart();
            window.goNext();                       // the engine evaluates, the next page is built
            const qint64 built = timer.nsecsElapsed();
            QCoreApplication::sendPostedEvents();  // posted layout requests, as the event loop does
            const qint64 laidOut = timer.nsecsElapsed();
            window.repaint();                      // and painted
            const qint64 painted = timer.nsecsElapsed();
            samples.push_back(double(painted) / 1e6);
            cpuSamples.push_back(threadCpuMs() - cpuStart);
            perTarget[window.page() == MainWindow::Page::Question ? window.questionPage()->questionId()
                                                                   : QStringLiteral("(review)")]
                .push_back(double(painted) / 1e6);
            buildSamples.push_back(double(built) / 1e6);
            layoutSamples.push_back(double(laidOut - built) / 1e6);
            paintSamples.push_back(double(painted - laidOut) / 1e6);
            QApplication::processEvents();         // then the queued autosave (after the paint)
        }
    }
    out << "answer -> next screen painted (" << samples.size() << " transitions): median "
        << QString::number(percentile(samples, 0.5), 'f', 2) << " ms, p95 "
        << QString::number(percentile(samples, 0.95), 'f', 2) << " ms, max "
        << QString::number(*std::max_element(samples.begin(), samples.end()), 'f', 2) << " ms\n";
    out << "  CPU time of the app's thread for the same: median " << QString::number(percentile(cpuSamples, 0.5), 'f', 2)
        << " ms, p95 " << QString::number(percentile(cpuSamples, 0.95), 'f', 2) << " ms\n";
    out << "  of which (median / p95): engine + page built " << QString::number(percentile(buildSamples, 0.5), 'f', 2)
        << " / " << QString::number(percentile(buildSamples, 0.95), 'f', 2) << " ms, layout "
        << QString::number(percentile(layoutSamples, 0.5), 'f', 2) << " / "
        << QString::number(percentile(layoutSamples, 0.95), 'f', 2) << " ms, paint "
        << QString::number(percentile(paintSamples, 0.5), 'f', 2) << " / "
        << QString::number(percentile(paintSamples, 0.95), 'f', 2) << " ms\n";
    if (args.contains(QStringLiteral("--per-screen"))) {
        for (auto it = perTarget.cbegin(); it != perTarget.cend(); ++it)
            out << "  to " << it.key() << ": median " << QString::number(percentile(it.value(), 0.5), 'f', 2) << " ms\n";
    }
    return 0;
}
