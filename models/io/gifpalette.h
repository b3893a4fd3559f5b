// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QRgb>

#include <array>
#include <cstdint>
#include <vector>

namespace atlas {

/// A 256-colour palette for a whole GIF film and the lookup that maps any colour to it. Maps and
/// charts are mostly flat colours: the most frequent exact colours of the sample images are kept as
/// they are (so fills and tie colours stay true), the rest of the palette is a colour cube for
/// antialiased edges and text. Mapping is a table lookup per pixel, without dithering (flat areas
/// stay flat and compress well).
class GifPalette
{
public:
    /// The palette for \a samples (e.g. the first and the last frame of a film).
    static GifPalette fromImages(const QList<QImage> &samples);

    /// The 256 colours, as 0xAARRGGBB (opaque).
    const std::array<quint32, 256> &colours() const { return mColours; }
    /// The palette index nearest to \a colour.
    quint8 indexOf(QRgb colour) const { return mLookup[cell(colour)]; }
    /// Maps \a image (any format; converted to RGB32 first) to palette indices, \a stride bytes per row
    /// of \a out (at least the image's width), rows top to bottom.
    void map(const QImage &image, quint8 *out, int stride) const;

private:
    static int cell(QRgb colour) { return ((qRed(colour) >> 2) << 12) | ((qGreen(colour) >> 2) << 6) | (qBlue(colour) >> 2); }

    std::array<quint32, 256> mColours {};
    std::vector<quint8> mLookup; //!< 64×64×64 cells of 6 bits per channel → palette index
};

} // namespace atlas
