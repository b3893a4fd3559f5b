// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace atlas {

/// Replaces a file with new contents so that nothing is ever lost: the bytes go to a temporary file
/// in the target's directory, every write(), the fsync() and the close() are checked, and only then
/// is the temporary renamed over the target. On any failure the temporary is removed and the file
/// that was there is left byte-identical. Every writer of the application goes through here (figures,
/// frames, view files, datasets, imports, .bib/.ris).
///
/// Why not QSaveFile: in Qt 6.4 QSaveFile::commit() can return true when its final flush fails (a
/// full disk gives a truncated file that replaced the user's), and QSvgGenerator/QPdfWriter ignore
/// short writes. Callers render into memory (a QBuffer) and hand the bytes over.
class SafeWriter
{
    Q_DECLARE_TR_FUNCTIONS(SafeWriter)

public:
    /// Writes \a bytes to \a path. Returns an empty string on success, else a message naming the
    /// file and the operating system's reason ("cannot write out.svg: No space left on device").
    /// A symbolic link is followed: the file it points to is replaced, the link is kept. An existing
    /// file keeps its permissions; a new one gets the usual ones (0666 less the umask).
    static QString write(const QString &path, const QByteArray &bytes);
};

} // namespace atlas
