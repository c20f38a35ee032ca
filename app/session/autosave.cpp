// SPDX-License-Identifier: EUPL-1.2
#include "autosave.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace deelwijzer {

Autosave::Autosave(const QString &folder, QObject *parent)
    : QObject(parent)
    , m_folder(folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : folder)
{
}

QString Autosave::filePath() const
{
    return QDir(m_folder).filePath(QStringLiteral("autosave.yaml"));
}

bool Autosave::exists() const
{
    return QFileInfo::exists(filePath());
}

QDateTime Autosave::lastSaved() const
{
    return QFileInfo(filePath()).lastModified();
}

bool Autosave::save(const CaseFile &file, QString *error)
{
    QDir dir(m_folder);
    if (!dir.exists()) {
        if (!dir.mkpath(QStringLiteral("."))) {
            const QString message = tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(m_folder));
            if (error)
                *error = message;
            Q_EMIT failed(message);
            return false;
        }
    }
    QFile::setPermissions(m_folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QString why;
    if (!file.save(filePath(), &why)) {
        if (error)
            *error = why;
        Q_EMIT failed(why);
        return false;
    }
    Q_EMIT saved(QDateTime::currentDateTime());
    return true;
}

std::optional<CaseFile> Autosave::load(Diagnostics &diagnostics) const
{
    return CaseFile::read(filePath(), diagnostics);
}

void Autosave::discard()
{
    QFile::remove(filePath());
    QFile::remove(filePath() + QStringLiteral(".origin"));
}

void Autosave::setOriginalPath(const QString &path)
{
    const QString originFile = filePath() + QStringLiteral(".origin");
    if (path.isEmpty()) {
        QFile::remove(originFile);
        return;
    }
    QDir().mkpath(m_folder);
    QSaveFile out(originFile);
    if (out.open(QIODevice::WriteOnly)) {
        out.write(path.toUtf8());
        out.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        out.commit();
    }
}

QString Autosave::originalPath() const
{
    QFile in(filePath() + QStringLiteral(".origin"));
    if (!in.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(in.readAll()).trimmed();
}

} // namespace deelwijzer
