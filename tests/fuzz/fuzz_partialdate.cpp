// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the partial-date parser. A date it accepts must print back to the same text and
// have a valid first and last day.
#include "models/domain/partialdate.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto date = atlas::PartialDate::parse(text);
    if (date) {
        if (!date->firstDay().isValid() || !date->lastDay().isValid() || date->lastDay() < date->firstDay())
            std::abort();
        (void)date->displayString(atlas::Language::English);
        (void)date->displayString(atlas::Language::Chinese);
    }
    return 0;
}
