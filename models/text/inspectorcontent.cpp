// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/text/inspectorcontent.h"

#include "models/text/citationformatter.h"
#include "models/domain/dataset.h"
#include "models/query/inforce.h"
#include "models/query/snapshot.h"
#include "models/domain/vocabulary.h"

#include <algorithm>

namespace atlas {

namespace {


QString withPrecision(const PartialDate &date, Language language)
{
    switch (date.precision()) {
    case PartialDate::Precision::None:
        return {};
    case PartialDate::Precision::Year:
        return InspectorContent::tr("%1 (known to the year)").arg(date.displayString(language));
    case PartialDate::Precision::Month:
        return InspectorContent::tr("%1 (known to the month)").arg(date.displayString(language));
    case PartialDate::Precision::Day:
        break;
    }
    return date.displayString(language);
}

QString dateKindLabel(const QString &keyword)
{
    if (keyword == u"signature") return InspectorContent::tr("signature");
    if (keyword == u"entry-into-force") return InspectorContent::tr("entry into force");
    if (keyword == u"announcement") return InspectorContent::tr("announcement");
    if (keyword == u"first-meeting") return InspectorContent::tr("first meeting");
    if (keyword == u"proposal") return InspectorContent::tr("proposal");
    if (keyword == u"termination") return InspectorContent::tr("termination");
    if (keyword == u"replaced") return InspectorContent::tr("replaced");
    if (keyword == u"lapsed") return InspectorContent::tr("lapsed");
    if (keyword == u"withdrawal") return InspectorContent::tr("withdrawal");
    if (keyword == u"other") return InspectorContent::tr("other");
    return keyword;
}

QString eventKindLabel(const QString &keyword)
{
    if (keyword == u"founded") return InspectorContent::tr("Founded");
    if (keyword == u"signed") return InspectorContent::tr("Signed");
    if (keyword == u"entry-into-force") return InspectorContent::tr("Entry into force");
    if (keyword == u"summit") return InspectorContent::tr("Summit");
    if (keyword == u"meeting") return InspectorContent::tr("Meeting");
    if (keyword == u"statement") return InspectorContent::tr("Statement");
    if (keyword == u"accession") return InspectorContent::tr("Accession");
    if (keyword == u"withdrawal") return InspectorContent::tr("Withdrawal");
    if (keyword == u"suspension") return InspectorContent::tr("Suspension");
    if (keyword == u"revival") return InspectorContent::tr("Revival");
    if (keyword == u"termination") return InspectorContent::tr("Termination");
    if (keyword == u"exercise") return InspectorContent::tr("Exercise");
    if (keyword == u"agreement") return InspectorContent::tr("Agreement");
    if (keyword == u"proposal") return InspectorContent::tr("Proposal");
    if (keyword == u"other") return InspectorContent::tr("Other");
    return keyword;
}

QString actorName(const Dataset &d, const QString &id, Language language)
{
    const Actor *a = d.actor(id);
    return a ? a->name.text(language) : id;
}

} // namespace

QString InspectorContent::aspectLabel(const Dataset &d, const QString &aspect, Language language)
{
    if (aspect == u"existence") return InspectorContent::tr("Existence");
    if (aspect == u"start") return InspectorContent::tr("Start");
    if (aspect == u"end") return InspectorContent::tr("End");
    if (aspect == u"members") return InspectorContent::tr("Members");
    if (aspect == u"status") return InspectorContent::tr("Status");
    if (aspect == u"event") return InspectorContent::tr("Event");
    if (aspect == u"other") return InspectorContent::tr("Other");
    if (aspect.startsWith(u"member:"))
        return InspectorContent::tr("Member: %1").arg(actorName(d, aspect.mid(7), language));
    if (aspect.startsWith(u"placement:")) {
        const QString scheme = aspect.mid(10);
        const TypologyScheme *s = d.typology(scheme);
        return InspectorContent::tr("Typology: %1").arg(s ? s->name.text(language) : scheme);
    }
    return aspect;
}

namespace {

QString sourceReference(const Dataset &d, const QString &key, Language language)
{
    const Source *s = d.source(key);
    return s ? CitationFormatter::reference(*s, language) : key;
}

void addSource(QStringList &sources, const QString &key)
{
    if (!key.isEmpty() && !sources.contains(key))
        sources.append(key);
}

// The date an evidence item concerns: its asOf, else its event's date, else the fallback.
PartialDate concernedDate(const Dataset &d, const Evidence &e, const PartialDate &fallback)
{
    if (e.asOf.isValid())
        return e.asOf;
    if (!e.event.isEmpty())
        if (const Event *ev = d.event(e.event); ev && ev->date.isValid())
            return ev->date;
    return fallback;
}

InspectorEvidence makeEvidence(const Dataset &d, const Evidence &e, const PartialDate &fallback, QDate date, Language language,
                               QStringList &sources)
{
    InspectorEvidence item;
    item.id = e.id;
    item.aspect = InspectorContent::aspectLabel(d, e.aspect, language);
    item.claim = e.claim.text(language);
    item.quote = e.quote;
    item.section = e.section;
    item.sourceKey = e.source;
    item.sourceReference = sourceReference(d, e.source, language);
    item.cites = e.cites;
    for (const QString &c : e.cites)
        item.citedReferences.append(sourceReference(d, c, language));
    item.note = e.note.text(language);
    item.date = concernedDate(d, e, fallback);
    const Event *event = e.event.isEmpty() ? nullptr : d.event(e.event);
    if (!item.date.isValid())
        item.group = InspectorContent::tr("Undated");
    else if (event)
        item.group = InspectorContent::tr("%1 · %2: %3").arg(item.date.displayString(language), eventKindLabel(event->kind),
                                                            event->text.text(language));
    else
        item.group = item.date.displayString(language);
    if (e.aspect.startsWith(u"member:"))
        item.member = actorName(d, e.aspect.mid(7), language);
    item.after = item.date.isValid() && item.date.firstDay() > date;
    addSource(sources, e.source);
    for (const QString &c : e.cites)
        addSource(sources, c);
    return item;
}

void splitEvidence(InspectorContent &c, InspectorEvidence item)
{
    (item.after ? c.laterEvidence : c.evidence).append(std::move(item));
}

// Date order, undated last; equal dates keep the dataset's order.
void sortByDate(QList<InspectorEvidence> &list)
{
    std::stable_sort(list.begin(), list.end(), [](const InspectorEvidence &a, const InspectorEvidence &b) {
        if (a.date.isValid() != b.date.isValid())
            return a.date.isValid();
        return a.date.isValid() && a.date.firstDay() < b.date.firstDay();
    });
}

// Many membership records of one tie (NATO: one per member and source) go into one table.
void collectMemberRecords(InspectorContent &c)
{
    auto isRecord = [](const InspectorEvidence &e) { return !e.member.isEmpty(); };
    const auto count = std::count_if(c.evidence.cbegin(), c.evidence.cend(), isRecord)
        + std::count_if(c.laterEvidence.cbegin(), c.laterEvidence.cend(), isRecord);
    if (count < InspectorContent::kMemberRecordsTable)
        return;
    for (QList<InspectorEvidence> *list : { &c.evidence, &c.laterEvidence }) {
        for (const InspectorEvidence &e : std::as_const(*list))
            if (isRecord(e))
                c.memberRecords.append(e);
        list->removeIf(isRecord);
    }
    sortByDate(c.memberRecords);
}

QString spellPeriod(const MembershipSpell &spell, const Tie &tie, Language language)
{
    const PartialDate &from = spell.joined.isValid() ? spell.joined : tie.start;
    const PartialDate &to = spell.left.isValid() ? spell.left : tie.end;
    return InspectorContent::tr("%1 – %2").arg(from.displayString(language), to.isValid() ? to.displayString(language) : InspectorContent::tr("now"));
}

QString tieStatusOn(const Tie &tie, qint64 day)
{
    if (tie.status == TieStatus::Proposed || tie.kind == TieKind::Proposal)
        return day < tie.fromDay ? InspectorContent::tr("Not yet proposed") : Vocabulary::label(TieStatus::Proposed);
    if (day < tie.fromDay)
        return InspectorContent::tr("Not yet in force");
    if (day > tie.toDay)
        return Vocabulary::label(TieStatus::Ended);
    const std::optional<TieState> state = tieStateAt(tie, day);
    return state ? Vocabulary::label(state->status) : InspectorContent::tr("Not in force (fewer than two members)");
}

/// Whether \a tie is in force on \a day by the one in-force rule (tieStateAt), and, when \a member is
/// given, with \a member among its in-force members.
bool inForceOn(const Tie &tie, qint64 day, const QString &member = {})
{
    const std::optional<TieState> state = tieStateAt(tie, day);
    return state && state->status == TieStatus::InForce && (member.isEmpty() || state->members.contains(member));
}

void buildTie(InspectorContent &c, const Dataset &d, const Tie &tie, QDate date, Language language)
{
    const qint64 day = date.toJulianDay();
    c.title = tie.label().text(language);
    c.subtitle = tie.label().text(language == Language::Chinese ? Language::English : Language::Chinese);
    c.fields.append({ InspectorContent::tr("Name (English)"), tie.name.en });
    c.fields.append({ InspectorContent::tr("Name (Chinese)"), tie.name.zh });
    c.fields.append({ InspectorContent::tr("Kind"), Vocabulary::label(tie.kind) });
    c.fields.append({ InspectorContent::tr("Status on this date"), tieStatusOn(tie, day) });
    c.fields.append({ InspectorContent::tr("Status in the latest record"), Vocabulary::label(tie.status) });
    c.fields.append({ InspectorContent::tr("Region"), Vocabulary::label(tie.region) });
    QString start = withPrecision(tie.start, language);
    if (!tie.startKind.isEmpty())
        start = InspectorContent::tr("%1, %2").arg(start, dateKindLabel(tie.startKind));
    c.fields.append({ InspectorContent::tr("In force from"), start });
    QString end = tie.end.isValid() ? withPrecision(tie.end, language) : InspectorContent::tr("ongoing");
    if (tie.end.isValid() && !tie.endKind.isEmpty())
        end = InspectorContent::tr("%1, %2").arg(end, dateKindLabel(tie.endKind));
    c.fields.append({ InspectorContent::tr("In force until"), end });
    for (const StatusPhase &phase : tie.phases) {
        const QString to = phase.to.isValid() ? withPrecision(phase.to, language) : InspectorContent::tr("now");
        c.fields.append({ Vocabulary::label(phase.status), InspectorContent::tr("%1 – %2").arg(withPrecision(phase.from, language), to) });
    }
    c.note = tie.note.text(language);

    for (const MembershipSpell &spell : tie.members) {
        InspectorMember m;
        m.actor = spell.actor;
        m.name = actorName(d, spell.actor, language);
        m.joined = withPrecision(spell.joined.isValid() ? spell.joined : tie.start, language);
        const PartialDate &left = spell.left.isValid() ? spell.left : tie.end;
        m.left = left.isValid() ? withPrecision(left, language) : QString();
        m.current = spell.fromDay <= day && day <= spell.toDay;
        m.suspended = spell.suspended;
        c.members.append(m);
    }

    for (const Event *e : d.eventsOf(tie.id)) {
        InspectorEvent ev;
        ev.id = e->id;
        ev.date = e->date;
        ev.dateText = e->date.displayString(language);
        ev.kind = eventKindLabel(e->kind);
        ev.text = e->text.text(language);
        ev.after = e->date.isValid() && e->date.firstDay() > date;
        c.events.append(ev);
    }

    QStringList placed;
    for (const TypologyScheme &scheme : d.typologies) {
        InspectorPlacement p;
        p.scheme = scheme.id;
        p.schemeName = scheme.name.text(language);
        p.schemeReference = sourceReference(d, scheme.source, language);
        if (const Placement *pl = d.placement(scheme.id, tie.id)) {
            p.cell = pl->cell;
            const TypologyCell *cell = scheme.cell(pl->cell);
            p.cellName = cell ? cell->name.text(language) : pl->cell;
            p.reasoning = pl->reasoning.text(language);
            p.inferred = pl->inferred;
            if (pl->inferred) {
                p.cellName = InspectorContent::tr("%1 (inferred)").arg(p.cellName);
                p.reasoning = InspectorContent::tr("Inferred (the source does not place this tie itself): %1").arg(p.reasoning);
            }
            addSource(c.sources, scheme.source);
            for (const QString &id : pl->evidence) {
                if (const Evidence *e = d.evidenceItem(id)) {
                    p.evidence.append(makeEvidence(d, *e, tie.start, date, language, c.sources));
                    placed.append(id);
                }
            }
        } else {
            p.cellName = InspectorContent::tr("Not classified by this source");
        }
        c.placements.append(p);
    }

    for (const Evidence *e : d.evidenceFor(tie.id))
        if (!placed.contains(e->id))
            splitEvidence(c, makeEvidence(d, *e, tie.start, date, language, c.sources));
}

void buildActor(InspectorContent &c, const Dataset &d, const Actor &actor, QDate date, Language language)
{
    const qint64 day = date.toJulianDay();
    c.title = actor.name.text(language);
    c.subtitle = actor.name.text(language == Language::Chinese ? Language::English : Language::Chinese);
    c.fields.append({ InspectorContent::tr("Name (English)"), actor.name.en });
    c.fields.append({ InspectorContent::tr("Name (Chinese)"), actor.name.zh });
    c.fields.append({ InspectorContent::tr("Kind"), actor.kind == ActorKind::Country ? InspectorContent::tr("Country") : InspectorContent::tr("Organisation") });
    c.fields.append({ InspectorContent::tr("Code"), actor.id });
    c.fields.append({ InspectorContent::tr("Region"), Vocabulary::label(actor.region) });

    QList<const Tie *> ties;
    for (const Tie &t : d.ties)
        for (const MembershipSpell &s : t.members)
            if (s.actor == actor.id) {
                ties.append(&t);
                break;
            }
    std::stable_sort(ties.begin(), ties.end(), [](const Tie *a, const Tie *b) { return a->fromDay < b->fromDay; });
    int current = 0;
    for (const Tie *t : ties) {
        InspectorTieRow row;
        row.tie = t->id;
        row.label = t->label().text(language);
        QStringList periods;
        const MembershipSpell *now = nullptr;
        for (const MembershipSpell &s : t->members) {
            if (s.actor != actor.id)
                continue;
            periods.append(s.suspended ? InspectorContent::tr("%1 (suspended)").arg(spellPeriod(s, *t, language)) : spellPeriod(s, *t, language));
            if (s.fromDay <= day && day <= s.toDay && (!now || now->suspended))
                now = &s;
        }
        row.period = periods.join(QStringLiteral("; "));
        const bool alive = t->fromDay <= day && day <= t->toDay;
        if (alive && now) {
            row.status = now->suspended ? InspectorContent::tr("Membership suspended") : tieStatusOn(*t, day);
            row.current = inForceOn(*t, day, actor.id);
        } else {
            row.status = day < t->fromDay ? tieStatusOn(*t, day) : (alive ? InspectorContent::tr("Not a member on this date") : tieStatusOn(*t, day));
        }
        current += row.current ? 1 : 0;
        c.ties.append(row);
    }
    c.fields.append({ InspectorContent::tr("Ties in force on this date"), InspectorContent::tr("%1 of %2").arg(current).arg(ties.size()) });

    const QString aspect = QStringLiteral("member:") + actor.id;
    for (const Evidence &e : d.evidence) {
        if (e.aspect != aspect)
            continue;
        const Tie *t = d.tie(e.tie);
        splitEvidence(c, makeEvidence(d, e, t ? t->start : PartialDate(), date, language, c.sources));
    }
}

void buildEvent(InspectorContent &c, const Dataset &d, const Event &event, QDate date, Language language)
{
    const qint64 day = date.toJulianDay();
    c.title = event.text.text(language);
    c.subtitle = event.text.text(language == Language::Chinese ? Language::English : Language::Chinese);
    c.fields.append({ InspectorContent::tr("Date"), withPrecision(event.date, language) });
    c.fields.append({ InspectorContent::tr("Kind"), eventKindLabel(event.kind) });
    if (event.date.isValid() && event.date.firstDay() > date)
        c.fields.append({ InspectorContent::tr("Relative to this date"), InspectorContent::tr("after this date") });
    for (const QString &id : event.ties) {
        const Tie *t = d.tie(id);
        if (!t)
            continue;
        InspectorTieRow row;
        row.tie = t->id;
        row.label = t->label().text(language);
        row.period = InspectorContent::tr("%1 – %2").arg(t->start.displayString(language),
                                          t->end.isValid() ? t->end.displayString(language) : InspectorContent::tr("now"));
        row.status = tieStatusOn(*t, day);
        row.current = inForceOn(*t, day);
        c.ties.append(row);
    }
    for (const Evidence &e : d.evidence)
        if (e.event == event.id)
            splitEvidence(c, makeEvidence(d, e, event.date, date, language, c.sources));
}

} // namespace

bool InspectorContent::sameAsideFromDate(const InspectorContent &other) const
{
    InspectorContent a = *this;
    InspectorContent b = other;
    a.date = b.date = {};
    a.dateText.clear();
    b.dateText.clear();
    return a == b;
}

InspectorContent InspectorContent::build(const Dataset &dataset, const Selection &selection, QDate date, Language language)
{
    InspectorContent c;
    c.date = date;
    c.dateText = PartialDate::fromDate(date).displayString(language);
    switch (selection.kind) {
    case Selection::Kind::None:
        return c;
    case Selection::Kind::Tie:
        if (const Tie *t = dataset.tie(selection.id)) {
            c.kind = selection.kind;
            c.id = selection.id;
            buildTie(c, dataset, *t, date, language);
        }
        break;
    case Selection::Kind::Actor:
        if (const Actor *a = dataset.actor(selection.id)) {
            c.kind = selection.kind;
            c.id = selection.id;
            buildActor(c, dataset, *a, date, language);
        }
        break;
    case Selection::Kind::Event:
        if (const Event *e = dataset.event(selection.id)) {
            c.kind = selection.kind;
            c.id = selection.id;
            buildEvent(c, dataset, *e, date, language);
        }
        break;
    }
    if (c.kind == Selection::Kind::Tie)
        collectMemberRecords(c);
    sortByDate(c.evidence);
    sortByDate(c.laterEvidence);
    for (InspectorPlacement &p : c.placements)
        sortByDate(p.evidence);
    if (c.isEmpty()) {
        InspectorContent empty;
        empty.date = date;
        empty.dateText = c.dateText;
        return empty;
    }
    return c;
}

} // namespace atlas
