// SPDX-License-Identifier: GPL-3.0-or-later
// alliance-atlas validate FILE...: every issue of every file, one per line; exit 1 when one is unreadable.
#include "app/cli/commandcontext.h"
#include "app/cli/subcommands.h"
#include "app/commandline.h"
#include "models/text/plaintext.h"
#include "models/io/datasetreader.h"

#include <QTextStream>

namespace atlas::cli {

int validateCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    CommandContext ctx(args, out, err);
    if (!ctx.parse({}, true))
        return 2;
    const QStringList files = ctx.positionals();
    if (files.isEmpty())
        return ctx.fail(CommandLine::tr("no file given"));
    bool ok = true;
    for (const QString &file : files) {
        const LoadResult result = DatasetReader::readFile(file);
        for (const Issue &issue : result.issues)
            out << terminalSafe(issue.toString()) << '\n';
        ok = ok && result.dataset.has_value();
    }
    return ok ? 0 : 1;
}

} // namespace atlas::cli
