// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/query/actorroles.h"

#include "models/domain/dataset.h"
#include "models/i18n/translator.h"
#include "models/query/snapshot.h"

namespace atlas {

void ActorRoles::raise(const QString &actor, ActorRole role)
{
    const auto it = mRoles.find(actor);
    if (it == mRoles.end())
        mRoles.insert(actor, role);
    else if (static_cast<int>(role) < static_cast<int>(*it))
        *it = role;
}

ActorRoles ActorRoles::compute(const Dataset &dataset, const Snapshot &snapshot, bool hubHidden)
{
    ActorRoles roles;
    if (!dataset.hub.isEmpty() && !hubHidden)
        roles.raise(dataset.hub, ActorRole::Hub);
    for (const TieState &state : snapshot.ties) {
        if (state.status != TieStatus::InForce || state.tie < 0 || state.tie >= dataset.ties.size())
            continue;
        const Tie &tie = dataset.ties[state.tie];
        switch (tie.kind) {
        case TieKind::BilateralAlliance:
        case TieKind::MultilateralAlliance:
            if (state.members.contains(dataset.hub))
                for (const QString &m : state.members)
                    if (m == dataset.hub || state.pairInForce(dataset.hub, m)) // not over a suspended leg
                        roles.raise(m, ActorRole::TreatyAlly);
            break; // an alliance without the hub is outside the system this map is about
        case TieKind::Minilateral:
            for (const QString &m : state.members)
                roles.raise(m, ActorRole::MinilateralPartner);
            break;
        case TieKind::Partnership:
        case TieKind::Dialogue:
        case TieKind::IntelligenceSharing:
        case TieKind::Exercise:
        case TieKind::Agreement:
            for (const QString &m : state.members)
                roles.raise(m, ActorRole::SecurityPartner);
            break;
        case TieKind::Proposal:
            break;
        }
    }
    return roles;
}

QString ActorRoles::label(ActorRole role, const Translator *translator)
{
    const auto word = [translator](const char *source) { return translateWith(translator, "ActorRoles", source); };
    switch (role) {
    case ActorRole::Hub:
        return word(QT_TRANSLATE_NOOP("ActorRoles", "Hub of the alliance system"));
    case ActorRole::TreatyAlly:
        return word(QT_TRANSLATE_NOOP("ActorRoles", "Treaty ally"));
    case ActorRole::MinilateralPartner:
        return word(QT_TRANSLATE_NOOP("ActorRoles", "Minilateral partner"));
    case ActorRole::SecurityPartner:
        return word(QT_TRANSLATE_NOOP("ActorRoles", "Security partner outside the alliances"));
    case ActorRole::Other:
        break;
    }
    return word(QT_TRANSLATE_NOOP("ActorRoles", "No tie in force"));
}

} // namespace atlas
