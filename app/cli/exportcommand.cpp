// SPDX-License-Identifier: GPL-3.0-or-later
// alliance-atlas export --view VIEW (--at DATE | --from DATE --to DATE --step 1y) --out PATH: one
// figure, numbered frames, or an animation; --view compare --from DATE --to DATE: one figure of what
// changed between the dates (PATH ending in .mp4, .webm or .gif), painted by
// FigureRenderer and written by FigureWriter or AnimationWriter.
#include "app/cli/commandcontext.h"
#include "app/cli/subcommands.h"
#include "app/commandline.h"
#include "models/i18n/language.h"
#include "models/i18n/translator.h"
#include "models/io/animationwriter.h"
#include "models/io/figurewriter.h"
#include "models/io/videoencoder.h"
#include "models/query/animationplan.h"
#include "models/domain/dataset.h"
#include "models/query/atlasdocument.h"
#include "models/query/datecomparison.h"
#include "models/query/framedates.h"
#include "models/query/timecontroller.h"
#include "models/render/figureanimation.h"
#include "models/render/figurerenderer.h"
#include "models/text/figurecaption.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

#include <variant>

namespace atlas::cli {

namespace {

/// The dates of a frame sequence from \a first to \a last by \a step ("1y", "6m", ...; at most
/// 10000 frames), or the error message.
std::variant<QList<QDate>, QString> frameDates(const QString &first, const QString &last, const QString &step)
{
    const auto from = CommandContext::date(first);
    const auto to = CommandContext::date(last);
    if (!from || !to)
        return CommandLine::tr("invalid --from or --to date (expected YYYY-MM-DD)");
    if (*to < *from)
        return CommandLine::tr("--to is before --from");
    QString error;
    const auto dates = FrameDates::compute(*from, *to, step, &error);
    if (!dates)
        return error;
    return *dates;
}

QString suffix(FigurePage::Format format)
{
    switch (format) {
    case FigurePage::Format::Png: return QStringLiteral("png");
    case FigurePage::Format::Svg: return QStringLiteral("svg");
    case FigurePage::Format::Pdf: break;
    }
    return QStringLiteral("pdf");
}


/// An animated export's settings, as given on the command line.
struct AnimationRequest
{
    FigureView view;
    QString from, to, step, fps, hold;
    FigurePage page;
    QString scheme, title, out;
    Language language;
    bool verbose;
};

/// export --from --to --out FILE.mp4|webm|gif: the frames of an AnimationPlan painted by the figure
/// renderer (date in the title, hold captions burned in) and encoded by AnimationWriter.
int exportAnimation(CommandContext &ctx, const AnimationRequest &request)
{
    const auto from = CommandContext::date(request.from);
    const auto to = CommandContext::date(request.to);
    if (!from || !to)
        return ctx.fail(CommandLine::tr("invalid --from or --to date (expected YYYY-MM-DD)"));
    const auto step = AnimationStep::parse(request.step);
    if (!step)
        return ctx.fail(CommandLine::tr("invalid --step \"%1\" (expected 1d, 1m, 1y, 5y, ... or events)").arg(request.step));
    bool fpsOk = false, holdOk = false;
    const int fps = request.fps.toInt(&fpsOk);
    const double hold = request.hold.toDouble(&holdOk);
    if (!fpsOk || !holdOk)
        return ctx.fail(CommandLine::tr("invalid --fps \"%1\" or --hold-events \"%2\"").arg(request.fps, request.hold));

    auto dataset = ctx.loadDataset();
    if (!dataset)
        return 1;
    const auto hidden = ctx.hiddenActors(*dataset);
    if (!hidden)
        return 2;
    if (!request.scheme.isEmpty() && !dataset->typology(request.scheme))
        return ctx.fail(CommandLine::tr("unknown typology scheme \"%1\"").arg(request.scheme));
    AnimationPlan::Options planOptions { *from, *to, *step };
    planOptions.fps = fps;
    planOptions.holdSeconds = hold;
    planOptions.language = request.language;
    QString error;
    const QList<AnimationFrame> frames = AnimationPlan::frames(*dataset, planOptions, &error);
    if (frames.isEmpty())
        return ctx.fail(error);

    Languages::preferSimplifiedChineseGlyphs(); // the figure's fonts (its words come from the scene's translator)

    FigureAnimation::Options figure;
    figure.view = request.view;
    figure.hidden = *hidden;
    figure.language = request.language;
    figure.scheme = request.scheme;
    figure.title = request.title;
    figure.firstDay = std::min(QDate(1945, 1, 1), *from);
    figure.lastDay = std::max(QDate::currentDate(), *to);
    const FigureAnimation animation(*dataset, figure);
    const auto paint = [&](QPainter &painter, const QRectF &rect, const AnimationFrame &frame) {
        animation.paint(painter, rect, frame);
    };
    QElapsedTimer timer;
    timer.start();
    const QString &path = request.out;
    error = AnimationWriter::write(path, frames, request.page, fps, paint);
    if (!error.isEmpty())
        return ctx.fail(error, 1);
    if (request.verbose) {
        const double seconds = std::max<qint64>(1, timer.elapsed()) / 1000.0;
        ctx.out() << CommandLine::tr("wrote %1: %2 frames in %3 s (%4 frames/s)")
                             .arg(path).arg(frames.size()).arg(seconds, 0, 'f', 1).arg(frames.size() / seconds, 0, 'f', 1)
                  << '\n';
    }
    return 0;
}

/// The report-figure options of `export`: --highlight TIE (selection drawn only when asked) and
/// --layout-report FILE.json (where the figure's parts, labels and ties went).
struct FigureExtras
{
    QCommandLineOption highlight { QStringLiteral("highlight"),
                                   CommandLine::tr("Highlight this tie in the figure (off by default)."), QStringLiteral("TIE") };
    QCommandLineOption layoutReport { QStringLiteral("layout-report"),
                                      CommandLine::tr("Write the figure's regions, labels (with point sizes) and ties to FILE.json."),
                                      QStringLiteral("FILE") };

    /// Checks the values against \a dataset; an empty string or the problem.
    QString check(const CommandContext &ctx, const Dataset &dataset, bool frames) const
    {
        if (ctx.isSet(highlight) && !dataset.tie(ctx.value(highlight)))
            return CommandLine::tr("unknown tie \"%1\" for --highlight").arg(ctx.value(highlight));
        if (ctx.isSet(layoutReport) && frames)
            return CommandLine::tr("--layout-report needs a single figure (--at DATE)");
        return {};
    }

    /// Selects the tie to highlight in \a document and asks \a options to draw it; the report figure's references.
    void apply(const CommandContext &ctx, AtlasDocument &document, FigureOptions &options) const
    {
        options.highlightSelection = ctx.isSet(highlight);
        if (options.highlightSelection)
            document.setSelection({ Selection::Kind::Tie, ctx.value(highlight) });
        if (options.view == FigureView::Report)
            options.references = FigureCaption::references(document.dataset(), document.snapshot(), document.language());
    }

    /// Writes \a layout as JSON when asked; an empty string or the problem.
    QString write(const CommandContext &ctx, const FigureLayout &layout) const
    {
        if (!ctx.isSet(layoutReport))
            return {};
        QSaveFile file(ctx.value(layoutReport));
        if (!file.open(QIODevice::WriteOnly)
            || file.write(QJsonDocument(layout.toJson()).toJson(QJsonDocument::Indented)) < 0 || !file.commit())
            return CommandLine::tr("cannot write %1: %2").arg(ctx.value(layoutReport), file.errorString());
        return {};
    }
};

} // namespace

int exportCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    CommandContext ctx(args, out, err);
    const FigureExtras extras;
    const QCommandLineOption view(QStringLiteral("view"), CommandLine::tr("map, timeline, typology, network, figure or compare."), QStringLiteral("VIEW"));
    const QCommandLineOption at(QStringLiteral("at"), CommandLine::tr("Date YYYY-MM-DD of the figure."), QStringLiteral("DATE"));
    const QCommandLineOption from(QStringLiteral("from"), CommandLine::tr("First date of a frame sequence."), QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), CommandLine::tr("Last date of a frame sequence."), QStringLiteral("DATE"));
    const QCommandLineOption step(QStringLiteral("step"), CommandLine::tr("Frame step: 1y or 1m (also 5y, 6m, ...); animations also 1d and events."), QStringLiteral("STEP"), QStringLiteral("1y"));
    const QCommandLineOption fps(QStringLiteral("fps"), CommandLine::tr("Animation: frames per second (default 30)."), QStringLiteral("N"), QStringLiteral("30"));
    const QCommandLineOption holdEvents(QStringLiteral("hold-events"), CommandLine::tr("Animation: seconds to hold on each event and bookmark, with a caption (default 0)."), QStringLiteral("SECONDS"), QStringLiteral("0"));
    const QCommandLineOption outOption(QStringLiteral("out"), CommandLine::tr("Output file, or directory for frames."), QStringLiteral("PATH"));
    const QCommandLineOption format = CommandContext::formatOption(CommandLine::tr("png, svg or pdf (default: from the file name; png for frames)."));
    const QCommandLineOption size(QStringLiteral("size"), CommandLine::tr("a4-landscape (default), a4-portrait, letter-landscape, letter-portrait, slide or WxH pixels."), QStringLiteral("SIZE"), QStringLiteral("a4-landscape"));
    const QCommandLineOption dpi(QStringLiteral("dpi"), CommandLine::tr("Resolution of PNG output (default 300)."), QStringLiteral("N"), QStringLiteral("300"));
    const QCommandLineOption lang = CommandContext::langOption(CommandLine::tr("Language of the figure: en or zh_CN."), Languages::code(Language::English));
    const QCommandLineOption title(QStringLiteral("title"), CommandLine::tr("Title of the figure (default: generated)."), QStringLiteral("TEXT"));
    const QCommandLineOption caption(QStringLiteral("caption"), CommandLine::tr("Caption of the figure (default: date, toggles and sources)."), QStringLiteral("TEXT"));
    const QCommandLineOption scheme(QStringLiteral("scheme"), CommandLine::tr("Typology scheme (default %1).").arg(TypologyScheme::defaultId()), QStringLiteral("ID"));
    const QCommandLineOption verbose(QStringLiteral("verbose"), CommandLine::tr("Print what was written and how long it took."));
    if (!ctx.parse({ view, at, from, to, step, fps, holdEvents, outOption, format, size, dpi, lang, CommandContext::hideOption(), CommandContext::datasetOption(), title,
                     caption, scheme, verbose, extras.highlight, extras.layoutReport }))
        return 2;
    if (!ctx.isSet(view))
        return ctx.fail(CommandLine::tr("--view is required (map, timeline, typology, network, figure or compare)"));
    const auto figureView = FigureRenderer::parseView(ctx.value(view));
    if (!figureView)
        return ctx.fail(CommandLine::tr("unknown view \"%1\" (expected map, timeline, typology, network, figure or compare)").arg(ctx.value(view)));
    if (!ctx.isSet(outOption))
        return ctx.fail(CommandLine::tr("--out is required"));
    const bool frames = ctx.isSet(from) || ctx.isSet(to);
    if (frames == ctx.isSet(at))
        return ctx.fail(CommandLine::tr("give either --at DATE or --from DATE --to DATE"));
    // --view compare: one figure of what changed from --from to --to.
    const bool compare = *figureView == FigureView::Compare;
    if (compare && (!ctx.isSet(from) || !ctx.isSet(to)))
        return ctx.fail(CommandLine::tr("--view compare needs --from DATE and --to DATE"));
    if (compare && ctx.isSet(step))
        return ctx.fail(CommandLine::tr("--view compare makes one figure: --step does not apply"));
    bool dpiOk = false;
    const int dpiValue = ctx.value(dpi).toInt(&dpiOk);
    if (!dpiOk || dpiValue < 30 || dpiValue > 1200)
        return ctx.fail(CommandLine::tr("invalid --dpi \"%1\" (expected 30 to 1200)").arg(ctx.value(dpi)));
    FigurePage page;
    page.dpi = dpiValue;
    const auto pageSize = FigurePage::parseSize(ctx.value(size), dpiValue);
    if (!pageSize)
        return ctx.fail(CommandLine::tr("invalid --size \"%1\"").arg(ctx.value(size)));
    page.sizePoints = *pageSize;
    const QString outPath = ctx.value(outOption);
    if (ctx.isSet(format)) {
        const auto f = FigurePage::parseFormat(ctx.value(format));
        if (!f)
            return ctx.fail(CommandLine::tr("unknown format \"%1\" (expected png, svg or pdf)").arg(ctx.value(format)));
        page.format = *f;
    } else if (!frames || compare) {
        const auto f = FigurePage::formatForPath(outPath);
        if (!f)
            return ctx.fail(CommandLine::tr("cannot tell the format of \"%1\": use --format png|svg|pdf").arg(outPath));
        page.format = *f;
    }
    const auto language = ctx.language(lang);
    if (!language)
        return 2;

    const bool animation = frames && !compare && VideoEncoder::formatForPath(outPath).has_value();
    if (animation) {
        // Films default to a 1920×1080 slide at 96 dpi, so text is sized as on a screen.
        FigurePage filmPage;
        filmPage.dpi = ctx.isSet(dpi) ? dpiValue : 96;
        const auto filmSize = FigurePage::parseSize(ctx.isSet(size) ? ctx.value(size) : QStringLiteral("slide"), filmPage.dpi);
        if (!filmSize)
            return ctx.fail(CommandLine::tr("invalid --size \"%1\"").arg(ctx.value(size)));
        filmPage.sizePoints = *filmSize;
        return exportAnimation(ctx, { *figureView, ctx.value(from), ctx.value(to), ctx.value(step), ctx.value(fps), ctx.value(holdEvents),
                                      filmPage, ctx.value(scheme), ctx.value(title), outPath, *language, ctx.isSet(verbose) });
    }

    QList<QDate> dates;
    QDate compareFrom;
    if (compare) {
        const auto first = CommandContext::date(ctx.value(from));
        const auto second = CommandContext::date(ctx.value(to));
        if (!first || !second)
            return ctx.fail(CommandLine::tr("invalid --from or --to date (expected YYYY-MM-DD)"));
        if (const QString problem = DateComparison::check(*first, *second); !problem.isEmpty())
            return ctx.fail(problem, 1);
        compareFrom = *first;
        dates.append(*second);
    } else if (frames) {
        const auto sequence = frameDates(ctx.value(from), ctx.value(to), ctx.value(step));
        if (const QString *error = std::get_if<QString>(&sequence))
            return ctx.fail(*error);
        dates = std::get<QList<QDate>>(sequence);
        if (!QFileInfo(outPath).isDir())
            return ctx.fail(CommandLine::tr("the output directory %1 does not exist").arg(outPath));
    } else {
        const auto d = CommandContext::date(ctx.value(at));
        if (!d)
            return ctx.fail(CommandLine::tr("invalid date \"%1\" (expected YYYY-MM-DD)").arg(ctx.value(at)));
        dates.append(*d);
    }

    auto dataset = ctx.loadDataset();
    if (!dataset)
        return 1;
    const auto hidden = ctx.hiddenActors(*dataset);
    if (!hidden)
        return 2;
    if (ctx.isSet(scheme) && !dataset->typology(ctx.value(scheme)))
        return ctx.fail(CommandLine::tr("unknown typology scheme \"%1\"").arg(ctx.value(scheme)));
    if (const QString problem = extras.check(ctx, *dataset, frames && !compare); !problem.isEmpty())
        return ctx.fail(problem);

    Languages::preferSimplifiedChineseGlyphs(); // the figure's fonts (its words come from the scene's translator)

    AtlasDocument document;
    document.time()->setRange(std::min({ QDate(1945, 1, 1), dates.first(), compareFrom.isValid() ? compareFrom : dates.first() }),
                              std::max(QDate::currentDate(), dates.last()));
    document.setDataset(std::move(*dataset));
    document.setHiddenActors(*hidden);
    document.setLanguage(*language);
    document.setCompareFrom(compareFrom);
    const FigureRenderer renderer;
    QElapsedTimer timer;
    timer.start();
    for (qsizetype i = 0; i < dates.size(); ++i) {
        document.time()->setDate(dates[i]);
        FigureOptions options;
        options.view = *figureView;
        options.scheme = ctx.value(scheme);
        options.title = ctx.isSet(title) ? ctx.value(title) : FigureRenderer::defaultTitle(options.view, document);
        if (ctx.isSet(caption))
            options.caption = ctx.value(caption);
        else if (const DateComparison *comparison = document.comparison())
            options.caption = FigureCaption::compare(document.dataset(), *comparison, document.hiddenActors(), *language,
                                                     Translator::forLanguage(*language).get());
        else
            options.caption = FigureCaption::build(document.dataset(), document.snapshot(), document.hiddenActors(), QString(), *language,
                                                   Translator::forLanguage(*language).get());
        extras.apply(ctx, document, options);
        FigureLayout layout;
        const QString path = frames && !compare ? QDir(outPath).filePath(QStringLiteral("frame-%1.%2").arg(i + 1, 4, 10, QLatin1Char('0')).arg(suffix(page.format)))
                                    : outPath;
        const QString error = FigureWriter::write(path, page, options.title,
                                                  [&](QPainter &painter, const QRectF &rect) { renderer.paint(painter, rect, document, options, &layout); });
        if (!error.isEmpty())
            return ctx.fail(error, 1);
        if (const QString problem = extras.write(ctx, layout); !problem.isEmpty())
            return ctx.fail(problem, 1);
        if (ctx.isSet(verbose))
            out << CommandLine::tr("wrote %1 (%2)").arg(path, dates[i].toString(Qt::ISODate)) << '\n';
    }
    if (ctx.isSet(verbose))
        out << CommandLine::tr("%1 figure(s) in %2 ms").arg(dates.size()).arg(timer.elapsed()) << '\n';
    return 0;
}

} // namespace atlas::cli
