// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the ATOP importer. The input is split at the first form feed (0x0C) into the
// member-level and the alliance-level CSV; without one, the same bytes are used for both.
#include "models/io/atopimporter.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const qsizetype split = bytes.indexOf('\f');
    const QByteArray members = split < 0 ? bytes : bytes.left(split);
    const QByteArray alliances = split < 0 ? bytes : bytes.mid(split + 1);
    const atlas::LoadResult result = atlas::AtopImporter::importData(members, QStringLiteral("members.csv"), alliances,
                                                                     QStringLiteral("alliances.csv"));
    for (const atlas::Issue &issue : result.issues)
        (void)issue.toString();
    return 0;
}
