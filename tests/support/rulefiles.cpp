// SPDX-License-Identifier: EUPL-1.2
#include "rulefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <catch2/catch.hpp>

namespace testfiles {

void copyFolder(const QString &from, const QString &to)
{
    REQUIRE(QDir().mkpath(to));
    const QDir source(from);
    for (const QFileInfo &entry : source.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString target = QDir(to).filePath(entry.fileName());
        if (entry.isDir())
            copyFolder(entry.filePath(), target);
        else
            REQUIRE(QFile::copy(entry.filePath(), target));
    }
}

void edit(const QString &path, const QString &before, const QString &after)
{
    QFile file(path);
    if (!(file.permissions() & QFile::WriteOwner))
        REQUIRE(file.setPermissions(file.permissions() | QFile::WriteOwner)); // copied from a resource
    REQUIRE(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    file.close();
    REQUIRE(text.count(before) == 1);
    text.replace(before, after);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text.toUtf8());
}

} // namespace testfiles
