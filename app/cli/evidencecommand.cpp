// SPDX-License-Identifier: GPL-3.0-or-later
// alliance-atlas evidence: the evidence records as JSON (EvidenceFormat), the quote verifier's input;
// with --disagreements, the places where sources disagree (SourceDisagreements).
#include "app/cli/commandcontext.h"
#include "app/cli/subcommands.h"
#include "app/commandline.h"
#include "models/text/evidenceformat.h"
#include "models/text/sourcedisagreements.h"

#include <QTextStream>

namespace atlas::cli {

int evidenceCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    CommandContext ctx(args, out, err);
    const QCommandLineOption tie(QStringLiteral("tie"), CommandLine::tr("Only the evidence about this tie."), QStringLiteral("ID"));
    const QCommandLineOption disagreements(QStringLiteral("disagreements"),
                                           CommandLine::tr("Where sources disagree: each note with what each source says, the better-attested value and the records."));
    const QCommandLineOption format = CommandContext::formatOption(CommandLine::tr("json (the input of verify-quotes)."), QStringLiteral("json"));
    if (!ctx.parse({ CommandContext::datasetOption(), tie, disagreements, format }, true))
        return 2;
    if (!ctx.format(format, { QStringLiteral("json") }))
        return 2;
    const auto dataset = ctx.loadDataset();
    if (!dataset)
        return 1;
    if (ctx.isSet(tie) && !dataset->tie(ctx.value(tie)))
        return ctx.fail(CommandLine::tr("unknown tie \"%1\"").arg(ctx.value(tie)));
    if (ctx.isSet(disagreements)) {
        QList<SourceDisagreement> list = SourceDisagreements::find(*dataset);
        if (ctx.isSet(tie))
            list.removeIf([&](const SourceDisagreement &d) { return dataset->evidence[d.evidence].tie != ctx.value(tie); });
        out << SourceDisagreements::json(*dataset, list);
        return 0;
    }
    QList<const Evidence *> items;
    if (ctx.isSet(tie)) {
        items = dataset->evidenceFor(ctx.value(tie));
    } else {
        for (const Evidence &e : dataset->evidence)
            items.append(&e);
    }
    out << EvidenceFormat::json(*dataset, items);
    return 0;
}

} // namespace atlas::cli
