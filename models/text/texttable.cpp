// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/text/texttable.h"

#include <algorithm>

namespace atlas {

QString TextTable::aligned(const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        if (widths.size() < row.size())
            widths.resize(row.size(), 0);
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], row[c].size());
    }
    QString text;
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c)
            text += c + 1 < row.size() ? row[c].leftJustified(widths[c] + 2) : row[c];
        text += u'\n';
    }
    return text;
}

} // namespace atlas
