// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/query/snapshot.h"
#include "models/render/map/mapframe.h"
#include "models/render/map/maplayer.h"
#include "models/render/map/maptext.h"

#include <QDate>
#include <QPen>
#include <QSet>

#include <memory>
#include <optional>

namespace atlas {

class Dataset;
class Translator;
class WorldMap;
struct DateComparison;

/// Compare mode (MapInput::compare): what changed between the comparison's two dates, drawn instead of
/// the ties and their legend. Ties added are solid blue, ended dashed vermilion (drawn where they were at
/// the first date, labelled), continuing thin grey, continuing with members or status changed dotted
/// bluish green (Okabe–Ito: safe for colour-vision deficiencies; the line styles survive greyscale
/// print); countries whose role (fill) differs between the dates get a ring at their capital. One class,
/// two instances: the Lines part paints with the ties, the Key part (its legend) with the legend.
class CompareLayer : public MapLayer
{
public:
    enum class Part { Lines, Key };
    /// The four kinds of ties a comparison shows, in legend order.
    enum class Change { Added, Ended, Changed, Continuing };

    CompareLayer(const WorldMap &world, Part part);
    ~CompareLayer() override;

    MapLayerOrder order() const override { return mPart == Part::Lines ? MapLayerOrder::Ties : MapLayerOrder::Legend; }
    void paint(QPainter &painter, const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const override;
    /// The ended ties (the ties in force at the second date are the ties layer's to answer).
    MapHit hitTest(QPointF point, const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const override;
    /// Lines: every tie drawn (in force at the second date, or ended); Key: its rectangle and its
    /// entries as "legend" labels.
    void report(MapLayoutReport &report, const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const override;
    void clearCaches() override;

    /// Whether \a layer is replaced by the compare layers for \a input (the ties and legend layers in
    /// compare mode). MapRenderer skips it when painting and reporting.
    static bool replaces(const MapLayer &layer, const MapInput &input);
    /// Gives every tie of \a frame the colour of its change (so the labels layer writes their names in
    /// it) and takes out the proposals (listed apart, neither added nor ended).
    static void recolour(MapFrame &frame, const DateComparison &comparison);
    /// Where the key is drawn (null when \a input is not in compare mode or the legend is off).
    QRectF keyRect(const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const;

    /// The colour and pen of a change at \a unit (the key and the window's change list use them too).
    static QColor colour(Change change);
    static QPen pen(Change change, double unit);
    /// "Added", "Ended", "Membership or status changed", "Continuing" through \a translator (nullptr:
    /// the application's installed translators).
    static QString label(Change change, const Translator *translator = nullptr);
    /// The change of tie \a tie (an index into the dataset's ties) in \a comparison; nullopt: not in force at either date.
    static std::optional<Change> changeOf(const DateComparison &comparison, int tie);
    /// The actors whose role (ActorRoles, the map's fills) differs between \a from and \a to.
    static QStringList rolesChanged(const Dataset &dataset, const Snapshot &from, const Snapshot &to, bool hubHidden);

private:
    struct Entry
    {
        enum class Kind { Header, Line, Ring, Swatch };
        Kind kind = Kind::Header;
        QString text;
        Change change = Change::Added;
        QColor colour = Qt::transparent;
    };
    const Snapshot &fromSnapshot(const MapInput &input) const;
    MapFrame fromFrame(const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const;
    void paintLines(QPainter &painter, const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const;
    /// The names of the ended ties (no longer on the map), over the other labels.
    void paintEndedNames(QPainter &painter, const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const;
    QList<Entry> entries(const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const;
    /// The key's entries with their positions (relative to the key's top left) and its size.
    struct KeyLayout
    {
        QList<Entry> entries;
        QList<QPointF> at;
        QSizeF size;
        double row = 0, swatch = 0;
        double unit = 1; //!< the key's unit: the map's, or more so that its text is at least 10 px
        QFont font, headerFont;
    };
    KeyLayout keyLayout(const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const;
    static QPointF keyCorner(const MapFrame &frame, QSizeF size);

    const WorldMap *mWorld;
    Part mPart;
    std::unique_ptr<ArcCache> mArcs;
    MapText mText;
    // The snapshot at the first date, kept while the dataset, date and hidden actors stay the same.
    mutable Snapshot mFrom;
    mutable const Dataset *mFromDataset = nullptr;
    mutable QDate mFromDate;
    mutable QSet<QString> mFromHidden;
};

} // namespace atlas
