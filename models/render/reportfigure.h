// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/geo/viewport.h"
#include "models/render/figurelayout.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

namespace atlas {

class EqualEarth;
class MapRenderer;
struct FigureOptions;
struct MapLayoutReport;
struct MapRenderOptions;
struct Scene;

/// One line of the report figure's legend: a header, or a swatch/line/marker with its text.
struct FigureLegendEntry
{
    enum class Kind { Header, Swatch, Line, Marker, Outline }; //!< Outline: an alliance drawn as its members outlined
    Kind kind = Kind::Swatch;
    QColor colour;
    QString text;
    bool dashed = false;
    bool faded = false;
    friend bool operator==(const FigureLegendEntry &, const FigureLegendEntry &) = default;
};

/// The report figure ("--view figure"): title, map framed to the data, a legend beside the map with
/// only what appears, a timeline strip with labelled lanes, the caption and the numbered references,
/// each in its own region. Every text is at least minimumTextPt() of the page. Stateless helpers of
/// FigureRenderer; \a layout, when given, receives the regions, labels and ties.
namespace ReportFigure {

/// 14 pt for a 16:9 page (the slide preset), else 7 pt (A4, Letter and other print sizes).
double minimumTextPt(const QSizeF &pagePoints);

/// The figure's own text: point size \a pt (at least the page's minimum), optionally bold.
QFont font(double pt, bool bold = false);

/// Lays \a text out word-wrapped in \a box's width and returns its height; paints it when \a paint,
/// and records it in \a layout as \a kind.
double paintWrapped(QPainter &painter, const QString &text, const QFont &font, const QRectF &box, bool paint,
                    FigureLayout *layout = nullptr, const QString &kind = QString());

/// The viewport that fits the projected positions of the actors of the ties in \a scene's snapshot
/// and their arcs into \a area with \a padding points around, keeping the map's projection. When the
/// data is wider than \a area's shape, \a usedHeight receives the height the map needs (else
/// \a area's height).
Viewport frameToData(const Scene &scene, const EqualEarth &projection, const QRectF &area, double padding,
                     double *usedHeight = nullptr);

/// The legend entries for what the map shows at the scene's date (roles present, ties by kind or
/// typology cell, line styles in use), in the scene's language.
QList<FigureLegendEntry> legendEntries(const Scene &scene);

/// The map options that keep the map's smallest text (its country labels) at least \a minPt points
/// in \a area, with the map's own legend, date, title and caption off (the figure has its own).
MapRenderOptions mapOptions(const Scene &scene, const QRectF &area, double minPt, const Viewport &viewport);

/// Records the map's labels (with their sizes) and the ties it drew visibly from \a report in \a layout.
void recordMap(const MapLayoutReport &report, FigureLayout *layout);

/// Paints the whole report figure into \a target.
void paint(QPainter &painter, const QRectF &target, const Scene &scene, const FigureOptions &options,
           const MapRenderer &map, FigureLayout *layout);

} // namespace ReportFigure

} // namespace atlas
