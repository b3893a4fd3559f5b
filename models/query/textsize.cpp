// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/query/textsize.h"

namespace atlas::TextSizes {

double scale(TextSize size)
{
    switch (size) {
    case TextSize::Normal:
        return 1.0;
    case TextSize::Large:
        return 1.3;
    case TextSize::Projector:
        return 1.7;
    }
    return 1.0;
}

std::optional<TextSize> parse(const QString &code)
{
    for (TextSize size : { TextSize::Normal, TextSize::Large, TextSize::Projector })
        if (code.compare(TextSizes::code(size), Qt::CaseInsensitive) == 0)
            return size;
    return std::nullopt;
}

QString code(TextSize size)
{
    switch (size) {
    case TextSize::Normal:
        return QStringLiteral("normal");
    case TextSize::Large:
        return QStringLiteral("large");
    case TextSize::Projector:
        return QStringLiteral("projector");
    }
    return QStringLiteral("normal");
}

TextSize larger(TextSize size)
{
    return size == TextSize::Normal ? TextSize::Large : TextSize::Projector;
}

TextSize smaller(TextSize size)
{
    return size == TextSize::Projector ? TextSize::Large : TextSize::Normal;
}

} // namespace atlas::TextSizes
