// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/viewstate.h"

#include "models/io/inputfile.h"
#include "models/i18n/language.h"
#include "models/io/jsonlocator.h"
#include "models/io/safewriter.h"
#include "models/domain/partialdate.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace atlas {

namespace {
QString selectionKind(Selection::Kind kind)
{
    switch (kind) {
    case Selection::Kind::Tie: return QStringLiteral("tie");
    case Selection::Kind::Actor: return QStringLiteral("actor");
    case Selection::Kind::Event: return QStringLiteral("event");
    case Selection::Kind::None: break;
    }
    return QStringLiteral("none");
}
} // namespace

QByteArray ViewState::toJson() const
{
    QStringList hiddenList(hidden.cbegin(), hidden.cend());
    hiddenList.sort();
    QJsonObject o {
        { QStringLiteral("format"), QStringLiteral("alliance-atlas-view") },
        { QStringLiteral("version"), 1 },
        { QStringLiteral("dataset"), dataset },
        { QStringLiteral("date"), date.toString(Qt::ISODate) },
        { QStringLiteral("hidden"), QJsonArray::fromStringList(hiddenList) },
        { QStringLiteral("selection"), QJsonObject { { QStringLiteral("kind"), selectionKind(selection.kind) }, { QStringLiteral("id"), selection.id } } },
        { QStringLiteral("map"), QJsonObject { { QStringLiteral("zoom"), mapZoom }, { QStringLiteral("centerLon"), mapCenterLon }, { QStringLiteral("centerLat"), mapCenterLat } } },
        { QStringLiteral("scheme"), scheme },
        { QStringLiteral("filter"), QJsonObject { { QStringLiteral("scheme"), filterScheme }, { QStringLiteral("cell"), filterCell } } },
        { QStringLiteral("language"), Languages::code(language) },
    };
    if (compareFrom.isValid())
        o.insert(QStringLiteral("compare_from"), compareFrom.toString(Qt::ISODate));
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

std::optional<ViewState> ViewState::fromJson(const QByteArray &json, const QString &fileName, QList<Issue> *issues)
{
    const JsonLocator locator(json);
    bool ok = true;
    const auto fail = [&](const QString &path, const QString &message) {
        const JsonLocator::Position pos = locator.position(path);
        if (issues)
            issues->append(Issue::at(fileName, message, pos.line, pos.column, path));
        ok = false;
    };
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        const JsonLocator::Position pos = locator.positionOfOffset(error.offset);
        if (issues)
            issues->append(Issue::at(fileName, ViewFile::tr("malformed JSON: %1").arg(error.errorString()), pos.line, pos.column));
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    if (!doc.isObject() || o.value(QStringLiteral("format")).toString() != u"alliance-atlas-view") {
        fail(QString(), ViewFile::tr("not an Alliance Atlas view file"));
        return std::nullopt;
    }
    ViewState s;
    s.dataset = o.value(QStringLiteral("dataset")).toString();
    const auto date = PartialDate::parse(o.value(QStringLiteral("date")).toString());
    if (!date || date->precision() != PartialDate::Precision::Day)
        fail(QStringLiteral("/date"), ViewFile::tr("invalid date (expected YYYY-MM-DD)"));
    else
        s.date = date->firstDay();
    const QJsonValue hidden = o.value(QStringLiteral("hidden"));
    if (!hidden.isUndefined() && !hidden.isArray())
        fail(QStringLiteral("/hidden"), ViewFile::tr("must be an array of actor ids"));
    for (const QJsonValue &v : hidden.toArray())
        s.hidden.insert(v.toString());
    const QJsonObject sel = o.value(QStringLiteral("selection")).toObject();
    const QString kind = sel.value(QStringLiteral("kind")).toString();
    s.selection.id = sel.value(QStringLiteral("id")).toString();
    s.selection.kind = kind == u"tie" ? Selection::Kind::Tie
        : kind == u"actor"            ? Selection::Kind::Actor
        : kind == u"event"            ? Selection::Kind::Event
                                      : Selection::Kind::None;
    const QJsonObject map = o.value(QStringLiteral("map")).toObject();
    s.mapZoom = map.value(QStringLiteral("zoom")).toDouble(1.0);
    s.mapCenterLon = map.value(QStringLiteral("centerLon")).toDouble(150.0);
    s.mapCenterLat = map.value(QStringLiteral("centerLat")).toDouble(10.0);
    if (!std::isfinite(s.mapZoom) || s.mapZoom <= 0 || s.mapZoom > 1000)
        fail(QStringLiteral("/map/zoom"), ViewFile::tr("zoom must be a number between 0 and 1000"));
    s.mapCenterLon = std::clamp(s.mapCenterLon, -180.0, 180.0);
    s.mapCenterLat = std::clamp(s.mapCenterLat, -90.0, 90.0);
    s.scheme = o.value(QStringLiteral("scheme")).toString(TypologyScheme::defaultId());
    const QJsonObject filter = o.value(QStringLiteral("filter")).toObject();
    s.filterScheme = filter.value(QStringLiteral("scheme")).toString();
    s.filterCell = filter.value(QStringLiteral("cell")).toString();
    const QString lang = o.value(QStringLiteral("language")).toString(Languages::code(Language::English));
    const auto language = Languages::fromCode(lang);
    if (!language)
        fail(QStringLiteral("/language"), ViewFile::tr("language is \"en\" or \"zh_CN\", not \"%1\"").arg(lang));
    s.language = language.value_or(Language::English);
    const QJsonValue compare = o.value(QStringLiteral("compare_from"));
    if (!compare.isUndefined()) {
        const auto from = PartialDate::parse(compare.toString());
        if (!from || from->precision() != PartialDate::Precision::Day)
            fail(QStringLiteral("/compare_from"), ViewFile::tr("invalid date (expected YYYY-MM-DD)"));
        else
            s.compareFrom = from->firstDay();
    }
    if (!ok)
        return std::nullopt;
    return s;
}

QString ViewFile::save(const QString &path, const ViewState &state)
{
    return SafeWriter::write(path, state.toJson());
}

std::optional<ViewState> ViewFile::load(const QString &path, QList<Issue> *issues)
{
    QString error;
    const auto bytes = InputFile::read(path, kMaxFileSize, &error);
    if (!bytes) {
        if (issues)
            issues->append(Issue::at(path, error));
        return std::nullopt;
    }
    return ViewState::fromJson(*bytes, path, issues);
}

} // namespace atlas
