// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace atlas {

/// Plain-text tables for terminals: columns left-aligned and padded to their widest cell.
class TextTable
{
public:
    /// \a rows (the first is usually the header) as lines ending in '\n'; every column but the last
    /// is padded to its widest cell plus two blanks. Widths count UTF-16 code units.
    static QString aligned(const QList<QStringList> &rows);
};

} // namespace atlas
