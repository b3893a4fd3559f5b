// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/mappedfile.h"

#include "models/io/inputfile.h"

#include <sys/mman.h>
#include <unistd.h>

namespace atlas {

std::unique_ptr<MappedFile> MappedFile::open(const QString &path, qint64 maxSize, QString *error)
{
    std::unique_ptr<MappedFile> file(new MappedFile);
    const auto readInstead = [&]() -> std::unique_ptr<MappedFile> {
        const auto bytes = InputFile::read(path, maxSize, error);
        if (!bytes)
            return nullptr;
        file->mBytes = *bytes;
        return std::move(file);
    };
    if (path.startsWith(u':'))
        return readInstead();
    qint64 size = 0;
    const int fd = InputFile::open(path, maxSize, &size, error);
    if (fd < 0)
        return nullptr;
    void *map = size > 0 ? ::mmap(nullptr, size_t(size), PROT_READ, MAP_PRIVATE, fd, 0) : MAP_FAILED;
    ::close(fd);
    if (map == MAP_FAILED)
        return readInstead();
    file->mMap = map;
    file->mSize = qsizetype(size);
    file->mBytes = QByteArray::fromRawData(static_cast<const char *>(map), file->mSize);
    return file;
}

MappedFile::~MappedFile()
{
    mBytes.clear(); // nothing may view the mapping once it is gone
    if (mMap)
        ::munmap(mMap, size_t(mSize));
}

void MappedFile::release(qsizetype begin, qsizetype end) const
{
    if (!mMap)
        return;
    const qsizetype page = qsizetype(::sysconf(_SC_PAGESIZE));
    const qsizetype first = (begin + page - 1) / page * page;
    const qsizetype last = end / page * page;
    if (first < last)
        ::madvise(static_cast<char *>(mMap) + first, size_t(last - first), MADV_DONTNEED);
}

} // namespace atlas
