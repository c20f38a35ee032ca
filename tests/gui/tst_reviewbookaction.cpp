// SPDX-License-Identifier: EUPL-1.2
#include "tst_reviewbookaction.h"

#include "mainwindow.h"
#include "reviewbookaction.h"
#include "ruleset.h"
#include "ruletextcontext.h"
#include "testhelpers.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>

using namespace deelwijzer;

void TestReviewBookAction::inTheFileMenuInTheWindowsLanguage()
{
    TestEnvironment env;
    auto w = env.makeWindow(QStringLiteral("nl"));
    auto *action = w->findChild<QAction *>(QStringLiteral("actionExportReviewBook"));
    QVERIFY(action);
    QMenu *fileMenu = w->menuBar()->actions().constFirst()->menu();
    QVERIFY(fileMenu);
    QVERIFY(fileMenu->actions().contains(action));
    QTRY_COMPARE(action->text(), QStringLiteral("&Beoordelingsboek exporteren…"));
    w->setLanguage(QStringLiteral("en"));
    QTRY_COMPARE(action->text(), QStringLiteral("Export &review book…"));
}

void TestReviewBookAction::writesTheBookOfTheRulesInUse()
{
    TestEnvironment env;
    auto w = env.makeWindow();
    const RuleSet *rules = w->textContext()->rules();
    QVERIFY(rules);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("book.html"));
    QCOMPARE(ReviewBookAction::write(*rules, path, QStringLiteral("en")), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(file.readAll());
    for (const Outcome &outcome : rules->outcomes())
        QVERIFY2(html.contains(outcome.id), qPrintable(outcome.id));
    QVERIFY(html.contains(QStringLiteral("Routes that lead here")));
    QCOMPARE(QFileInfo(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    QVERIFY(!ReviewBookAction::write(*rules, dir.filePath(QStringLiteral("book.odt")), QStringLiteral("en")).isEmpty());
}
