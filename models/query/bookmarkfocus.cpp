// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/query/bookmarkfocus.h"

#include "models/domain/bookmark.h"
#include "models/domain/dataset.h"
#include "models/query/inforce.h"

#include <algorithm>

namespace atlas::BookmarkFocus {

QStringList ties(const Dataset &dataset, const Bookmark &bookmark)
{
    QStringList ids;
    for (const QString &evidenceId : bookmark.evidence)
        for (const Evidence &e : dataset.evidence)
            if (e.id == evidenceId && !e.tie.isEmpty() && dataset.tie(e.tie) && !ids.contains(e.tie))
                ids.append(e.tie);
    return ids;
}

QDate date(const Dataset &dataset, const Bookmark &bookmark)
{
    const QDate first = bookmark.date.firstDay();
    const QDate last = bookmark.date.lastDay();
    if (!first.isValid() || !last.isValid())
        return first;
    QList<const Tie *> subjects;
    for (const QString &id : ties(dataset, bookmark))
        subjects.append(dataset.tie(id));
    // Whether ties are in force changes only on their change days: try the first day and those within.
    QList<qint64> candidates { first.toJulianDay() };
    for (const Tie *tie : std::as_const(subjects))
        for (const qint64 day : tieChangeDays(*tie))
            if (day > first.toJulianDay() && day <= last.toJulianDay())
                candidates.append(day);
    std::sort(candidates.begin(), candidates.end());
    qint64 best = candidates.first();
    int bestCount = -1;
    for (const qint64 day : std::as_const(candidates)) {
        int count = 0;
        for (const Tie *tie : std::as_const(subjects))
            if (tieStateAt(*tie, day)) // drawn: in force, suspended or proposed
                ++count;
        if (count > bestCount) {
            best = day;
            bestCount = count;
        }
    }
    return QDate::fromJulianDay(best);
}

} // namespace atlas::BookmarkFocus
