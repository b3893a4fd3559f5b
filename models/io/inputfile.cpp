// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/inputfile.h"

#include <QFile>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace atlas {

std::optional<QByteArray> InputFile::read(const QString &path, qint64 maxSize, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<QByteArray> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const auto osReason = [] { return QString::fromLocal8Bit(std::strerror(errno)); };
    const auto tooLarge = [&] { return fail(tr("file is larger than %1 MiB; refused").arg(maxSize / (1024 * 1024))); };
    if (path.startsWith(u':')) { // a Qt resource (the built-in dataset, the code tables): ours, in memory
        QFile resource(path);
        if (!resource.open(QIODevice::ReadOnly))
            return fail(tr("cannot open: %1").arg(resource.errorString()));
        if (resource.size() > maxSize)
            return tooLarge();
        return resource.readAll();
    }
    qint64 size = 0;
    QString why;
    const int fd = open(path, maxSize, &size, &why);
    if (fd < 0)
        return fail(why);
    struct Closer
    {
        int fd;
        ~Closer() { ::close(fd); }
    } closer { fd };
    QByteArray bytes;
    bytes.reserve(static_cast<qsizetype>(size));
    char buffer[64 * 1024];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return fail(tr("cannot read: %1").arg(osReason()));
        }
        if (n == 0)
            break;
        if (bytes.size() + n > maxSize) // the file grew while we read it
            return tooLarge();
        bytes.append(buffer, static_cast<qsizetype>(n));
    }
    return bytes;
}

int InputFile::open(const QString &path, qint64 maxSize, qint64 *size, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return -1;
    };
    const auto osReason = [] { return QString::fromLocal8Bit(std::strerror(errno)); };
    // O_NONBLOCK: opening a FIFO without a writer must not block; fstat() then refuses it.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return fail(tr("cannot open: %1").arg(osReason()));
    struct stat st = {};
    QString refusal;
    if (::fstat(fd, &st) != 0)
        refusal = tr("cannot open: %1").arg(osReason());
    else if (S_ISDIR(st.st_mode))
        refusal = tr("is a directory");
    else if (!S_ISREG(st.st_mode))
        refusal = tr("is not a regular file (a device, pipe or socket); refused");
    else if (st.st_size > maxSize)
        refusal = tr("file is larger than %1 MiB; refused").arg(maxSize / (1024 * 1024));
    if (!refusal.isEmpty()) {
        ::close(fd);
        return fail(refusal);
    }
    *size = st.st_size;
    return fd;
}

} // namespace atlas
