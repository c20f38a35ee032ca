// SPDX-License-Identifier: EUPL-1.2
// Catch2 with a QApplication, for the training widgets (run offscreen).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>

#include <sys/stat.h>

int main(int argc, char *argv[])
{
    // A permissive umask, so the 0600 checks of written files prove the code sets the mode
    // itself rather than relying on the user's umask.
    ::umask(022);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
