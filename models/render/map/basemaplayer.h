// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/render/map/maplayer.h"

#include <QCoreApplication>
#include <QSet>
#include <QSize>
#include <QTransform>

#include <optional>

namespace atlas {

class WorldMap;

/// The ocean, the graticule and every country (hidden members hatched). Answers which country lies
/// under a point, and its tooltip: the actor's role and ties at the date, or the country's name.
class BaseMapLayer : public MapLayer
{
    Q_DECLARE_TR_FUNCTIONS(MapRenderer)

public:
    explicit BaseMapLayer(const WorldMap &world) : mWorld(&world) { }

    MapLayerOrder order() const override { return MapLayerOrder::BaseMap; }
    void paint(QPainter &painter, const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const override;
    MapHit hitTest(QPointF point, const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const override;
    QString toolTip(const MapHit &hit, const MapInput &input, Language language) const override;
    bool changed(const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const override;
    void remember(const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) override;
    void clearCaches() override { mKey.reset(); }

private:
    // Everything the cached base image depends on.
    struct Key
    {
        QSize pixels;
        qreal dpr = 1;
        QTransform toTarget; //!< the view and the map area (the legend moves the map)
        double unit = 1;
        bool graticule = true;
        QSet<QString> hidden;
        friend bool operator==(const Key &, const Key &) = default;
    };
    static Key keyOf(const MapFrame &frame, const MapInput &input, const MapRenderOptions &options);

    const WorldMap *mWorld;
    std::optional<Key> mKey;
};

} // namespace atlas
