// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/render/map/basemaplayer.h"

#include "models/domain/dataset.h"
#include "models/geo/worldmap.h"
#include "models/query/actorroles.h"
#include "models/query/snapshot.h"
#include "models/render/linerasterizer.h"
#include "models/render/map/mapframe.h"
#include "models/render/map/mapinput.h"
#include "models/render/map/mapstyle.h"
#include "models/render/palette.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace atlas {

void BaseMapLayer::paint(QPainter &painter, const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const
{
    painter.fillRect(frame.target, Qt::white);
    painter.save();
    painter.setTransform(frame.toTarget, true);
    const double px = 1.0 / std::max(frame.pxPerUnit, 1e-9);
    const QPainterPath outline = mWorld->outline();
    painter.setPen(Qt::NoPen);
    painter.setBrush(Palette::kOcean);
    painter.drawPath(outline);
    if (options.showGraticule) {
        const QColor colour(0xD6, 0xE2, 0xEC);
        const double width = 0.7 * frame.unit * px;
        const QPainterPath graticule = mWorld->graticule(30);
        if (!LineRasterizer::strokePath(painter, graticule, colour, width)) {
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(colour, width));
            painter.drawPath(graticule);
        }
    }
    const QPen border(Palette::kBorder, 0.6 * frame.unit * px, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    const QBrush hatch(QColor(0xC4, 0xC4, 0xC0), Qt::BDiagPattern);
    // On images the borders are stroked after all the fills, as one outline by LineRasterizer: a
    // 300-dpi figure's 250 countries stroked one by one, by QPainter or in 250 small batches, were
    // most of the map's time. A border two countries share is then drawn once.
    const bool fastBorders = border.color().alpha() == 255 && LineRasterizer::canDraw(painter);
    QPainterPath borders;
    for (int i = 0; i < mWorld->countries().size(); ++i) {
        const WorldMap::Country &c = mWorld->countries()[i];
        const QPainterPath &path = mWorld->path(i, frame.devicePxPerUnit);
        const bool hidden = input.hidden && !c.id.isEmpty() && input.hidden->contains(c.id);
        painter.setBrush(hidden ? Palette::kHiddenLand : Palette::kLand);
        painter.setPen(fastBorders ? QPen(Qt::NoPen) : border);
        painter.drawPath(path);
        if (hidden) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(hatch);
            painter.drawPath(path);
        }
        if (fastBorders)
            borders.addPath(path);
    }
    if (fastBorders)
        LineRasterizer::strokePath(painter, borders, border.color(), border.widthF());
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(QColor(0xB8, 0xC4, 0xCE), 0.8 * frame.unit * px));
    painter.drawPath(outline);
    painter.restore();
}

MapHit BaseMapLayer::hitTest(QPointF point, const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const
{
    Q_UNUSED(options)
    const int country = mWorld->countryAt(frame.toTarget.inverted().map(point));
    if (country < 0)
        return {};
    const QString id = mWorld->countries()[country].id;
    if (input.dataset && input.dataset->actor(id))
        return { MapHit::Kind::Actor, id };
    return { MapHit::Kind::Country, id };
}

QString BaseMapLayer::toolTip(const MapHit &hit, const MapInput &input, Language language) const
{
    if ((hit.kind != MapHit::Kind::Actor && hit.kind != MapHit::Kind::Country) || !input.dataset)
        return {};
    const Dataset &d = *input.dataset;
    auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QStringList lines;
    lines.append(QStringLiteral("<b>%1</b>").arg(esc(MapStyle::actorName(d, hit.id, language))));
    if (input.hidden && input.hidden->contains(hit.id)) {
        lines.append(esc(tr("Switched off in the member panel")));
    } else {
        const bool hubHidden = input.hidden && input.hidden->contains(d.hub);
        const ActorRole role = input.snapshot ? ActorRoles::compute(d, *input.snapshot, hubHidden).role(hit.id) : ActorRole::Other;
        lines.append(esc(ActorRoles::label(role)));
        QStringList ties;
        if (input.snapshot)
            for (const TieState &s : input.snapshot->ties)
                if (s.allMembers().contains(hit.id) && s.tie >= 0 && s.tie < d.ties.size())
                    ties.append(esc(d.ties[s.tie].label().text(language)));
        if (!ties.isEmpty())
            lines.append(esc(tr("Ties at this date:")) + u' ' + ties.join(QStringLiteral(", ")));
    }
    return lines.join(QStringLiteral("<br>"));
}

BaseMapLayer::Key BaseMapLayer::keyOf(const MapFrame &frame, const MapInput &input, const MapRenderOptions &options)
{
    return { (frame.target.size() * frame.dpr).toSize(), frame.dpr, frame.toTarget, frame.unit, options.showGraticule,
             input.hidden ? *input.hidden : QSet<QString>() };
}

bool BaseMapLayer::changed(const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const
{
    return !mKey || !(*mKey == keyOf(frame, input, options));
}

void BaseMapLayer::remember(const MapFrame &frame, const MapInput &input, const MapRenderOptions &options)
{
    mKey = keyOf(frame, input, options);
}

} // namespace atlas
