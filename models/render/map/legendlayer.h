// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/query/actorroles.h"
#include "models/render/map/maplayer.h"
#include "models/render/map/maptext.h"

#include <QColor>
#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QSizeF>

namespace atlas {

/// The key to the map: country fills by role, the tie kinds and line styles on the map at the date,
/// and the minilaterals' typology cells. An overlay in the corner that covers the least of the ties,
/// at most kMaxShare of the target; collapsed (MapRenderOptions::legendCollapsed) to one small "Legend"
/// tab, which is its box in the report. The layout and (on
/// screen) the painted legend are cached: they are the same on nearly every frame.
class LegendLayer : public MapLayer
{
public:
    MapLayerOrder order() const override { return MapLayerOrder::Legend; }
    void paint(QPainter &painter, const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const override;
    /// The legend's box and every entry's text (kind "legend").
    void report(MapLayoutReport &report, const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const override;
    void clearCaches() override;

    /// The most of the target's area the open legend takes (it is scaled down to fit).
    static constexpr double kMaxShare = 0.14; // under the classroom budget of 15 %, with room for rounding

    /// The legend's box in the frame's target; null when it is not shown.
    QRectF rect(const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const;

    /// Size of the painted legend in \a target (unit \a unit).
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

    /// The legend's rows for \a input: only what the map shows, in \a options' language and translator.
    /// \a roles: the actors' roles at the snapshot (MapFrame::roles); worked out here when null.
    static QList<Entry> entries(const MapInput &input, const MapRenderOptions &options, const ActorRoles *roles = nullptr);

private:
    const Layout &layout(const QRectF &target, double unit, const MapInput &input, const MapRenderOptions &options,
                         const ActorRoles *roles = nullptr) const;
    /// Top left of a legend of \a size in each corner of the target it may take.
    static QList<QPointF> corners(const MapFrame &frame, QSizeF size, const MapRenderOptions &options);
    /// Which of corners() a legend of \a size takes: the one of the frame's legend box when the
    /// renderer has placed it (MapFrame::legend, once per frame), else the corner clear of the big date,
    /// the title and the buttons whose box covers the fewest capitals, markers and points of the lines.
    static qsizetype cornerIndex(const MapFrame &frame, QSizeF size, const MapRenderOptions &options);
    /// Draws the legend unscaled with its top left at (0, 0).
    static void draw(QPainter &painter, const Layout &layout, double unit);

    mutable MapText mText;
    mutable Layout mLayout;
    mutable QString mImageKey;
    mutable QImage mImage;
};

} // namespace atlas
