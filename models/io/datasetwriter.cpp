// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/datasetwriter.h"

#include "models/domain/dataset.h"
#include "models/domain/vocabulary.h"
#include "models/io/safewriter.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace atlas {

namespace {

QJsonObject text(const LocalizedText &t)
{
    return { { QStringLiteral("en"), t.en }, { QStringLiteral("zh"), t.zh } };
}

void putText(QJsonObject &o, const QString &key, const LocalizedText &t)
{
    if (!t.isEmpty())
        o.insert(key, text(t));
}

void putString(QJsonObject &o, const QString &key, const QString &s)
{
    if (!s.isEmpty())
        o.insert(key, s);
}

void putDate(QJsonObject &o, const QString &key, const PartialDate &d)
{
    if (d.isValid())
        o.insert(key, d.toString());
}

void putStrings(QJsonObject &o, const QString &key, const QStringList &list)
{
    if (!list.isEmpty())
        o.insert(key, QJsonArray::fromStringList(list));
}

// Vocabulary has parsers but no keyword() for these two; asking the parser keeps one spelling.
QString keyword(ActorKind kind)
{
    for (const QString &k : { QStringLiteral("country"), QStringLiteral("organisation") })
        if (Vocabulary::actorKind(k) == kind)
            return k;
    return {};
}

QString keyword(SourceKind kind)
{
    for (const QString &k : { QStringLiteral("article"), QStringLiteral("primary"), QStringLiteral("dataset"), QStringLiteral("book"),
                              QStringLiteral("web") })
        if (Vocabulary::sourceKind(k) == kind)
            return k;
    return {};
}

QJsonObject sourceJson(const Source &s)
{
    QJsonObject o { { QStringLiteral("key"), s.key }, { QStringLiteral("kind"), keyword(s.kind) }, { QStringLiteral("title"), text(s.title) } };
    if (!s.authors.isEmpty()) {
        QJsonArray authors;
        for (const LocalizedText &a : s.authors) {
            QJsonObject author { { QStringLiteral("en"), a.en } };
            putString(author, QStringLiteral("zh"), a.zh);
            authors.append(author);
        }
        o.insert(QStringLiteral("authors"), authors);
    }
    putText(o, QStringLiteral("journal"), s.journal);
    if (s.year > 0)
        o.insert(QStringLiteral("year"), s.year);
    putDate(o, QStringLiteral("date"), s.date);
    putString(o, QStringLiteral("issue"), s.issue);
    putString(o, QStringLiteral("pages"), s.pages);
    putString(o, QStringLiteral("doi"), s.doi);
    putString(o, QStringLiteral("url"), s.url);
    putString(o, QStringLiteral("file"), s.file);
    putText(o, QStringLiteral("note"), s.note);
    return o;
}

QJsonObject actorJson(const Actor &a)
{
    return { { QStringLiteral("id"), a.id },     { QStringLiteral("kind"), keyword(a.kind) }, { QStringLiteral("name"), text(a.name) },
             { QStringLiteral("lon"), a.lon },   { QStringLiteral("lat"), a.lat },
             { QStringLiteral("region"), Vocabulary::keyword(a.region) } };
}

QJsonObject tieJson(const Tie &t)
{
    QJsonObject o { { QStringLiteral("id"), t.id },
                    { QStringLiteral("name"), text(t.name) },
                    { QStringLiteral("kind"), Vocabulary::keyword(t.kind) },
                    { QStringLiteral("status"), Vocabulary::keyword(t.status) },
                    { QStringLiteral("region"), Vocabulary::keyword(t.region) } };
    putText(o, QStringLiteral("short"), t.shortName);
    putDate(o, QStringLiteral("start"), t.start);
    putString(o, QStringLiteral("startKind"), t.startKind);
    putDate(o, QStringLiteral("end"), t.end);
    putString(o, QStringLiteral("endKind"), t.endKind);
    QJsonArray members;
    for (const MembershipSpell &s : t.members) {
        QJsonObject m { { QStringLiteral("actor"), s.actor } };
        putDate(m, QStringLiteral("joined"), s.joined);
        putDate(m, QStringLiteral("left"), s.left);
        if (s.suspended)
            m.insert(QStringLiteral("status"), QStringLiteral("suspended"));
        members.append(m);
    }
    o.insert(QStringLiteral("members"), members);
    if (!t.phases.isEmpty()) {
        QJsonArray phases;
        for (const StatusPhase &p : t.phases) {
            QJsonObject ph { { QStringLiteral("status"), Vocabulary::keyword(p.status) } };
            putDate(ph, QStringLiteral("from"), p.from);
            putDate(ph, QStringLiteral("to"), p.to);
            if (!p.between.isEmpty())
                ph.insert(QStringLiteral("between"), QJsonArray::fromStringList(p.between));
            phases.append(ph);
        }
        o.insert(QStringLiteral("phases"), phases);
    }
    putText(o, QStringLiteral("note"), t.note);
    putString(o, QStringLiteral("supersedes"), t.supersedes);
    return o;
}

QJsonObject evidenceJson(const Evidence &e)
{
    QJsonObject o { { QStringLiteral("id"), e.id },
                    { QStringLiteral("aspect"), e.aspect },
                    { QStringLiteral("claim"), text(e.claim) },
                    { QStringLiteral("source"), e.source },
                    { QStringLiteral("section"), e.section },
                    { QStringLiteral("quote"), e.quote } };
    putString(o, QStringLiteral("tie"), e.tie);
    putString(o, QStringLiteral("event"), e.event);
    putString(o, QStringLiteral("typology"), e.typology);
    putDate(o, QStringLiteral("asOf"), e.asOf);
    putStrings(o, QStringLiteral("cites"), e.cites);
    putText(o, QStringLiteral("note"), e.note);
    return o;
}

QJsonObject axisJson(const TypologyAxis &a)
{
    return { { QStringLiteral("name"), text(a.name) }, { QStringLiteral("low"), text(a.low) }, { QStringLiteral("high"), text(a.high) } };
}

QJsonObject typologyJson(const TypologyScheme &s)
{
    QJsonArray cells;
    for (const TypologyCell &c : s.cells)
        cells.append(QJsonObject { { QStringLiteral("id"), c.id },
                                   { QStringLiteral("x"), c.highX ? QStringLiteral("high") : QStringLiteral("low") },
                                   { QStringLiteral("y"), c.highY ? QStringLiteral("high") : QStringLiteral("low") },
                                   { QStringLiteral("name"), text(c.name) },
                                   { QStringLiteral("definition"), text(c.definition) } });
    QJsonObject o { { QStringLiteral("id"), s.id },
                    { QStringLiteral("source"), s.source },
                    { QStringLiteral("name"), text(s.name) },
                    { QStringLiteral("xAxis"), axisJson(s.xAxis) },
                    { QStringLiteral("yAxis"), axisJson(s.yAxis) },
                    { QStringLiteral("cells"), cells } };
    putStrings(o, QStringLiteral("evidence"), s.evidence);
    return o;
}

template<typename T, typename F>
QJsonArray arrayOf(const QList<T> &list, F toJson)
{
    QJsonArray a;
    for (const T &x : list)
        a.append(toJson(x));
    return a;
}

} // namespace

QJsonObject DatasetWriter::toJson(const Dataset &d)
{
    QJsonObject root { { QStringLiteral("format"), QStringLiteral("alliance-atlas-dataset") }, { QStringLiteral("version"), 1 } };
    putText(root, QStringLiteral("title"), d.title);
    putString(root, QStringLiteral("hub"), d.hub);
    root.insert(QStringLiteral("sources"), arrayOf(d.sources, sourceJson));
    root.insert(QStringLiteral("actors"), arrayOf(d.actors, actorJson));
    root.insert(QStringLiteral("ties"), arrayOf(d.ties, tieJson));
    root.insert(QStringLiteral("events"), arrayOf(d.events, [](const Event &e) {
                    return QJsonObject { { QStringLiteral("id"), e.id },
                                         { QStringLiteral("date"), e.date.toString() },
                                         { QStringLiteral("ties"), QJsonArray::fromStringList(e.ties) },
                                         { QStringLiteral("kind"), e.kind },
                                         { QStringLiteral("text"), text(e.text) } };
                }));
    root.insert(QStringLiteral("evidence"), arrayOf(d.evidence, evidenceJson));
    root.insert(QStringLiteral("typologies"), arrayOf(d.typologies, typologyJson));
    root.insert(QStringLiteral("placements"), arrayOf(d.placements, [](const Placement &p) {
                    return QJsonObject { { QStringLiteral("scheme"), p.scheme },
                                         { QStringLiteral("tie"), p.tie },
                                         { QStringLiteral("cell"), p.cell },
                                         { QStringLiteral("inferred"), p.inferred },
                                         { QStringLiteral("reasoning"), text(p.reasoning) },
                                         { QStringLiteral("evidence"), QJsonArray::fromStringList(p.evidence) } };
                }));
    root.insert(QStringLiteral("bookmarks"), arrayOf(d.bookmarks, [](const Bookmark &b) {
                    QJsonObject o { { QStringLiteral("id"), b.id },
                                    { QStringLiteral("date"), b.date.toString() },
                                    { QStringLiteral("title"), text(b.title) },
                                    { QStringLiteral("note"), text(b.note) } };
                    putStrings(o, QStringLiteral("evidence"), b.evidence);
                    if (b.compareFrom.isValid())
                        o.insert(QStringLiteral("compare_from"), b.compareFrom.toString());
                    return o;
                }));
    return root;
}

QByteArray DatasetWriter::write(const Dataset &dataset)
{
    return QJsonDocument(toJson(dataset)).toJson(QJsonDocument::Indented);
}

bool DatasetWriter::writeFile(const Dataset &dataset, const QString &path, QString *errorString)
{
    const auto fail = [&](const QString &message) {
        if (errorString)
            *errorString = message;
        return false;
    };
    if (const QString error = SafeWriter::write(path, write(dataset)); !error.isEmpty())
        return fail(error);
    return true;
}

} // namespace atlas
