// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/tie.h"

#include <QList>
#include <QSet>
#include <QStringList>

#include <optional>

namespace atlas {

/// A pair of members of a tie with a status of its own on one day (a StatusPhase with \c between).
struct PairState
{
    QString a;
    QString b;
    TieStatus status = TieStatus::Suspended;

    bool is(const QString &x, const QString &y) const { return (a == x && b == y) || (a == y && b == x); }
};

/**
 * One tie as it stands on one day with some actors hidden: its status, its visible members and the
 * pairs of them with a status of their own. The one answer to "is this tie in force, and between
 * whom": the snapshot, the map, the timeline bars and the network metrics all read it from
 * tieStateAt() and never re-derive it from the spells and phases.
 */
struct TieState
{
    int tie = -1;                 //!< index into Dataset::ties (set by the caller that knows it)
    TieStatus status = TieStatus::InForce;
    QStringList members;          //!< visible members whose membership is in force, in spell order
    QStringList suspendedMembers; //!< visible members whose only membership at the day is suspended
    /// Pairs of \c members whose status differs from \c status's in-force default (e.g. the
    /// suspended US–New Zealand leg of ANZUS), in phase order.
    QList<PairState> pairs;

    QStringList allMembers() const { return members + suspendedMembers; }
    /// The status of the pair (\a a, \a b) of \c members: its PairState's, else \c status.
    TieStatus pairStatus(const QString &a, const QString &b) const
    {
        for (const PairState &p : pairs)
            if (p.is(a, b))
                return p.status;
        return status;
    }
    /// Whether \a a and \a b are both in-force members and their pair is in force.
    bool pairInForce(const QString &a, const QString &b) const
    {
        return a != b && members.contains(a) && members.contains(b) && pairStatus(a, b) == TieStatus::InForce;
    }
    /// The in-force pairs of \c members (a before b in \c members order), in that order.
    QList<std::pair<QString, QString>> inForcePairs() const;
    /// The pairs of \c members not in force on the day (the legs to draw faded).
    QList<std::pair<QString, QString>> suspendedPairs() const;
};

/// The status of \a tie on Julian day \a day from its kind and whole-tie status phases alone
/// (phases with \c between are per pair), assuming the tie is alive then (not the membership rule:
/// see tieStateAt()).
TieStatus statusAt(const Tie &tie, qint64 day);

/**
 * The in-force rule. \a tie on Julian day \a day with the actors in \a hidden removed:
 * - nothing (std::nullopt) outside the tie's life (fromDay..toDay) or when fewer than two visible
 *   members hold a membership (in force or suspended) that day;
 * - otherwise its state: status from statusAt(), except that an in-force tie that fewer than two
 *   in-force memberships hold (only suspended members keep it together) is Suspended;
 * - \c pairs: the phases with \c between covering the day whose two actors are both in-force
 *   visible members; an in-force tie none of whose member pairs is in force (every visible pair
 *   suspended, e.g. ANZUS with Australia hidden after 1986) is Suspended.
 * The returned state's \c tie is -1.
 */
std::optional<TieState> tieStateAt(const Tie &tie, qint64 day, const QSet<QString> &hidden = {});

/// Every Julian day on which tieStateAt() of \a tie may change, whatever is hidden: the tie's first
/// day, the day after its last, and the same for each membership spell and status phase. Sorted,
/// without duplicates; tieStateAt() is constant from one of them to the day before the next.
QList<qint64> tieChangeDays(const Tie &tie);

} // namespace atlas
