// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the dataset reader must turn any bytes into a dataset or located issues, never crash.
#include "models/io/datasetreader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const atlas::LoadResult result = atlas::DatasetReader::read(bytes, QStringLiteral("fuzz.json"));
    for (const atlas::Issue &issue : result.issues)
        (void)issue.toString();
    return 0;
}
