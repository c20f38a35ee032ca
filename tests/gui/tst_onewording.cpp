// SPDX-License-Identifier: EUPL-1.2
#include "tst_onewording.h"

#include "adviceview.h"
#include "groundviewer.h"
#include "mainwindow.h"
#include "ruleset.h"
#include "ruletextcontext.h"
#include "startpage.h"
#include "testhelpers.h"

#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace deelwijzer;

namespace {

/// A copy of the demo rules whose manifest gives `status`.
bool copyDemoRulesWithStatus(const QString &status, const QString &target)
{
    const QDir source(TestEnvironment::demoRules());
    QDirIterator it(source.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString from = it.next();
        const QString to = target + QLatin1Char('/') + source.relativeFilePath(from);
        if (!QDir().mkpath(QFileInfo(to).absolutePath()) || !QFile::copy(from, to))
            return false;
    }
    QFile manifest(target + QStringLiteral("/ruleset.yaml"));
    if (!manifest.open(QIODevice::ReadOnly))
        return false;
    QByteArray text = manifest.readAll();
    manifest.close();
    const QByteArray line = "\n  status: draft\n";
    if (!text.contains(line))
        return false;
    text.replace(line, "\n  status: " + status.toUtf8() + '\n');
    return manifest.open(QIODevice::WriteOnly | QIODevice::Truncate) && manifest.write(text) == text.size();
}

} // namespace

void TestOneWording::groundViewerUsesTheAdvicesWords()
{
    TestEnvironment env;
    auto w = env.makeWindow();
    const RuleSet *rules = w->textContext()->rules();
    QVERIFY(rules);
    for (const QString &language : {QStringLiteral("nl"), QStringLiteral("en")}) {
        w->setLanguage(language);
        int withRole = 0;
        for (const LegalGround &ground : rules->grounds()) {
            w->showGround(ground.id);
            GroundViewer *viewer = w->groundViewer();
            const QString role = AdviceView::roleLabel(ground.role, language);
            auto *roleLabel = viewer->findChild<QLabel *>(QStringLiteral("groundRole"));
            QVERIFY(roleLabel);
            if (!role.isEmpty()) {
                ++withRole;
                QVERIFY2(roleLabel->text().contains(role), qPrintable(ground.id + QStringLiteral(": ") + roleLabel->text()));
            }
            auto *caption = viewer->findChild<QLabel *>(QStringLiteral("groundWordsCaption"));
            QVERIFY(caption);
            QCOMPARE(caption->text(), AdviceView::wordsCaption(ground, language));
        }
        QVERIFY(withRole > 0);
    }
}

void TestOneWording::rulesStatusUsesTheAdvicesWords()
{
    TestEnvironment env;
    auto w = env.makeWindow();
    for (const QString &status : {QStringLiteral("draft"), QStringLiteral("reconstructed"), QStringLiteral("reviewed"),
                                 QStringLiteral("approved"), QStringLiteral("withdrawn")}) {
        QTemporaryDir dir;
        QVERIFY(copyDemoRulesWithStatus(status, dir.path()));
        QVERIFY2(w->loadRuleSetFolder(dir.path()), qPrintable(status));
        for (const QString &language : {QStringLiteral("nl"), QStringLiteral("en")}) {
            w->setLanguage(language);
            const QString label = AdviceView::statusLabel(status, language);
            QVERIFY(label != status || language == QLatin1String("en"));
            auto *bar = w->statusBar()->findChild<QLabel *>(QStringLiteral("rulesStatus"));
            auto *start = w->startPage()->findChild<QLabel *>(QStringLiteral("rulesStatus"));
            QVERIFY(bar && start);
            QTRY_VERIFY2(bar->text().contains(QStringLiteral("(%1)").arg(label)), qPrintable(bar->text()));
            QTRY_VERIFY2(start->text().contains(QStringLiteral(" %1.").arg(label)), qPrintable(start->text()));
        }
    }
}
