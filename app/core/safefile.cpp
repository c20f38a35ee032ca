// SPDX-License-Identifier: EUPL-1.2
#include "safefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace deelwijzer {

namespace {

QString tooLarge(qint64 maxSize)
{
    return SafeFile::tr("the file is too large (more than %1 MiB)").arg(maxSize / (1024 * 1024));
}

const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

#ifdef Q_OS_UNIX
QString notRegular(mode_t mode)
{
    if (S_ISDIR(mode))
        return SafeFile::tr("this is a folder, not a file");
    if (S_ISFIFO(mode))
        return SafeFile::tr("this is a pipe (FIFO), not a regular file");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return SafeFile::tr("this is a device, not a regular file");
    if (S_ISSOCK(mode))
        return SafeFile::tr("this is a socket, not a regular file");
    return SafeFile::tr("this is not a regular file");
}

/// Closes a file descriptor when it goes out of scope.
struct Descriptor
{
    int fd = -1;
    ~Descriptor()
    {
        if (fd >= 0)
            ::close(fd);
    }
};
#endif

} // namespace

bool SafeFile::isRegularFile(const QString &path, QString *error)
{
    if (path.startsWith(QLatin1Char(':')))
        return QFileInfo(path).isFile();
#ifdef Q_OS_UNIX
    struct stat status;
    if (::stat(QFile::encodeName(path).constData(), &status) != 0) {
        if (error)
            *error = qt_error_string(errno);
        return false;
    }
    if (!S_ISREG(status.st_mode)) {
        if (error)
            *error = notRegular(status.st_mode);
        return false;
    }
    return true;
#else
    const QFileInfo info(path);
    if (!info.isFile() && error)
        *error = info.exists() ? SafeFile::tr("this is not a regular file") : SafeFile::tr("the file does not exist");
    return info.isFile();
#endif
}

std::optional<QByteArray> SafeFile::read(const QString &path, qint64 maxSize, QString *error)
{
    QString ignored;
    QString &message = error ? *error : ignored;
#ifdef Q_OS_UNIX
    if (!path.startsWith(QLatin1Char(':'))) {
        // O_NONBLOCK: opening a FIFO must not wait for a writer; fstat then refuses it.
        Descriptor file{::open(QFile::encodeName(path).constData(), O_RDONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC)};
        if (file.fd < 0) {
            message = qt_error_string(errno);
            return std::nullopt;
        }
        struct stat status;
        if (::fstat(file.fd, &status) != 0) {
            message = qt_error_string(errno);
            return std::nullopt;
        }
        if (!S_ISREG(status.st_mode)) {
            message = notRegular(status.st_mode);
            return std::nullopt;
        }
        if (status.st_size > maxSize) {
            message = tooLarge(maxSize);
            return std::nullopt;
        }
        // The size may change while we read: never read more than the limit plus one byte.
        QByteArray content(qsizetype(status.st_size) + 1, Qt::Uninitialized);
        qsizetype used = 0;
        for (;;) {
            if (used == content.size()) {
                if (used > maxSize) {
                    message = tooLarge(maxSize);
                    return std::nullopt;
                }
                content.resize(qMin<qsizetype>(qsizetype(maxSize) + 1, used * 2 + 4096));
            }
            const ssize_t n = ::read(file.fd, content.data() + used, std::size_t(content.size() - used));
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0) {
                message = qt_error_string(errno);
                return std::nullopt;
            }
            if (n == 0)
                break;
            used += n;
        }
        if (used > maxSize) {
            message = tooLarge(maxSize);
            return std::nullopt;
        }
        content.truncate(used);
        return content;
    }
#endif
    if (!isRegularFile(path, &message))
        return std::nullopt;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        message = file.errorString();
        return std::nullopt;
    }
    if (file.size() > maxSize) {
        message = tooLarge(maxSize);
        return std::nullopt;
    }
    // QIODevice::read(n) allocates n bytes up front: read what the file holds (plus one byte to
    // notice growth), never a buffer of the limit's size for every small resource.
    QByteArray content = file.read(file.size() + 1);
    while (content.size() <= maxSize && !file.atEnd()) {
        const QByteArray more = file.read(qMin<qint64>(maxSize + 1 - content.size(), 64 * 1024));
        if (more.isEmpty())
            break;
        content += more;
    }
    if (file.error() != QFileDevice::NoError) {
        message = file.errorString();
        return std::nullopt;
    }
    if (content.size() > maxSize) {
        message = tooLarge(maxSize);
        return std::nullopt;
    }
    return content;
}

QString SafeFile::writeRefusal(const QString &path)
{
    const QFileInfo info(path);
    if (info.isSymLink())
        return SafeFile::tr("%1 is a symbolic link; Deelwijzer does not write through links. Choose another name "
                  "or remove the link.")
            .arg(path);
    if (info.exists() && !info.isFile())
        return SafeFile::tr("%1 exists and is not a regular file; choose another name.").arg(path);
    return QString();
}

bool SafeFile::write(const QString &path, const QByteArray &data, QString *error)
{
    return write(
        path,
        [&data](QIODevice *device, QString *why) {
            if (device->write(data) == data.size())
                return true;
            *why = device->errorString();
            return false;
        },
        error);
}

bool SafeFile::write(const QString &path, const std::function<bool(QIODevice *, QString *)> &produce,
                     QString *error)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    message = writeRefusal(path);
    if (!message.isEmpty())
        return false;
    QSaveFile file(path);
    // Unbuffered: QSaveFile only notices a failed write (a full disk) in writes that reach the
    // file; a buffered tail written by the final flush would fail unnoticed.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        message = SafeFile::tr("cannot create the file: %1").arg(file.errorString());
        return false;
    }
    file.setPermissions(ownerOnly); // the temporary file, before any content is in it
    auto fail = [&](const QString &why) {
        file.cancelWriting();
        message = why.isEmpty() ? SafeFile::tr("the file could not be written completely") : why;
        return false;
    };
    QString why;
    if (!produce(&file, &why))
        return fail(why.isEmpty() ? file.errorString() : why);
    if (file.error() != QFileDevice::NoError)
        return fail(file.errorString());
    if (!file.flush())
        return fail(file.errorString());
#ifdef Q_OS_UNIX
    // QSaveFile syncs to disk but ignores the result; a disk that fills up late says so here.
    if (file.handle() >= 0 && ::fsync(file.handle()) != 0)
        return fail(qt_error_string(errno));
#endif
    if (!file.commit()) {
        message = file.errorString().isEmpty() ? SafeFile::tr("the file could not be written completely") : file.errorString();
        return false;
    }
    if (!QFile::setPermissions(path, ownerOnly)) {
        message = SafeFile::tr("the file was saved, but could not be made readable by you alone");
        return false;
    }
    return true;
}

} // namespace deelwijzer
