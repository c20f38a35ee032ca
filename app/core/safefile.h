// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QSaveFile>
#include <QString>

#include <functional>
#include <optional>

namespace deelwijzer {

/// Reading and writing the user's files so that nothing is lost or leaked without a word.
///
/// Reading takes only regular files (a FIFO, a device or a link to one is refused at once, not
/// read forever) and never more than a size limit. Writing never goes through a symbolic link
/// (someone else's link in a shared folder must not make us overwrite its target), checks every
/// write, the flush and the sync to disk before the new file replaces the old one, keeps the old
/// file when anything fails, and makes the file readable by the user alone.
///
/// Every failure comes back as one sentence for the user (translatable, context "SafeFile").
class SafeFile
{
    Q_DECLARE_TR_FUNCTIONS(SafeFile)
public:
    /// The content of the regular file at `path` (Qt resource paths ":/..." included), at most
    /// `maxSize` bytes; nullopt with `error` set otherwise.
    static std::optional<QByteArray> read(const QString &path, qint64 maxSize, QString *error);

    /// Whether `path` names a regular file (following links); sets `error` when not.
    static bool isRegularFile(const QString &path, QString *error);

    /// Writes `data` to `path` atomically with permissions 0600. On failure returns false, sets
    /// `error` and leaves any previous file at `path` as it was.
    static bool write(const QString &path, const QByteArray &data, QString *error);

    /// The same for writers that need a device (QPdfWriter): `produce` writes into it and
    /// returns false (with `error` set) when it fails.
    static bool write(const QString &path, const std::function<bool(QIODevice *, QString *)> &produce,
                      QString *error);

    /// Why `path` may not be written to, or an empty string: a symbolic link, or something
    /// that exists and is not a regular file.
    static QString writeRefusal(const QString &path);
};

} // namespace deelwijzer
