// SPDX-License-Identifier: GPL-3.0-or-later
// alliance-atlas import-atop: converts ATOP's two CSV files into a dataset file (written atomically;
// nothing is written on error).
#include "app/cli/commandcontext.h"
#include "app/cli/subcommands.h"
#include "app/commandline.h"
#include "models/text/plaintext.h"
#include "models/io/atopimporter.h"
#include "models/io/datasetwriter.h"

#include <QTextStream>

namespace atlas::cli {

int importAtopCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    CommandContext ctx(args, out, err);
    const QCommandLineOption members(QStringLiteral("members"), CommandLine::tr("ATOP member-level CSV file."), QStringLiteral("FILE"));
    const QCommandLineOption alliances(QStringLiteral("alliances"), CommandLine::tr("ATOP alliance-level CSV file."), QStringLiteral("FILE"));
    const QCommandLineOption output(QStringLiteral("out"), CommandLine::tr("Dataset file to write."), QStringLiteral("FILE"));
    if (!ctx.parse({ members, alliances, output }))
        return 2;
    for (const QCommandLineOption &option : { members, alliances, output })
        if (!ctx.isSet(option))
            return ctx.fail(CommandLine::tr("--%1 FILE is required").arg(option.names().constFirst()));
    const LoadResult result = AtopImporter::import(ctx.value(members), ctx.value(alliances));
    int warnings = 0;
    for (const Issue &issue : result.issues) {
        err << terminalSafe(issue.toString()) << '\n';
        warnings += issue.severity == Issue::Severity::Warning ? 1 : 0;
    }
    if (!result.dataset)
        return ctx.fail(CommandLine::tr("nothing written (errors: %1)").arg(result.issues.size() - warnings), 1);
    QString error;
    if (!DatasetWriter::writeFile(*result.dataset, ctx.value(output), &error))
        return ctx.fail(error, 1);
    qsizetype spells = 0;
    for (const Tie &t : result.dataset->ties)
        spells += t.members.size();
    out << CommandLine::tr("Wrote %1: %2 ties, %3 actors, %4 membership spells (warnings: %5)")
               .arg(ctx.value(output))
               .arg(result.dataset->ties.size())
               .arg(result.dataset->actors.size())
               .arg(spells)
               .arg(warnings)
        << '\n';
    return 0;
}

} // namespace atlas::cli
