// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QImage>
#include <QMutex>

namespace atlas {

/// Images a layer draws once and blits on every frame (a label with its halo, a country's fill, a
/// capital's dot), found by \a Key. Safe to share between threads: MapRenderer repaints the parts of
/// a cached image on two threads at once, so each lookup holds a lock, and a missing image is drawn
/// while it is held (one thread at a time draws, which also keeps a QFont or QPainterPath shared by
/// the threads from being prepared by two of them at once). When it holds more than its capacity,
/// it starts again empty.
template<typename Key, typename Value = QImage>
class SpriteCache
{
public:
    explicit SpriteCache(qsizetype capacity)
        : mCapacity(capacity)
    {
    }

    /// The value kept under \a key, or the one \a make() returns, kept from now on.
    template<typename Make>
    Value get(const Key &key, const Make &make) const
    {
        QMutexLocker lock(&mMutex);
        if (const auto it = mValues.constFind(key); it != mValues.constEnd())
            return *it;
        if (mValues.size() >= mCapacity)
            mValues.clear();
        return *mValues.insert(key, make());
    }

    void clear() const
    {
        QMutexLocker lock(&mMutex);
        mValues.clear();
    }

private:
    qsizetype mCapacity;
    mutable QMutex mMutex;
    mutable QHash<Key, Value> mValues;
};

} // namespace atlas
