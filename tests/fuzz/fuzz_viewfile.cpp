// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: view files. Whatever parses must also write and parse back.
#include "models/io/viewstate.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QList<atlas::Issue> issues;
    const auto state = atlas::ViewState::fromJson(bytes, QStringLiteral("fuzz.atlasview"), &issues);
    if (state) {
        QList<atlas::Issue> again;
        if (!atlas::ViewState::fromJson(state->toJson(), QStringLiteral("again.atlasview"), &again))
            std::abort(); // a view we accepted must survive a round trip
    }
    return 0;
}
