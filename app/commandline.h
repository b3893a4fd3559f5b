// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

class QTextStream;

namespace atlas {

class Dataset;

/// The command-line front end: parses a subcommand's arguments, calls models/ and prints. Every
/// error is one line on \a err and a non-zero exit code.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    /// Whether \a args (argv without the program) start with a subcommand rather than GUI options.
    static bool isSubcommand(const QStringList &args);
    /// Whether the subcommand in \a args paints (and so needs a QGuiApplication with fonts).
    static bool needsGui(const QStringList &args) { return args.value(1) == QLatin1String("export"); }
    /// Runs the subcommand in \a args (argv with the program name first); returns the exit code.
    static int run(const QStringList &args, QTextStream &out, QTextStream &err);

    /// Loads \a path, or the built-in dataset when it is empty; prints the issues to \a err on failure.
    static std::optional<Dataset> loadDataset(const QString &path, QTextStream &err);

    static QString builtInDatasetPath();
    static QString usage();
};

} // namespace atlas
