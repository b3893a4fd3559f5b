// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/dataset.h"

#include <algorithm>

namespace atlas {

QStringList Tie::memberIds() const
{
    QStringList ids;
    for (const MembershipSpell &spell : members)
        if (!ids.contains(spell.actor))
            ids.append(spell.actor);
    return ids;
}

namespace {
template<typename T, typename KeyOf>
QHash<QString, int> indexOf(const QList<T> &list, KeyOf keyOf)
{
    QHash<QString, int> index;
    index.reserve(list.size());
    for (int i = 0; i < list.size(); ++i)
        index.insert(keyOf(list[i]), i); // last one wins; the reader reports duplicates
    return index;
}
} // namespace

void Dataset::buildIndex()
{
    mSourceIndex = indexOf(sources, [](const Source &s) { return s.key; });
    mActorIndex = indexOf(actors, [](const Actor &a) { return a.id; });
    mTieIndex = indexOf(ties, [](const Tie &t) { return t.id; });
    mEventIndex = indexOf(events, [](const Event &e) { return e.id; });
    mEvidenceIndex = indexOf(evidence, [](const Evidence &e) { return e.id; });
    mTypologyIndex = indexOf(typologies, [](const TypologyScheme &t) { return t.id; });
}

const Placement *Dataset::placement(const QString &scheme, const QString &tieId) const
{
    for (const Placement &p : placements)
        if (p.scheme == scheme && p.tie == tieId)
            return &p;
    return nullptr;
}

QList<const Evidence *> Dataset::evidenceFor(const QString &tieId) const
{
    QList<const Evidence *> result;
    for (const Evidence &e : evidence) {
        bool about = e.tie == tieId;
        if (!about && !e.event.isEmpty())
            if (const Event *ev = event(e.event))
                about = ev->ties.contains(tieId);
        if (about)
            result.append(&e);
    }
    return result;
}

QList<const Event *> Dataset::eventsOf(const QString &tieId) const
{
    QList<const Event *> result;
    for (const Event &e : events)
        if (e.ties.contains(tieId))
            result.append(&e);
    std::stable_sort(result.begin(), result.end(),
                     [](const Event *a, const Event *b) { return a->date.firstDay() < b->date.firstDay(); });
    return result;
}

} // namespace atlas
