// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/tie.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QStringList>

namespace atlas {

class Dataset;

/// A tie in force at both dates whose membership or status changed between them.
struct TieChange
{
    int tie = -1;         //!< index into Dataset::ties
    QStringList joined;   //!< visible members at the later date that were not members at the earlier one
    QStringList left;     //!< visible members at the earlier date that are no members at the later one
    TieStatus statusFrom = TieStatus::InForce;
    TieStatus statusTo = TieStatus::InForce;
    friend bool operator==(const TieChange &, const TieChange &) = default;
};

/// What changed between two dates, built on the one in-force rule (two snapshots): the ties added,
/// ended and continuing, the continuing ties whose members or status changed, and the proposals at
/// each date (listed apart: a proposal is neither added nor ended). A suspended tie counts as in force,
/// its status is reported in \c changed. Invariant: in force at \c to = in force at \c from − ended
/// + added, and likewise for each continuing tie's members with left and joined.
struct DateComparison
{
    Q_DECLARE_TR_FUNCTIONS(DateComparison)

public:
    QDate from;
    QDate to;
    QList<int> added;      //!< tie indices, dataset order
    QList<int> ended;
    QList<int> continuing;
    QList<TieChange> changed;
    QList<int> proposedFrom;
    QList<int> proposedTo;
    QStringList rolesChanged; //!< actors (ids, sorted) that joined or left a tie, or whose ties started or ended

    /// Compares \a from with \a to (from ≤ to; see check()) with \a hidden actors removed.
    static DateComparison compare(const Dataset &dataset, QDate from, QDate to, const QSet<QString> &hidden = {});
    /// An empty string when \a from and \a to can be compared, else why not (a from-date after the
    /// to-date is an error, never silently swapped).
    static QString check(QDate from, QDate to);

    /// {"from","to","added","ended","continuing","changed":[{"id","joined","left","status_from","status_to"}],
    ///  "proposed_from","proposed_to"} with tie ids and actor ids.
    QJsonObject toJson(const Dataset &dataset) const;
};

} // namespace atlas
