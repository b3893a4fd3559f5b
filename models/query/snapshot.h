// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/tie.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QStringList>

namespace atlas {

class Dataset;

/// One tie as it stands at the snapshot's date, with its visible members.
struct TieState
{
    int tie = -1;                 //!< index into Dataset::ties
    TieStatus status = TieStatus::InForce;
    QStringList members;          //!< visible members whose membership is in force
    QStringList suspendedMembers; //!< visible members whose membership is suspended at the date

    QStringList allMembers() const { return members + suspendedMembers; }
};

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
/// period), and events up to it. A hidden actor is removed from every tie; a tie left with fewer than
/// two visible members is not in the snapshot. A proposal is listed from its start with status Proposed.
Snapshot takeSnapshot(const Dataset &dataset, QDate date, const QSet<QString> &hidden = {});

/// The status of \a tie on Julian day \a day, assuming the tie is alive then.
TieStatus statusAt(const Tie &tie, qint64 day);

} // namespace atlas
