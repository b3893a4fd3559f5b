// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/tie.h"

#include <QList>
#include <QSet>
#include <QStringList>

#include <optional>

namespace atlas {

/**
 * One tie as it stands on one day with some actors hidden: its status and its visible members.
 * The one answer to "is this tie in force, and between whom": the snapshot, the timeline bars and
 * the network metrics all read it from tieStateAt() and never re-derive it from the spells.
 *
 * (A later per-pair status, e.g. a suspension of one leg of a tie, belongs here as a list of pairs
 * with their status, so that every consumer follows it at once.)
 */
struct TieState
{
    int tie = -1;                 //!< index into Dataset::ties (set by the caller that knows it)
    TieStatus status = TieStatus::InForce;
    QStringList members;          //!< visible members whose membership is in force, in spell order
    QStringList suspendedMembers; //!< visible members whose only membership at the day is suspended

    QStringList allMembers() const { return members + suspendedMembers; }
};

/// The status of \a tie on Julian day \a day from its kind and status phases alone, assuming the tie
/// is alive then (not the membership rule: see tieStateAt()).
TieStatus statusAt(const Tie &tie, qint64 day);

/**
 * The in-force rule. \a tie on Julian day \a day with the actors in \a hidden removed:
 * - nothing (std::nullopt) outside the tie's life (fromDay..toDay) or when fewer than two visible
 *   members hold a membership (in force or suspended) that day;
 * - otherwise its state: status from statusAt(), except that an in-force tie that fewer than two
 *   in-force memberships hold (only suspended members keep it together) is Suspended.
 * The returned state's \c tie is -1.
 */
std::optional<TieState> tieStateAt(const Tie &tie, qint64 day, const QSet<QString> &hidden = {});

/// Every Julian day on which tieStateAt() of \a tie may change, whatever is hidden: the tie's first
/// day, the day after its last, and the same for each membership spell and status phase. Sorted,
/// without duplicates; tieStateAt() is constant from one of them to the day before the next.
QList<qint64> tieChangeDays(const Tie &tie);

} // namespace atlas
