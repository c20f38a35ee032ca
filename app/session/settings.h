// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

#include <memory>

namespace deelwijzer {

/// The user's preferences (QSettings, native format), readable by the user alone:
/// language, font size, window geometry, last folder, recent files, high contrast and the
/// professional's role (the `sharer` answer pre-filled on every new advice).
class Settings
{
public:
    static constexpr int MinFontScale = 100;
    static constexpr int MaxFontScale = 200;
    static constexpr int MaxRecentFiles = 8;

    Settings();
    /// For tests: keep settings in `fileName` (INI format).
    explicit Settings(const QString &fileName);
    ~Settings();

    QString language() const;            ///< "nl" (default) or "en"
    void setLanguage(const QString &language);
    int fontScale() const;               ///< percent, MinFontScale..MaxFontScale
    void setFontScale(int percent);
    bool highContrast() const;
    void setHighContrast(bool on);
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QString lastFolder() const;         ///< where advices were last opened or saved
    void setLastFolder(const QString &folder);
    QString exportFolder() const;       ///< where the advice was last exported (PDF/ODT/HTML)
    void setExportFolder(const QString &folder);
    /// The earlier rule-set folder the review book was last compared with (or empty).
    QString reviewBookSinceFolder() const;
    void setReviewBookSinceFolder(const QString &folder);
    QStringList recentFiles() const;
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);
    /// The `sharer` answer id of the professional's role, or empty for "ask every time".
    QString role() const;
    void setRole(const QString &answerId);

    /// Writes to disk and makes the file readable by the user alone.
    void sync();
    QString fileName() const;

private:
    /// Makes the settings file, and with `ownFolder` its folder, readable by the user alone
    /// (at start, before anything is written: an older file may have been created otherwise).
    void restrictAccess(bool ownFolder);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace deelwijzer
