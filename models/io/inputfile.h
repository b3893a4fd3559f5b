// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace atlas {

/// Reads an input file whole, refusing what is not one: a directory, a device such as /dev/zero, a
/// FIFO (which would block for ever) or a socket, and any file larger than a limit (which would read
/// until memory runs out). The dataset reader, the CSV reader (ATOP import) and view files read
/// through here.
class InputFile
{
    Q_DECLARE_TR_FUNCTIONS(InputFile)

public:
    static constexpr qint64 kDefaultMaxSize = 256 * 1024 * 1024;

    /// The contents of \a path, or std::nullopt with \a error (when given) saying why in words that
    /// follow the file name ("cannot open: No such file or directory", "is not a regular file").
    static std::optional<QByteArray> read(const QString &path, qint64 maxSize = kDefaultMaxSize, QString *error = nullptr);

    /// The open file descriptor of \a path (close it) and its size, after the checks of read(); -1 with
    /// \a error set when refused. Not for Qt resources.
    static int open(const QString &path, qint64 maxSize, qint64 *size, QString *error);
};

} // namespace atlas
