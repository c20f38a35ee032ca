// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "casefile.h"
#include "diagnostics.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <optional>

namespace deelwijzer {

/// Keeps the advice in progress safe: after every answer it is written (atomically, for the
/// user alone) to AppDataLocation/autosave.yaml in the case-file format. The file exists
/// only while there is unsaved work, so finding it at start-up means the app did not close
/// normally: the start page then offers to restore it.
class Autosave : public QObject
{
    Q_OBJECT

public:
    /// `folder` defaults to QStandardPaths::AppDataLocation.
    explicit Autosave(const QString &folder = QString(), QObject *parent = nullptr);

    QString filePath() const;
    bool exists() const;
    QDateTime lastSaved() const;

    /// Writes `file`; returns false and sets `error` on failure.
    bool save(const CaseFile &file, QString *error = nullptr);
    /// Reads the autosaved advice (diagnostics on problems).
    std::optional<CaseFile> load(Diagnostics &diagnostics) const;
    /// Removes the autosave (work saved, discarded or closed normally).
    void discard();

    /// Remembers which file the autosaved advice belongs to (empty: never saved).
    void setOriginalPath(const QString &path);
    QString originalPath() const;

Q_SIGNALS:
    void saved(const QDateTime &when);
    void failed(const QString &error);

private:
    QString m_folder;
};

} // namespace deelwijzer
