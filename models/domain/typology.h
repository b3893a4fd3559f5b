// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/localizedtext.h"

#include <QList>
#include <QStringList>

namespace atlas {

struct TypologyAxis
{
    LocalizedText name;
    LocalizedText low;
    LocalizedText high;
};

/// One cell of a 2×2 scheme; \a highX / \a highY say which side of each axis it lies on.
struct TypologyCell
{
    QString id;
    bool highX = false;
    bool highY = false;
    LocalizedText name;
    LocalizedText definition;
};

/// A typology of arrangements as one source defines it: two axes and four cells.
struct TypologyScheme
{
    QString id;
    QString source;
    LocalizedText name;
    TypologyAxis xAxis;
    TypologyAxis yAxis;
    QList<TypologyCell> cells;
    QStringList evidence;

    /// The scheme the views show and colour by unless told otherwise: Li (2024)'s 2×2 of
    /// unidirectionality and closedness, "li2024" in the built-in dataset. The one place that names it.
    static QString defaultId() { return QStringLiteral("li2024"); }

    const TypologyCell *cell(const QString &cellId) const
    {
        for (const TypologyCell &c : cells)
            if (c.id == cellId)
                return &c;
        return nullptr;
    }
};

/// A tie placed in one cell of one scheme, with the reasoning and the evidence for it.
/// \a inferred: the source does not place this tie itself (e.g. it classifies the system the tie
/// belongs to); the dataset infers the placement, and the reasoning says how.
struct Placement
{
    QString scheme;
    QString tie;
    QString cell;
    LocalizedText reasoning;
    QStringList evidence;
    bool inferred = false;
};

} // namespace atlas
