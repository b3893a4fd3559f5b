// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/render/map/maplayer.h"
#include "models/render/map/maptext.h"

#include <QColor>
#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QSizeF>

namespace atlas {

/// The key to the map: country fills by role, the tie kinds and line styles that occur in the dataset,
/// and the minilaterals' typology cells. Laid out in columns in the band below the map, in the bottom
/// corner that hides fewer capitals; scaled down when the target is too small. The layout and (on
/// screen) the painted legend are cached: they are the same on nearly every frame.
class LegendLayer : public MapLayer
{
    Q_DECLARE_TR_FUNCTIONS(MapRenderer)

public:
    MapLayerOrder order() const override { return MapLayerOrder::Legend; }
    void paint(QPainter &painter, const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const override;
    /// The legend's box and every entry's text (kind "legend").
    void report(MapLayoutReport &report, const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const override;
    void clearCaches() override;

    /// Size of the painted legend in \a target (unit \a unit): MapRenderer::mapArea keeps the map above it.
    QSizeF size(const QRectF &target, double unit, const MapInput &input, const MapRenderOptions &options) const;

    /// One row of the legend.
    struct Entry
    {
        enum class Kind { Header, Swatch, Hatch, Line, Star, Outline };
        Kind kind = Kind::Swatch;
        QColor colour;
        QString text;
        bool dashed = false;
        bool faded = false;
        bool doubleLine = false;
    };
    /// The legend's columns and sizes (unscaled; painted scaled by fit).
    struct Layout
    {
        QString key;
        QList<QList<Entry>> columns;
        QList<double> widths;
        QSizeF box;
        double fit = 1;
        double row = 0;
        double swatch = 0;
        double pad = 0;

        /// Calls \a fn(entry, rowTopLeft, textLeft) for every entry of the legend drawn at \a origin.
        template <typename Fn>
        void forEachEntry(QPointF origin, double unit, Fn fn) const
        {
            double x = origin.x() + pad;
            for (qsizetype col = 0; col < columns.size(); ++col) {
                for (qsizetype r = 0; r < columns[col].size(); ++r) {
                    const Entry &e = columns[col][r];
                    const QPointF at(x, origin.y() + pad + r * row);
                    fn(e, at, e.kind == Entry::Kind::Header ? at.x() : at.x() + swatch + 6 * unit);
                }
                x += widths[col] + 2 * pad;
            }
        }
    };

private:
    const Layout &layout(const QRectF &target, double unit, const MapInput &input, const MapRenderOptions &options) const;
    static QList<Entry> entries(const MapInput &input, const MapRenderOptions &options);
    /// Top left of a legend of \a size: bottom left or bottom right, whichever hides fewer capitals.
    static QPointF corner(const MapFrame &frame, QSizeF size);
    /// Draws the legend unscaled with its top left at (0, 0).
    static void draw(QPainter &painter, const Layout &layout, double unit);

    mutable MapText mText;
    mutable Layout mLayout;
    mutable QString mImageKey;
    mutable QImage mImage;
};

} // namespace atlas
