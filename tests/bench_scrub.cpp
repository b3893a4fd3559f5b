// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark of the scrub path through the whole window: opens the main window offscreen, presses the
// mouse on the timeline plot and replays a drag of N cursor moves back and forth over the dates. Each
// sample is the time from the mouse move (which sets the controller's date) until every view that
// follows the date has repainted (events processed until the plot, and the map when there is one,
// received their paint). Prints median / p95 / max against the 60 Hz budget. Not a test: run by hand:
//   bench_scrub                    the built-in dataset, then ATOP v4 (745 alliances) when present
//   bench_scrub --dataset FILE     any dataset file
//   bench_scrub --moves 1000 --size 1600x1000
// ATOP: Leeds, Ritter, Mitchell & Long (2002), "Alliance Treaty Obligations and Provisions, 1815-1944",
// International Interactions 28: 237–260.
#include "app/commandline.h"
#include "models/io/atopimporter.h"
#include "models/query/atlasdocument.h"
#include "models/domain/countrycodes.h"
#include "models/domain/dataset.h"
#include "models/io/datasetreader.h"
#include "models/query/timecontroller.h"
#include "ui/mainwindow.h"
#include "ui/timelinewidget.h"
#include "tests/testsupport.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>
#include <QTextStream>

#include <qcustomplot.h>

#include <algorithm>
#include <limits>
#include <memory>

using namespace atlas;

namespace {

/// The full ATOP data through the application's own importer (what a user loads with File > Import ATOP).
std::optional<Dataset> loadAtop(const QString &dir)
{
    return std::move(AtopImporter::importDirectory(dir).dataset);
}

/// Counts paint events of the widgets it watches.
class PaintCounter : public QObject
{
public:
    QHash<QObject *, int> counts;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++counts[watched];
        return false;
    }
};

int run(const QString &label, Dataset dataset, int moves, QSize size, bool timelineOnly, QTextStream &out)
{
    AtlasDocument document;
    const qsizetype ties = dataset.ties.size();
    document.setDataset(std::move(dataset));
    std::unique_ptr<QWidget> top;
    if (timelineOnly)
        top = std::make_unique<TimelineWidget>(&document);
    else
        top = std::make_unique<MainWindow>(&document);
    QWidget &window = *top;
    window.resize(timelineOnly ? QSize(size.width(), 330) : size);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    auto *timeline = timelineOnly ? static_cast<TimelineWidget *>(&window) : window.findChild<TimelineWidget *>(QStringLiteral("timeline"));
    auto *plot = window.findChild<QCustomPlot *>(QStringLiteral("timelinePlot"));
    if (!timeline || !plot) {
        out << "no timeline in the main window\n";
        return 1;
    }
    QWidget *map = window.findChild<QWidget *>(QStringLiteral("mapView"));
    QTest::qWait(100);
    plot->replot();

    PaintCounter counter;
    plot->installEventFilter(&counter);
    if (map)
        map->installEventFilter(&counter);

    const QRect area = plot->axisRect()->rect();
    QTest::mousePress(plot, Qt::LeftButton, {}, QPoint(area.left() + 2, area.center().y()));
    QCoreApplication::processEvents();
    QList<double> dispatchMs;
    QList<double> totalMs;
    int missedPaints = 0;
    QElapsedTimer timer;
    // Back and forth over the plot; a step of ~3 px so every move changes the date.
    const int span = std::max(10, area.width() - 4);
    for (int i = 0; i < moves; ++i) {
        const int phase = (i * 3) % (2 * span);
        const int x = area.left() + 2 + (phase < span ? phase : 2 * span - phase);
        const int plotPaints = counter.counts.value(plot);
        const int mapPaints = map ? counter.counts.value(map) : 0;
        timer.start();
        QTest::mouseMove(plot, QPoint(x, area.center().y()));
        const qint64 dispatched = timer.nsecsElapsed();
        // Until the views have painted: the repaint requests are posted events.
        for (int spin = 0; spin < 50; ++spin) {
            QCoreApplication::processEvents();
            if (counter.counts.value(plot) > plotPaints && (!map || counter.counts.value(map) > mapPaints))
                break;
        }
        const qint64 done = timer.nsecsElapsed();
        if (counter.counts.value(plot) == plotPaints || (map && counter.counts.value(map) == mapPaints))
            ++missedPaints;
        dispatchMs.append(double(dispatched) / 1e6);
        totalMs.append(double(done) / 1e6);
    }
    QTest::mouseRelease(plot, Qt::LeftButton, {}, QPoint(area.left() + 2, area.center().y()));

    const test::TimingStats d = test::timingStats(dispatchMs);
    const test::TimingStats t = test::timingStats(totalMs);
    out << QStringLiteral("%1%8: %2 ties, %3 lanes, window %4x%5, %6 moves, map view: %7\n")
               .arg(label)
               .arg(ties)
               .arg(timeline->model().lanes().size())
               .arg(size.width())
               .arg(size.height())
               .arg(moves)
               .arg(map ? QStringLiteral("yes") : QStringLiteral("no"))
               .arg(timelineOnly ? QStringLiteral(" (timeline widget alone)") : QString());
    out << QStringLiteral("  move -> date set, views notified   median %1 ms  p95 %2 ms  max %3 ms\n")
               .arg(d.median, 0, 'f', 2).arg(d.p95, 0, 'f', 2).arg(d.max, 0, 'f', 2);
    out << QStringLiteral("  move -> repaint done (all views)   median %1 ms  p95 %2 ms  max %3 ms  (budget 16.7 ms)\n")
               .arg(t.median, 0, 'f', 2).arg(t.p95, 0, 'f', 2).arg(t.max, 0, 'f', 2);
    out << QStringLiteral("  moves without a repaint observed: %1\n").arg(missedPaints);
    out.flush();
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption datasetOption(QStringLiteral("dataset"), QStringLiteral("Dataset file (default: built-in, then ATOP)."), QStringLiteral("FILE"));
    const QCommandLineOption atopOption(QStringLiteral("atop"), QStringLiteral("ATOP v4 directory."), QStringLiteral("DIR"),
                                        QStringLiteral(ATLAS_SOURCE_DIR "/../shared/data/atop-v4"));
    const QCommandLineOption movesOption(QStringLiteral("moves"), QStringLiteral("Cursor moves (default 500)."), QStringLiteral("N"), QStringLiteral("500"));
    const QCommandLineOption aloneOption(QStringLiteral("timeline-only"), QStringLiteral("Also scrub the timeline widget alone."));
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("Window size (default 1400x900)."), QStringLiteral("WxH"), QStringLiteral("1400x900"));
    parser.addOptions({ datasetOption, atopOption, movesOption, sizeOption, aloneOption });
    parser.process(app);
    const int moves = std::max(10, parser.value(movesOption).toInt());
    const QStringList wh = parser.value(sizeOption).split(u'x');
    const QSize size(wh.value(0).toInt(), wh.value(1).toInt());

    if (parser.isSet(datasetOption)) {
        LoadResult r = DatasetReader::readFile(parser.value(datasetOption));
        if (!r.dataset) {
            out << "cannot load " << parser.value(datasetOption) << '\n';
            return 1;
        }
        if (parser.isSet(aloneOption))
            run(parser.value(datasetOption), *r.dataset, moves, size, true, out);
        return run(parser.value(datasetOption), std::move(*r.dataset), moves, size, false, out);
    }
    LoadResult builtIn = DatasetReader::readFile(CommandLine::builtInDatasetPath());
    if (builtIn.dataset) {
        if (parser.isSet(aloneOption))
            run(QStringLiteral("built-in dataset"), *builtIn.dataset, moves, size, true, out);
        if (run(QStringLiteral("built-in dataset"), std::move(*builtIn.dataset), moves, size, false, out) != 0)
            return 1;
    }
    if (auto atop = loadAtop(parser.value(atopOption))) {
        if (parser.isSet(aloneOption))
            run(QStringLiteral("ATOP v4.01"), *atop, moves, size, true, out);
        return run(QStringLiteral("ATOP v4.01"), std::move(*atop), moves, size, false, out);
    }
    out << "ATOP not found in " << parser.value(atopOption) << "; skipped\n";
    return 0;
}
