// SPDX-License-Identifier: GPL-3.0-or-later
// alliance-atlas diff --from DATE --to DATE: what changed between two dates (DateComparison), with the
// network metrics at both, as JSON or a table (ComparisonFormat).
#include "app/cli/commandcontext.h"
#include "app/cli/subcommands.h"
#include "app/commandline.h"
#include "models/analysis/comparisonformat.h"
#include "models/analysis/networkanalysis.h"
#include "models/query/datecomparison.h"

#include <QTextStream>

namespace atlas::cli {

int diffCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    CommandContext ctx(args, out, err);
    const QCommandLineOption from(QStringLiteral("from"), CommandLine::tr("First date YYYY-MM-DD (a year or month means its first day)."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), CommandLine::tr("Second date YYYY-MM-DD, not before the first."), QStringLiteral("DATE"));
    const QCommandLineOption format = CommandContext::formatOption(CommandLine::tr("json or table (default)."), QStringLiteral("table"));
    if (!ctx.parse({ from, to, CommandContext::regionOption(), CommandContext::hideOption(), CommandContext::datasetOption(), format }))
        return 2;
    if (!ctx.isSet(from) || !ctx.isSet(to))
        return ctx.fail(CommandLine::tr("--from DATE and --to DATE are required"));
    const auto first = CommandContext::date(ctx.value(from));
    const auto second = CommandContext::date(ctx.value(to));
    if (!first || !second)
        return ctx.fail(CommandLine::tr("invalid date \"%1\" (expected YYYY-MM-DD)").arg(!first ? ctx.value(from) : ctx.value(to)));
    if (const QString problem = DateComparison::check(*first, *second); !problem.isEmpty())
        return ctx.fail(problem, 1);
    const auto region = ctx.region();
    if (!region)
        return 2;
    const auto fmt = ctx.format(format, { QStringLiteral("json"), QStringLiteral("table") });
    if (!fmt)
        return 2;
    int code = 0;
    const auto opened = ctx.openDataset(&code);
    if (!opened)
        return code;
    const Dataset *dataset = &opened->dataset;
    const QSet<QString> *hidden = &opened->hidden;
    // A region's changes are those of its network: the ties with two members in it (the others hidden).
    const RegionScope scope(*dataset, *region);
    QSet<QString> outside = *hidden;
    for (const Actor &actor : dataset->actors)
        if (!scope.containsActor(actor.id))
            outside.insert(actor.id);
    const DateComparison comparison = DateComparison::compare(*dataset, *first, *second, outside);
    const NetworkMetrics before = networkMetrics(*dataset, *first, *hidden, scope);
    const NetworkMetrics after = networkMetrics(*dataset, *second, *hidden, scope);
    out << (*fmt == u"json" ? ComparisonFormat::json(*dataset, comparison, before, after, *hidden)
                            : ComparisonFormat::table(*dataset, comparison, before, after));
    return 0;
}

} // namespace atlas::cli
