// SPDX-License-Identifier: EUPL-1.2
// The GUI tests: run every test class (or the one named by DEELWIJZER_GUI_TEST_CLASS, as CTest
// does), offscreen, with a private settings sandbox.

#include "tst_appprocess.h"
#include "tst_keyboard.h"
#include "tst_mainwindow.h"
#include "tst_navigation.h"
#include "tst_onewording.h"
#include "tst_personaldatadetector.h"
#include "tst_rulesetlife.h"
#include "tst_reviewbookaction.h"

#include <QApplication>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTest>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("deelwijzer-tests"));
    QApplication::setOrganizationName(QStringLiteral("Deelwijzer"));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));

    std::vector<std::unique_ptr<QObject>> classes;
    classes.push_back(std::make_unique<TestPersonalDataDetector>());
    classes.push_back(std::make_unique<TestMainWindow>());
    classes.push_back(std::make_unique<TestKeyboard>());
    classes.push_back(std::make_unique<TestAppProcess>());
    classes.push_back(std::make_unique<TestRuleSetLife>());
    classes.push_back(std::make_unique<TestReviewBookAction>());
    classes.push_back(std::make_unique<TestOneWording>());
    classes.push_back(std::make_unique<TestNavigation>());

    const QByteArray only = qgetenv("DEELWIJZER_GUI_TEST_CLASS");
    int ran = 0;
    int failed = 0;
    for (const auto &test : classes) {
        if (!only.isEmpty() && only != test->metaObject()->className())
            continue;
        ++ran;
        failed += QTest::qExec(test.get(), argc, argv);
    }
    if (ran == 0) {
        std::fprintf(stderr, "no test class is called '%s'\n", only.constData());
        return 1;
    }
    return failed == 0 ? 0 : 1;
}
