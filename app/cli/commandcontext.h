// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/dataset.h"
#include "models/query/regionscope.h"
#include "models/domain/localizedtext.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDate>
#include <QSet>
#include <QStringList>

#include <optional>

class QTextStream;

namespace atlas::cli {

/// The opening every subcommand shares: its parser with the common options (--dataset, --hide,
/// --lang, --format), one-line errors prefixed "alliance-atlas <subcommand>: ", checking a format
/// or language value, loading the dataset with located errors and resolving the hidden actors.
/// A subcommand makes one, adds its own options, calls parse() and returns fail() on any error.
class CommandContext
{
public:
    /// \a args is argv with the program name first and the subcommand second.
    CommandContext(const QStringList &args, QTextStream &out, QTextStream &err);

    QTextStream &out() const { return mOut; }
    QTextStream &err() const { return mErr; }
    /// The parser, to read option values after parse().
    const QCommandLineParser &parser() const { return mParser; }
    QString value(const QCommandLineOption &option) const { return mParser.value(option); }
    bool isSet(const QCommandLineOption &option) const { return mParser.isSet(option); }

    static QCommandLineOption datasetOption();
    static QCommandLineOption hideOption();
    /// --region all|asia-pacific|euro-atlantic (RegionScope), all by default.
    static QCommandLineOption regionOption();
    static QCommandLineOption langOption(const QString &description, const QString &defaultValue = {});
    static QCommandLineOption formatOption(const QString &description, const QString &defaultValue = {});

    /// Parses the arguments with \a options. Prints the parse error, or the first positional
    /// argument unless \a positionals are allowed, and returns false on failure.
    bool parse(const QList<QCommandLineOption> &options, bool positionals = false);
    /// The positional arguments after the subcommand.
    QStringList positionals() const { return mParser.positionalArguments().mid(1); }
    /// Prints "alliance-atlas <subcommand>: \a message" and returns \a code (2: usage, 1: failure).
    int fail(const QString &message, int code = 2) const;

    /// The value of \a option when it is one of \a allowed; else prints "unknown format" and
    /// returns std::nullopt.
    std::optional<QString> format(const QCommandLineOption &option, const QStringList &allowed) const;
    /// The language named by \a option (en or zh_CN); else prints an error and returns std::nullopt.
    std::optional<Language> language(const QCommandLineOption &option) const;
    /// The dataset of --dataset, or the built-in one when it is not given; prints the errors
    /// (file, line and column) and returns std::nullopt when it cannot be read.
    std::optional<Dataset> loadDataset() const;
    /// The actors of --hide (upper-cased ISO3 codes) when every one is in \a dataset; else prints
    /// the unknown one and returns std::nullopt.
    std::optional<QSet<QString>> hiddenActors(const Dataset &dataset) const;
    /// The dataset of --dataset and the actors of --hide: the opening of every subcommand that reads a
    /// dataset. On a problem (printed) std::nullopt, with \a code set to the exit code (1: the dataset
    /// cannot be read, 2: --hide names an unknown actor).
    struct Opened
    {
        Dataset dataset;
        QSet<QString> hidden;
    };
    std::optional<Opened> openDataset(int *code) const;
    /// The region of --region; else prints the unknown one and returns std::nullopt.
    std::optional<AnalysisRegion> region() const;

    /// A date for a query: YYYY-MM-DD, or YYYY / YYYY-MM meaning the first day of that period.
    static std::optional<QDate> date(const QString &text);

private:
    QStringList mArgs;
    QTextStream &mOut;
    QTextStream &mErr;
    QCommandLineParser mParser;
};

} // namespace atlas::cli
