// SPDX-License-Identifier: EUPL-1.2
#include "cliapplication.h"

#include <QGuiApplication>

int main(int argc, char *argv[])
{
    // The command line needs no display: the report renders with QtGui's offscreen platform.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("deelwijzer-cli"));
    QGuiApplication::setOrganizationName(QStringLiteral("Deelwijzer"));
    QGuiApplication::setApplicationVersion(QStringLiteral(DEELWIJZER_VERSION));
    return deelwijzer::CliApplication().run(QGuiApplication::arguments());
}
