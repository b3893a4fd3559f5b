// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/query/memberpresets.h"

#include "models/domain/dataset.h"

#include <algorithm>

namespace atlas {

QList<MemberPreset> MemberPresets::forDataset(const Dataset &dataset, Language language)
{
    QSet<QString> all;
    QSet<QString> asiaPacific;
    QSet<QString> euroAtlantic;
    for (const Actor &a : dataset.actors) {
        all.insert(a.id);
        if (a.isAsiaPacific())
            asiaPacific.insert(a.id);
        if (a.isEuroAtlantic())
            euroAtlantic.insert(a.id);
    }
    const Actor *hub = dataset.actor(dataset.hub);
    const QString hubName = hub ? hub->name.text(language) : dataset.hub;

    QList<MemberPreset> presets;
    presets.append({ QStringLiteral("all"), tr("All members"), all });
    if (hub) {
        asiaPacific.insert(hub->id); // without the hub the region's alliances would vanish
        presets.append({ QStringLiteral("asia-pacific"), tr("Asia-Pacific (with %1)").arg(hubName), asiaPacific });
    } else {
        presets.append({ QStringLiteral("asia-pacific"), tr("Asia-Pacific"), asiaPacific });
    }
    presets.append({ QStringLiteral("euro-atlantic"), tr("Euro-Atlantic"), euroAtlantic });
    if (hub) {
        QSet<QString> allies { hub->id };
        for (const Tie &t : dataset.ties) {
            if (t.kind != TieKind::BilateralAlliance && t.kind != TieKind::MultilateralAlliance)
                continue;
            const QStringList members = t.memberIds();
            if (members.contains(hub->id))
                for (const QString &m : members)
                    allies.insert(m);
        }
        presets.append({ QStringLiteral("hub-allies"), tr("%1 and its treaty allies only").arg(hubName), allies });
        QSet<QString> withoutHub = all;
        withoutHub.remove(hub->id);
        presets.append({ QStringLiteral("without-hub"), tr("Hide %1 (spoke-to-spoke ties)").arg(hubName), withoutHub });
    }
    QList<const Tie *> minilaterals;
    for (const Tie &t : dataset.ties)
        if (t.kind == TieKind::Minilateral)
            minilaterals.append(&t);
    std::stable_sort(minilaterals.begin(), minilaterals.end(), [](const Tie *a, const Tie *b) { return a->fromDay < b->fromDay; });
    for (const Tie *t : std::as_const(minilaterals)) {
        const QStringList members = t->memberIds();
        presets.append({ QStringLiteral("tie:") + t->id, tr("%1 members").arg(t->label().text(language)),
                         QSet<QString>(members.cbegin(), members.cend()) });
    }
    return presets;
}

QSet<QString> MemberPresets::hiddenFor(const MemberPreset &preset, const Dataset &dataset)
{
    QSet<QString> hidden;
    for (const Actor &a : dataset.actors)
        if (!preset.visible.contains(a.id))
            hidden.insert(a.id);
    return hidden;
}

int MemberPresets::matching(const QList<MemberPreset> &presets, const Dataset &dataset, const QSet<QString> &hidden)
{
    for (int i = 0; i < presets.size(); ++i)
        if (hiddenFor(presets[i], dataset) == hidden)
            return i;
    return -1;
}

} // namespace atlas
