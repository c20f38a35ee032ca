// SPDX-License-Identifier: EUPL-1.2
// The session tests run with a QCoreApplication only: the session library needs no widgets.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("deelwijzer-session-tests"));
    return Catch::Session().run(argc, argv);
}
