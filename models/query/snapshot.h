// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/query/inforce.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QStringList>

namespace atlas {

class Dataset;

/// What is in force at one date with some members hidden: the answer to the central query.
struct Snapshot
{
    QDate date;
    QList<TieState> ties; //!< in dataset order
    QList<int> events;    //!< indices of the events up to the date, in dataset order

    const TieState *state(int tieIndex) const
    {
        for (const TieState &s : ties)
            if (s.tie == tieIndex)
                return &s;
        return nullptr;
    }
};

/// Ties and memberships in force at \a date (start <= date <= end, partial dates covering their whole
/// period), and events up to it: every tie for which tieStateAt() gives a state. A hidden actor is
/// removed from every tie; a tie left with fewer than two visible members is not in the snapshot. A
/// proposal is listed from its start with status Proposed.
Snapshot takeSnapshot(const Dataset &dataset, QDate date, const QSet<QString> &hidden = {});

} // namespace atlas
