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
    void add(const MapDamage &other)
    {
        all = all || other.all;
        rects += other.rects;
    }

    /// Adds what differs between the drawings \a before and \a after (items in drawing order):
    /// \a keyOf identifies an item across the two (an item whose key appears twice in one list
    /// makes the damage all), Item's == says whether it is drawn the same, \a boundsOf is where it
    /// draws (target coordinates).
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
        // Unchanged items keep their order when the k-th of them now is the k-th of them before.
        QList<qsizetype> order = matched;
        std::sort(order.begin(), order.end());
        for (qsizetype k = 0; k < matched.size(); ++k)
            if (matched[k] != order[k]) {
                add(boundsOf(before[matched[k]]));
                add(boundsOf(before[order[k]]));
            }
    }
};

} // namespace atlas
