// SPDX-License-Identifier: EUPL-1.2
#include "tst_appprocess.h"

#include "advicesession.h"
#include "autosave.h"
#include "mainwindow.h"
#include "questionpage.h"
#include "settings.h"
#include "testhelpers.h"

#include <QAbstractButton>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace deelwijzer;

namespace {

const QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;

/// Starts `deelwijzer` in a home folder of its own (`home`), takes the picture of its first
/// window and returns it; the settings go to home/settings.ini. An empty `size` leaves the
/// window its own size.
QImage startAppAndTakeScreenshot(const QString &home, const QString &picture,
                                 const QString &size = QStringLiteral("900x640"))
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess app;
    app.setProcessEnvironment(environment);
    app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QStringList arguments{QStringLiteral("--rules"), TestEnvironment::demoRules(), QStringLiteral("--lang"),
                          QStringLiteral("en"),  QStringLiteral("--settings"), home + QStringLiteral("/settings.ini"),
                          QStringLiteral("--screenshot"), picture};
    if (!size.isEmpty())
        arguments << QStringLiteral("--size") << size;
    app.start(QStringLiteral(DEELWIJZER_APP), arguments);
    if (!app.waitForFinished(60000) || app.exitStatus() != QProcess::NormalExit || app.exitCode() != 0) {
        qWarning("deelwijzer did not take its screenshot: exit code %d", app.exitCode());
        return {};
    }
    return QImage(picture);
}

} // namespace

void TestAppProcess::crashRecoveryIsOfferedAtStartUp()
{
    // A home where the app crashed during an advice (its autosave is still there), and two
    // fresh ones.
    QTemporaryDir crashed;
    QTemporaryDir clean;
    QTemporaryDir cleanAgain;
    QTemporaryDir pictures;
    const QString autosaveFolder = crashed.filePath(QStringLiteral("data/Deelwijzer/deelwijzer"));
    QVERIFY(QDir().mkpath(autosaveFolder));
    QFile autosave(autosaveFolder + QStringLiteral("/autosave.yaml"));
    QVERIFY(autosave.open(QIODevice::WriteOnly));
    autosave.write("deelwijzer_case: 1\nanswers:\n  acute_danger: \"no\"\n  sharer: doctor\n");
    autosave.close();

    const QImage offered = startAppAndTakeScreenshot(crashed.path(), pictures.filePath(QStringLiteral("offered.png")));
    const QImage plain = startAppAndTakeScreenshot(clean.path(), pictures.filePath(QStringLiteral("plain.png")));
    const QImage plainAgain = startAppAndTakeScreenshot(cleanAgain.path(), pictures.filePath(QStringLiteral("plain-again.png")));
    QVERIFY(!offered.isNull() && !plain.isNull() && !plainAgain.isNull());
    // The start page is drawn the same way every time, so a difference is the offer.
    QCOMPARE(plainAgain, plain);
    QVERIFY2(offered != plain, "the start page looks the same with an autosave present: no restore offer");
    // Offering does not consume the autosave: the work is only gone once the user says so.
    QVERIFY(autosave.exists());
    // What the process wrote for its user is theirs alone (README, "Files and privacy").
    QCOMPARE(QFile::permissions(crashed.filePath(QStringLiteral("settings.ini"))), ownerOnly);
}

void TestAppProcess::userFilesAreForTheUserAlone()
{
    // A permissive umask: the app code must set the mode itself.
    const mode_t previous = ::umask(022);
    {
        TestEnvironment env;
        auto w = env.makeWindow();
        w->newAdvice();
        for (QAbstractButton *button : w->questionPage()->answerButtons())
            button->setChecked(button->property("answerId").toString() == QLatin1String("no"));
        w->goNext();
        QTRY_VERIFY(w->autosave()->exists());
        QCOMPARE(QFile::permissions(w->autosave()->filePath()), ownerOnly);
        QCOMPARE(QFile::permissions(env.autosaveFolder()),
                 ownerOnly | QFile::ExeOwner | QFile::ExeUser); // the folder too: others cannot list it

        const QString saved = env.path(QStringLiteral("advice.yaml"));
        QVERIFY(w->saveTo(saved));
        QCOMPARE(QFile::permissions(saved), ownerOnly);

        // Going on with a saved advice: the autosave also notes which file it belongs to.
        QCOMPARE(w->questionPage()->questionId(), QStringLiteral("sharer"));
        for (QAbstractButton *button : w->questionPage()->answerButtons())
            button->setChecked(button->property("answerId").toString() == QLatin1String("police"));
        w->goNext();
        QTRY_VERIFY(w->autosave()->exists());
        QCOMPARE(w->autosave()->originalPath(), saved);
        QCOMPARE(QFile::permissions(w->autosave()->filePath()), ownerOnly);
        QCOMPARE(QFile::permissions(w->autosave()->filePath() + QStringLiteral(".origin")), ownerOnly);

        env.settings()->setRole(QStringLiteral("police"));
        env.settings()->sync();
        QCOMPARE(QFile::permissions(env.settings()->fileName()), ownerOnly);
    }
    ::umask(previous);
}

void TestAppProcess::windowFitsTheScreen()
{
    // The first window is never larger than the screen (the offscreen platform's is 800x600),
    // whatever size it would like: on a small or 200%-scaled screen its edge would be lost.
    QTemporaryDir home;
    const QImage window = startAppAndTakeScreenshot(home.path(), home.filePath(QStringLiteral("window.png")), QString());
    QVERIFY(!window.isNull());
    QVERIFY2(window.width() <= 800 && window.height() <= 600,
             qPrintable(QStringLiteral("%1x%2").arg(window.width()).arg(window.height())));

    // A size asked for on the command line is kept: screenshots of a 1280x800 screen are taken
    // offscreen, whose screen is smaller.
    QTemporaryDir other;
    const QImage asked = startAppAndTakeScreenshot(other.path(), other.filePath(QStringLiteral("asked.png")),
                                                   QStringLiteral("1280x800"));
    QVERIFY(!asked.isNull());
    QCOMPARE(asked.size(), QSize(1280, 800));
}
