// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commandline.h"

#include "models/query/atlasdocument.h"
#include "models/query/framedates.h"
#include "models/text/plaintext.h"
#include "models/io/atopimporter.h"
#include "models/domain/dataset.h"
#include "models/io/datasetreader.h"
#include "models/io/datasetwriter.h"
#include "models/text/figurecaption.h"
#include "models/render/figurerenderer.h"
#include "models/io/figurewriter.h"
#include "models/analysis/networkanalysis.h"
#include "models/query/snapshot.h"
#include "models/query/timecontroller.h"
#include "models/domain/vocabulary.h"
#include "ui/languageswitcher.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
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
            out << terminalSafe(issue.toString()) << '\n';
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

int exportFigure(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption view(QStringLiteral("view"), CommandLine::tr("map, timeline, typology, network or figure."), QStringLiteral("VIEW"));
    const QCommandLineOption at(QStringLiteral("at"), CommandLine::tr("Date YYYY-MM-DD of the figure."), QStringLiteral("DATE"));
    const QCommandLineOption from(QStringLiteral("from"), CommandLine::tr("First date of a frame sequence."), QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), CommandLine::tr("Last date of a frame sequence."), QStringLiteral("DATE"));
    const QCommandLineOption step(QStringLiteral("step"), CommandLine::tr("Frame step: 1y or 1m (also 5y, 6m, ...)."), QStringLiteral("STEP"), QStringLiteral("1y"));
    const QCommandLineOption outOption(QStringLiteral("out"), CommandLine::tr("Output file, or directory for frames."), QStringLiteral("PATH"));
    const QCommandLineOption format(QStringLiteral("format"), CommandLine::tr("png, svg or pdf (default: from the file name; png for frames)."), QStringLiteral("FORMAT"));
    const QCommandLineOption size(QStringLiteral("size"), CommandLine::tr("a4-landscape (default), a4-portrait, letter-landscape, letter-portrait, slide or WxH pixels."), QStringLiteral("SIZE"), QStringLiteral("a4-landscape"));
    const QCommandLineOption dpi(QStringLiteral("dpi"), CommandLine::tr("Resolution of PNG output (default 300)."), QStringLiteral("N"), QStringLiteral("300"));
    const QCommandLineOption lang(QStringLiteral("lang"), CommandLine::tr("Language of the figure: en or zh_CN."), QStringLiteral("LANG"), QStringLiteral("en"));
    const QCommandLineOption hide(QStringLiteral("hide"), CommandLine::tr("Actors to hide, comma-separated ISO3 codes."), QStringLiteral("ISO3,..."));
    const QCommandLineOption dataset = datasetOption();
    const QCommandLineOption title(QStringLiteral("title"), CommandLine::tr("Title of the figure (default: generated)."), QStringLiteral("TEXT"));
    const QCommandLineOption caption(QStringLiteral("caption"), CommandLine::tr("Caption of the figure (default: date, toggles and sources)."), QStringLiteral("TEXT"));
    const QCommandLineOption scheme(QStringLiteral("scheme"), CommandLine::tr("Typology scheme (default li2024)."), QStringLiteral("ID"));
    const QCommandLineOption verbose(QStringLiteral("verbose"), CommandLine::tr("Print what was written and how long it took."));
    parser.addOptions({ view, at, from, to, step, outOption, format, size, dpi, lang, hide, dataset, title, caption, scheme, verbose });
    if (!parse(parser, args, err))
        return 2;
    const auto fail = [&err](const QString &message) {
        err << QStringLiteral("alliance-atlas export: ") << message << '\n';
        return 2;
    };
    if (parser.positionalArguments().size() > 1)
        return fail(CommandLine::tr("unexpected argument \"%1\"").arg(parser.positionalArguments().at(1)));
    if (!parser.isSet(view))
        return fail(CommandLine::tr("--view is required (map, timeline, typology, network or figure)"));
    const auto figureView = FigureRenderer::parseView(parser.value(view));
    if (!figureView)
        return fail(CommandLine::tr("unknown view \"%1\" (expected map, timeline, typology, network or figure)").arg(parser.value(view)));
    if (!parser.isSet(outOption))
        return fail(CommandLine::tr("--out is required"));
    const bool frames = parser.isSet(from) || parser.isSet(to);
    if (frames == parser.isSet(at))
        return fail(CommandLine::tr("give either --at DATE or --from DATE --to DATE"));
    bool dpiOk = false;
    const int dpiValue = parser.value(dpi).toInt(&dpiOk);
    if (!dpiOk || dpiValue < 30 || dpiValue > 1200)
        return fail(CommandLine::tr("invalid --dpi \"%1\" (expected 30 to 1200)").arg(parser.value(dpi)));
    FigurePage page;
    page.dpi = dpiValue;
    const auto pageSize = FigurePage::parseSize(parser.value(size), dpiValue);
    if (!pageSize)
        return fail(CommandLine::tr("invalid --size \"%1\"").arg(parser.value(size)));
    page.sizePoints = *pageSize;
    const QString outPath = parser.value(outOption);
    if (parser.isSet(format)) {
        const auto f = FigurePage::parseFormat(parser.value(format));
        if (!f)
            return fail(CommandLine::tr("unknown format \"%1\" (expected png, svg or pdf)").arg(parser.value(format)));
        page.format = *f;
    } else if (!frames) {
        const auto f = FigurePage::formatForPath(outPath);
        if (!f)
            return fail(CommandLine::tr("cannot tell the format of \"%1\": use --format png|svg|pdf").arg(outPath));
        page.format = *f;
    }
    const auto language = LanguageSwitcher::parse(parser.value(lang));
    if (!language)
        return fail(CommandLine::tr("unknown language \"%1\" (expected en or zh_CN)").arg(parser.value(lang)));

    QList<QDate> dates;
    if (frames) {
        const auto first = queryDate(parser.value(from));
        const auto last = queryDate(parser.value(to));
        if (!first || !last)
            return fail(CommandLine::tr("invalid --from or --to date (expected YYYY-MM-DD)"));
        if (*last < *first)
            return fail(CommandLine::tr("--to is before --from"));
        QString stepError;
        const auto frameDates = FrameDates::compute(*first, *last, parser.value(step), &stepError);
        if (!frameDates)
            return fail(stepError);
        dates = *frameDates;
        if (!QFileInfo(outPath).isDir())
            return fail(CommandLine::tr("the output directory %1 does not exist").arg(outPath));
    } else {
        const auto d = queryDate(parser.value(at));
        if (!d)
            return fail(CommandLine::tr("invalid date \"%1\" (expected YYYY-MM-DD)").arg(parser.value(at)));
        dates.append(*d);
    }

    auto d = CommandLine::loadDataset(parser.value(dataset), err);
    if (!d)
        return 1;
    const auto hidden = hiddenActors(parser.value(hide), *d, err);
    if (!hidden)
        return 2;
    if (parser.isSet(scheme) && !d->typology(parser.value(scheme)))
        return fail(CommandLine::tr("unknown typology scheme \"%1\"").arg(parser.value(scheme)));
    LanguageSwitcher::apply(*language);

    AtlasDocument document;
    document.time()->setRange(std::min(QDate(1945, 1, 1), dates.first()), std::max(QDate::currentDate(), dates.last()));
    document.setDataset(std::move(*d));
    document.setHiddenActors(*hidden);
    document.setLanguage(*language);
    const FigureRenderer renderer;
    const QString suffix = page.format == FigurePage::Format::Png ? QStringLiteral("png")
        : page.format == FigurePage::Format::Svg                 ? QStringLiteral("svg")
                                                                 : QStringLiteral("pdf");
    QElapsedTimer timer;
    timer.start();
    for (qsizetype i = 0; i < dates.size(); ++i) {
        document.time()->setDate(dates[i]);
        FigureOptions options;
        options.view = *figureView;
        options.scheme = parser.value(scheme);
        options.title = parser.isSet(title) ? parser.value(title) : FigureRenderer::defaultTitle(options.view, document);
        options.caption = parser.isSet(caption) ? parser.value(caption)
                                                : FigureCaption::build(document.dataset(), document.snapshot(), document.hiddenActors(), QString(), *language);
        const QString path = frames ? QDir(outPath).filePath(QStringLiteral("frame-%1.%2").arg(i + 1, 4, 10, QLatin1Char('0')).arg(suffix)) : outPath;
        const QString error = FigureWriter::write(path, page, options.title,
                                                  [&](QPainter &painter, const QRectF &rect) { renderer.paint(painter, rect, document, options); });
        if (!error.isEmpty()) {
            err << QStringLiteral("alliance-atlas export: ") << error << '\n';
            return 1;
        }
        if (parser.isSet(verbose))
            out << CommandLine::tr("wrote %1 (%2)").arg(path, dates[i].toString(Qt::ISODate)) << '\n';
    }
    if (parser.isSet(verbose))
        out << CommandLine::tr("%1 figure(s) in %2 ms").arg(dates.size()).arg(timer.elapsed()) << '\n';
    return 0;
}

/// Converts ATOP's two CSV files into a dataset file (written atomically; nothing is written on error).
int importAtop(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption members(QStringLiteral("members"), CommandLine::tr("ATOP member-level CSV file."), QStringLiteral("FILE"));
    const QCommandLineOption alliances(QStringLiteral("alliances"), CommandLine::tr("ATOP alliance-level CSV file."), QStringLiteral("FILE"));
    const QCommandLineOption output(QStringLiteral("out"), CommandLine::tr("Dataset file to write."), QStringLiteral("FILE"));
    parser.addOptions({ members, alliances, output });
    if (!parse(parser, args, err))
        return 2;
    if (parser.positionalArguments().size() > 1) {
        err << CommandLine::tr("alliance-atlas import-atop: unexpected argument \"%1\"").arg(parser.positionalArguments().at(1)) << '\n';
        return 2;
    }
    for (const QCommandLineOption &option : { members, alliances, output })
        if (!parser.isSet(option)) {
            err << CommandLine::tr("alliance-atlas import-atop: --%1 FILE is required").arg(option.names().constFirst()) << '\n';
            return 2;
        }
    const LoadResult result = AtopImporter::import(parser.value(members), parser.value(alliances));
    int warnings = 0;
    for (const Issue &issue : result.issues) {
        err << terminalSafe(issue.toString()) << '\n';
        warnings += issue.severity == Issue::Severity::Warning ? 1 : 0;
    }
    if (!result.dataset) {
        err << CommandLine::tr("alliance-atlas import-atop: nothing written (errors: %1)").arg(result.issues.size() - warnings) << '\n';
        return 1;
    }
    QString error;
    if (!DatasetWriter::writeFile(*result.dataset, parser.value(output), &error)) {
        err << CommandLine::tr("alliance-atlas import-atop: %1").arg(error) << '\n';
        return 1;
    }
    qsizetype spells = 0;
    for (const Tie &t : result.dataset->ties)
        spells += t.members.size();
    out << CommandLine::tr("Wrote %1: %2 ties, %3 actors, %4 membership spells (warnings: %5)")
               .arg(parser.value(output))
               .arg(result.dataset->ties.size())
               .arg(result.dataset->actors.size())
               .arg(spells)
               .arg(warnings)
        << '\n';
    return 0;
}

const QList<std::pair<QString, Subcommand>> &subcommands()
{
    static const QList<std::pair<QString, Subcommand>> table {
        { QStringLiteral("validate"), validate },
        { QStringLiteral("query"), query },
        { QStringLiteral("evidence"), evidence },
        { QStringLiteral("export"), exportFigure },
        { QStringLiteral("metrics"), metrics },
        { QStringLiteral("import-atop"), importAtop },
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
              "  alliance-atlas [--dataset FILE] [--lang en|zh_CN] [FILE.atlasview]   start the GUI\n"
              "  alliance-atlas --version | --help\n"
              "  alliance-atlas validate FILE...\n"
              "  alliance-atlas query --at DATE [--dataset FILE] [--hide ISO3,...] [--format json|table]\n"
              "  alliance-atlas evidence [--dataset FILE] [--tie ID] --format json\n"
              "  alliance-atlas metrics --from YEAR --to YEAR [--step year|month] [--hide ISO3,...] [--dataset FILE] --format csv|json\n"
              "  alliance-atlas export --view map|timeline|typology|network|figure --at DATE --out FILE\n"
              "      [--format png|svg|pdf] [--size a4-landscape|a4-portrait|letter-landscape|slide|WxH] [--dpi N]\n"
              "      [--lang en|zh_CN] [--hide ISO3,...] [--dataset FILE] [--title TEXT] [--caption TEXT] [--verbose]\n"
              "  alliance-atlas export --view ... --from DATE --to DATE --step 1y|1m --out DIR   (numbered frames)\n"
              "  alliance-atlas import-atop --members FILE --alliances FILE --out FILE.json\n");
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
            err << terminalSafe(issue.toString()) << '\n';
    return std::move(result.dataset);
}

} // namespace atlas
