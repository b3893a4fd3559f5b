// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/render/map/maplayer.h"
#include "models/render/map/maptext.h"

#include <QRectF>

namespace atlas {

/// The heading: an exported figure's title (centred) and, below it, the date shown in large type,
/// in the top left unless capitals or ties' markers lie under it there (a zoomed-in map): then in the
/// corner covering the fewest of them. On screen the date is drawn word by word from cached images, as it changes every frame
/// of a scrub while its words rarely do.
class DateLayer : public MapLayer
{
public:
    MapLayerOrder order() const override { return MapLayerOrder::Date; }
    void paint(QPainter &painter, const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const override;
    void report(MapLayoutReport &report, const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const override;
    void clearCaches() override { mText.clear(); }
    /// Where the title and the date go in \a frame's target (none when not shown).
    QList<QRectF> boxes(const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const;

private:
    struct Heading
    {
        QString title;
        QFont titleFont;
        QRectF titleRect;
        QString date;
        QFont dateFont;
        QRectF dateRect;
    };
    Heading layout(const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const;
    double widestDate(const QFont &font, Language language) const;
    static QPointF dateCorner(const MapFrame &frame, const MapRenderOptions &options, double top, QSizeF box);

    MapText mText;
};

} // namespace atlas
