// SPDX-License-Identifier: EUPL-1.2
// The GUI tests: run every test class, offscreen, with a private settings sandbox.

#include "tst_mainwindow.h"
#include "tst_navigation.h"
#include "tst_personaldatadetector.h"

#include <QApplication>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTest>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("deelwijzer-tests"));
    QApplication::setOrganizationName(QStringLiteral("Deelwijzer"));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));

    int failed = 0;
    {
        TestPersonalDataDetector detector;
        failed += QTest::qExec(&detector, argc, argv);
    }
    {
        TestMainWindow window;
        failed += QTest::qExec(&window, argc, argv);
    }
    {
        TestNavigation navigation;
        failed += QTest::qExec(&navigation, argc, argv);
    }
    return failed == 0 ? 0 : 1;
}
