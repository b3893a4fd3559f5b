// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers shared by the tests and benchmarks (header-only; each uses what it needs): building ties by
// hand, listing a document's ties in force, and timing statistics. The in-process CLI runner is in
// tests/clirun.h (it needs atlas_cli).

#include "models/domain/tie.h"
#include "models/query/atlasdocument.h"
#include "models/query/snapshot.h"

#include <QDate>
#include <QList>
#include <QStringList>

#include <algorithm>

namespace atlas::test {

/// Julian day of an open end (no end date).
inline const qint64 kOpenEnd = QDate(9999, 12, 31).toJulianDay();

/// A tie \a id (named \a id in both languages) of \a kind whose \a members all belong from \a from
/// to \a to (open when invalid), as the reader would build it.
inline Tie makeTie(const QString &id, TieKind kind, const QStringList &members, QDate from, QDate to = {})
{
    Tie tie;
    tie.id = id;
    tie.name = { id, id };
    tie.kind = kind;
    tie.start = PartialDate::fromDate(from);
    tie.fromDay = from.toJulianDay();
    tie.toDay = to.isValid() ? to.toJulianDay() : kOpenEnd;
    if (to.isValid())
        tie.end = PartialDate::fromDate(to);
    for (const QString &m : members) {
        MembershipSpell spell;
        spell.actor = m;
        spell.fromDay = tie.fromDay;
        spell.toDay = tie.toDay;
        tie.members.append(spell);
    }
    return tie;
}

/// The ids of the ties in \a doc's snapshot, sorted.
inline QStringList tieIds(const AtlasDocument &doc)
{
    QStringList ids;
    for (const TieState &s : doc.snapshot().ties)
        ids.append(doc.dataset().ties[s.tie].id);
    ids.sort();
    return ids;
}

/// Summary of repeated timings (any unit): nearest-rank median and 95th percentile, max, mean.
struct TimingStats
{
    double median = 0;
    double p95 = 0;
    double max = 0;
    double mean = 0;
    qsizetype count = 0;
};

inline TimingStats timingStats(QList<double> values)
{
    TimingStats s;
    if (values.isEmpty())
        return s;
    std::sort(values.begin(), values.end());
    const auto at = [&](double q) { return values[std::min<qsizetype>(values.size() - 1, qsizetype(q * double(values.size() - 1) + 0.5))]; };
    s.median = at(0.5);
    s.p95 = at(0.95);
    s.max = values.last();
    for (double v : values)
        s.mean += v;
    s.mean /= double(values.size());
    s.count = values.size();
    return s;
}

} // namespace atlas::test
