// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/atopcountries.h"

#include "models/domain/countrycodes.h"
#include "models/geo/worldmap.h"
#include "models/io/csvreader.h"

#include <QHash>

namespace atlas {

namespace {

// COW codes of historic states that the code table cannot map, or maps to a successor whose name would
// hide the historic state. See AtopImporter::mapCow() for the choice.
constexpr AtopCountries::Historic kHistoric[] = {
    { 240, nullptr, u"Hanover", u"汉诺威", 0 },
    { 245, nullptr, u"Bavaria", u"巴伐利亚", 0 },
    { 255, u"DEU", u"Prussia", u"普鲁士", 1871 },
    { 260, u"DEU", u"German Federal Republic", u"联邦德国", 0 },
    { 265, nullptr, u"German Democratic Republic", u"民主德国", 0 },
    { 267, nullptr, u"Baden", u"巴登", 0 },
    { 269, nullptr, u"Saxony", u"萨克森", 0 },
    { 271, nullptr, u"Württemberg", u"符腾堡", 0 },
    { 273, nullptr, u"Hesse-Kassel (Electoral Hesse)", u"黑森-卡塞尔", 0 },
    { 275, nullptr, u"Hesse-Darmstadt (Grand Ducal Hesse)", u"黑森-达姆施塔特", 0 },
    { 280, nullptr, u"Mecklenburg-Schwerin", u"梅克伦堡-什未林", 0 },
    { 300, u"AUT", u"Austria-Hungary", u"奥匈帝国", 0 },
    { 315, u"CZE", u"Czechoslovakia", u"捷克斯洛伐克", 0 },
    { 325, u"ITA", u"Sardinia", u"撒丁王国", 1861 },
    { 329, nullptr, u"Two Sicilies", u"两西西里王国", 0 },
    { 332, nullptr, u"Modena", u"摩德纳", 0 },
    { 335, nullptr, u"Parma", u"帕尔马", 0 },
    { 337, nullptr, u"Tuscany", u"托斯卡纳", 0 },
    { 345, u"SRB", u"Yugoslavia", u"南斯拉夫", 0 },
    { 365, u"RUS", u"Soviet Union", u"苏联", 1992 },
    { 678, u"YEM", u"Yemen Arab Republic", u"阿拉伯也门共和国（北也门）", 0 },
    { 680, nullptr, u"People's Democratic Republic of Yemen (South Yemen)", u"也门民主人民共和国（南也门）", 0 },
    { 730, nullptr, u"Korea (before 1910)", u"朝鲜（1910年以前）", 0 },
    { 817, nullptr, u"Republic of Vietnam (South Vietnam)", u"越南共和国（南越）", 0 },
};

} // namespace

namespace {

const QStringList &southeastAsia()
{
    static const QStringList codes { QStringLiteral("BRN"), QStringLiteral("KHM"), QStringLiteral("IDN"), QStringLiteral("LAO"),
                                     QStringLiteral("MYS"), QStringLiteral("MMR"), QStringLiteral("PHL"), QStringLiteral("SGP"),
                                     QStringLiteral("THA"), QStringLiteral("TLS"), QStringLiteral("VNM") };
    return codes;
}

} // namespace

/// The dataset's regions from the code table's continent and World Bank region.
ActorRegion AtopCountries::regionOf(const QString &alpha3)
{
    static const QHash<QString, ActorRegion> regions = [] {
        QHash<QString, ActorRegion> result;
        const CsvTable table = CsvReader::readFile(QStringLiteral(":/atlas/country-codes.csv"));
        const int cIso = table.column(u"iso3"), cContinent = table.column(u"continent"), cRegion = table.column(u"region");
        if (cIso < 0 || cContinent < 0 || cRegion < 0)
            return result;
        for (const CsvRecord &r : table.records) {
            const QString &iso = r.text(cIso), &continent = r.text(cContinent), &region = r.text(cRegion);
            ActorRegion value = ActorRegion::Other;
            if (region == u"North America")
                value = ActorRegion::NorthAmerica;
            else if (region == u"South Asia")
                value = ActorRegion::SouthAsia;
            else if (region == u"East Asia & Pacific")
                value = continent == u"Oceania" ? ActorRegion::Oceania
                    : southeastAsia().contains(iso) ? ActorRegion::SoutheastAsia
                                                    : ActorRegion::EastAsia;
            else if (continent == u"Europe" || iso == u"TUR" || iso == u"CYP") // as the curated dataset places Türkiye
                value = ActorRegion::Europe;
            if (!iso.isEmpty())
                result.insert(iso, value);
        }
        return result;
    }();
    return regions.value(alpha3, ActorRegion::Other);
}

LocalizedText AtopCountries::countryName(const QString &alpha3)
{
    const CountryCodes::Country *c = CountryCodes::instance().byAlpha3(alpha3);
    LocalizedText name = c ? c->name : LocalizedText { alpha3, alpha3 };
    if (name.zh.isEmpty())
        name.zh = alpha3 == u"TWN" ? QStringLiteral("台湾") : name.en; // the code table has no Chinese name for these
    if (name.en.isEmpty())
        name.en = alpha3;
    return name;
}

std::optional<std::pair<double, double>> AtopCountries::actorPosition(const QString &alpha3)
{
    if (auto capital = AtopCountries::capital(alpha3))
        return capital;
    // Not in the capitals table: the centre of the country's largest piece on the built-in map.
    if (const WorldMap::Country *c = WorldMap::builtIn().country(alpha3))
        return std::pair { c->anchorLonLat.x(), c->anchorLonLat.y() };
    return std::nullopt;
}

std::span<const AtopCountries::Historic> AtopCountries::historic()
{
    return kHistoric;
}

AtopImporter::CowMapping AtopCountries::mapCow(int cow)
{
    using CowMapping = AtopImporter::CowMapping;
    CowMapping m;
    for (const Historic &h : kHistoric) {
        if (h.cow != cow)
            continue;
        m.name = { QString::fromUtf16(h.en), QString::fromUtf16(h.zh) };
        m.kind = h.alpha3 ? CowMapping::Kind::Successor : CowMapping::Kind::NoSuccessor;
        m.alpha3 = h.alpha3 ? QString::fromUtf16(h.alpha3) : QString();
        m.sameFrom = h.sameFrom;
        return m;
    }
    m.alpha3 = CountryCodes::instance().alpha3FromCow(cow);
    m.kind = m.alpha3.isEmpty() ? CowMapping::Kind::Unknown : CowMapping::Kind::Direct;
    return m;
}

std::optional<std::pair<double, double>> AtopCountries::capital(const QString &alpha3)
{
    static const QHash<QString, std::pair<double, double>> capitals = [] {
        QHash<QString, std::pair<double, double>> result;
        const CsvTable table = CsvReader::readFile(QStringLiteral(":/atlas/capitals.csv"));
        const int cIso = table.column(u"iso3"), cLon = table.column(u"lon"), cLat = table.column(u"lat");
        if (cIso < 0 || cLon < 0 || cLat < 0)
            return result;
        for (const CsvRecord &r : table.records) {
            bool okLon = false, okLat = false;
            const double lon = r.text(cLon).toDouble(&okLon), lat = r.text(cLat).toDouble(&okLat);
            if (okLon && okLat)
                result.insert(r.text(cIso), { lon, lat });
        }
        return result;
    }();
    const auto it = capitals.constFind(alpha3);
    if (it == capitals.constEnd())
        return std::nullopt;
    return *it;
}

} // namespace atlas
