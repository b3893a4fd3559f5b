// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/query/snapshot.h"

#include "models/domain/dataset.h"

namespace atlas {

Snapshot takeSnapshot(const Dataset &dataset, QDate date, const QSet<QString> &hidden)
{
    Snapshot snapshot;
    snapshot.date = date;
    const qint64 day = date.toJulianDay();
    for (int i = 0; i < dataset.ties.size(); ++i) {
        std::optional<TieState> state = tieStateAt(dataset.ties[i], day, hidden);
        if (!state)
            continue;
        state->tie = i;
        snapshot.ties.append(*state);
    }
    for (int i = 0; i < dataset.events.size(); ++i)
        if (dataset.events[i].date.isValid() && dataset.events[i].date.firstDay() <= date)
            snapshot.events.append(i);
    return snapshot;
}

} // namespace atlas
