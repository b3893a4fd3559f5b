// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/render/map/maptext.h"

#include "models/render/linerasterizer.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace atlas {

namespace {

/// The white halo around a label's outline (by LineRasterizer on images: see fillAndStroke).
void strokeHalo(QPainter &painter, const QPainterPath &path, double width)
{
    LineRasterizer::fillAndStroke(painter, path, Qt::NoBrush, QPen(QColor(255, 255, 255, 230), width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
}

} // namespace

void MapText::draw(QPainter &painter, QPointF topLeft, const QString &text, const QFont &font, const QColor &colour, bool halo,
                   bool cache) const
{
    const double haloWidth = halo ? std::max(2.0, font.pixelSize() / 5.0) : 0;
    if (!cache) {
        const QFontMetricsF fm(font);
        QPainterPath path;
        path.addText(topLeft + QPointF(0, fm.ascent()), font, text);
        if (halo)
            strokeHalo(painter, path, haloWidth);
        // Real text on top of the halo, so SVG and PDF exports keep it selectable and searchable.
        painter.save();
        painter.setFont(font);
        painter.setPen(colour);
        painter.drawText(topLeft + QPointF(0, fm.ascent()), text);
        painter.restore();
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
    const double haloWidth = halo ? std::max(2.0, font.pixelSize() / 5.0) : 0;
    return mImages.get(Key { text, font.pixelSize(), font.bold(), colour.rgba(), halo, dpr }, [&] {
        const QFontMetricsF fm(font);
        const double m = std::ceil(haloWidth);
        const QSizeF size(fm.horizontalAdvance(text) + 2 * m + 2, fm.height() + 2 * m);
        QImage drawn((size * dpr).toSize(), QImage::Format_ARGB32_Premultiplied);
        drawn.setDevicePixelRatio(dpr);
        drawn.fill(Qt::transparent);
        QPainter p(&drawn);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        QPainterPath path;
        path.addText(QPointF(m, m + fm.ascent()), font, text);
        if (halo)
            strokeHalo(p, path, haloWidth);
        p.fillPath(path, colour);
        p.end();
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
