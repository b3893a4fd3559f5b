// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/render/map/maptext.h"

#include "models/render/bytemul.h"
#include "models/render/linerasterizer.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <vector>

namespace atlas {

namespace {

constexpr int kHaloAlpha = 230;

/// Text with its top left at \a topLeft, as vectors: its outline stroked white \a haloWidth wide
/// (by LineRasterizer on images: see fillAndStroke), then real text on top, so SVG and PDF exports
/// keep it selectable and searchable.
void paintText(QPainter &painter, QPointF topLeft, const QString &text, const QFont &font, const QColor &colour, double haloWidth)
{
    const QPointF baseline = topLeft + QPointF(0, QFontMetricsF(font).ascent());
    if (haloWidth > 0) {
        QPainterPath path;
        path.addText(baseline, font, text);
        LineRasterizer::fillAndStroke(painter, path, Qt::NoBrush,
                                      QPen(QColor(255, 255, 255, kHaloAlpha), haloWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    }
    painter.save();
    painter.setFont(font);
    painter.setPen(colour);
    painter.drawText(baseline, text);
    painter.restore();
}

/// out[i] = max(out[i], in[i] + offset clamped to 0..255) where in[i] > 0, over \a blocks of 16 bytes;
/// a raise (\a raise, 0..255) or a cut (\a cut, 0..255), not both. Written in bytes with loops of fixed
/// length over arrays that do not alias, so that the compiler vectorises it at -O2: five times as
/// fast as the same in int.
void maxOfOffset(uchar *__restrict out, const uchar *__restrict in, int blocks, uchar raise, uchar cut)
{
    for (int b = 0; b < blocks; ++b, out += 16, in += 16) {
        for (int i = 0; i < 16; ++i) {
            const auto raised = uchar(in[i] + raise);
            uchar v = raised < in[i] ? uchar(255) : raised; // saturated
            v = in[i] > cut ? uchar(v - cut) : uchar(0);    // nothing where in[i] is 0
            out[i] = out[i] > v ? out[i] : v;
        }
    }
}

/// The halo's coverage: the pixels within \a radius device pixels of the glyphs. The glyphs'
/// \a coverage (drawn \a reach pixels in from each side) tells how far each pixel's centre lies from
/// their edge: a pixel of coverage c about 0.5 − c outside it. A pixel at offset d from a covered
/// one is then about |d| + 0.5 − c from the glyph and gets the coverage radius + 0.5 minus that. That
/// is the area, antialiased, that a round-joined stroke 2 × radius wide covers outside the glyphs'
/// outline. Rows of \a blocks × 16 bytes, \a height of them.
std::vector<uchar> dilate(const QImage &coverage, int reach, double radius, int height, int blocks)
{
    const size_t stride = size_t(blocks) * 16;
    std::vector<uchar> out(stride * height, 0);
    for (int dy = -reach; dy <= reach; ++dy) {
        for (int dx = -reach; dx <= reach; ++dx) {
            const auto offset = int(std::lround((radius - std::hypot(dx, dy)) * 255));
            if (offset <= -255) // beyond the reach of even a fully covered pixel
                continue;
            const auto raise = uchar(std::clamp(offset, 0, 255));
            const auto cut = uchar(std::clamp(-offset, 0, 255));
            for (int y = 0; y < height; ++y)
                maxOfOffset(out.data() + stride * y, coverage.constScanLine(y + reach + dy) + reach + dx, blocks, raise, cut);
        }
    }
    return out;
}

/// The glyphs' coverage: \a text drawn in \a font white on nothing (from the font engine's glyph cache,
/// hinted as paintText draws it) with its baseline's start at \a baseline (logical pixels of an image of
/// pixel ratio \a dpr), into an image \a shrink times smaller, \a pad pixels wider on each side.
QImage glyphCoverage(const QString &text, const QFont &font, QPointF baseline, qreal dpr, int shrink, int pad, QSize pixels)
{
    QImage coverage(pixels.width() + 2 * pad, pixels.height() + 2 * pad, QImage::Format_Alpha8);
    coverage.fill(0);
    QPainter p(&coverage);
    p.scale(dpr / shrink, dpr / shrink); // not a pixel ratio: below 1, QPainter ignores it
    p.setFont(font);
    p.setPen(Qt::white);
    p.drawText(baseline + QPointF(pad, pad) * (shrink / dpr), text);
    return coverage;
}

/// \a from (rows of \a stride bytes, \a size of them used) scaled up \a factor times to \a to pixels,
/// bilinear: each pixel's centre sampled from the four nearest, edges clamped (weights in 1/256).
std::vector<uchar> scaledUp(const std::vector<uchar> &from, int stride, QSize size, int factor, QSize to)
{
    struct Tap
    {
        int near, far, weight; // the far one's weight
    };
    const auto taps = [&](int count, int limit) {
        std::vector<Tap> out(static_cast<size_t>(count));
        for (int i = 0; i < count; ++i) {
            const double at = (i + 0.5) / factor - 0.5;
            const int low = int(std::floor(at));
            out[size_t(i)] = { std::clamp(low, 0, limit - 1), std::clamp(low + 1, 0, limit - 1), int(std::lround((at - low) * 256)) };
        }
        return out;
    };
    const std::vector<Tap> columns = taps(to.width(), size.width());
    const std::vector<Tap> rows = taps(to.height(), size.height());
    std::vector<uchar> out(size_t(to.width()) * to.height());
    for (int y = 0; y < to.height(); ++y) {
        const Tap &r = rows[size_t(y)];
        const uchar *top = from.data() + size_t(r.near) * stride;
        const uchar *bottom = from.data() + size_t(r.far) * stride;
        uchar *line = out.data() + size_t(y) * to.width();
        for (int x = 0; x < to.width(); ++x) {
            const Tap &c = columns[size_t(x)];
            const int upper = top[c.near] * (256 - c.weight) + top[c.far] * c.weight;
            const int lower = bottom[c.near] * (256 - c.weight) + bottom[c.far] * c.weight;
            line[x] = uchar((upper * (256 - r.weight) + lower * r.weight + 32768) >> 16);
        }
    }
    return out;
}

/// Writes \a target's pixels: text of \a colour with the glyphs' \a coverage (offset by \a pad) over
/// the white halo of \a haloCoverage (rows of \a haloStride bytes), source-over in premultiplied ARGB,
/// as QPainter would paint the two.
void composeOverHalo(QImage &target, const QImage &coverage, int pad, const std::vector<uchar> &haloCoverage, int haloStride,
                     const QColor &colour)
{
    const QRgb c = qPremultiply(colour.rgba());
    const auto scale = [](quint32 value, quint32 alpha) { return (value * alpha + 127) / 255; };
    const int width = target.width();
    for (int y = 0; y < target.height(); ++y) {
        const uchar *text = coverage.constScanLine(y + pad) + pad;
        const uchar *halo = haloCoverage.data() + size_t(haloStride) * y;
        auto *out = reinterpret_cast<QRgb *>(target.scanLine(y));
        for (int x = 0; x < width; ++x) {
            const quint32 ink = byteMul(c, text[x]);
            const quint32 under = scale(scale(halo[x], kHaloAlpha), 255 - qAlpha(ink)); // white: the same in every byte
            out[x] = ink + under * 0x01010101u;
        }
    }
}

/// The widest halo radius (device pixels) dilated at full resolution. Dilation costs the image's area
/// times the disc's, so a wider halo is dilated on an image shrunk until its radius is at most this,
/// then scaled up: a 130-px date's halo (radius 13) shrunk 3 times costs 1/81 as much, its rim
/// softened over 3 pixels of a 26-pixel halo.
constexpr double kMaxDilatedRadius = 5;

} // namespace

void MapText::draw(QPainter &painter, QPointF topLeft, const QString &text, const QFont &font, const QColor &colour, bool halo,
                   bool cache) const
{
    const double haloWidth = halo ? MapText::haloWidth(font) : 0;
    if (!cache) {
        paintText(painter, topLeft, text, font, colour, haloWidth);
        return;
    }
    const QImage sprite = image(text, font, colour, halo, painter.device() ? painter.device()->devicePixelRatioF() : 1.0);
    // On whole device pixels: the raster engine otherwise rounds a fractional place one way when
    // the painter is clipped to a rectangle (a partial repaint of a cached image) and samples it
    // another way when not, and the text's edge came out a pixel apart.
    const double m = std::ceil(haloWidth);
    QPointF at = topLeft - QPointF(m, m);
    if (const QTransform device = painter.deviceTransform(); device.type() <= QTransform::TxTranslate) {
        const QPointF d = device.map(at);
        at += QPointF(qRound(d.x()) - d.x(), qRound(d.y()) - d.y());
    }
    painter.drawImage(at, sprite);
}

QImage MapText::image(const QString &text, const QFont &font, const QColor &colour, bool halo, qreal dpr) const
{
    const double haloWidth = halo ? MapText::haloWidth(font) : 0;
    return mImages.get(Key { text, font.pixelSize(), font.bold(), colour.rgba(), halo, dpr }, [&] {
        const QFontMetricsF fm(font);
        const double m = std::ceil(haloWidth);
        const QSize size = (QSizeF(fm.horizontalAdvance(text) + 2 * m + 2, fm.height() + 2 * m) * dpr).toSize();
        QImage drawn(size, QImage::Format_ARGB32_Premultiplied);
        drawn.setDevicePixelRatio(dpr);
        const QPointF baseline(m, m + fm.ascent());
        if (!halo) {
            drawn.fill(Qt::transparent);
            QPainter p(&drawn);
            paintText(p, QPointF(m, m), text, font, colour, 0);
            return drawn;
        }
        // The halo dilated from the glyphs' coverage (on an image shrunk for wide halos), with room
        // around it for the halo's reach and whole 16-byte rows.
        const double radius = haloWidth / 2 * dpr;
        const int shrink = int(std::ceil(radius / kMaxDilatedRadius));
        const int reach = int(std::ceil(radius / shrink + 1));
        const QSize small((size.width() + shrink - 1) / shrink, (size.height() + shrink - 1) / shrink);
        const int blocks = (small.width() + 15) / 16;
        const QImage coverage = glyphCoverage(text, font, baseline, dpr, shrink, reach, QSize(blocks * 16, small.height()));
        std::vector<uchar> haloCoverage = dilate(coverage, reach, radius / shrink, small.height(), blocks);
        if (shrink == 1) {
            composeOverHalo(drawn, coverage, reach, haloCoverage, blocks * 16, colour);
        } else {
            haloCoverage = scaledUp(haloCoverage, blocks * 16, small, shrink, size);
            composeOverHalo(drawn, glyphCoverage(text, font, baseline, dpr, 1, 0, size), 0, haloCoverage, size.width(), colour);
        }
        return drawn;
    });
}

QSizeF MapText::size(const QString &text, const QFont &font) const
{
    return mSizes.get(Key { text, font.pixelSize(), font.bold() }, [&] {
        const QFontMetricsF fm(font);
        return QSizeF(fm.horizontalAdvance(text), fm.height());
    });
}

bool MapText::cacheable(const QPainter &painter, bool rasterCache)
{
    return rasterCache && painter.worldTransform().type() <= QTransform::TxTranslate;
}

void MapText::clear()
{
    mImages.clear();
    mSizes.clear();
}

} // namespace atlas
