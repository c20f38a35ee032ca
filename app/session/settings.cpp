// SPDX-License-Identifier: EUPL-1.2
#include "settings.h"

#include "phrasebook.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>

namespace deelwijzer {

namespace {
const QString kLanguage = QStringLiteral("ui/language");
const QString kFontScale = QStringLiteral("ui/fontScale");
const QString kHighContrast = QStringLiteral("ui/highContrast");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kLastFolder = QStringLiteral("files/lastFolder");
const QString kExportFolder = QStringLiteral("files/exportFolder");
const QString kRecent = QStringLiteral("files/recent");
const QString kReviewBookSince = QStringLiteral("files/reviewBookSince");
const QString kRole = QStringLiteral("profile/role");
} // namespace

Settings::Settings()
    : m_settings(std::make_unique<QSettings>())
{
    restrictAccess(true);
}

Settings::Settings(const QString &fileName)
    : m_settings(std::make_unique<QSettings>(fileName, QSettings::IniFormat))
{
    // A file the user named may lie in a shared folder: only the file itself is ours.
    restrictAccess(false);
}

void Settings::restrictAccess(bool ownFolder)
{
    const QFileInfo file(m_settings->fileName());
    if (ownFolder) {
        // The application's own folder (e.g. ~/.config/Deelwijzer), never the one above it.
        QDir().mkpath(file.absolutePath());
        QFile::setPermissions(file.absolutePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    if (file.exists())
        QFile::setPermissions(file.absoluteFilePath(), QFile::ReadOwner | QFile::WriteOwner);
}

Settings::~Settings()
{
    sync();
}

QString Settings::language() const
{
    // An unknown language (an older or hand-edited file) gives the primary one.
    const QString lang = m_settings->value(kLanguage).toString();
    const QStringList known = Phrasebook::languages();
    return known.contains(lang) ? lang : known.constFirst();
}

void Settings::setLanguage(const QString &language)
{
    m_settings->setValue(kLanguage, language);
}

int Settings::fontScale() const
{
    return std::clamp(m_settings->value(kFontScale, 100).toInt(), MinFontScale, MaxFontScale);
}

void Settings::setFontScale(int percent)
{
    m_settings->setValue(kFontScale, std::clamp(percent, MinFontScale, MaxFontScale));
}

bool Settings::highContrast() const
{
    return m_settings->value(kHighContrast, false).toBool();
}

void Settings::setHighContrast(bool on)
{
    m_settings->setValue(kHighContrast, on);
}

QByteArray Settings::windowGeometry() const
{
    return m_settings->value(kGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(kGeometry, geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings->value(kState).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(kState, state);
}

QString Settings::lastFolder() const
{
    const QString folder = m_settings->value(kLastFolder).toString();
    if (!folder.isEmpty() && QFileInfo(folder).isDir())
        return folder;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void Settings::setLastFolder(const QString &folder)
{
    m_settings->setValue(kLastFolder, folder);
}

QString Settings::exportFolder() const
{
    return m_settings->value(kExportFolder).toString();
}

void Settings::setExportFolder(const QString &folder)
{
    m_settings->setValue(kExportFolder, folder);
}

QString Settings::reviewBookSinceFolder() const
{
    return m_settings->value(kReviewBookSince).toString();
}

void Settings::setReviewBookSinceFolder(const QString &folder)
{
    m_settings->setValue(kReviewBookSince, folder);
}

QStringList Settings::recentFiles() const
{
    return m_settings->value(kRecent).toStringList();
}

void Settings::addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    m_settings->setValue(kRecent, files);
}

void Settings::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    m_settings->setValue(kRecent, files);
}

QString Settings::role() const
{
    return m_settings->value(kRole).toString();
}

void Settings::setRole(const QString &answerId)
{
    if (answerId.isEmpty())
        m_settings->remove(kRole);
    else
        m_settings->setValue(kRole, answerId);
}

void Settings::sync()
{
    m_settings->sync();
    const QString file = m_settings->fileName();
    if (QFile::exists(file))
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

} // namespace deelwijzer
