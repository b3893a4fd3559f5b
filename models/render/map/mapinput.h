// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/localizedtext.h"
#include "models/domain/typology.h"
#include "models/geo/viewport.h"
#include "models/query/atlasdocument.h"

#include <QRectF>
#include <QSet>
#include <QString>

namespace atlas {

class Dataset;
struct DateComparison;
class Translator;
struct MapLayoutReport;
struct Snapshot;

/// How the map is drawn: what part of it, in which language, with which decorations.
struct MapRenderOptions
{
    Viewport viewport;
    Language language = Language::English; //!< of the dataset's names (the words follow \a translator)
    /// The legend's words: a Scene's translator, so a figure can be in another language than the window;
    /// nullptr: the application's installed translators (the screen). Not owned.
    const Translator *translator = nullptr;
    bool showLegend = true;
    /// The view's own controls over the map (MapView's buttons), in target coordinates: the legend keeps
    /// clear of them and the layout report records them as regions.controls. Null: none.
    QRectF controls;
    bool legendCollapsed = false; //!< the legend shown as one small "Legend" tab (click it to open)
    bool showDate = true;
    bool showLabels = true;
    bool showGraticule = true;
    QString title;   //!< drawn at the top when not empty (exported figures)
    QString caption; //!< drawn at the bottom when not empty (exported figures: sources)
    QString scheme = TypologyScheme::defaultId(); //!< typology whose cells colour the minilaterals
    double scale = 1.0;       //!< multiplies text, line and marker sizes
    bool rasterCache = false; //!< keep the base map as images between frames (screen painting only)
    bool draft = false;       //!< ties without antialiasing: for frames while the date is being dragged
    /// When set, paint() records there what each layer drew and where (labels, tie glyphs, legend,
    /// date); nullptr (the default) costs nothing. The report is replaced, not appended to.
    MapLayoutReport *layoutReport = nullptr;
    friend bool operator==(const MapRenderOptions &, const MapRenderOptions &) = default;
};

/// What the map shows: the dataset, the snapshot at the date, the hidden members and the selection.
/// Refers to data it does not own; build it for one paint or hit test.
struct MapInput
{
    const Dataset *dataset = nullptr;
    const Snapshot *snapshot = nullptr;
    const QSet<QString> *hidden = nullptr;
    Selection selection;
    const DateComparison *compare = nullptr; //!< compare mode: the changes up to the snapshot (CompareLayer)

    static MapInput fromDocument(const AtlasDocument &document)
    {
        return { &document.dataset(), &document.snapshot(), &document.hiddenActors(), document.selection(), document.comparison() };
    }
};

/// A frame (MapFrame::serial) with the input and options it is read with: a layer keeps what it
/// derives from them (its key, the labels' places) for the calls of one paint, and only for the same.
struct MapPaintContext
{
    quint64 serial = 0;
    const Dataset *dataset = nullptr;
    const QSet<QString> *hidden = nullptr;
    Selection selection;
    Language language = Language::English;
    bool labels = true;
    QString scheme;
    bool draft = false;

    MapPaintContext() = default;
    MapPaintContext(quint64 frameSerial, const MapInput &input, const MapRenderOptions &options)
        : serial(frameSerial), dataset(input.dataset), hidden(input.hidden), selection(input.selection), language(options.language),
          labels(options.showLabels), scheme(options.scheme), draft(options.draft)
    {
    }
    /// Whether what was derived under \a kept may be used now (never for frames that were not built).
    bool matches(const MapPaintContext &kept) const { return serial != 0 && *this == kept; }
    friend bool operator==(const MapPaintContext &, const MapPaintContext &) = default;
};

} // namespace atlas
