// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/query/inforce.h"

#include <algorithm>

namespace atlas {

TieStatus statusAt(const Tie &tie, qint64 day)
{
    if (tie.status == TieStatus::Proposed || tie.kind == TieKind::Proposal)
        return TieStatus::Proposed;
    for (const StatusPhase &phase : tie.phases)
        if (phase.between.isEmpty() && phase.fromDay <= day && day <= phase.toDay)
            return phase.status;
    return TieStatus::InForce;
}

namespace {
QList<std::pair<QString, QString>> pairsOf(const TieState &state, bool inForce)
{
    // Both ends come from \c members, so pairInForce() reduces to distinct ends and the pair's status,
    // which without per-pair phases is the tie's: no member list searches (a 35-member alliance has 595 pairs).
    QList<std::pair<QString, QString>> out;
    const qsizetype n = state.members.size();
    for (qsizetype x = 0; x < n; ++x)
        for (qsizetype y = x + 1; y < n; ++y) {
            const QString &a = state.members[x];
            const QString &b = state.members[y];
            const bool pairInForce = a != b && (state.pairs.isEmpty() ? state.status : state.pairStatus(a, b)) == TieStatus::InForce;
            if (pairInForce == inForce)
                out.append({ a, b });
        }
    return out;
}
} // namespace

QList<std::pair<QString, QString>> TieState::inForcePairs() const
{
    return pairsOf(*this, true);
}

QList<std::pair<QString, QString>> TieState::suspendedPairs() const
{
    return pairsOf(*this, false);
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
    for (const StatusPhase &phase : tie.phases)
        if (phase.between.size() == 2 && phase.fromDay <= day && day <= phase.toDay && state.members.contains(phase.between[0])
            && state.members.contains(phase.between[1]) && phase.status != TieStatus::InForce)
            state.pairs.append({ phase.between[0], phase.between[1], phase.status });
    if (state.status == TieStatus::InForce && (state.members.size() < 2 || (!state.pairs.isEmpty() && state.inForcePairs().isEmpty())))
        state.status = TieStatus::Suspended; // only suspended memberships or pairs hold it together
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
