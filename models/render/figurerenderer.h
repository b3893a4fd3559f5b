// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/geo/viewport.h"
#include "models/domain/localizedtext.h"
#include "models/render/figurelayout.h"

#include <QRectF>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QPainter;

namespace atlas {

class AtlasDocument;
class MapRenderer;
struct Scene;

/// Which view an exported figure shows.
/// Compare: the map of what changed between Scene::compare's two dates (one figure, not an animation).
enum class FigureView { Map, Timeline, Typology, Network, Report, Compare };

struct FigureOptions
{
    FigureView view = FigureView::Report;
    QString title;   //!< drawn at the top; empty: none
    QString caption; //!< drawn at the bottom; empty: none (FigureCaption::build gives the default)
    QString scheme;  //!< typology scheme for the AtlasDocument overload of paint() (a Scene carries its own)
    Viewport viewport; //!< the map's zoom and centre (the whole map by default; the report figure frames its data)
    /// The report figure's numbered reference list (FigureCaption::references), drawn under the caption.
    QStringList references;
    /// Whether the scene's selection is drawn highlighted; off by default, so a figure never bakes in
    /// a selection its legend does not explain.
    bool highlightSelection = false;
    /// Keep the map's unchanging layers (land, fills) as images between paints of the same size: for
    /// the frames of a film, painted one after another into images. Never for vector output (PDF, SVG).
    bool rasterCache = false;
};

/// Paints any view of a Scene as a figure: the same renderers the widgets use (MapRenderer,
/// TimelineRenderer, TypologyMatrixRenderer, NetworkRenderer), framed with a title and a caption; the
/// report figure composes map, timeline strip, legend and caption. Used by File > Export figure,
/// Edit > Copy figure and `alliance-atlas export`. Coordinates are points (see FigurePage).
/// Its own words (titles, axis labels) come from the scene's translator.
class FigureRenderer
{
public:
    FigureRenderer();
    ~FigureRenderer();

    /// Paints \a scene; \a layout, when given, receives where the parts and labels went.
    void paint(QPainter &painter, const QRectF &target, const Scene &scene, const FigureOptions &options,
               FigureLayout *layout = nullptr) const;
    /// Paints Scene::fromDocument(\a document) with \a options' scheme.
    void paint(QPainter &painter, const QRectF &target, const AtlasDocument &document, const FigureOptions &options,
               FigureLayout *layout = nullptr) const;

    /// "map", "timeline", "typology", "network", "figure", "compare"; std::nullopt for anything else.
    static std::optional<FigureView> parseView(const QString &text);
    static QString keyword(FigureView view);
    /// A default title for \a view at the scene's date, in the scene's language.
    static QString defaultTitle(FigureView view, const Scene &scene);
    /// defaultTitle() of Scene::fromDocument(\a document).
    static QString defaultTitle(FigureView view, const AtlasDocument &document);

private:
    void paintView(QPainter &painter, const QRectF &target, const Scene &scene, FigureView view,
                   const FigureOptions &options, FigureLayout *layout) const;

    /// The map renderer, made on first use: its world map is read only for views that show it.
    MapRenderer &mapRenderer() const;

    mutable std::unique_ptr<MapRenderer> mMap;
};

} // namespace atlas
