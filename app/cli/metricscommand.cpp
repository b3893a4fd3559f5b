// SPDX-License-Identifier: GPL-3.0-or-later
// alliance-atlas metrics --from YEAR --to YEAR [--region REGION]: network metrics per year or month, CSV or JSON
// (MetricsFormat).
#include "app/cli/commandcontext.h"
#include "app/cli/subcommands.h"
#include "app/commandline.h"
#include "models/analysis/metricsformat.h"
#include "models/analysis/networkanalysis.h"

#include <QTextStream>

namespace atlas::cli {

namespace {
/// A year for --from / --to: 1 to 9999.
std::optional<int> yearArgument(const QString &text)
{
    bool ok = false;
    const int year = text.toInt(&ok);
    if (!ok || year < 1 || year > 9999)
        return std::nullopt;
    return year;
}
} // namespace

int metricsCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    CommandContext ctx(args, out, err);
    const QCommandLineOption from(QStringLiteral("from"), CommandLine::tr("First year (default 1945)."), QStringLiteral("YEAR"), QStringLiteral("1945"));
    const QCommandLineOption to(QStringLiteral("to"), CommandLine::tr("Last year (default: this year)."), QStringLiteral("YEAR"),
                                QString::number(QDate::currentDate().year()));
    const QCommandLineOption step(QStringLiteral("step"), CommandLine::tr("year (1 January of each year, default) or month (the first of each month)."),
                                  QStringLiteral("STEP"), QStringLiteral("year"));
    const QCommandLineOption format = CommandContext::formatOption(CommandLine::tr("csv (default) or json."), QStringLiteral("csv"));
    if (!ctx.parse({ from, to, step, CommandContext::regionOption(), CommandContext::hideOption(), CommandContext::datasetOption(), format }))
        return 2;
    const auto fromYear = yearArgument(ctx.value(from));
    const auto toYear = yearArgument(ctx.value(to));
    if (!fromYear || !toYear)
        return ctx.fail(CommandLine::tr("invalid year \"%1\" (expected YYYY)").arg(!fromYear ? ctx.value(from) : ctx.value(to)));
    if (*fromYear > *toYear)
        return ctx.fail(CommandLine::tr("--from %1 is after --to %2").arg(*fromYear).arg(*toYear));
    const QString stepName = ctx.value(step);
    if (stepName != u"year" && stepName != u"month")
        return ctx.fail(CommandLine::tr("unknown step \"%1\" (expected year or month)").arg(stepName));
    const SeriesStep seriesStep = stepName == u"month" ? SeriesStep::Month : SeriesStep::Year;
    const auto analysisRegion = ctx.region();
    if (!analysisRegion)
        return 2;
    const auto fmt = ctx.format(format, { QStringLiteral("csv"), QStringLiteral("json") });
    if (!fmt)
        return 2;
    int code = 0;
    const auto opened = ctx.openDataset(&code);
    if (!opened)
        return code;
    const Dataset *dataset = &opened->dataset;
    const QSet<QString> *hidden = &opened->hidden;
    const QList<NetworkMetrics> series = metricsSeries(*dataset, QDate(*fromYear, 1, 1), QDate(*toYear, 12, 1), seriesStep, *hidden,
                                                       RegionScope(*dataset, *analysisRegion));
    out << (*fmt == u"csv" ? MetricsFormat::csv(series) : MetricsFormat::json(series, dataset->hub, seriesStep, *hidden, *analysisRegion));
    return 0;
}

} // namespace atlas::cli
