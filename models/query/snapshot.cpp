// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/query/snapshot.h"

#include "models/domain/dataset.h"

namespace atlas {

TieStatus statusAt(const Tie &tie, qint64 day)
{
    if (tie.status == TieStatus::Proposed || tie.kind == TieKind::Proposal)
        return TieStatus::Proposed;
    for (const StatusPhase &phase : tie.phases)
        if (phase.fromDay <= day && day <= phase.toDay)
            return phase.status;
    return TieStatus::InForce;
}

Snapshot takeSnapshot(const Dataset &dataset, QDate date, const QSet<QString> &hidden)
{
    Snapshot snapshot;
    snapshot.date = date;
    const qint64 day = date.toJulianDay();
    for (int i = 0; i < dataset.ties.size(); ++i) {
        const Tie &tie = dataset.ties[i];
        if (day < tie.fromDay || day > tie.toDay)
            continue;
        TieState state;
        state.tie = i;
        for (const MembershipSpell &spell : tie.members) {
            if (day < spell.fromDay || day > spell.toDay || hidden.contains(spell.actor))
                continue;
            QStringList &list = spell.suspended ? state.suspendedMembers : state.members;
            if (!list.contains(spell.actor) && !state.members.contains(spell.actor))
                list.append(spell.actor);
        }
        if (state.members.size() + state.suspendedMembers.size() < 2)
            continue;
        state.status = statusAt(tie, day);
        if (state.status == TieStatus::InForce && state.members.size() < 2)
            state.status = TieStatus::Suspended; // only suspended memberships hold it together
        snapshot.ties.append(state);
    }
    for (int i = 0; i < dataset.events.size(); ++i)
        if (dataset.events[i].date.isValid() && dataset.events[i].date.firstDay() <= date)
            snapshot.events.append(i);
    return snapshot;
}

} // namespace atlas
