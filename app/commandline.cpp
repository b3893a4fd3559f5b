// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commandline.h"

#include "models/dataset.h"
#include "models/datasetreader.h"
#include "models/networkanalysis.h"
#include "models/snapshot.h"
#include "models/vocabulary.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTextStream>

#include <cmath>
#include <functional>

namespace atlas {

namespace {

using Subcommand = std::function<int(const QStringList &, QTextStream &, QTextStream &)>;

QJsonObject textJson(const LocalizedText &t)
{
    return { { QStringLiteral("en"), t.en }, { QStringLiteral("zh"), t.zh } };
}

/// Parses \a args with \a parser; on failure prints one line and returns false.
bool parse(QCommandLineParser &parser, const QStringList &args, QTextStream &err)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(args)) {
        err << QStringLiteral("alliance-atlas %1: %2\n").arg(args.value(1), parser.errorText());
        return false;
    }
    return true;
}

QCommandLineOption datasetOption()
{
    return { QStringLiteral("dataset"), CommandLine::tr("Dataset file (default: the built-in dataset)."), QStringLiteral("FILE") };
}

/// A date for a query: YYYY-MM-DD, or YYYY / YYYY-MM meaning the first day of that period.
std::optional<QDate> queryDate(const QString &text)
{
    const auto d = PartialDate::parse(text);
    if (!d)
        return std::nullopt;
    return d->firstDay();
}

std::optional<QSet<QString>> hiddenActors(const QString &list, const Dataset &dataset, QTextStream &err)
{
    QSet<QString> hidden;
    for (const QString &raw : list.split(u',', Qt::SkipEmptyParts)) {
        const QString id = raw.trimmed().toUpper();
        if (!dataset.actor(id)) {
            err << CommandLine::tr("alliance-atlas: --hide: unknown actor \"%1\" in the dataset").arg(raw.trimmed()) << '\n';
            return std::nullopt;
        }
        hidden.insert(id);
    }
    return hidden;
}

int validate(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), CommandLine::tr("Dataset files to check."), QStringLiteral("FILE..."));
    if (!parse(parser, args, err))
        return 2;
    const QStringList files = parser.positionalArguments().mid(1);
    if (files.isEmpty()) {
        err << CommandLine::tr("alliance-atlas validate: no file given") << '\n';
        return 2;
    }
    bool ok = true;
    for (const QString &file : files) {
        const LoadResult result = DatasetReader::readFile(file);
        for (const Issue &issue : result.issues)
            out << issue.toString() << '\n';
        ok = ok && result.dataset.has_value();
    }
    return ok ? 0 : 1;
}

int query(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption at(QStringLiteral("at"), CommandLine::tr("Date YYYY-MM-DD (a year or month means its first day)."), QStringLiteral("DATE"));
    const QCommandLineOption dataset = datasetOption();
    const QCommandLineOption hide(QStringLiteral("hide"), CommandLine::tr("Actors to hide, comma-separated ISO3 codes."), QStringLiteral("ISO3,..."));
    const QCommandLineOption format(QStringLiteral("format"), CommandLine::tr("json or table (default)."), QStringLiteral("FORMAT"), QStringLiteral("table"));
    parser.addOptions({ at, dataset, hide, format });
    if (!parse(parser, args, err))
        return 2;
    if (parser.positionalArguments().size() > 1) {
        err << CommandLine::tr("alliance-atlas query: unexpected argument \"%1\"").arg(parser.positionalArguments().at(1)) << '\n';
        return 2;
    }
    if (!parser.isSet(at)) {
        err << CommandLine::tr("alliance-atlas query: --at DATE is required") << '\n';
        return 2;
    }
    const auto date = queryDate(parser.value(at));
    if (!date) {
        err << CommandLine::tr("alliance-atlas query: invalid date \"%1\" (expected YYYY-MM-DD)").arg(parser.value(at)) << '\n';
        return 2;
    }
    const QString fmt = parser.value(format);
    if (fmt != u"json" && fmt != u"table") {
        err << CommandLine::tr("alliance-atlas query: unknown format \"%1\" (expected json or table)").arg(fmt) << '\n';
        return 2;
    }
    const auto d = CommandLine::loadDataset(parser.value(dataset), err);
    if (!d)
        return 1;
    const auto hidden = hiddenActors(parser.value(hide), *d, err);
    if (!hidden)
        return 2;
    const Snapshot snapshot = takeSnapshot(*d, *date, *hidden);

    if (fmt == u"json") {
        QJsonArray ties;
        for (const TieState &s : snapshot.ties) {
            const Tie &t = d->ties[s.tie];
            QJsonObject typology;
            for (const Placement &p : d->placements)
                if (p.tie == t.id)
                    typology.insert(p.scheme, p.cell);
            QJsonObject o {
                { QStringLiteral("id"), t.id },
                { QStringLiteral("name"), textJson(t.name) },
                { QStringLiteral("kind"), Vocabulary::keyword(t.kind) },
                { QStringLiteral("status"), Vocabulary::keyword(s.status) },
                { QStringLiteral("region"), Vocabulary::keyword(t.region) },
                { QStringLiteral("members"), QJsonArray::fromStringList(s.allMembers()) },
                { QStringLiteral("start"), t.start.toString() },
                { QStringLiteral("end"), t.end.isValid() ? QJsonValue(t.end.toString()) : QJsonValue() },
                { QStringLiteral("typology"), typology },
            };
            if (!s.suspendedMembers.isEmpty())
                o.insert(QStringLiteral("suspended_members"), QJsonArray::fromStringList(s.suspendedMembers));
            ties.append(o);
        }
        QStringList hiddenList = hidden->values();
        hiddenList.sort();
        const QJsonObject root { { QStringLiteral("date"), date->toString(Qt::ISODate) },
                                 { QStringLiteral("hidden"), QJsonArray::fromStringList(hiddenList) },
                                 { QStringLiteral("ties"), ties } };
        out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return 0;
    }

    out << CommandLine::tr("In force on %1 (ties: %2)").arg(date->toString(Qt::ISODate)).arg(snapshot.ties.size()) << '\n';
    QList<QStringList> rows { { QStringLiteral("ID"), QStringLiteral("KIND"), QStringLiteral("STATUS"), QStringLiteral("START"), QStringLiteral("END"), QStringLiteral("MEMBERS") } };
    for (const TieState &s : snapshot.ties) {
        const Tie &t = d->ties[s.tie];
        rows.append({ t.id, Vocabulary::keyword(t.kind), Vocabulary::keyword(s.status), t.start.toString(),
                      t.end.isValid() ? t.end.toString() : QStringLiteral("-"), s.allMembers().join(u',') });
    }
    QList<qsizetype> widths(rows.first().size(), 0);
    for (const QStringList &row : rows)
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], row[c].size());
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c)
            line += c + 1 < row.size() ? row[c].leftJustified(widths[c] + 2) : row[c];
        out << line << '\n';
    }
    return 0;
}

int evidence(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption dataset = datasetOption();
    const QCommandLineOption tie(QStringLiteral("tie"), CommandLine::tr("Only the evidence about this tie."), QStringLiteral("ID"));
    const QCommandLineOption format(QStringLiteral("format"), CommandLine::tr("json (the input of verify-quotes)."), QStringLiteral("FORMAT"), QStringLiteral("json"));
    parser.addOptions({ dataset, tie, format });
    if (!parse(parser, args, err))
        return 2;
    if (parser.value(format) != u"json") {
        err << CommandLine::tr("alliance-atlas evidence: unknown format \"%1\" (expected json)").arg(parser.value(format)) << '\n';
        return 2;
    }
    const auto d = CommandLine::loadDataset(parser.value(dataset), err);
    if (!d)
        return 1;
    if (parser.isSet(tie) && !d->tie(parser.value(tie))) {
        err << CommandLine::tr("alliance-atlas evidence: unknown tie \"%1\"").arg(parser.value(tie)) << '\n';
        return 2;
    }
    const QList<const Evidence *> items = [&] {
        if (parser.isSet(tie))
            return d->evidenceFor(parser.value(tie));
        QList<const Evidence *> all;
        for (const Evidence &e : d->evidence)
            all.append(&e);
        return all;
    }();
    QJsonArray array;
    for (const Evidence *e : items) {
        const Source *source = d->source(e->source);
        array.append(QJsonObject {
            { QStringLiteral("id"), e->id },
            { QStringLiteral("tie"), e->tie },
            { QStringLiteral("event"), e->event.isEmpty() ? QJsonValue() : QJsonValue(e->event) },
            { QStringLiteral("aspect"), e->aspect },
            { QStringLiteral("source_key"), e->source },
            { QStringLiteral("source_file"), source && !source->file.isEmpty() ? QJsonValue(source->file) : QJsonValue() },
            { QStringLiteral("section"), e->section },
            { QStringLiteral("quote"), e->quote },
            { QStringLiteral("claim_en"), e->claim.en },
            { QStringLiteral("claim_zh"), e->claim.zh },
            { QStringLiteral("cites"), QJsonArray::fromStringList(e->cites) },
            { QStringLiteral("note_en"), e->note.en },
            { QStringLiteral("note_zh"), e->note.zh },
        });
    }
    out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    return 0;
}

/// A year for --from / --to: 1 to 9999.
std::optional<int> yearArgument(const QString &text)
{
    bool ok = false;
    const int year = text.toInt(&ok);
    if (!ok || year < 1 || year > 9999)
        return std::nullopt;
    return year;
}

double rounded(double value)
{
    return std::round(value * 1e6) / 1e6;
}

int metrics(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption from(QStringLiteral("from"), CommandLine::tr("First year (default 1945)."), QStringLiteral("YEAR"), QStringLiteral("1945"));
    const QCommandLineOption to(QStringLiteral("to"), CommandLine::tr("Last year (default: this year)."), QStringLiteral("YEAR"),
                                QString::number(QDate::currentDate().year()));
    const QCommandLineOption step(QStringLiteral("step"), CommandLine::tr("year (1 January of each year, default) or month (the first of each month)."),
                                  QStringLiteral("STEP"), QStringLiteral("year"));
    const QCommandLineOption hide(QStringLiteral("hide"), CommandLine::tr("Actors to hide, comma-separated ISO3 codes."), QStringLiteral("ISO3,..."));
    const QCommandLineOption dataset = datasetOption();
    const QCommandLineOption format(QStringLiteral("format"), CommandLine::tr("csv (default) or json."), QStringLiteral("FORMAT"), QStringLiteral("csv"));
    parser.addOptions({ from, to, step, hide, dataset, format });
    if (!parse(parser, args, err))
        return 2;
    if (parser.positionalArguments().size() > 1) {
        err << CommandLine::tr("alliance-atlas metrics: unexpected argument \"%1\"").arg(parser.positionalArguments().at(1)) << '\n';
        return 2;
    }
    const auto fromYear = yearArgument(parser.value(from));
    const auto toYear = yearArgument(parser.value(to));
    if (!fromYear || !toYear) {
        err << CommandLine::tr("alliance-atlas metrics: invalid year \"%1\" (expected YYYY)").arg(!fromYear ? parser.value(from) : parser.value(to)) << '\n';
        return 2;
    }
    if (*fromYear > *toYear) {
        err << CommandLine::tr("alliance-atlas metrics: --from %1 is after --to %2").arg(*fromYear).arg(*toYear) << '\n';
        return 2;
    }
    const QString stepName = parser.value(step);
    if (stepName != u"year" && stepName != u"month") {
        err << CommandLine::tr("alliance-atlas metrics: unknown step \"%1\" (expected year or month)").arg(stepName) << '\n';
        return 2;
    }
    const QString fmt = parser.value(format);
    if (fmt != u"csv" && fmt != u"json") {
        err << CommandLine::tr("alliance-atlas metrics: unknown format \"%1\" (expected csv or json)").arg(fmt) << '\n';
        return 2;
    }
    const auto d = CommandLine::loadDataset(parser.value(dataset), err);
    if (!d)
        return 1;
    const auto hidden = hiddenActors(parser.value(hide), *d, err);
    if (!hidden)
        return 2;
    const QList<NetworkMetrics> series = metricsSeries(*d, QDate(*fromYear, 1, 1), QDate(*toYear, 12, 1),
                                                       stepName == u"month" ? SeriesStep::Month : SeriesStep::Year, *hidden);

    if (fmt == u"csv") {
        out << QStringLiteral("date,actors,ties,edges,density,components,hub_betweenness_share,spoke_spoke_edges,spoke_spoke_share\n");
        for (const NetworkMetrics &m : series)
            out << QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8,%9\n")
                       .arg(m.date.toString(Qt::ISODate))
                       .arg(m.actors)
                       .arg(m.ties)
                       .arg(m.edges)
                       .arg(m.density, 0, 'f', 4)
                       .arg(m.components)
                       .arg(m.hubBetweennessShare, 0, 'f', 4)
                       .arg(m.spokeSpokeEdges)
                       .arg(m.spokeSpokeShare, 0, 'f', 4);
        return 0;
    }

    QJsonArray rows;
    for (const NetworkMetrics &m : series) {
        QJsonObject byKind;
        for (auto it = m.edgesByKind.cbegin(); it != m.edgesByKind.cend(); ++it)
            byKind.insert(Vocabulary::keyword(it.key()), it.value());
        QJsonObject byTypology;
        for (auto scheme = m.edgesByTypology.cbegin(); scheme != m.edgesByTypology.cend(); ++scheme) {
            QJsonObject cells;
            for (auto cell = scheme->cbegin(); cell != scheme->cend(); ++cell)
                cells.insert(cell.key().isEmpty() ? QStringLiteral("unclassified") : cell.key(), cell.value());
            byTypology.insert(scheme.key(), cells);
        }
        QJsonArray centrality;
        for (const ActorCentrality &c : m.centrality)
            centrality.append(QJsonObject { { QStringLiteral("actor"), c.actor },
                                            { QStringLiteral("degree"), c.degree },
                                            { QStringLiteral("betweenness"), rounded(c.betweenness) } });
        rows.append(QJsonObject {
            { QStringLiteral("date"), m.date.toString(Qt::ISODate) },
            { QStringLiteral("actors"), m.actors },
            { QStringLiteral("ties"), m.ties },
            { QStringLiteral("edges"), m.edges },
            { QStringLiteral("density"), rounded(m.density) },
            { QStringLiteral("components"), m.components },
            { QStringLiteral("hub_betweenness_share"), rounded(m.hubBetweennessShare) },
            { QStringLiteral("spoke_spoke_edges"), m.spokeSpokeEdges },
            { QStringLiteral("spoke_spoke_share"), rounded(m.spokeSpokeShare) },
            { QStringLiteral("edges_by_kind"), byKind },
            { QStringLiteral("edges_by_typology"), byTypology },
            { QStringLiteral("centrality"), centrality },
        });
    }
    QStringList hiddenList = hidden->values();
    hiddenList.sort();
    const QJsonObject root { { QStringLiteral("hub"), d->hub },
                             { QStringLiteral("step"), stepName },
                             { QStringLiteral("hidden"), QJsonArray::fromStringList(hiddenList) },
                             { QStringLiteral("series"), rows } };
    out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    return 0;
}

const QList<std::pair<QString, Subcommand>> &subcommands()
{
    static const QList<std::pair<QString, Subcommand>> table {
        { QStringLiteral("validate"), validate },
        { QStringLiteral("query"), query },
        { QStringLiteral("evidence"), evidence },
        { QStringLiteral("metrics"), metrics },
    };
    return table;
}

} // namespace

QString CommandLine::builtInDatasetPath()
{
    return QStringLiteral(":/atlas/dataset/alliance-atlas.json");
}

QString CommandLine::usage()
{
    return tr("Usage:\n"
              "  alliance-atlas [--dataset FILE] [--lang en|zh_CN]      start the GUI\n"
              "  alliance-atlas --version | --help\n"
              "  alliance-atlas validate FILE...\n"
              "  alliance-atlas query --at DATE [--dataset FILE] [--hide ISO3,...] [--format json|table]\n"
              "  alliance-atlas evidence [--dataset FILE] [--tie ID] --format json\n"
              "  alliance-atlas metrics --from YEAR --to YEAR [--step year|month] [--hide ISO3,...] [--dataset FILE] --format csv|json\n");
}

bool CommandLine::isSubcommand(const QStringList &args)
{
    if (args.size() < 2)
        return false;
    for (const auto &[name, fn] : subcommands())
        if (args[1] == name)
            return true;
    return false;
}

int CommandLine::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    for (const auto &[name, fn] : subcommands())
        if (args.value(1) == name)
            return fn(args, out, err);
    err << tr("alliance-atlas: unknown command \"%1\"").arg(args.value(1)) << '\n';
    return 2;
}

std::optional<Dataset> CommandLine::loadDataset(const QString &path, QTextStream &err)
{
    LoadResult result = DatasetReader::readFile(path.isEmpty() ? builtInDatasetPath() : path);
    for (const Issue &issue : result.issues)
        if (issue.severity == Issue::Severity::Error || !result.dataset)
            err << issue.toString() << '\n';
    return std::move(result.dataset);
}

} // namespace atlas
