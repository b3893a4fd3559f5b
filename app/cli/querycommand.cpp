// SPDX-License-Identifier: GPL-3.0-or-later
// alliance-atlas query --at DATE: the ties in force at a date, as a table or JSON (SnapshotFormat).
#include "app/cli/commandcontext.h"
#include "app/cli/subcommands.h"
#include "app/commandline.h"
#include "models/query/snapshot.h"
#include "models/query/snapshotformat.h"

#include <QTextStream>

namespace atlas::cli {

int queryCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    CommandContext ctx(args, out, err);
    const QCommandLineOption at(QStringLiteral("at"), CommandLine::tr("Date YYYY-MM-DD (a year or month means its first day)."), QStringLiteral("DATE"));
    const QCommandLineOption format = CommandContext::formatOption(CommandLine::tr("json or table (default)."), QStringLiteral("table"));
    if (!ctx.parse({ at, CommandContext::datasetOption(), CommandContext::hideOption(), format }))
        return 2;
    if (!ctx.isSet(at))
        return ctx.fail(CommandLine::tr("--at DATE is required"));
    const auto date = CommandContext::date(ctx.value(at));
    if (!date)
        return ctx.fail(CommandLine::tr("invalid date \"%1\" (expected YYYY-MM-DD)").arg(ctx.value(at)));
    const auto fmt = ctx.format(format, { QStringLiteral("json"), QStringLiteral("table") });
    if (!fmt)
        return 2;
    int code = 0;
    const auto opened = ctx.openDataset(&code);
    if (!opened)
        return code;
    const Dataset *dataset = &opened->dataset;
    const QSet<QString> *hidden = &opened->hidden;
    const Snapshot snapshot = takeSnapshot(*dataset, *date, *hidden);
    out << (*fmt == u"json" ? SnapshotFormat::json(*dataset, snapshot, *hidden) : SnapshotFormat::table(*dataset, snapshot));
    return 0;
}

} // namespace atlas::cli
