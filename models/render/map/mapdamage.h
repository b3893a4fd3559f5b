// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QRectF>

#include <algorithm>
#include <type_traits>

namespace atlas {

/// Where the pixels of a cached map layer may differ between two frames: a few rectangles in target
/// coordinates, or all of it. MapRenderer repaints a cached image only there (restored from the image
/// below, then the tier's layers painted clipped to each rectangle), so that a date change that
/// recolours two countries or adds one tie costs those countries or that tie, not the whole target.
///
/// A layer that draws a list of items in order (sprites, glyphs, labels) finds its damage with
/// compare(): every item drawn before or after that is not drawn the same now, and every unchanged
/// item whose place in the drawing order changed (overlapping items must keep their order). Outside
/// those rectangles only unchanged items cover a pixel, in the same order: the pixel is the same.
struct MapDamage
{
    bool all = false;
    QList<QRectF> rects; //!< target coordinates

    static MapDamage everything()
    {
        MapDamage d;
        d.all = true;
        return d;
    }
    bool isEmpty() const { return !all && rects.isEmpty(); }
    void add(const QRectF &r)
    {
        if (r.width() > 0 && r.height() > 0)
            rects.append(r);
    }
    void add(const QList<QRectF> &list)
    {
        for (const QRectF &r : list)
            add(r);
    }
    void add(const MapDamage &other)
    {
        all = all || other.all;
        rects += other.rects;
    }

    /// Marks a longest strictly increasing subsequence of \a values (patience sorting, n log n).
    static QList<bool> longestIncreasing(const QList<qsizetype> &values)
    {
        QList<qsizetype> tails; // index into values of the last element of the best run of each length
        QList<qsizetype> previous(values.size(), -1);
        for (qsizetype i = 0; i < values.size(); ++i) {
            const auto at = std::lower_bound(tails.begin(), tails.end(), values[i], [&](qsizetype t, qsizetype v) { return values[t] < v; });
            if (at != tails.begin())
                previous[i] = *(at - 1);
            if (at == tails.end())
                tails.append(i);
            else
                *at = i;
        }
        QList<bool> marked(values.size(), false);
        for (qsizetype i = tails.isEmpty() ? -1 : tails.last(); i >= 0; i = previous[i])
            marked[i] = true;
        return marked;
    }

    /// Adds what differs between the drawings \a before and \a after (items in drawing order):
    /// \a keyOf identifies an item across the two (an item whose key appears twice in one list
    /// makes the damage all), Item's == says whether it is drawn the same, \a boundsOf is where it
    /// draws (target coordinates: a rectangle, or a list of them for a long thin item such as an arc).
    template <typename Item, typename KeyOf, typename BoundsOf>
    void compare(const QList<Item> &before, const QList<Item> &after, KeyOf keyOf, BoundsOf boundsOf)
    {
        using Key = std::decay_t<decltype(keyOf(before.first()))>;
        QHash<Key, qsizetype> oldIndex;
        oldIndex.reserve(before.size());
        for (qsizetype i = 0; i < before.size(); ++i)
            if (oldIndex.contains(keyOf(before[i]))) {
                all = true;
                return;
            } else {
                oldIndex.insert(keyOf(before[i]), i);
            }
        QList<bool> kept(before.size(), false);
        QList<qsizetype> matched; // old indices of the unchanged items, in the new order
        QHash<Key, bool> seen;
        seen.reserve(after.size());
        for (const Item &item : after) {
            const Key key = keyOf(item);
            if (seen.contains(key)) {
                all = true;
                return;
            }
            seen.insert(key, true);
            const auto it = oldIndex.constFind(key);
            if (it != oldIndex.constEnd() && before[*it] == item) {
                kept[*it] = true;
                matched.append(*it);
                continue;
            }
            add(boundsOf(item));
            if (it != oldIndex.constEnd())
                add(boundsOf(before[*it]));
        }
        for (qsizetype i = 0; i < before.size(); ++i)
            if (!kept[i])
                add(boundsOf(before[i]));
        // Unchanged items that changed places: those outside a longest run kept in order (any two
        // whose order swapped include one of them, whose bounds then cover where they overlap).
        const QList<bool> inOrder = longestIncreasing(matched);
        for (qsizetype k = 0; k < matched.size(); ++k)
            if (!inOrder[k])
                add(boundsOf(before[matched[k]]));
    }
};

} // namespace atlas
