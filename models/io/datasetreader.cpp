// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/datasetreader.h"

#include "models/domain/countrycodes.h"
#include "models/io/inputfile.h"
#include "models/io/jsonlocator.h"
#include "models/domain/vocabulary.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace atlas {

namespace {

constexpr qint64 kOpenEnd = std::numeric_limits<qint32>::max(); // Julian day far beyond any date

QString jsonTypeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("nothing");
}

/// One pass over one document: typed accessors that record an Issue for every problem.
class Reader
{
public:
    Reader(const QByteArray &utf8, const QString &fileName)
        : mLocator(utf8)
        , mFile(fileName)
    {
    }

    /// The problems found, located (in one pass over the text, only when there are any), at most
    /// DatasetReader::kMaxListedIssues of them, then one "and N more" for the rest.
    QList<Issue> issues()
    {
        QList<Issue> result = mIssues;
        const QList<JsonLocator::Position> positions = mLocator.positions(mPaths);
        for (qsizetype k = 0; k < result.size(); ++k) {
            result[k].line = positions[k].line;
            result[k].column = positions[k].column;
        }
        if (mUnlisted > 0) {
            Issue more = Issue::at(mFile, DatasetReader::tr("and %n more problem(s)", nullptr, mUnlisted));
            more.severity = mUnlistedError ? Issue::Severity::Error : Issue::Severity::Warning;
            result.append(more);
        }
        return result;
    }

    void error(const QString &path, const QString &message, const QString &context = {})
    {
        add(Issue::Severity::Error, path, message, context);
    }
    void warning(const QString &path, const QString &message, const QString &context = {})
    {
        add(Issue::Severity::Warning, path, message, context);
    }

    void checkKeys(const QJsonObject &o, const QString &path, std::initializer_list<const char *> known)
    {
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            bool ok = false;
            for (const char *k : known)
                ok = ok || it.key() == QLatin1String(k);
            if (!ok)
                warning(path + u'/' + it.key(), DatasetReader::tr("unknown field \"%1\" ignored").arg(it.key()));
        }
    }

    bool present(const QJsonObject &o, const char *key, const QString &path, bool required)
    {
        if (o.contains(QLatin1String(key)) && !o.value(QLatin1String(key)).isNull())
            return true;
        if (required)
            error(path, DatasetReader::tr("missing required field \"%1\"").arg(QLatin1String(key)));
        return false;
    }

    QString string(const QJsonObject &o, const char *key, const QString &path, bool required)
    {
        if (!present(o, key, path, required))
            return {};
        const QJsonValue v = o.value(QLatin1String(key));
        const QString p = path + u'/' + QLatin1String(key);
        if (!v.isString()) {
            error(p, DatasetReader::tr("\"%1\" must be a string, not %2").arg(QLatin1String(key), jsonTypeName(v)));
            return {};
        }
        if (required && v.toString().trimmed().isEmpty())
            error(p, DatasetReader::tr("\"%1\" must not be empty").arg(QLatin1String(key)));
        return withoutControls(v.toString(), p);
    }

    /// \a value, or an empty string and an error located at \a path when it holds a C0 control
    /// character other than tab and newline (such text breaks SVG export and terminals).
    QString withoutControls(const QString &value, const QString &path)
    {
        for (qsizetype i = 0; i < value.size(); ++i) {
            const char16_t c = value.at(i).unicode();
            if ((c < 0x20 && c != u'\t' && c != u'\n') || c == 0x7f) {
                error(path, DatasetReader::tr("control character U+%1 at character %2 (only tab and newline are allowed)")
                                .arg(int(c), 4, 16, QLatin1Char('0'))
                                .arg(i + 1));
                return {};
            }
        }
        return value;
    }

    QString id(const QJsonObject &o, const char *key, const QString &path, QSet<QString> &seen, const QString &what)
    {
        const QString value = string(o, key, path, true);
        if (value.isEmpty())
            return value;
        if (seen.contains(value))
            error(path + u'/' + QLatin1String(key), DatasetReader::tr("duplicate %1 \"%2\"").arg(what, value), value);
        seen.insert(value);
        return value;
    }

    LocalizedText text(const QJsonObject &o, const char *key, const QString &path, bool required)
    {
        if (!present(o, key, path, required))
            return {};
        const QJsonValue v = o.value(QLatin1String(key));
        const QString p = path + u'/' + QLatin1String(key);
        if (!v.isObject()) {
            error(p, DatasetReader::tr("\"%1\" must be an object {\"en\", \"zh\"}, not %2").arg(QLatin1String(key), jsonTypeName(v)));
            return {};
        }
        const QJsonObject t = v.toObject();
        checkKeys(t, p, { "en", "zh" });
        LocalizedText result;
        result.en = string(t, "en", p, required);
        result.zh = string(t, "zh", p, required);
        return result;
    }

    PartialDate date(const QJsonObject &o, const char *key, const QString &path, bool required)
    {
        const QString s = string(o, key, path, required);
        if (s.isEmpty())
            return {};
        const auto d = PartialDate::parse(s);
        if (!d) {
            error(path + u'/' + QLatin1String(key),
                  DatasetReader::tr("invalid date \"%1\" (expected YYYY, YYYY-MM or YYYY-MM-DD)").arg(s));
            return {};
        }
        return *d;
    }

    /// A boolean that files should state; an older file without it gets a warning and false.
    bool boolean(const QJsonObject &o, const char *key, const QString &path)
    {
        if (!o.contains(QLatin1String(key))) {
            warning(path, DatasetReader::tr("no \"%1\" field: assumed false").arg(QLatin1String(key)));
            return false;
        }
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isBool())
            error(path + u'/' + QLatin1String(key),
                  DatasetReader::tr("\"%1\" must be true or false, not %2").arg(QLatin1String(key), jsonTypeName(v)));
        return v.toBool();
    }

    std::optional<double> number(const QJsonObject &o, const char *key, const QString &path, bool required)
    {
        if (!present(o, key, path, required))
            return std::nullopt;
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isDouble()) {
            error(path + u'/' + QLatin1String(key),
                  DatasetReader::tr("\"%1\" must be a number, not %2").arg(QLatin1String(key), jsonTypeName(v)));
            return std::nullopt;
        }
        return v.toDouble();
    }

    QStringList strings(const QJsonObject &o, const char *key, const QString &path, bool required)
    {
        QStringList result;
        for (const auto &[value, p] : array(o, key, path, required)) {
            if (!value.isString())
                error(p, DatasetReader::tr("must be a string, not %1").arg(jsonTypeName(value)));
            else
                result.append(withoutControls(value.toString(), p));
        }
        return result;
    }

    /// The elements of an array field with their JSON pointers.
    QList<std::pair<QJsonValue, QString>> array(const QJsonObject &o, const char *key, const QString &path, bool required)
    {
        QList<std::pair<QJsonValue, QString>> result;
        if (!present(o, key, path, required))
            return result;
        const QJsonValue v = o.value(QLatin1String(key));
        const QString p = path + u'/' + QLatin1String(key);
        if (!v.isArray()) {
            error(p, DatasetReader::tr("\"%1\" must be an array, not %2").arg(QLatin1String(key), jsonTypeName(v)));
            return result;
        }
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            result.append({ a.at(i), p + u'/' + QString::number(i) });
        return result;
    }

    /// The objects of an array field; non-objects are reported and skipped.
    QList<std::pair<QJsonObject, QString>> objects(const QJsonObject &o, const char *key, const QString &path, bool required)
    {
        QList<std::pair<QJsonObject, QString>> result;
        for (const auto &[value, p] : array(o, key, path, required)) {
            if (!value.isObject())
                error(p, DatasetReader::tr("must be an object, not %1").arg(jsonTypeName(value)));
            else
                result.append({ value.toObject(), p });
        }
        return result;
    }

    template<typename E>
    E keyword(const QJsonObject &o, const char *key, const QString &path, std::optional<E> (*parse)(QStringView), E fallback,
              const char *allowed)
    {
        const QString s = string(o, key, path, true);
        if (s.isEmpty())
            return fallback;
        const std::optional<E> value = parse(s);
        if (!value) {
            error(path + u'/' + QLatin1String(key),
                  DatasetReader::tr("unknown %1 \"%2\" (expected one of: %3)").arg(QLatin1String(key), s, QLatin1String(allowed)));
            return fallback;
        }
        return *value;
    }

private:
    void add(Issue::Severity severity, const QString &path, const QString &message, const QString &context)
    {
        if (mIssues.size() >= DatasetReader::kMaxListedIssues) {
            ++mUnlisted;
            mUnlistedError = mUnlistedError || severity == Issue::Severity::Error;
            return;
        }
        Issue issue = Issue::at(mFile, message, 0, 0, path); // located in issues()
        issue.severity = severity;
        issue.contextId = context;
        mIssues.append(issue);
        mPaths.append(path);
    }

    JsonLocator mLocator;
    QString mFile;
    QList<Issue> mIssues;
    QStringList mPaths; //!< JSON pointer of each of mIssues
    int mUnlisted = 0;
    bool mUnlistedError = false;
};

void readSources(Reader &r, const QJsonObject &root, Dataset &d)
{
    QSet<QString> seen;
    for (const auto &[o, p] : r.objects(root, "sources", QString(), true)) {
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
        d.sources.append(s);
    }
}

void readActors(Reader &r, const QJsonObject &root, Dataset &d)
{
    QSet<QString> seen;
    const CountryCodes &codes = CountryCodes::instance();
    for (const auto &[o, p] : r.objects(root, "actors", QString(), true)) {
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
        d.actors.append(a);
    }
}

/// A predecessor ends the day before its successor starts: clamps the in-force days of every tie
/// named in a "supersedes" field (its life, spells and phases) so that the two never overlap.
void endSupersededTies(Reader &r, Dataset &d)
{
    QHash<QString, int> index;
    for (int i = 0; i < d.ties.size(); ++i)
        index.insert(d.ties[i].id, i);
    QSet<QString> superseded;
    for (int i = 0; i < d.ties.size(); ++i) {
        const Tie &successor = d.ties[i];
        if (successor.supersedes.isEmpty())
            continue;
        const QString path = QStringLiteral("/ties/%1/supersedes").arg(i);
        const int p = index.value(successor.supersedes, -1);
        if (p < 0) {
            r.error(path, DatasetReader::tr("unknown tie \"%1\"").arg(successor.supersedes), successor.id);
            continue;
        }
        if (p == i) {
            r.error(path, DatasetReader::tr("a tie cannot supersede itself"), successor.id);
            continue;
        }
        if (superseded.contains(successor.supersedes)) {
            r.error(path, DatasetReader::tr("tie \"%1\" is superseded twice").arg(successor.supersedes), successor.id);
            continue;
        }
        superseded.insert(successor.supersedes);
        Tie &predecessor = d.ties[p];
        if (successor.fromDay <= predecessor.fromDay) {
            r.error(path, DatasetReader::tr("the successor must start after \"%1\" starts (%2)").arg(predecessor.id, predecessor.start.toString()),
                    successor.id);
            continue;
        }
        const qint64 last = successor.fromDay - 1;
        predecessor.toDay = std::min(predecessor.toDay, last);
        // A spell or phase wholly after the cut is left empty (from > to): never in force.
        for (MembershipSpell &s : predecessor.members)
            s.toDay = std::min(s.toDay, last);
        for (StatusPhase &ph : predecessor.phases)
            ph.toDay = std::min(ph.toDay, last);
    }
}

void readTies(Reader &r, const QJsonObject &root, Dataset &d, const QSet<QString> &actorIds)
{
    QSet<QString> seen;
    for (const auto &[o, p] : r.objects(root, "ties", QString(), true)) {
        r.checkKeys(o, p, { "id", "name", "short", "kind", "status", "region", "start", "startKind", "end", "endKind", "members", "phases", "note", "supersedes" });
        Tie t;
        t.id = r.id(o, "id", p, seen, DatasetReader::tr("tie id"));
        t.name = r.text(o, "name", p, true);
        t.shortName = r.text(o, "short", p, false);
        t.kind = r.keyword(o, "kind", p, &Vocabulary::tieKind, TieKind::BilateralAlliance,
                           "bilateral-alliance, multilateral-alliance, minilateral, partnership, dialogue, intelligence-sharing, exercise, agreement, proposal");
        t.status = r.keyword(o, "status", p, &Vocabulary::tieStatus, TieStatus::InForce, "in-force, suspended, ended, proposed");
        t.region = r.keyword(o, "region", p, &Vocabulary::tieRegion, TieRegion::AsiaPacific, "asia-pacific, euro-atlantic, cross-regional");
        t.start = r.date(o, "start", p, true);
        t.startKind = r.string(o, "startKind", p, false);
        t.end = r.date(o, "end", p, false);
        t.endKind = r.string(o, "endKind", p, false);
        t.note = r.text(o, "note", p, false);
        t.supersedes = r.string(o, "supersedes", p, false);
        t.fromDay = t.start.isValid() ? t.start.firstDay().toJulianDay() : 0;
        t.toDay = t.end.isValid() ? t.end.lastDay().toJulianDay() : kOpenEnd;
        if (t.start.isValid() && t.end.isValid() && t.end.lastDay() < t.start.firstDay())
            r.error(p + QStringLiteral("/end"), DatasetReader::tr("end %1 is before start %2").arg(t.end.toString(), t.start.toString()), t.id);
        const bool lifeValid = t.start.isValid() && (!t.end.isValid() || t.fromDay <= t.toDay);
        if (t.status == TieStatus::Ended && !o.contains(QLatin1String("end")))
            r.error(p + QStringLiteral("/status"), DatasetReader::tr("status \"ended\" needs an end date"), t.id);

        for (const auto &[m, mp] : r.objects(o, "members", p, true)) {
            r.checkKeys(m, mp, { "actor", "joined", "left", "status" });
            MembershipSpell s;
            s.actor = r.string(m, "actor", mp, true);
            if (!s.actor.isEmpty() && !actorIds.contains(s.actor))
                r.error(mp + QStringLiteral("/actor"), DatasetReader::tr("unknown actor \"%1\"").arg(s.actor), t.id);
            s.joined = r.date(m, "joined", mp, false);
            s.left = r.date(m, "left", mp, false);
            const QString status = r.string(m, "status", mp, false);
            if (!status.isEmpty() && status != u"suspended" && status != u"in-force")
                r.error(mp + QStringLiteral("/status"), DatasetReader::tr("a membership status is \"in-force\" or \"suspended\", not \"%1\"").arg(status), t.id);
            s.suspended = status == u"suspended";
            s.fromDay = s.joined.isValid() ? s.joined.firstDay().toJulianDay() : t.fromDay;
            s.toDay = s.left.isValid() ? s.left.lastDay().toJulianDay() : t.toDay;
            if (s.joined.isValid() && s.left.isValid() && s.toDay < s.fromDay)
                r.error(mp + QStringLiteral("/left"), DatasetReader::tr("left %1 is before joined %2").arg(s.left.toString(), s.joined.toString()), t.id);
            else if (lifeValid && (s.fromDay < t.fromDay || s.toDay > t.toDay))
                r.error(mp, DatasetReader::tr("the membership of \"%1\" lies outside the tie's life (%2 to %3)")
                                .arg(s.actor, t.start.toString(), t.end.isValid() ? t.end.toString() : DatasetReader::tr("ongoing")), t.id);
            t.members.append(s);
        }
        if (o.contains(QLatin1String("members")) && t.memberIds().size() < 2)
            r.error(p + QStringLiteral("/members"), DatasetReader::tr("a tie needs at least two members"), t.id);

        for (const auto &[ph, php] : r.objects(o, "phases", p, false)) {
            r.checkKeys(ph, php, { "from", "to", "status", "between" });
            StatusPhase phase;
            phase.from = r.date(ph, "from", php, true);
            phase.to = r.date(ph, "to", php, false);
            phase.between = r.strings(ph, "between", php, false);
            if (ph.contains(QLatin1String("between"))) {
                const QStringList memberIds = t.memberIds();
                if (phase.between.size() != 2 || phase.between[0] == phase.between[1])
                    r.error(php + QStringLiteral("/between"), DatasetReader::tr("\"between\" names two different members of the tie"), t.id);
                for (qsizetype i = 0; i < phase.between.size(); ++i)
                    if (!memberIds.contains(phase.between[i]))
                        r.error(php + QStringLiteral("/between/%1").arg(i),
                                DatasetReader::tr("\"%1\" is not a member of the tie").arg(phase.between[i]), t.id);
            }
            phase.status = r.keyword(ph, "status", php, &Vocabulary::tieStatus, TieStatus::Suspended, "in-force, suspended");
            phase.fromDay = phase.from.isValid() ? phase.from.firstDay().toJulianDay() : t.fromDay;
            phase.toDay = phase.to.isValid() ? phase.to.lastDay().toJulianDay() : t.toDay;
            if (phase.toDay < phase.fromDay)
                r.error(php + QStringLiteral("/to"), DatasetReader::tr("phase ends before it starts"), t.id);
            t.phases.append(phase);
        }
        d.ties.append(t);
    }
    endSupersededTies(r, d);
}

void readEvents(Reader &r, const QJsonObject &root, Dataset &d, const QSet<QString> &tieIds)
{
    QSet<QString> seen;
    for (const auto &[o, p] : r.objects(root, "events", QString(), false)) {
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
        d.events.append(e);
    }
}

/// The ids of the typology schemes in the document (read before the schemes themselves, which cite evidence).
QSet<QString> typologyIds(const QJsonObject &root)
{
    QSet<QString> ids;
    const QJsonArray schemes = root.value(QLatin1String("typologies")).toArray();
    for (const QJsonValue &s : schemes)
        ids.insert(s.toObject().value(QLatin1String("id")).toString());
    return ids;
}

void readEvidence(Reader &r, const QJsonObject &root, Dataset &d, const QSet<QString> &tieIds, const QSet<QString> &eventIds,
                  const QHash<QString, SourceKind> &sourceKinds)
{
    QSet<QString> seen;
    const QSet<QString> schemeIds = typologyIds(root);
    for (const auto &[o, p] : r.objects(root, "evidence", QString(), false)) {
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
        d.evidence.append(e);
    }
}

TypologyAxis readAxis(Reader &r, const QJsonObject &o, const char *key, const QString &path)
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

void readTypologies(Reader &r, const QJsonObject &root, Dataset &d, const QSet<QString> &evidenceIds,
                    const QHash<QString, SourceKind> &sourceKinds)
{
    QSet<QString> seen;
    for (const auto &[o, p] : r.objects(root, "typologies", QString(), false)) {
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
            s.cells.append(cell);
        }
        if (o.contains(QLatin1String("cells")) && cells.size() != 4)
            r.error(p + QStringLiteral("/cells"), DatasetReader::tr("a scheme has exactly four cells, not %1").arg(cells.size()), s.id);
        s.evidence = r.strings(o, "evidence", p, false);
        for (qsizetype i = 0; i < s.evidence.size(); ++i)
            if (!evidenceIds.contains(s.evidence[i]))
                r.error(p + QStringLiteral("/evidence/%1").arg(i), DatasetReader::tr("unknown evidence \"%1\"").arg(s.evidence[i]), s.id);
        d.typologies.append(s);
    }
}

void readPlacements(Reader &r, const QJsonObject &root, Dataset &d, const QSet<QString> &tieIds, const QSet<QString> &evidenceIds)
{
    QSet<QString> seen;
    for (const auto &[o, p] : r.objects(root, "placements", QString(), false)) {
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
        d.placements.append(pl);
    }
}

void readBookmarks(Reader &r, const QJsonObject &root, Dataset &d, const QSet<QString> &evidenceIds)
{
    QSet<QString> seen;
    for (const auto &[o, p] : r.objects(root, "bookmarks", QString(), false)) {
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
        d.bookmarks.append(b);
    }
    std::stable_sort(d.bookmarks.begin(), d.bookmarks.end(),
                     [](const Bookmark &a, const Bookmark &b) { return a.date.firstDay() < b.date.firstDay(); });
}

template<typename T, typename F>
QSet<QString> idSet(const QList<T> &list, F key)
{
    QSet<QString> ids;
    for (const T &x : list)
        ids.insert(key(x));
    return ids;
}

} // namespace

LoadResult DatasetReader::readFile(const QString &path)
{
    QString error;
    const auto bytes = InputFile::read(path, kMaxFileSize, &error);
    if (!bytes) {
        LoadResult result;
        result.issues.append(Issue::at(path, error));
        return result;
    }
    return read(*bytes, path);
}

LoadResult DatasetReader::read(const QByteArray &utf8, const QString &fileName)
{
    Reader r(utf8, fileName);
    LoadResult result;

    if (utf8.trimmed().isEmpty()) {
        result.issues.append(Issue::at(fileName, tr("the file is empty"), 1, 1));
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const JsonLocator::Position pos = JsonLocator(utf8).positionOfOffset(parseError.offset);
        result.issues.append(Issue::at(fileName, tr("malformed JSON: %1").arg(parseError.errorString()), pos.line, pos.column));
        return result;
    }
    if (!doc.isObject()) {
        r.error(QString(), tr("a dataset is a JSON object, not %1").arg(doc.isArray() ? tr("an array") : tr("a scalar")));
        result.issues = r.issues();
        return result;
    }
    const QJsonObject root = doc.object();
    r.checkKeys(root, QString(), { "format", "version", "title", "hub", "sources", "actors", "ties", "events", "evidence", "typologies", "placements", "bookmarks", "description" });
    if (r.string(root, "format", QString(), true) != u"alliance-atlas-dataset" && root.contains(QLatin1String("format")))
        r.error(QStringLiteral("/format"), tr("not an Alliance Atlas dataset (format must be \"alliance-atlas-dataset\")"));
    if (const auto version = r.number(root, "version", QString(), true); version && *version != 1)
        r.error(QStringLiteral("/version"), tr("unsupported format version %1 (this program reads version 1)").arg(*version));

    Dataset d;
    d.fileName = fileName;
    d.title = r.text(root, "title", QString(), false);
    readSources(r, root, d);
    readActors(r, root, d);
    const QSet<QString> actorIds = idSet(d.actors, [](const Actor &a) { return a.id; });
    d.hub = r.string(root, "hub", QString(), false);
    if (!d.hub.isEmpty() && !actorIds.contains(d.hub))
        r.error(QStringLiteral("/hub"), tr("unknown actor \"%1\"").arg(d.hub));
    readTies(r, root, d, actorIds);
    const QSet<QString> tieIds = idSet(d.ties, [](const Tie &t) { return t.id; });
    readEvents(r, root, d, tieIds);
    QHash<QString, SourceKind> sourceKinds;
    for (const Source &s : d.sources)
        sourceKinds.insert(s.key, s.kind);
    readEvidence(r, root, d, tieIds, idSet(d.events, [](const Event &e) { return e.id; }), sourceKinds);
    const QSet<QString> evidenceIds = idSet(d.evidence, [](const Evidence &e) { return e.id; });
    readTypologies(r, root, d, evidenceIds, sourceKinds);
    readPlacements(r, root, d, tieIds, evidenceIds);
    readBookmarks(r, root, d, evidenceIds);

    result.issues = r.issues();
    if (!hasErrors(result.issues)) {
        d.buildIndex();
        result.dataset = std::move(d);
    }
    return result;
}

} // namespace atlas
