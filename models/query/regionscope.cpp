// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/query/regionscope.h"

#include "models/domain/dataset.h"

namespace atlas {

RegionScope::RegionScope(const Dataset &dataset, AnalysisRegion region)
    : mRegion(region)
{
    if (isAll())
        return;
    for (const Actor &actor : dataset.actors)
        if (region == AnalysisRegion::AsiaPacific ? actor.isAsiaPacific() : actor.isEuroAtlantic())
            mActors.insert(actor.id);
    if (!dataset.hub.isEmpty())
        mActors.insert(dataset.hub);
}

QStringList RegionScope::actorsIn(const QStringList &members) const
{
    if (isAll())
        return members;
    QStringList in;
    for (const QString &actor : members)
        if (mActors.contains(actor))
            in.append(actor);
    return in;
}

QList<AnalysisRegion> RegionScope::regions()
{
    return { AnalysisRegion::All, AnalysisRegion::AsiaPacific, AnalysisRegion::EuroAtlantic };
}

QString RegionScope::keyword(AnalysisRegion region)
{
    switch (region) {
    case AnalysisRegion::AsiaPacific:
        return QStringLiteral("asia-pacific");
    case AnalysisRegion::EuroAtlantic:
        return QStringLiteral("euro-atlantic");
    case AnalysisRegion::All:
        break;
    }
    return QStringLiteral("all");
}

std::optional<AnalysisRegion> RegionScope::fromKeyword(const QString &keyword)
{
    for (AnalysisRegion region : regions())
        if (RegionScope::keyword(region) == keyword)
            return region;
    return std::nullopt;
}

QString RegionScope::label(AnalysisRegion region)
{
    switch (region) {
    case AnalysisRegion::AsiaPacific:
        return tr("Asia-Pacific");
    case AnalysisRegion::EuroAtlantic:
        return tr("Euro-Atlantic");
    case AnalysisRegion::All:
        break;
    }
    return tr("All regions");
}

} // namespace atlas
