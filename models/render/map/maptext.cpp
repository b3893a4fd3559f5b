// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/render/map/maptext.h"

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

/// The halo's width for text in \a font, in logical pixels; none without \a halo.
double haloWidthOf(const QFont &font, bool halo)
{
    return halo ? std::max(2.0, font.pixelSize() / 5.0) : 0;
}

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

/// Writes \a target's pixels: text of \a colour with the glyphs' \a coverage (offset by \a reach) over
/// the white halo of \a haloCoverage (rows of \a haloStride bytes), source-over in premultiplied ARGB,
/// as QPainter would paint the two.
void composeOverHalo(QImage &target, const QImage &coverage, int reach, const std::vector<uchar> &haloCoverage, int haloStride,
                     const QColor &colour)
{
    const QRgb c = colour.rgba();
    const auto scale = [](int value, int alpha) { return (value * alpha + 127) / 255; };
    for (int y = 0; y < target.height(); ++y) {
        const uchar *text = coverage.constScanLine(y + reach) + reach;
        const uchar *halo = haloCoverage.data() + size_t(haloStride) * y;
        auto *out = reinterpret_cast<QRgb *>(target.scanLine(y));
        for (int x = 0; x < target.width(); ++x) {
            const int textAlpha = scale(text[x], qAlpha(c));
            const int under = scale(scale(halo[x], kHaloAlpha), 255 - textAlpha);
            out[x] = qRgba(scale(qRed(c), textAlpha) + under, scale(qGreen(c), textAlpha) + under, scale(qBlue(c), textAlpha) + under,
                           textAlpha + under);
        }
    }
}

/// Up to this halo radius (device pixels) an image's halo is dilated from the glyphs' coverage; beyond,
/// the outline is stroked. Dilation costs the image's area times the disc's, a stroke the outline's
/// length times the halo's width: at labels' sizes (radius 1.4–3 px) dilating is 4 to 17 times as
/// fast, at a 64-px heading (6.4 px) they are even, at a 130-px date (13 px) stroking is 3 times as
/// fast (measured on this machine, -O2).
constexpr double kMaxDilatedRadius = 5;

} // namespace

void MapText::draw(QPainter &painter, QPointF topLeft, const QString &text, const QFont &font, const QColor &colour, bool halo,
                   bool cache) const
{
    const double haloWidth = haloWidthOf(font, halo);
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
    const double haloWidth = haloWidthOf(font, halo);
    return mImages.get(Key { text, font.pixelSize(), font.bold(), colour.rgba(), halo, dpr }, [&] {
        const QFontMetricsF fm(font);
        const double m = std::ceil(haloWidth);
        const QSize size = (QSizeF(fm.horizontalAdvance(text) + 2 * m + 2, fm.height() + 2 * m) * dpr).toSize();
        QImage drawn(size, QImage::Format_ARGB32_Premultiplied);
        drawn.setDevicePixelRatio(dpr);
        const double radius = haloWidth / 2 * dpr;
        if (radius == 0 || radius > kMaxDilatedRadius) {
            drawn.fill(Qt::transparent);
            QPainter p(&drawn);
            p.setRenderHint(QPainter::Antialiasing);
            paintText(p, QPointF(m, m), text, font, colour, haloWidth);
            return drawn;
        }
        // The glyphs' coverage, drawn as text (from the font engine's glyph cache, hinted as
        // paintText draws it), with room around it for the halo's reach and whole 16-byte rows.
        const int reach = int(std::ceil(radius + 1));
        const int blocks = (size.width() + 15) / 16;
        QImage coverage(blocks * 16 + 2 * reach, size.height() + 2 * reach, QImage::Format_Alpha8);
        coverage.fill(0);
        coverage.setDevicePixelRatio(dpr);
        {
            QPainter p(&coverage);
            p.setFont(font);
            p.setPen(Qt::white);
            p.drawText(QPointF(m + reach / dpr, m + reach / dpr + fm.ascent()), text);
        }
        composeOverHalo(drawn, coverage, reach, dilate(coverage, reach, radius, size.height(), blocks), blocks * 16, colour);
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
