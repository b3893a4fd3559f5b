// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/gifpalette.h"

#include <QHash>

#include <algorithm>
#include <limits>

namespace atlas {

namespace {

constexpr int kCubeLevels = 5;                                     // 0, 64, 128, 191, 255 per channel
constexpr int kCubeSize = kCubeLevels * kCubeLevels * kCubeLevels; // 125
constexpr int kExactColours = 256 - kCubeSize;                     // 131 kept exactly

int distance(QRgb a, QRgb b)
{
    // Weighted for the eye's sensitivity (green most, blue least).
    const int dr = qRed(a) - qRed(b), dg = qGreen(a) - qGreen(b), db = qBlue(a) - qBlue(b);
    return 2 * dr * dr + 4 * dg * dg + 3 * db * db;
}

} // namespace

GifPalette GifPalette::fromImages(const QList<QImage> &samples)
{
    // Count exact colours over the samples (every second pixel of every second row is plenty).
    QHash<QRgb, qint64> counts;
    for (const QImage &sample : samples) {
        const QImage image = sample.convertToFormat(QImage::Format_RGB32);
        for (int y = 0; y < image.height(); y += 2) {
            const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
            for (int x = 0; x < image.width(); x += 2)
                ++counts[line[x] | 0xFF000000u];
        }
    }
    QList<QPair<qint64, QRgb>> byCount;
    byCount.reserve(counts.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        byCount.append({ it.value(), it.key() });
    std::sort(byCount.begin(), byCount.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });

    GifPalette palette;
    int n = 0;
    for (int r = 0; r < kCubeLevels; ++r)
        for (int g = 0; g < kCubeLevels; ++g)
            for (int b = 0; b < kCubeLevels; ++b) {
                auto level = [](int i) { return std::min(255, i * 64); };
                palette.mColours[n++] = qRgb(level(r), level(g), level(b));
            }
    for (const auto &[count, colour] : byCount) {
        if (n == 256)
            break;
        if (std::find(palette.mColours.begin(), palette.mColours.begin() + n, colour) == palette.mColours.begin() + n)
            palette.mColours[n++] = colour;
    }
    while (n < 256)
        palette.mColours[n++] = 0xFF000000u;

    // Nearest palette entry for the centre of every 6-bit cell, then the exact colours win their own cell.
    palette.mLookup.resize(64 * 64 * 64);
    for (int c = 0; c < 64 * 64 * 64; ++c) {
        const QRgb centre = qRgb(((c >> 12) & 63) * 4 + 2, ((c >> 6) & 63) * 4 + 2, (c & 63) * 4 + 2);
        int best = 0, bestDistance = std::numeric_limits<int>::max();
        for (int i = 0; i < 256; ++i) {
            const int d = distance(centre, palette.mColours[i]);
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        palette.mLookup[c] = quint8(best);
    }
    for (int i = 0; i < 256; ++i) // cube colours, then the frequent exact colours, map to themselves
        palette.mLookup[cell(palette.mColours[i])] = quint8(i);
    return palette;
}

void GifPalette::map(const QImage &image, quint8 *out, int stride) const
{
    const QImage rgb = image.format() == QImage::Format_RGB32 || image.format() == QImage::Format_ARGB32
            ? image : image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        quint8 *row = out + qsizetype(y) * stride;
        for (int x = 0; x < rgb.width(); ++x)
            row[x] = mLookup[cell(line[x])];
    }
}

} // namespace atlas
