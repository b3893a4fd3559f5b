// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commandcontext.h"

#include "app/commandline.h"
#include "models/domain/partialdate.h"
#include "models/i18n/language.h"

#include <QTextStream>

namespace atlas::cli {

CommandContext::CommandContext(const QStringList &args, QTextStream &out, QTextStream &err)
    : mArgs(args)
    , mOut(out)
    , mErr(err)
{
    mParser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
}

QCommandLineOption CommandContext::datasetOption()
{
    return { QStringLiteral("dataset"), CommandLine::tr("Dataset file (default: the built-in dataset)."), QStringLiteral("FILE") };
}

QCommandLineOption CommandContext::hideOption()
{
    return { QStringLiteral("hide"), CommandLine::tr("Actors to hide, comma-separated ISO3 codes."), QStringLiteral("ISO3,...") };
}

QCommandLineOption CommandContext::regionOption()
{
    return { QStringLiteral("region"),
             CommandLine::tr("all (default), asia-pacific or euro-atlantic: the network of the region's actors and the hub."),
             QStringLiteral("REGION"), QStringLiteral("all") };
}

std::optional<AnalysisRegion> CommandContext::region() const
{
    const QString keyword = mParser.value(regionOption());
    const auto region = RegionScope::fromKeyword(keyword);
    if (!region)
        fail(CommandLine::tr("unknown region \"%1\" (expected all, asia-pacific or euro-atlantic)").arg(keyword));
    return region;
}

QCommandLineOption CommandContext::langOption(const QString &description, const QString &defaultValue)
{
    return { QStringLiteral("lang"), description, QStringLiteral("LANG"), defaultValue };
}

QCommandLineOption CommandContext::formatOption(const QString &description, const QString &defaultValue)
{
    return { QStringLiteral("format"), description, QStringLiteral("FORMAT"), defaultValue };
}

bool CommandContext::parse(const QList<QCommandLineOption> &options, bool positionals)
{
    mParser.addOptions(options);
    if (!mParser.parse(mArgs)) {
        fail(mParser.errorText());
        return false;
    }
    if (!positionals && mParser.positionalArguments().size() > 1) {
        fail(CommandLine::tr("unexpected argument \"%1\"").arg(mParser.positionalArguments().at(1)));
        return false;
    }
    return true;
}

int CommandContext::fail(const QString &message, int code) const
{
    mErr << QStringLiteral("alliance-atlas %1: ").arg(mArgs.value(1)) << message << '\n';
    return code;
}

std::optional<QString> CommandContext::format(const QCommandLineOption &option, const QStringList &allowed) const
{
    const QString value = mParser.value(option);
    if (allowed.contains(value))
        return value;
    fail(CommandLine::tr("unknown format \"%1\" (expected %2)").arg(value, allowed.join(CommandLine::tr(" or "))));
    return std::nullopt;
}

std::optional<Language> CommandContext::language(const QCommandLineOption &option) const
{
    const auto language = Languages::parse(mParser.value(option));
    if (!language)
        fail(CommandLine::tr("unknown language \"%1\" (expected en or zh_CN)").arg(mParser.value(option)));
    return language;
}

std::optional<Dataset> CommandContext::loadDataset() const
{
    return CommandLine::loadDataset(mParser.value(datasetOption()), mErr);
}

std::optional<QSet<QString>> CommandContext::hiddenActors(const Dataset &dataset) const
{
    QSet<QString> hidden;
    for (const QString &raw : mParser.value(hideOption()).split(u',', Qt::SkipEmptyParts)) {
        const QString id = raw.trimmed().toUpper();
        if (!dataset.actor(id)) {
            mErr << CommandLine::tr("alliance-atlas: --hide: unknown actor \"%1\" in the dataset").arg(raw.trimmed()) << '\n';
            return std::nullopt;
        }
        hidden.insert(id);
    }
    return hidden;
}

std::optional<CommandContext::Opened> CommandContext::openDataset(int *code) const
{
    auto dataset = loadDataset();
    if (!dataset) {
        *code = 1;
        return std::nullopt;
    }
    auto hidden = hiddenActors(*dataset);
    if (!hidden) {
        *code = 2;
        return std::nullopt;
    }
    return Opened { std::move(*dataset), std::move(*hidden) };
}

std::optional<QDate> CommandContext::date(const QString &text)
{
    const auto d = PartialDate::parse(text);
    if (!d)
        return std::nullopt;
    return d->firstDay();
}

} // namespace atlas::cli
