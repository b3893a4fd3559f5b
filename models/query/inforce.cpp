// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/query/inforce.h"

#include <algorithm>

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

std::optional<TieState> tieStateAt(const Tie &tie, qint64 day, const QSet<QString> &hidden)
{
    if (day < tie.fromDay || day > tie.toDay)
        return std::nullopt;
    TieState state;
    for (const MembershipSpell &spell : tie.members) {
        if (day < spell.fromDay || day > spell.toDay || hidden.contains(spell.actor))
            continue;
        QStringList &list = spell.suspended ? state.suspendedMembers : state.members;
        if (!list.contains(spell.actor))
            list.append(spell.actor);
    }
    // An actor with an in-force and a suspended spell on the same day is in force.
    state.suspendedMembers.removeIf([&](const QString &actor) { return state.members.contains(actor); });
    if (state.members.size() + state.suspendedMembers.size() < 2)
        return std::nullopt;
    state.status = statusAt(tie, day);
    if (state.status == TieStatus::InForce && state.members.size() < 2)
        state.status = TieStatus::Suspended; // only suspended memberships hold it together
    return state;
}

QList<qint64> tieChangeDays(const Tie &tie)
{
    QList<qint64> days { tie.fromDay, tie.toDay + 1 };
    for (const MembershipSpell &spell : tie.members)
        days << spell.fromDay << spell.toDay + 1;
    for (const StatusPhase &phase : tie.phases)
        days << phase.fromDay << phase.toDay + 1;
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    return days;
}

} // namespace atlas
