// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commandline.h"

#include "app/cli/subcommands.h"
#include "models/text/plaintext.h"
#include "models/domain/dataset.h"
#include "models/io/datasetreader.h"

#include <QTextStream>

#include <functional>

namespace atlas {

namespace {

using Subcommand = std::function<int(const QStringList &, QTextStream &, QTextStream &)>;

const QList<std::pair<QString, Subcommand>> &subcommands()
{
    static const QList<std::pair<QString, Subcommand>> table {
        { QStringLiteral("validate"), cli::validateCommand },
        { QStringLiteral("query"), cli::queryCommand },
        { QStringLiteral("evidence"), cli::evidenceCommand },
        { QStringLiteral("export"), cli::exportCommand },
        { QStringLiteral("metrics"), cli::metricsCommand },
        { QStringLiteral("diff"), cli::diffCommand },
        { QStringLiteral("import-atop"), cli::importAtopCommand },
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
              "  alliance-atlas evidence [--dataset FILE] [--tie ID] [--disagreements] --format json\n"
              "  alliance-atlas metrics --from YEAR --to YEAR [--step year|month] [--region all|asia-pacific|euro-atlantic]\n"
              "      [--hide ISO3,...] [--dataset FILE] --format csv|json\n"
              "  alliance-atlas diff --from DATE --to DATE [--region REGION] [--hide ISO3,...] [--dataset FILE] [--format json|table]\n"
              "  alliance-atlas export --view map|timeline|typology|network|figure --at DATE --out FILE\n"
              "      [--highlight TIE] [--layout-report FILE.json]\n"
              "      [--format png|svg|pdf] [--size a4-landscape|a4-portrait|letter-landscape|slide|WxH] [--dpi N]\n"
              "      [--lang en|zh_CN] [--hide ISO3,...] [--dataset FILE] [--title TEXT] [--caption TEXT] [--verbose]\n"
              "  alliance-atlas export --view ... --from DATE --to DATE --step 1y|1m --out DIR   (numbered frames)\n"
              "  alliance-atlas export --view ... --from DATE --to DATE --step 1d|1m|1y|events [--fps N] [--hold-events SECONDS]\n"
              "      [--size WxH] --out FILE.mp4|FILE.webm|FILE.gif   (animation)\n"
              "  alliance-atlas export --view compare --from DATE --to DATE --out FILE.png|svg|pdf [--size ...] [--lang en|zh_CN]\n"
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
