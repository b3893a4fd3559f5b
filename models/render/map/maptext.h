// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/render/map/spritecache.h"

#include <QColor>
#include <QFont>
#include <QHash>
#include <QImage>
#include <QPointF>
#include <QSizeF>
#include <QString>

#include <algorithm>

class QPainter;

namespace atlas {

/// Map text with a white halo, and the sizes of texts: both cached, as the same few words are drawn on
/// every frame. Each layer that writes owns one; safe to use from the threads that repaint a cached
/// image's parts at once.
class MapText
{
public:
    /// Draws \a text with its top left at \a topLeft. With \a cache, through an image kept per text,
    /// font, colour and device pixel ratio (screen painting); without, as real text over a stroked
    /// halo, so SVG and PDF exports keep it selectable.
    void draw(QPainter &painter, QPointF topLeft, const QString &text, const QFont &font, const QColor &colour, bool halo,
              bool cache) const;
    /// The image draw() blits for \a text with \a cache at pixel ratio \a dpr, made now when it is not
    /// kept yet.
    QImage image(const QString &text, const QFont &font, const QColor &colour, bool halo, qreal dpr) const;
    /// Advance width and height of \a text in \a font.
    QSizeF size(const QString &text, const QFont &font) const;
    void clear();

    /// The width of the white halo around text in \a font, in logical pixels: a fifth of the font's
    /// size, at least 2 (it reaches half of that beyond the glyphs).
    static double haloWidth(const QFont &font) { return std::max(2.0, font.pixelSize() / 5.0); }

    /// Whether text painted with \a painter may come from cached images: screen painting (\a rasterCache)
    /// without scaling.
    static bool cacheable(const QPainter &painter, bool rasterCache);

private:
    /// A text in a font's size and weight (the family is the application's), and how an image of it
    /// is drawn: a struct, not a string built of the parts, as the sizes are asked for thousands of
    /// times per frame while labels are placed.
    struct Key
    {
        QString text;
        int pixelSize = 0;
        bool bold = false;
        QRgb colour = 0;
        bool halo = false;
        qreal dpr = 0;
        friend bool operator==(const Key &, const Key &) = default;
        friend size_t qHash(const Key &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.text, key.pixelSize, key.bold, key.colour, key.halo, key.dpr);
        }
    };
    SpriteCache<Key> mImages { 4000 };
    SpriteCache<Key, QSizeF> mSizes { 8000 };
};

} // namespace atlas
