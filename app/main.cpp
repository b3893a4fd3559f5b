// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commandline.h"
#include "app/screenshotcommand.h"
#include "models/query/atlasdocument.h"
#include "models/domain/dataset.h"
#include "models/io/datasetreader.h"
#include "models/i18n/language.h"
#include "ui/languageswitcher.h"
#include "ui/mainwindow.h"
#include "ui/settingskeys.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSettings>
#include <QTextStream>

#include <cstdio>
#include <memory>

using namespace atlas;

namespace {

QStringList rawArguments(int argc, char **argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    return args;
}

int runGui(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("alliance-atlas"));
    QApplication::setOrganizationName(QStringLiteral("alliance-atlas"));
    QApplication::setApplicationDisplayName(QStringLiteral("Alliance Atlas"));
    QApplication::setApplicationVersion(QStringLiteral(ATLAS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("alliance-atlas"));

    QTextStream err(stderr);
    QCommandLineParser parser;
    const QCommandLineOption dataset(QStringLiteral("dataset"), CommandLine::tr("Dataset file to open."), QStringLiteral("FILE"));
    const QCommandLineOption lang(QStringLiteral("lang"), CommandLine::tr("User interface language: en or zh_CN."), QStringLiteral("LANG"));
    parser.addOptions({ dataset, lang });
    if (!parser.parse(QApplication::arguments())) {
        err << QStringLiteral("alliance-atlas: %1\n").arg(parser.errorText()) << CommandLine::usage();
        return 2;
    }
    // One positional FILE (the desktop entry's %f): a dataset or a view file to open.
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1 || (files.size() == 1 && !QFileInfo(files.first()).isFile())) {
        err << CommandLine::tr("alliance-atlas: unknown command \"%1\"").arg(files.first()) << '\n'
            << CommandLine::usage();
        return 2;
    }
    // --lang wins, then the language chosen last time, then the system locale.
    Language language = Languages::parse(QSettings().value(SettingsKeys::language).toString())
                            .value_or(Languages::systemLanguage());
    if (parser.isSet(lang)) {
        const auto parsed = Languages::parse(parser.value(lang));
        if (!parsed) {
            err << CommandLine::tr("alliance-atlas: --lang: unknown language \"%1\" (expected en or zh_CN)").arg(parser.value(lang)) << '\n';
            return 2;
        }
        language = *parsed;
    }
    LanguageSwitcher::apply(language);

    AtlasDocument document;
    document.setLanguage(language);
    LoadResult builtIn = DatasetReader::readFile(CommandLine::builtInDatasetPath());
    if (builtIn.dataset)
        document.setDataset(std::move(*builtIn.dataset));
    document.setIssues(builtIn.issues);

    MainWindow window(&document);
    if (parser.isSet(dataset))
        window.openDataset(parser.value(dataset));
    if (files.size() == 1) {
        if (files.first().endsWith(QStringLiteral(".atlasview")))
            window.openViewFile(files.first());
        else
            window.openDataset(files.first());
    }
    // First start: use the whole screen (classroom projectors); later, the saved geometry.
    if (QSettings().contains(SettingsKeys::geometry))
        window.show();
    else
        window.showMaximized();
    return QApplication::exec();
}

} // namespace

int main(int argc, char **argv)
{
    const QStringList args = rawArguments(argc, argv);
    if (args.contains(QStringLiteral("--version")) || args.contains(QStringLiteral("-v"))) {
        std::printf("alliance-atlas %s\n", ATLAS_VERSION);
        return 0;
    }
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        QTextStream(stdout) << CommandLine::usage();
        return 0;
    }
    if (ScreenshotCommand::matches(args)) {
        // The real window, rendered off screen: widgets, never a display.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        QApplication::setApplicationName(QStringLiteral("alliance-atlas"));
        QApplication::setOrganizationName(QStringLiteral("alliance-atlas"));
        QTextStream out(stdout);
        QTextStream err(stderr);
        return ScreenshotCommand::run(args, out, err);
    }
    if (CommandLine::isSubcommand(args)) {
        // Figures need fonts and painting, never a display: export always renders off screen.
        if (CommandLine::needsGui(args))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        std::unique_ptr<QCoreApplication> app(CommandLine::needsGui(args) ? new QGuiApplication(argc, argv)
                                                                         : new QCoreApplication(argc, argv));
        QTextStream out(stdout);
        QTextStream err(stderr);
        return CommandLine::run(args, out, err);
    }
    if (args.size() > 1 && !args[1].startsWith(u'-') && !QFileInfo(args[1]).isFile()) {
        std::fprintf(stderr, "alliance-atlas: unknown command \"%s\"\n%s", qPrintable(args[1]), qPrintable(CommandLine::usage()));
        return 2;
    }
    return runGui(argc, argv);
}
