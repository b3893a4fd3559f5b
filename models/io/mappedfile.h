// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

namespace atlas {

/// An input file mapped read-only into memory rather than copied, with InputFile's refusals (not a
/// regular file, too large). bytes() views the mapping while the MappedFile lives. Parts already
/// parsed can be released(): the system drops their pages and reads them again from the file only
/// if they are touched again, so a large file does not stay resident while what is built from it grows.
/// A Qt resource, an empty file or a file that cannot be mapped is read into memory instead.
class MappedFile
{
public:
    /// The file, or nullptr with \a error set (as InputFile::read() words it).
    static std::unique_ptr<MappedFile> open(const QString &path, qint64 maxSize, QString *error);
    ~MappedFile();
    MappedFile(const MappedFile &) = delete;
    MappedFile &operator=(const MappedFile &) = delete;

    const QByteArray &bytes() const { return mBytes; }
    /// Lets the system drop the pages wholly inside bytes [begin, end); no-op for a file read into memory.
    void release(qsizetype begin, qsizetype end) const;

private:
    MappedFile() = default;

    QByteArray mBytes;
    void *mMap = nullptr; //!< the mapping, or nullptr when mBytes holds a copy
    qsizetype mSize = 0;
};

} // namespace atlas
