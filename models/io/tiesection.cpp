// SPDX-License-Identifier: GPL-3.0-or-later
// The "ties" section of a dataset file: ties, their membership spells and status phases, and the
// "supersedes" links that end a predecessor the day before its successor starts.
#include "models/io/datasetsections.h"

#include "models/io/datasetfieldreader.h"
#include "models/io/jsonsections.h"
#include "models/domain/vocabulary.h"

#include <QHash>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <unordered_set>
#include <utility>

namespace atlas::datasetsections {

namespace {

constexpr qint64 kOpenEnd = std::numeric_limits<qint32>::max(); // Julian day far beyond any date

/// A predecessor ends the day before its successor starts: clamps the in-force days of every tie
/// named in a "supersedes" field (its life, spells and phases) so that the two never overlap.
void endSupersededTies(DatasetFieldReader &r, Dataset &d)
{
    if (std::none_of(d.ties.cbegin(), d.ties.cend(), [](const Tie &t) { return !t.supersedes.isEmpty(); }))
        return;
    QHash<QString, int> index;
    index.reserve(d.ties.size());
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

/// FNV-1a over UTF-16 code units: for looking up every membership's actor among a dataset's short
/// ids, several times cheaper than QSet<QString>'s seeded hash.
struct ActorIdHash
{
    std::size_t operator()(QStringView id) const noexcept
    {
        std::uint64_t h = 14695981039346656037u;
        for (QChar c : id) {
            h ^= c.unicode();
            h *= 1099511628211u;
        }
        return std::size_t(h);
    }
};

} // namespace

QSet<QString> readTies(DatasetFieldReader &r, const JsonSections &doc, Dataset &d, const QSet<QString> &actorIds)
{
    std::unordered_set<QStringView, ActorIdHash> actors(actorIds.cbegin(), actorIds.cend(), std::size_t(actorIds.size()));
    QSet<QString> seen;
    seen.reserve(doc.count(QStringLiteral("ties")));
    d.ties.reserve(d.ties.size() + doc.count(QStringLiteral("ties")));
    r.eachObject(doc, "ties", true, [&](const QJsonObject &o, const QString &p) {
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
            if (!s.actor.isEmpty() && !actors.contains(s.actor))
                r.lazyError([&] { return mp + QStringLiteral("/actor"); }, [&] { return DatasetReader::tr("unknown actor \"%1\"").arg(s.actor); }, t.id);
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
            t.members.append(std::move(s));
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
            t.phases.append(std::move(phase));
        }
        d.ties.append(std::move(t));
    });
    endSupersededTies(r, d);
    return seen;
}

} // namespace atlas::datasetsections
