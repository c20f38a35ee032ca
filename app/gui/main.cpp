// SPDX-License-Identifier: EUPL-1.2
// deelwijzer: the desktop app. Everything but option parsing lives in deelwijzer_gui.

#include "advicesession.h"
#include "mainwindow.h"
#include "phrasebook.h"
#include "settings.h"
#include "traininglauncher.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QScreen>
#include <QStyleFactory>
#include <QTextStream>
#include <QTimer>

#include <sys/stat.h>

using namespace deelwijzer;

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    // Everything Deelwijzer writes (settings, autosave, saved advices, exports) is for the
    // user's eyes only (design §7).
    ::umask(077);

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("deelwijzer"));
    QApplication::setOrganizationName(QStringLiteral("Deelwijzer"));
    QApplication::setApplicationDisplayName(QStringLiteral("Deelwijzer"));
    QApplication::setApplicationVersion(QStringLiteral(DEELWIJZER_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(DEELWIJZER_APP_ID));
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        QApplication::setStyle(fusion);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Decide whether, how and on which legal ground you may share personal data."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption rulesOption(QStringLiteral("rules"),
                                         QCoreApplication::translate("main", "Use the rule set in <folder>."),
                                         QStringLiteral("folder"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QCoreApplication::translate("main", "Language: nl or en."),
                                        QStringLiteral("language"));
    const QCommandLineOption newOption(QStringLiteral("new"), QCoreApplication::translate("main", "Start a new advice."));
    const QCommandLineOption pageOption(
        QStringLiteral("page"), QCoreApplication::translate("main", "Show this page of the opened advice: review or advice."),
        QStringLiteral("page"));
    const QCommandLineOption fontOption(QStringLiteral("font-scale"),
                                        QCoreApplication::translate("main", "Text size in percent (100-200)."),
                                        QStringLiteral("percent"));
    const QCommandLineOption contrastOption(QStringLiteral("high-contrast"),
                                            QCoreApplication::translate("main", "Use the high-contrast palette."));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
                                        QCoreApplication::translate("main", "Window size, e.g. 1100x760."),
                                        QStringLiteral("WxH"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save a picture of the window to <file> and quit (for the documentation)."),
        QStringLiteral("file"));
    const QCommandLineOption quitOption(QStringLiteral("quit-after-show"),
                                        QCoreApplication::translate("main", "Quit once the window is shown (timing)."));
    const QCommandLineOption settingsOption(
        QStringLiteral("settings"), QCoreApplication::translate("main", "Keep settings in <file> (INI) instead of the usual place."),
        QStringLiteral("file"));
    const QCommandLineOption trainingOption(
        QStringLiteral("training"),
        QCoreApplication::translate("main", "Open training mode on a tab: cases, quiz or tree (with --screenshot: "
                                            "a picture of the training window)."),
        QStringLiteral("tab"));
    parser.addOptions({rulesOption, langOption, newOption, pageOption, fontOption, contrastOption, sizeOption,
                       screenshotOption, quitOption, settingsOption, trainingOption});
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("main", "A saved advice to open."),
                                 QStringLiteral("[file]"));
    parser.process(app);

    const QString lang = parser.value(langOption);
    if (!lang.isEmpty() && !Phrasebook::languages().contains(lang)) {
        QTextStream(stderr) << QCoreApplication::translate("main", "Unknown language %1: use nl or en.").arg(lang) << '\n';
        return 2;
    }

    std::unique_ptr<Settings> settings = parser.isSet(settingsOption)
                                             ? std::make_unique<Settings>(parser.value(settingsOption))
                                             : std::make_unique<Settings>();
    MainWindow window(settings.get());
    TrainingLauncher *training = TrainingLauncher::install(&window);
    if (!lang.isEmpty())
        window.setLanguage(lang);
    if (parser.isSet(fontOption))
        window.setFontScale(parser.value(fontOption).toInt());
    if (parser.isSet(contrastOption))
        window.setHighContrast(true);
    if (parser.isSet(rulesOption))
        window.loadRuleSetFolder(parser.value(rulesOption));
    if (parser.isSet(sizeOption)) {
        // Asked for explicitly (screenshots of a given screen size, also offscreen): as asked.
        const QStringList wh = parser.value(sizeOption).split(QLatin1Char('x'));
        if (wh.size() == 2)
            window.resize(wh.at(0).toInt(), wh.at(1).toInt());
    } else {
        // Never larger than the screen: a 1280x800 screen at 200% display scaling has 640x400 to give.
        window.resize(window.size().boundedTo(window.screen()->availableSize()));
    }
    const QStringList files = parser.positionalArguments();
    window.show();
    if (!files.isEmpty()) {
        window.openFile(QFileInfo(files.first()).absoluteFilePath());
        if (parser.value(pageOption) == QLatin1String("review"))
            window.showReview();
        else if (parser.value(pageOption) == QLatin1String("advice"))
            window.showAdvice();
    } else {
        // The copy kept after a crash is offered first; --new asks before it replaces it.
        window.checkForAutosave();
        if (parser.isSet(newOption))
            window.newAdvice();
    }
    QWidget *shown = &window;
    if (parser.isSet(trainingOption)) {
        training->openTraining();
        const QString tab = parser.value(trainingOption);
        TrainingWindow *trainingWindow = training->trainingWindow();
        trainingWindow->resize(window.size());
        trainingWindow->showTab(tab == QLatin1String("quiz")   ? TrainingWindow::QuizTab
                                : tab == QLatin1String("tree") ? TrainingWindow::TreeTab
                                                               : TrainingWindow::LibraryTab);
        shown = trainingWindow;
    }

    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        window.setConfirmUnsaved(false);
        QTimer::singleShot(300, &window, [shown, file] {
            const bool ok = shown->grab().save(file);
            if (!ok)
                QTextStream(stderr) << "could not write " << file << '\n';
            QCoreApplication::exit(ok ? 0 : 1);
        });
    } else if (parser.isSet(quitOption)) {
        window.setConfirmUnsaved(false);
        QTimer::singleShot(0, &window, [&window, &sinceStart] {
            QTextStream(stdout) << "shown after " << sinceStart.elapsed() << " ms\n";
            window.close();
        });
    }
    const int rc = QApplication::exec();
    settings->sync();
    return rc;
}
