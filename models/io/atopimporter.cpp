// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/atopimporter.h"

#include "models/io/atopcountries.h"

#include "models/domain/countrycodes.h"
#include "models/io/csvreader.h"
#include "models/domain/dataset.h"
#include "models/io/datasetwriter.h"
#include "models/geo/worldmap.h"

#include <QDir>
#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace atlas {

namespace {

using AtopCountries::actorPosition;
using AtopCountries::countryName;
using AtopCountries::Historic;
using AtopCountries::regionOf;
const std::span<const Historic> kHistoric = AtopCountries::historic();

struct Obligation
{
    const char16_t *column;
    const char16_t *en;
    const char16_t *zh;
};
constexpr Obligation kObligations[] = {
    { u"defense", u"defense", u"防御" },          { u"offense", u"offense", u"进攻" },
    { u"neutral", u"neutrality", u"中立" },       { u"nonagg", u"non-aggression", u"互不侵犯" },
    { u"consul", u"consultation", u"磋商" },
};

struct Spell
{
    QString actor;
    PartialDate joined;
    PartialDate left;
};

struct Alliance
{
    int id = 0;
    int line = 0;
    bool bilateral = false;
    PartialDate begin;
    PartialDate end;
    QList<bool> obligations;
    QList<Spell> spells;
    int memberRows = 0;
    QList<std::pair<int, int>> successorNotes; //!< (COW code, kHistoric index) shown as successors
    QList<int> skippedStates;                  //!< kHistoric indices without successor
};

/// Typed access to one CSV row: each accessor records a located Issue when the value is bad.
class Row
{
public:
    Row(const CsvRecord &record, const CsvTable &table, const QString &file, QList<Issue> &issues)
        : mRecord(record)
        , mTable(table)
        , mFile(file)
        , mIssues(issues)
    {
    }

    bool ok = true;

    const CsvRecord &record() const { return mRecord; }
    QString name(int column) const { return mTable.header[column].text; }

    void add(Issue::Severity severity, int column, const QString &message)
    {
        Issue i = Issue::at(mFile, message, column < 0 ? mRecord.line : mRecord.fields[column].line,
                               column < 0 ? 1 : mRecord.fields[column].column);
        i.severity = severity;
        mIssues.append(i);
        if (severity == Issue::Severity::Error)
            ok = false;
    }
    void error(int column, const QString &message) { add(Issue::Severity::Error, column, message); }
    void warning(int column, const QString &message) { add(Issue::Severity::Warning, column, message); }

    /// A whole number in [min, max]; an empty field is 0 when \a emptyIsZero (ATOP leaves unknown
    /// months and days empty or 0).
    std::optional<int> integer(int column, int min, int max, bool emptyIsZero = false)
    {
        const QString text = mRecord.text(column).trimmed();
        if (text.isEmpty() && emptyIsZero)
            return 0;
        bool isNumber = false;
        const int value = text.toInt(&isNumber);
        if (!isNumber) {
            error(column, AtopImporter::tr("%1 \"%2\" is not a whole number").arg(name(column), mRecord.text(column)));
            return std::nullopt;
        }
        if (value < min || value > max) {
            error(column, AtopImporter::tr("%1 %2 is out of range (%3 to %4)").arg(name(column)).arg(value).arg(min).arg(max));
            return std::nullopt;
        }
        return value;
    }

    /// A date from year, month and day columns; month or day 0 (or empty) means unknown, which gives
    /// a year or month precision date. With \a optional, year 0 means "none" (an invalid PartialDate).
    /// std::nullopt when a field is bad (reported).
    std::optional<PartialDate> date(int cYear, int cMonth, int cDay, bool optional)
    {
        const auto year = integer(cYear, optional ? 0 : 1000, 9999, false);
        const auto month = integer(cMonth, 0, 12, true);
        const auto day = integer(cDay, 0, 31, true);
        if (!year || !month || !day)
            return std::nullopt;
        if (*year == 0) {
            if (*month != 0 || *day != 0) {
                error(*month != 0 ? cMonth : cDay, AtopImporter::tr("%1 %2 given without a year").arg(name(*month != 0 ? cMonth : cDay)).arg(*month != 0 ? *month : *day));
                return std::nullopt;
            }
            return PartialDate();
        }
        if (*year < 1000) {
            error(cYear, AtopImporter::tr("%1 %2 is out of range (1000 to 9999)").arg(name(cYear)).arg(*year));
            return std::nullopt;
        }
        if (*month == 0 && *day != 0) {
            error(cDay, AtopImporter::tr("%1 %2 given without a month").arg(name(cDay)).arg(*day));
            return std::nullopt;
        }
        if (*day != 0 && !QDate::isValid(*year, *month, *day)) {
            error(cDay, AtopImporter::tr("impossible date %1-%2-%3 (%4, %5, %6)")
                            .arg(*year)
                            .arg(*month, 2, 10, QLatin1Char('0'))
                            .arg(*day, 2, 10, QLatin1Char('0'))
                            .arg(name(cYear), name(cMonth), name(cDay)));
            return std::nullopt;
        }
        return PartialDate(*year, *month, *day);
    }

private:
    const CsvRecord &mRecord;
    const CsvTable &mTable;
    QString mFile;
    QList<Issue> &mIssues;
};

void fileIssue(QList<Issue> &issues, const QString &file, int line, const QString &message)
{
    issues.append(Issue::at(file, message, line, line > 0 ? 1 : 0));
}

/// hasErrors() of a list that only grows, looking at each issue once: asked once per row, it keeps an
/// import with many skipped rows linear.
class ErrorWatch
{
public:
    explicit ErrorWatch(const QList<Issue> &issues)
        : mIssues(issues)
    {
    }
    bool operator()()
    {
        while (!mFound && mSeen < mIssues.size())
            mFound = mIssues[mSeen++].severity == Issue::Severity::Error;
        return mFound;
    }

private:
    const QList<Issue> &mIssues;
    qsizetype mSeen = 0;
    bool mFound = false;
};

/// Column indexes of \a names in \a table; reports each missing one and returns an empty list then.
QList<int> columns(const CsvTable &table, const QString &file, std::initializer_list<const char16_t *> names, QList<Issue> &issues)
{
    if (table.header.isEmpty()) {
        if (!hasErrors(table.issues))
            fileIssue(issues, file, 1, AtopImporter::tr("the file is empty"));
        return {};
    }
    QList<int> result;
    bool ok = true;
    for (const char16_t *n : names) {
        const int c = table.column(QStringView(n));
        if (c < 0) {
            fileIssue(issues, file, table.header.first().line, AtopImporter::tr("missing column \"%1\"").arg(QStringView(n)));
            ok = false;
        }
        result.append(c);
    }
    return ok ? result : QList<int>();
}

QString atopTieId(int atopId)
{
    return QStringLiteral("atop-%1").arg(atopId);
}

Source atopSource()
{
    Source s;
    s.key = QStringLiteral("atop4");
    s.kind = SourceKind::Dataset;
    for (const char16_t *author : { u"Brett Ashley Leeds", u"Jeffrey M. Ritter", u"Sara McLaughlin Mitchell", u"Andrew G. Long" })
        s.authors.append({ QString::fromUtf16(author), QString::fromUtf16(author) });
    s.title = { QStringLiteral("Alliance Treaty Obligations and Provisions, 1815-1944"), QStringLiteral("联盟条约义务与条款（ATOP）") };
    s.journal = { QStringLiteral("International Interactions"), QStringLiteral("International Interactions") };
    s.year = 2002;
    s.issue = QStringLiteral("28");
    s.pages = QStringLiteral("237-260");
    s.note = { QStringLiteral("v4.01 (alliance-level and member-level files, 1815-2016), imported with alliance-atlas import-atop. "
                              "ATOP's begin date is the signature date."),
               QStringLiteral("v4.01版（联盟层级与成员层级数据，1815—2016年），经 alliance-atlas import-atop 导入。ATOP的起始日期为签署日期。") };
    return s;
}

LoadResult build(const CsvTable &memberTable, const QString &memberName, const CsvTable &allianceTable, const QString &allianceName)
{
    LoadResult result;
    QList<Issue> &issues = result.issues;
    issues += allianceTable.issues;
    issues += memberTable.issues;

    const QList<int> ac = columns(allianceTable, allianceName,
                                  { u"atopid", u"begyr", u"begmo", u"begday", u"endyr", u"endmo", u"endday", u"bilat", u"defense",
                                    u"offense", u"neutral", u"nonagg", u"consul" },
                                  issues);
    const QList<int> mc = columns(memberTable, memberName, { u"atopid", u"member", u"yrent", u"moent", u"dayent", u"yrexit", u"moexit", u"dayexit" },
                                  issues);
    if (ac.isEmpty() || mc.isEmpty())
        return result;

    // Alliances, in file order.
    QList<Alliance> alliances;
    QHash<int, int> allianceIndex;
    for (const CsvRecord &record : allianceTable.records) {
        Row row(record, allianceTable, allianceName, issues);
        Alliance a;
        a.line = record.line;
        const auto id = row.integer(ac[0], 1, 999999);
        const auto begin = row.date(ac[1], ac[2], ac[3], false);
        const auto end = row.date(ac[4], ac[5], ac[6], true);
        const auto bilat = row.integer(ac[7], 0, 1);
        for (int i = 0; i < 5; ++i)
            a.obligations.append(row.integer(ac[8 + i], 0, 1).value_or(0) == 1);
        if (begin && end && begin->isValid() && end->isValid() && end->lastDay() < begin->firstDay())
            row.error(ac[4], AtopImporter::tr("end %1 is before begin %2").arg(end->toString(), begin->toString()));
        if (id && allianceIndex.contains(*id))
            row.error(ac[0], AtopImporter::tr("duplicate atopid %1 (first on line %2)").arg(*id).arg(alliances[allianceIndex[*id]].line));
        if (!row.ok)
            continue;
        a.id = *id;
        a.begin = *begin;
        a.end = *end;
        a.bilateral = *bilat == 1;
        allianceIndex.insert(a.id, int(alliances.size()));
        alliances.append(a);
    }

    // Membership rows. States without a successor code are counted per state and reported once.
    struct Skipped
    {
        int line = 0, column = 0, rows = 0;
        QList<int> alliances;
    };
    QMap<int, Skipped> skipped; // by kHistoric index
    ErrorWatch anyError(issues);
    for (const CsvRecord &record : memberTable.records) {
        Row row(record, memberTable, memberName, issues);
        const auto id = row.integer(mc[0], 1, 999999);
        const auto cow = row.integer(mc[1], 1, 99999);
        const auto entry = row.date(mc[2], mc[3], mc[4], false);
        const auto exit = row.date(mc[5], mc[6], mc[7], true);
        if (entry && exit && exit->isValid() && exit->lastDay() < entry->firstDay())
            row.error(mc[5], AtopImporter::tr("exit %1 is before entry %2").arg(exit->toString(), entry->toString()));
        if (!row.ok)
            continue;
        const auto ai = allianceIndex.constFind(*id);
        if (ai == allianceIndex.constEnd()) {
            // Not an error of this row when the alliance's own row was malformed (already reported).
            if (!anyError())
                row.warning(mc[0], AtopImporter::tr("alliance %1 is not in %2; row skipped").arg(*id).arg(allianceName));
            continue;
        }
        Alliance &a = alliances[*ai];
        ++a.memberRows;

        const AtopImporter::CowMapping mapping = AtopImporter::mapCow(*cow);
        int historic = -1;
        for (int i = 0; i < int(std::size(kHistoric)); ++i)
            if (kHistoric[i].cow == *cow)
                historic = i;
        if (mapping.kind == AtopImporter::CowMapping::Kind::Unknown) {
            row.warning(mc[1], AtopImporter::tr("unknown COW state code %1; row skipped").arg(*cow));
            continue;
        }
        if (mapping.kind == AtopImporter::CowMapping::Kind::NoSuccessor) {
            Skipped &s = skipped[historic];
            if (s.rows++ == 0) {
                s.line = record.fields[mc[1]].line;
                s.column = record.fields[mc[1]].column;
            }
            if (!s.alliances.contains(a.id))
                s.alliances.append(a.id);
            if (!a.skippedStates.contains(historic))
                a.skippedStates.append(historic);
            continue;
        }
        if (!actorPosition(mapping.alpha3)) {
            row.warning(mc[1], AtopImporter::tr("no capital or map position for %1 (COW %2); row skipped").arg(mapping.alpha3).arg(*cow));
            continue;
        }

        Spell spell { mapping.alpha3, *entry, *exit };
        // The two files agree in ATOP v4.01; an excerpt edited by hand may not.
        const bool outside = (spell.left.isValid() && spell.left.lastDay() < a.begin.firstDay())
            || (a.end.isValid() && spell.joined.firstDay() > a.end.lastDay());
        if (outside) {
            row.warning(mc[2], AtopImporter::tr("membership lies outside ATOP %1's dates (%2 to %3); row skipped")
                                   .arg(a.id)
                                   .arg(a.begin.toString(), a.end.isValid() ? a.end.toString() : AtopImporter::tr("in force")));
            continue;
        }
        if (spell.joined.firstDay() < a.begin.firstDay()) {
            row.warning(mc[2], AtopImporter::tr("entry %1 is before ATOP %2 begins (%3); the alliance's begin is used").arg(spell.joined.toString()).arg(a.id).arg(a.begin.toString()));
            spell.joined = a.begin;
        }
        if (a.end.isValid() && spell.left.isValid() && spell.left.lastDay() > a.end.lastDay()) {
            row.warning(mc[5], AtopImporter::tr("exit %1 is after ATOP %2 ends (%3); the alliance's end is used").arg(spell.left.toString()).arg(a.id).arg(a.end.toString()));
            spell.left = a.end;
        }
        if (mapping.kind == AtopImporter::CowMapping::Kind::Successor && (mapping.sameFrom == 0 || spell.joined.year() < mapping.sameFrom)) {
            const std::pair<int, int> note { *cow, historic };
            if (!a.successorNotes.contains(note))
                a.successorNotes.append(note);
        }
        a.spells.append(spell);
    }
    for (auto it = skipped.cbegin(); it != skipped.cend(); ++it) {
        const Historic &h = kHistoric[it.key()];
        QStringList ids;
        for (int id : it->alliances)
            ids.append(QString::number(id));
        Issue i = Issue::at(memberName, QString(), it->line, it->column);
        i.severity = Issue::Severity::Warning;
        i.message = AtopImporter::tr("COW %1 (%2) has no ISO 3166 successor code; %n membership row(s) skipped (ATOP %3)", nullptr, it->rows)
                        .arg(h.cow)
                        .arg(QString::fromUtf16(h.en), ids.join(QStringLiteral(", ")));
        issues.append(i);
    }
    if (hasErrors(issues))
        return result;

    // Alliances left with fewer than two members are not imported; neither are actors only they had.
    QSet<QString> actorIds;
    for (Alliance &a : alliances) {
        QStringList members;
        for (const Spell &s : std::as_const(a.spells))
            if (!members.contains(s.actor))
                members.append(s.actor);
        if (members.size() < 2) {
            fileIssue(issues, allianceName, a.line,
                      a.memberRows == 0 ? AtopImporter::tr("ATOP %1 has no member rows in %2; not imported").arg(a.id).arg(memberName)
                                        : AtopImporter::tr("ATOP %1 has fewer than two members with an ISO 3166 code; not imported").arg(a.id));
            issues.last().severity = Issue::Severity::Warning;
            a.spells.clear();
            continue;
        }
        for (const QString &m : std::as_const(members))
            actorIds.insert(m);
    }

    Dataset d;
    d.title = { QStringLiteral("ATOP v4.01 alliances, 1815–2016"), QStringLiteral("ATOP v4.01 联盟数据（1815—2016年）") };
    d.fileName = memberName;
    d.sources.append(atopSource());

    QStringList ids = actorIds.values();
    ids.sort();
    for (const QString &id : std::as_const(ids)) {
        Actor actor;
        actor.id = id;
        actor.kind = ActorKind::Country;
        actor.name = countryName(id);
        const auto position = actorPosition(id);
        actor.lon = position->first;
        actor.lat = position->second;
        actor.region = regionOf(id);
        d.actors.append(actor);
    }
    if (actorIds.contains(QStringLiteral("USA")))
        d.hub = QStringLiteral("USA");

    for (const Alliance &a : std::as_const(alliances)) {
        if (a.spells.isEmpty())
            continue;
        QStringList members;
        for (const Spell &s : a.spells)
            if (!members.contains(s.actor))
                members.append(s.actor);
        Tie t;
        t.id = atopTieId(a.id);
        QStringList en, zh;
        for (int i = 0; i < int(std::size(kObligations)); ++i)
            if (a.obligations.value(i)) {
                en.append(QString::fromUtf16(kObligations[i].en));
                zh.append(QString::fromUtf16(kObligations[i].zh));
            }
        t.name = { en.isEmpty() ? QStringLiteral("ATOP %1").arg(a.id) : QStringLiteral("ATOP %1: %2").arg(a.id).arg(en.join(QStringLiteral(", "))),
                   zh.isEmpty() ? QStringLiteral("ATOP %1").arg(a.id) : QStringLiteral("ATOP %1：%2").arg(a.id).arg(zh.join(u'、')) };
        t.shortName = { QStringLiteral("ATOP %1").arg(a.id), QStringLiteral("ATOP %1").arg(a.id) };
        // ATOP codes a few treaties with more than two members as bilateral (SEATO); the application
        // draws a bilateral alliance as one line between two members, so these are shown as multilateral.
        const bool bilateralWithMore = a.bilateral && members.size() > 2;
        t.kind = a.bilateral && !bilateralWithMore ? TieKind::BilateralAlliance : TieKind::MultilateralAlliance;
        t.status = a.end.isValid() ? TieStatus::Ended : TieStatus::InForce;
        bool asiaPacific = true, euroAtlantic = true;
        for (const QString &m : std::as_const(members)) {
            Actor probe;
            probe.region = regionOf(m);
            asiaPacific = asiaPacific && probe.isAsiaPacific();
            euroAtlantic = euroAtlantic && probe.isEuroAtlantic();
        }
        t.region = asiaPacific ? TieRegion::AsiaPacific : euroAtlantic ? TieRegion::EuroAtlantic : TieRegion::CrossRegional;
        t.start = a.begin;
        t.startKind = QStringLiteral("signature");
        t.end = a.end;
        for (const Spell &s : a.spells) {
            MembershipSpell m;
            m.actor = s.actor;
            m.joined = s.joined;
            m.left = s.left;
            t.members.append(m);
        }
        QStringList noteEn, noteZh;
        for (const auto &[cow, h] : a.successorNotes) {
            const LocalizedText shown = countryName(QString::fromUtf16(kHistoric[h].alpha3));
            noteEn.append(QStringLiteral("ATOP's %1 (COW %2) is shown as %3 (%4).")
                              .arg(QString::fromUtf16(kHistoric[h].en))
                              .arg(cow)
                              .arg(shown.en, QString::fromUtf16(kHistoric[h].alpha3)));
            noteZh.append(QStringLiteral("ATOP中的%1（COW %2）在此显示为%3（%4）。")
                              .arg(QString::fromUtf16(kHistoric[h].zh))
                              .arg(cow)
                              .arg(shown.zh, QString::fromUtf16(kHistoric[h].alpha3)));
        }
        if (bilateralWithMore) {
            noteEn.append(QStringLiteral("ATOP codes this alliance as bilateral (bilat = 1); with %1 members it is shown as a multilateral alliance.")
                              .arg(members.size()));
            noteZh.append(QStringLiteral("ATOP将此联盟编码为双边（bilat = 1）；因有%1个成员，此处显示为多边联盟。").arg(members.size()));
        }
        if (!a.skippedStates.isEmpty()) {
            QStringList statesEn, statesZh;
            for (int h : a.skippedStates) {
                statesEn.append(QStringLiteral("%1 (COW %2)").arg(QString::fromUtf16(kHistoric[h].en)).arg(kHistoric[h].cow));
                statesZh.append(QStringLiteral("%1（COW %2）").arg(QString::fromUtf16(kHistoric[h].zh)).arg(kHistoric[h].cow));
            }
            noteEn.append(QStringLiteral("Not shown (no ISO 3166 successor code): %1.").arg(statesEn.join(QStringLiteral(", "))));
            noteZh.append(QStringLiteral("未显示（无ISO 3166继承国代码）：%1。").arg(statesZh.join(u'、')));
        }
        t.note = { noteEn.join(u' '), noteZh.join(QString()) };
        d.ties.append(t);

        Evidence e;
        e.id = t.id + QStringLiteral("-start");
        e.tie = t.id;
        e.aspect = QStringLiteral("start");
        e.asOf = a.begin;
        e.source = QStringLiteral("atop4");
        e.section = QStringLiteral("atopid %1").arg(a.id);
        const QString obligationsEn = en.isEmpty() ? QStringLiteral("none coded") : en.join(QStringLiteral(", "));
        const QString obligationsZh = zh.isEmpty() ? QStringLiteral("未编码") : zh.join(u'、');
        e.claim.en = a.end.isValid()
            ? QStringLiteral("ATOP v4.01 dates alliance %1 from %2 to %3; obligations: %4.").arg(a.id).arg(a.begin.toString(), a.end.toString(), obligationsEn)
            : QStringLiteral("ATOP v4.01 dates alliance %1 from %2, still in force when its coverage ends (2016); obligations: %3.")
                  .arg(a.id)
                  .arg(a.begin.toString(), obligationsEn);
        e.claim.zh = a.end.isValid()
            ? QStringLiteral("ATOP v4.01将联盟%1的起止日期记为%2至%3；义务：%4。")
                  .arg(a.id)
                  .arg(a.begin.displayString(Language::Chinese), a.end.displayString(Language::Chinese), obligationsZh)
            : QStringLiteral("ATOP v4.01将联盟%1的起始日期记为%2，至其数据截止（2016年）仍然有效；义务：%3。")
                  .arg(a.id)
                  .arg(a.begin.displayString(Language::Chinese), obligationsZh);
        d.evidence.append(e);
    }

    // What the file holds is what the application shows: read the written form back (this also checks
    // the importer against the format's rules; a failure here is a bug, reported rather than hidden).
    LoadResult readBack = DatasetReader::read(DatasetWriter::write(d), memberName);
    issues += readBack.issues;
    if (readBack.dataset) {
        readBack.dataset->fileName = memberName;
        result.dataset = std::move(readBack.dataset);
    }
    return result;
}

} // namespace

AtopImporter::CowMapping AtopImporter::mapCow(int cow)
{
    return AtopCountries::mapCow(cow);
}

std::optional<std::pair<double, double>> AtopImporter::capital(const QString &alpha3)
{
    return AtopCountries::capital(alpha3);
}

LoadResult AtopImporter::import(const QString &memberCsv, const QString &allianceCsv)
{
    return build(CsvReader::readFile(memberCsv), memberCsv, CsvReader::readFile(allianceCsv), allianceCsv);
}

LoadResult AtopImporter::importDirectory(const QString &directory)
{
    const QDir dir(directory);
    return import(dir.filePath(memberFileName()), dir.filePath(allianceFileName()));
}

LoadResult AtopImporter::importData(const QByteArray &memberCsv, const QString &memberName, const QByteArray &allianceCsv,
                                    const QString &allianceName)
{
    return build(CsvReader::read(memberCsv, memberName), memberName, CsvReader::read(allianceCsv, allianceName), allianceName);
}

} // namespace atlas
