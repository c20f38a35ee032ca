// SPDX-License-Identifier: EUPL-1.2
#include "tst_reviewbookaction.h"

#include "mainwindow.h"
#include "reviewbookaction.h"
#include "reviewbookdialog.h"
#include "ruleset.h"
#include "rulesetloader.h"
#include "ruletextcontext.h"
#include "testhelpers.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>

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
    QTRY_COMPARE(action->text(), QStringLiteral("Export revie&w book…"));
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

void TestReviewBookAction::marksTheChangesSinceAnEarlierFolder()
{
    TestEnvironment env;
    auto w = env.makeWindow();
    const RuleSet *rules = w->textContext()->rules();
    QVERIFY(rules);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("book.html"));
    const QString earlier = RuleSetLoader::builtinPath();
    QCOMPARE(ReviewBookAction::write(*rules, path, QStringLiteral("en"), earlier), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    // As read (a heading's anchor splits its first letter off in the HTML).
    const QString html = QTextDocumentFragment::fromHtml(QString::fromUtf8(file.readAll())).toPlainText();
    const RuleSetLoadResult loaded = RuleSetLoader::loadFolder(earlier);
    QVERIFY(loaded.ok());
    QVERIFY(html.contains(QStringLiteral("Changes since version %1").arg(loaded.ruleSet->info().version)));
    if (loaded.ruleSet->fingerprint() == rules->fingerprint())
        QVERIFY(html.contains(QStringLiteral("The rules have the same content.")));
    const QString missing = dir.filePath(QStringLiteral("no-rules-here"));
    const QString error = ReviewBookAction::write(*rules, path, QStringLiteral("en"), missing);
    QVERIFY2(error.contains(missing), qPrintable(error));
}

void TestReviewBookAction::dialogRemembersTheEarlierFolder()
{
    TestEnvironment env;
    const QString folder = QStringLiteral("/srv/rules-0.1.0");
    {
        ReviewBookDialog dialog(env.settings(), nullptr);
        QCOMPARE(dialog.languageId(), QStringLiteral("nl"));
        QVERIFY(dialog.sinceFolder().isEmpty());
        auto *compare = dialog.findChild<QCheckBox *>();
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(compare && ok);
        compare->setChecked(true);
        QVERIFY(!ok->isEnabled()); // comparing needs a folder
        dialog.findChild<QLineEdit *>(QStringLiteral("sinceFolder"))->setText(folder);
        QVERIFY(ok->isEnabled());
        dialog.accept();
        QCOMPARE(dialog.sinceFolder(), folder);
    }
    ReviewBookDialog again(env.settings(), nullptr);
    QCOMPARE(again.sinceFolder(), folder);
    again.findChild<QCheckBox *>()->setChecked(false);
    QVERIFY(again.sinceFolder().isEmpty()); // unticked: a book without marks
}
