// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/actor.h"
#include "models/domain/bookmark.h"
#include "models/domain/event.h"
#include "models/domain/evidence.h"
#include "models/domain/localizedtext.h"
#include "models/domain/source.h"
#include "models/domain/tie.h"
#include "models/domain/typology.h"

#include <QHash>
#include <QList>

namespace atlas {

/// The in-memory dataset: sources, actors, ties, events, evidence and typologies, with lookups by id.
/// A plain value: the reader builds it whole, and it is replaced whole when another file is opened.
class Dataset
{
public:
    LocalizedText title;
    QString hub; //!< the actor at the centre of the hub-and-spoke system
    QString fileName;
    QList<Source> sources;
    QList<Actor> actors;
    QList<Tie> ties;
    QList<Event> events;
    QList<Evidence> evidence;
    QList<TypologyScheme> typologies;
    QList<Placement> placements;
    QList<Bookmark> bookmarks; //!< in date order

    /// Rebuilds the id lookups; call after changing the lists.
    void buildIndex();

    const Source *source(const QString &key) const { return find(sources, mSourceIndex, key); }
    const Actor *actor(const QString &id) const { return find(actors, mActorIndex, id); }
    const Tie *tie(const QString &id) const { return find(ties, mTieIndex, id); }
    const Event *event(const QString &id) const { return find(events, mEventIndex, id); }
    const Evidence *evidenceItem(const QString &id) const { return find(evidence, mEvidenceIndex, id); }
    const TypologyScheme *typology(const QString &id) const { return find(typologies, mTypologyIndex, id); }
    int tieIndex(const QString &id) const { return mTieIndex.value(id, -1); }
    int actorIndex(const QString &id) const { return mActorIndex.value(id, -1); }

    /// The placement of \a tieId in \a scheme, or nullptr when the scheme's source does not classify it.
    const Placement *placement(const QString &scheme, const QString &tieId) const;
    /// Evidence items about \a tieId (directly or through one of its events), in file order.
    QList<const Evidence *> evidenceFor(const QString &tieId) const;
    /// Events of \a tieId in date order.
    QList<const Event *> eventsOf(const QString &tieId) const;

private:
    template<typename T>
    static const T *find(const QList<T> &list, const QHash<QString, int> &index, const QString &id)
    {
        const int i = index.value(id, -1);
        return i < 0 ? nullptr : &list[i];
    }

    QHash<QString, int> mSourceIndex;
    QHash<QString, int> mActorIndex;
    QHash<QString, int> mTieIndex;
    QHash<QString, int> mEventIndex;
    QHash<QString, int> mEvidenceIndex;
    QHash<QString, int> mTypologyIndex;
};

} // namespace atlas
