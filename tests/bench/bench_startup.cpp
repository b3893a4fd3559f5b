// SPDX-License-Identifier: GPL-3.0-or-later
// Cold-start benchmark (not a test: prints figures, asserts nothing).
//   bench_startup [RUNS] [ATOP_DIR]
// Times RUNS fresh processes (default 10) from their start to the main window's first paint, as
// alliance-atlas starts them (main.cpp's runGui: language, built-in dataset, MainWindow, show), on the
// offscreen platform with empty settings: once with the built-in dataset and once opening ATOP v4.01
// (imported once from ../shared/data/atop-v4 into a dataset file; skipped when the data is not there).
// The time includes starting the process and loading the libraries, as a user waits for them.
#include "app/commandline.h"
#include "models/domain/dataset.h"
#include "models/io/atopimporter.h"
#include "models/io/datasetreader.h"
#include "models/io/datasetwriter.h"
#include "models/query/atlasdocument.h"
#include "tests/bench/benchfigures.h"
#include "ui/languageswitcher.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

using namespace atlas;
using namespace atlas::bench;

namespace {

/// Quits the application once \a watched has painted and the events that paint posted are handled.
class FirstPaint : public QObject
{
public:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !mSeen) {
            mSeen = true;
            QTimer::singleShot(0, qApp, [] {
                std::printf("painted\n");
                std::fflush(stdout);
                QApplication::exit(0);
            });
        }
        return false;
    }

private:
    bool mSeen = false;
};

/// The child: main.cpp's start-up path, then exit after the first paint.
int child(int argc, char **argv, const QString &datasetPath)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("alliance-atlas"));
    QApplication::setOrganizationName(QStringLiteral("alliance-atlas"));
    LanguageSwitcher::apply(Language::English);
    AtlasDocument document;
    document.setLanguage(Language::English);
    LoadResult builtIn = DatasetReader::readFile(CommandLine::builtInDatasetPath());
    if (builtIn.dataset)
        document.setDataset(std::move(*builtIn.dataset));
    document.setIssues(builtIn.issues);
    MainWindow window(&document);
    if (!datasetPath.isEmpty())
        window.openDataset(datasetPath);
    FirstPaint firstPaint;
    window.installEventFilter(&firstPaint);
    window.showMaximized();
    return QApplication::exec();
}

void measure(const QString &name, const QStringList &childArgs, int runs, const QString &settingsDir)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), settingsDir);
        process.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        process.start(QCoreApplication::applicationFilePath(), childArgs);
        while (!process.canReadLine() && process.state() != QProcess::NotRunning)
            process.waitForReadyRead(10);
        const double elapsed = double(timer.nsecsElapsed()) / 1e6;
        if (!process.readLine().startsWith("painted")) {
            std::printf("%s: the started process did not paint\n", qPrintable(name));
            return;
        }
        process.waitForFinished(-1);
        ms.append(elapsed);
    }
    print(QStringLiteral("cold start to first painted main window (%1 processes)").arg(runs), ms, name);
}

} // namespace

int main(int argc, char **argv)
{
    if (argc >= 2 && qstrcmp(argv[1], "--child") == 0)
        return child(argc, argv, argc >= 3 ? QString::fromLocal8Bit(argv[2]) : QString());
    QCoreApplication app(argc, argv);
    const int runs = std::max(1, app.arguments().value(1, QStringLiteral("10")).toInt());
    const QString atopDir = app.arguments().value(2, QStringLiteral(ATLAS_SOURCE_DIR "/../shared/data/atop-v4"));
    QTemporaryDir dir;
    measure(QStringLiteral("built-in"), { QStringLiteral("--child") }, runs, dir.filePath(QStringLiteral("settings")));

    if (!QFileInfo::exists(QDir(atopDir).filePath(AtopImporter::memberFileName()))) {
        std::printf("bench_startup: no ATOP data in %s; ATOP start not measured\n", qPrintable(QDir::cleanPath(atopDir)));
        return 0;
    }
    const LoadResult atop = AtopImporter::importDirectory(atopDir);
    const QString atopFile = dir.filePath(QStringLiteral("atop.json"));
    QFile file(atopFile);
    if (!atop.dataset || !file.open(QIODevice::WriteOnly) || file.write(DatasetWriter::write(*atop.dataset)) < 0) {
        std::printf("bench_startup: could not import ATOP from %s\n", qPrintable(atopDir));
        return 1;
    }
    file.close();
    measure(QStringLiteral("ATOP v4.01"), { QStringLiteral("--child"), atopFile }, runs, dir.filePath(QStringLiteral("settings")));
    return 0;
}
