// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/safewriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace atlas {

namespace {

/// The operating system's words for errno \a error ("No space left on device").
QString reason(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

/// Writes all of \a bytes to \a fd, retrying after interruptions and partial writes. Returns 0 or an errno.
int writeAll(int fd, const QByteArray &bytes)
{
    const char *data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, data, static_cast<size_t>(left));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        if (n == 0)
            return EIO;
        data += n;
        left -= n;
    }
    return 0;
}

/// Creates a new, empty temporary file next to \a target (same directory, so rename() is atomic)
/// with \a mode. Returns the descriptor (or -1 with errno set) and its name in \a tempName.
int createTemporary(const QString &target, mode_t mode, QByteArray *tempName)
{
    const QFileInfo info(target);
    for (int attempt = 0; attempt < 100; ++attempt) {
        const QString name = QStringLiteral(".%1.%2.tmp")
                                 .arg(info.fileName())
                                 .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
        *tempName = QFile::encodeName(info.dir().filePath(name));
        const int fd = ::open(tempName->constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
        if (fd >= 0 || errno != EEXIST)
            return fd;
    }
    errno = EEXIST;
    return -1;
}

} // namespace

QString SafeWriter::write(const QString &path, const QByteArray &bytes)
{
    if (path.isEmpty())
        return tr("no output file given");
    QString target = path;
    const QFileInfo link(path);
    if (link.isSymLink()) {
        const QString canonical = link.canonicalFilePath();
        target = canonical.isEmpty() ? link.symLinkTarget() : canonical;
    }
    const QFileInfo info(target);
    if (info.isDir())
        return tr("%1 is a directory").arg(path);
    if (!info.absoluteDir().exists())
        return tr("cannot write %1: the directory %2 does not exist").arg(path, info.absolutePath());
    const auto failure = [&path](int error) { return tr("cannot write %1: %2").arg(path, reason(error)); };

    const QByteArray targetName = QFile::encodeName(target);
    struct stat existing = {};
    const bool exists = ::stat(targetName.constData(), &existing) == 0;
    if (exists && !S_ISREG(existing.st_mode))
        return tr("cannot write %1: not a regular file").arg(path);

    QByteArray tempName;
    const int fd = createTemporary(target, exists ? (existing.st_mode & 07777) : 0666, &tempName);
    if (fd < 0)
        return failure(errno);
    int error = writeAll(fd, bytes);
    if (error == 0 && exists && ::fchmod(fd, existing.st_mode & 07777) != 0)
        error = errno; // O_CREAT applied the umask: give back the original file's permissions
    if (error == 0 && ::fsync(fd) != 0)
        error = errno; // the data is on disk before the name points to it
    if (::close(fd) != 0 && error == 0)
        error = errno; // NFS and friends report a failed write only here
    if (error == 0 && ::rename(tempName.constData(), targetName.constData()) != 0)
        error = errno;
    if (error != 0) {
        ::unlink(tempName.constData());
        return failure(error);
    }
    // Make the rename itself durable; a failure here cannot lose data any more, so it is not reported.
    const int dirFd = ::open(QFile::encodeName(info.absolutePath()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    return {};
}

} // namespace atlas
