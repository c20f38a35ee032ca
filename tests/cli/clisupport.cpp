// SPDX-License-Identifier: EUPL-1.2
#include "clisupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
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
    const QString source = QStringLiteral(DEELWIJZER_SOURCE_DIR "/rules/demo");
    const QString target = dir.filePath(name);
    QDirIterator it(source, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString copy = target + file.mid(source.size());
        REQUIRE(QDir().mkpath(QFileInfo(copy).path()));
        REQUIRE(QFile::copy(file, copy));
    }
    return target;
}

void edit(const QString &path, const QString &before, const QString &after)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    file.close();
    REQUIRE(text.count(before) == 1);
    text.replace(before, after);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text.toUtf8());
}

} // namespace clitest
