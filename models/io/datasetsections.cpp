// SPDX-License-Identifier: GPL-3.0-or-later
// The sections of a dataset file other than "ties" (tiesection.cpp): each read object by object.
#include "models/io/datasetsections.h"

#include "models/domain/countrycodes.h"
#include "models/domain/vocabulary.h"
#include "models/io/datasetfieldreader.h"
#include "models/io/jsonsections.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace atlas::datasetsections {

namespace {

/// The ids of the typology schemes in the document (read before the schemes themselves, which cite evidence).
QSet<QString> typologyIds(const JsonSections &doc)
{
    QSet<QString> ids;
    doc.forEach(QStringLiteral("typologies"), [&](const QJsonValue &s) { ids.insert(s.toObject().value(QLatin1String("id")).toString()); });
    return ids;
}

TypologyAxis readAxis(DatasetFieldReader &r, const QJsonObject &o, const char *key, const QString &path)
{
    TypologyAxis axis;
    if (!r.present(o, key, path, true))
        return axis;
    const QString p = path + u'/' + QLatin1String(key);
    const QJsonObject a = o.value(QLatin1String(key)).toObject();
    r.checkKeys(a, p, { "name", "low", "high" });
    axis.name = r.text(a, "name", p, true);
    axis.low = r.text(a, "low", p, true);
    axis.high = r.text(a, "high", p, true);
    return axis;
}

} // namespace

void readSources(DatasetFieldReader &r, const JsonSections &doc, Dataset &d)
{
    QSet<QString> seen;
    r.eachObject(doc, "sources", true, [&](const QJsonObject &o, const QString &p) {
        r.checkKeys(o, p, { "key", "kind", "authors", "title", "journal", "year", "date", "issue", "pages", "doi", "url", "file", "note" });
        Source s;
        s.key = r.id(o, "key", p, seen, DatasetReader::tr("source key"));
        s.kind = r.keyword(o, "kind", p, &Vocabulary::sourceKind, SourceKind::Article, "article, primary, dataset, book, web");
        for (const auto &[a, ap] : r.objects(o, "authors", p, false)) {
            r.checkKeys(a, ap, { "en", "zh" });
            s.authors.append({ r.string(a, "en", ap, true), r.string(a, "zh", ap, false) });
        }
        s.title = r.text(o, "title", p, true);
        s.journal = r.text(o, "journal", p, false);
        if (const auto y = r.number(o, "year", p, false)) {
            if (*y >= 1 && *y <= 9999 && std::floor(*y) == *y)
                s.year = static_cast<int>(*y);
            else
                r.error(p + QStringLiteral("/year"), DatasetReader::tr("year %1 is not a whole number from 1 to 9999").arg(*y));
        }
        s.date = r.date(o, "date", p, false);
        s.issue = r.string(o, "issue", p, false);
        s.pages = r.string(o, "pages", p, false);
        s.doi = r.string(o, "doi", p, false);
        s.url = r.string(o, "url", p, false);
        s.file = r.string(o, "file", p, false);
        s.note = r.text(o, "note", p, false);
        d.sources.append(std::move(s));
    });
}

void readActors(DatasetFieldReader &r, const JsonSections &doc, Dataset &d)
{
    QSet<QString> seen;
    const CountryCodes &codes = CountryCodes::instance();
    r.eachObject(doc, "actors", true, [&](const QJsonObject &o, const QString &p) {
        r.checkKeys(o, p, { "id", "kind", "name", "lon", "lat", "region" });
        Actor a;
        a.id = r.id(o, "id", p, seen, DatasetReader::tr("actor id"));
        a.kind = r.keyword(o, "kind", p, &Vocabulary::actorKind, ActorKind::Country, "country, organisation");
        if (a.kind == ActorKind::Country && !a.id.isEmpty() && !codes.isAlpha3(a.id))
            r.error(p + QStringLiteral("/id"), DatasetReader::tr("unknown country code \"%1\" (expected ISO 3166-1 alpha-3)").arg(a.id), a.id);
        a.name = r.text(o, "name", p, true);
        if (const auto lon = r.number(o, "lon", p, true)) {
            a.lon = *lon;
            if (a.lon < -180 || a.lon > 180)
                r.error(p + QStringLiteral("/lon"), DatasetReader::tr("longitude %1 is outside -180..180").arg(a.lon));
        }
        if (const auto lat = r.number(o, "lat", p, true)) {
            a.lat = *lat;
            if (a.lat < -90 || a.lat > 90)
                r.error(p + QStringLiteral("/lat"), DatasetReader::tr("latitude %1 is outside -90..90").arg(a.lat));
        }
        a.region = r.keyword(o, "region", p, &Vocabulary::actorRegion, ActorRegion::Other,
                             "north-america, europe, east-asia, southeast-asia, south-asia, oceania, other");
        d.actors.append(std::move(a));
    });
}

void readEvents(DatasetFieldReader &r, const JsonSections &doc, Dataset &d, const QSet<QString> &tieIds)
{
    QSet<QString> seen;
    r.eachObject(doc, "events", false, [&](const QJsonObject &o, const QString &p) {
        r.checkKeys(o, p, { "id", "date", "ties", "kind", "text" });
        Event e;
        e.id = r.id(o, "id", p, seen, DatasetReader::tr("event id"));
        e.date = r.date(o, "date", p, true);
        e.ties = r.strings(o, "ties", p, true);
        for (qsizetype i = 0; i < e.ties.size(); ++i)
            if (!tieIds.contains(e.ties[i]))
                r.error(p + QStringLiteral("/ties/%1").arg(i), DatasetReader::tr("unknown tie \"%1\"").arg(e.ties[i]), e.id);
        e.kind = r.string(o, "kind", p, true);
        e.text = r.text(o, "text", p, true);
        d.events.append(std::move(e));
    });
}

void readEvidence(DatasetFieldReader &r, const JsonSections &doc, Dataset &d, const QSet<QString> &tieIds, const QSet<QString> &eventIds,
                  const QHash<QString, SourceKind> &sourceKinds)
{
    QSet<QString> seen;
    const QSet<QString> schemeIds = typologyIds(doc);
    seen.reserve(doc.count(QStringLiteral("evidence")));
    d.evidence.reserve(d.evidence.size() + doc.count(QStringLiteral("evidence")));
    r.eachObject(doc, "evidence", false, [&](const QJsonObject &o, const QString &p) {
        r.checkKeys(o, p, { "id", "tie", "event", "typology", "aspect", "asOf", "claim", "source", "section", "quote", "cites", "note", "line" });
        Evidence e;
        e.id = r.id(o, "id", p, seen, DatasetReader::tr("evidence id"));
        e.typology = r.string(o, "typology", p, false);
        if (!e.typology.isEmpty() && !schemeIds.contains(e.typology))
            r.error(p + QStringLiteral("/typology"), DatasetReader::tr("unknown typology \"%1\"").arg(e.typology), e.id);
        e.tie = r.string(o, "tie", p, !o.contains(QLatin1String("event")) && !o.contains(QLatin1String("typology")));
        if (!e.tie.isEmpty() && !tieIds.contains(e.tie))
            r.error(p + QStringLiteral("/tie"), DatasetReader::tr("unknown tie \"%1\"").arg(e.tie), e.id);
        e.event = r.string(o, "event", p, false);
        if (!e.event.isEmpty() && !eventIds.contains(e.event))
            r.error(p + QStringLiteral("/event"), DatasetReader::tr("unknown event \"%1\"").arg(e.event), e.id);
        e.aspect = r.string(o, "aspect", p, true);
        e.asOf = r.date(o, "asOf", p, false);
        e.claim = r.text(o, "claim", p, true);
        e.source = r.string(o, "source", p, true);
        const auto kind = sourceKinds.constFind(e.source);
        if (!e.source.isEmpty() && kind == sourceKinds.constEnd())
            r.error(p + QStringLiteral("/source"), DatasetReader::tr("unknown source \"%1\"").arg(e.source), e.id);
        const bool article = kind != sourceKinds.constEnd() && *kind == SourceKind::Article;
        e.section = r.string(o, "section", p, article);
        e.quote = r.string(o, "quote", p, article);
        e.cites = r.strings(o, "cites", p, false);
        for (qsizetype i = 0; i < e.cites.size(); ++i)
            if (!sourceKinds.contains(e.cites[i]))
                r.error(p + QStringLiteral("/cites/%1").arg(i), DatasetReader::tr("unknown source \"%1\"").arg(e.cites[i]), e.id);
        e.note = r.text(o, "note", p, false);
        d.evidence.append(std::move(e));
    });
}

void readTypologies(DatasetFieldReader &r, const JsonSections &doc, Dataset &d, const QSet<QString> &evidenceIds,
                    const QHash<QString, SourceKind> &sourceKinds)
{
    QSet<QString> seen;
    r.eachObject(doc, "typologies", false, [&](const QJsonObject &o, const QString &p) {
        r.checkKeys(o, p, { "id", "source", "name", "xAxis", "yAxis", "cells", "evidence" });
        TypologyScheme s;
        s.id = r.id(o, "id", p, seen, DatasetReader::tr("typology id"));
        s.source = r.string(o, "source", p, true);
        if (!s.source.isEmpty() && !sourceKinds.contains(s.source))
            r.error(p + QStringLiteral("/source"), DatasetReader::tr("unknown source \"%1\"").arg(s.source), s.id);
        s.name = r.text(o, "name", p, true);
        s.xAxis = readAxis(r, o, "xAxis", p);
        s.yAxis = readAxis(r, o, "yAxis", p);
        QSet<QString> cellIds;
        QSet<int> corners;
        const auto cells = r.objects(o, "cells", p, true);
        for (const auto &[c, cp] : cells) {
            r.checkKeys(c, cp, { "id", "x", "y", "name", "definition" });
            TypologyCell cell;
            cell.id = r.id(c, "id", cp, cellIds, DatasetReader::tr("cell id"));
            const QString x = r.string(c, "x", cp, true);
            const QString y = r.string(c, "y", cp, true);
            for (const auto &[value, key] : { std::pair { x, "x" }, std::pair { y, "y" } })
                if (!value.isEmpty() && value != u"low" && value != u"high")
                    r.error(cp + u'/' + QLatin1String(key), DatasetReader::tr("a cell's %1 is \"low\" or \"high\", not \"%2\"").arg(QLatin1String(key), value));
            cell.highX = x == u"high";
            cell.highY = y == u"high";
            const int corner = (cell.highX ? 1 : 0) + (cell.highY ? 2 : 0);
            if (corners.contains(corner))
                r.error(cp, DatasetReader::tr("two cells share the corner x=%1, y=%2").arg(x, y), s.id);
            corners.insert(corner);
            cell.name = r.text(c, "name", cp, true);
            cell.definition = r.text(c, "definition", cp, true);
            s.cells.append(std::move(cell));
        }
        if (o.contains(QLatin1String("cells")) && cells.size() != 4)
            r.error(p + QStringLiteral("/cells"), DatasetReader::tr("a scheme has exactly four cells, not %1").arg(cells.size()), s.id);
        s.evidence = r.strings(o, "evidence", p, false);
        for (qsizetype i = 0; i < s.evidence.size(); ++i)
            if (!evidenceIds.contains(s.evidence[i]))
                r.error(p + QStringLiteral("/evidence/%1").arg(i), DatasetReader::tr("unknown evidence \"%1\"").arg(s.evidence[i]), s.id);
        d.typologies.append(std::move(s));
    });
}

void readPlacements(DatasetFieldReader &r, const JsonSections &doc, Dataset &d, const QSet<QString> &tieIds, const QSet<QString> &evidenceIds)
{
    QSet<QString> seen;
    r.eachObject(doc, "placements", false, [&](const QJsonObject &o, const QString &p) {
        r.checkKeys(o, p, { "scheme", "tie", "cell", "inferred", "reasoning", "evidence" });
        Placement pl;
        pl.scheme = r.string(o, "scheme", p, true);
        pl.tie = r.string(o, "tie", p, true);
        pl.cell = r.string(o, "cell", p, true);
        pl.inferred = r.boolean(o, "inferred", p);
        pl.reasoning = r.text(o, "reasoning", p, true);
        pl.evidence = r.strings(o, "evidence", p, true);
        const TypologyScheme *scheme = nullptr;
        for (const TypologyScheme &s : d.typologies)
            if (s.id == pl.scheme)
                scheme = &s;
        if (!pl.scheme.isEmpty() && !scheme)
            r.error(p + QStringLiteral("/scheme"), DatasetReader::tr("unknown typology \"%1\"").arg(pl.scheme), pl.tie);
        else if (scheme && !pl.cell.isEmpty() && !scheme->cell(pl.cell))
            r.error(p + QStringLiteral("/cell"), DatasetReader::tr("typology \"%1\" has no cell \"%2\"").arg(pl.scheme, pl.cell), pl.tie);
        if (!pl.tie.isEmpty() && !tieIds.contains(pl.tie))
            r.error(p + QStringLiteral("/tie"), DatasetReader::tr("unknown tie \"%1\"").arg(pl.tie), pl.tie);
        const QString key = pl.scheme + u'\n' + pl.tie;
        if (seen.contains(key))
            r.error(p, DatasetReader::tr("tie \"%1\" is placed twice in typology \"%2\"").arg(pl.tie, pl.scheme), pl.tie);
        seen.insert(key);
        if (o.contains(QLatin1String("evidence")) && pl.evidence.isEmpty())
            r.error(p + QStringLiteral("/evidence"), DatasetReader::tr("a placement needs at least one evidence item"), pl.tie);
        for (qsizetype i = 0; i < pl.evidence.size(); ++i)
            if (!evidenceIds.contains(pl.evidence[i]))
                r.error(p + QStringLiteral("/evidence/%1").arg(i), DatasetReader::tr("unknown evidence \"%1\"").arg(pl.evidence[i]), pl.tie);
        d.placements.append(std::move(pl));
    });
}

void readBookmarks(DatasetFieldReader &r, const JsonSections &doc, Dataset &d, const QSet<QString> &evidenceIds)
{
    QSet<QString> seen;
    r.eachObject(doc, "bookmarks", false, [&](const QJsonObject &o, const QString &p) {
        r.checkKeys(o, p, { "id", "date", "title", "note", "evidence", "compare_from" });
        Bookmark b;
        b.id = r.id(o, "id", p, seen, DatasetReader::tr("bookmark id"));
        b.date = r.date(o, "date", p, true);
        b.title = r.text(o, "title", p, true);
        b.note = r.text(o, "note", p, true);
        b.evidence = r.strings(o, "evidence", p, false);
        b.compareFrom = r.date(o, "compare_from", p, false);
        if (b.compareFrom.isValid() && b.date.isValid() && b.compareFrom.firstDay() > b.date.firstDay())
            r.error(p + QStringLiteral("/compare_from"),
                    DatasetReader::tr("compare_from %1 is after the bookmark's date %2").arg(b.compareFrom.toString(), b.date.toString()), b.id);
        for (qsizetype i = 0; i < b.evidence.size(); ++i)
            if (!evidenceIds.contains(b.evidence[i]))
                r.error(p + QStringLiteral("/evidence/%1").arg(i), DatasetReader::tr("unknown evidence \"%1\"").arg(b.evidence[i]), b.id);
        d.bookmarks.append(std::move(b));
    });
    std::stable_sort(d.bookmarks.begin(), d.bookmarks.end(),
                     [](const Bookmark &a, const Bookmark &b) { return a.date.firstDay() < b.date.firstDay(); });
}

} // namespace atlas::datasetsections
