// SPDX-License-Identifier: EUPL-1.2
#include "clisupport.h"

#include "rulefiles.h"

#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace clitest {

Run cli(const QStringList &arguments, const QStringList &environment)
{
    QProcess process;
    if (!environment.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &variable : environment)
            env.insert(variable.section(QLatin1Char('='), 0, 0), variable.section(QLatin1Char('='), 1));
        process.setProcessEnvironment(env);
    }
    process.start(QStringLiteral(DEELWIJZER_CLI), arguments);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString copyDemo(const QTemporaryDir &dir, const QString &name)
{
    const QString target = dir.filePath(name);
    testfiles::copyFolder(QStringLiteral(DEELWIJZER_SOURCE_DIR "/rules/demo"), target);
    return target;
}

} // namespace clitest
