// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark of the network analysis (not a test: prints figures, asserts nothing).
//   bench_network [ATOP_DIRECTORY]
//   bench_network --series [ATOP_DIRECTORY]   (only the ATOP monthly series, 20 times: for profiling)
// Times the metrics series (yearly and monthly, 1945 to today) and single snapshots (metrics, layout)
// on the built-in dataset and on ATOP v4.01's 745 alliances (Leeds, Ritter, Mitchell & Long 2002),
// imported from ../shared/data/atop-v4 unless a directory is given; skipped when it cannot be read.
#include "app/commandline.h"
#include "models/io/atopimporter.h"
#include "models/domain/dataset.h"
#include "models/io/datasetreader.h"
#include "models/analysis/networkanalysis.h"
#include "models/analysis/networklayout.h"
#include "models/query/snapshot.h"
#include "tests/bench/benchfigures.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace atlas;
using namespace atlas::bench;

namespace {

void measure(const char *name, const Dataset &d, int repetitions)
{
    const QDate from(1945, 1, 1);
    const QDate to = QDate::currentDate();
    const QString dataset = QString::fromUtf8(name);
    std::printf("%s: %lld actors, %lld ties\n", name, qlonglong(d.actors.size()), qlonglong(d.ties.size()));

    const auto yearly = metricsSeries(d, from, to, SeriesStep::Year);
    print(QStringLiteral("series yearly 1945-%1 (%2 dates)").arg(to.year()).arg(yearly.size()),
          timeRepeated(repetitions, [&] { metricsSeries(d, from, to, SeriesStep::Year); }), dataset);
    const auto monthly = metricsSeries(d, from, to, SeriesStep::Month);
    print(QStringLiteral("series monthly (%1 dates)").arg(monthly.size()),
          timeRepeated(std::max(3, repetitions / 10), [&] { metricsSeries(d, from, to, SeriesStep::Month); }), dataset);
    print(QStringLiteral("series yearly, USA hidden"), timeRepeated(repetitions, [&] { metricsSeries(d, from, to, SeriesStep::Year, { d.hub }); }), dataset);
    // What the metrics chart computes: a sample on every change date (when there are at most 600).
    const QList<QDate> changes = changeDates(d, from, to);
    print(QStringLiteral("series at change dates (%1 dates)").arg(changes.size()),
          timeRepeated(std::max(3, repetitions / 5), [&] { metricsSeries(d, changes); }), dataset);

    // Per snapshot, over the yearly dates: what one date change costs a view.
    QList<double> snapshotMs, buildMs, metricsMs, layoutMs;
    int maxActors = 0, maxEdges = 0;
    for (QDate date : seriesDates(from, to, SeriesStep::Year)) {
        QElapsedTimer timer;
        timer.start();
        const Snapshot snapshot = takeSnapshot(d, date);
        snapshotMs.append(double(timer.nsecsElapsed()) / 1e6);
        timer.start();
        const NetworkGraph graph = buildNetwork(d, snapshot);
        buildMs.append(double(timer.nsecsElapsed()) / 1e6);
        timer.start();
        const NetworkMetrics m = analyseNetwork(d, graph);
        metricsMs.append(double(timer.nsecsElapsed()) / 1e6);
        timer.start();
        const NetworkLayout layout = NetworkLayout::compute(d, graph);
        layoutMs.append(double(timer.nsecsElapsed()) / 1e6);
        maxActors = std::max(maxActors, m.actors);
        maxEdges = std::max(maxEdges, m.edges);
    }
    print(QStringLiteral("per date: takeSnapshot"), snapshotMs, dataset);
    print(QStringLiteral("per date: buildNetwork (every drag step)"), buildMs, dataset);
    print(QStringLiteral("per date: analyseNetwork (network changed)"), metricsMs, dataset);
    print(QStringLiteral("per date: NetworkLayout::compute"), layoutMs, dataset);
    // A drag of the date cursor over 1945 to today, month by month: the network view lays out each
    // graph that changed, from nothing (cold) or warm-started from the previous date's layout.
    QList<double> coldMs, warmMs;
    NetworkLayout previous;
    QByteArray lastEdges;
    for (QDate date : seriesDates(from, to, SeriesStep::Month)) {
        const NetworkGraph graph = buildNetwork(d, takeSnapshot(d, date));
        QByteArray edges;
        for (const NetworkEdge &e : graph.edges)
            edges += (graph.actors[e.a] + u'-' + graph.actors[e.b] + u' ').toUtf8();
        if (edges == lastEdges)
            continue; // the view keeps its layout
        lastEdges = edges;
        QElapsedTimer timer;
        timer.start();
        NetworkLayout::compute(d, graph);
        coldMs.append(double(timer.nsecsElapsed()) / 1e6);
        timer.start();
        previous = NetworkLayout::compute(d, graph, previous);
        warmMs.append(double(timer.nsecsElapsed()) / 1e6);
    }
    print(QStringLiteral("layout per monthly drag step that changes the graph (%1 steps), cold").arg(coldMs.size()), coldMs, dataset);
    print(QStringLiteral("layout per monthly drag step that changes the graph (%1 steps), warm-started").arg(warmMs.size()), warmMs, dataset);
    std::printf("  largest graph: %d actors, %d edges\n", maxActors, maxEdges);
    if (!yearly.isEmpty()) {
        const NetworkMetrics &last = yearly.last();
        std::printf("  %s: %d actors, %d edges, density %.4f, %d components, hub share %.4f, spoke-spoke %d (%.4f)\n",
                    qPrintable(last.date.toString(Qt::ISODate)), last.actors, last.edges, last.density, last.components,
                    last.hubBetweennessShare, last.spokeSpokeEdges, last.spokeSpokeShare);
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool seriesOnly = argc > 1 && qstrcmp(argv[1], "--series") == 0;
    if (seriesOnly) {
        --argc;
        ++argv;
    }
    const QString atopDirectory = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(ATLAS_SOURCE_DIR "/../shared/data/atop-v4");
    if (seriesOnly) {
        const LoadResult atop = AtopImporter::importDirectory(atopDirectory);
        if (!atop.dataset)
            return 1;
        QList<double> cpuMs; // of every thread: the work to do on a machine other processes share
        const QList<double> ms = timeRepeated(20, [&] {
            const std::clock_t start = std::clock();
            metricsSeries(*atop.dataset, QDate(1945, 1, 1), QDate::currentDate(), SeriesStep::Month);
            cpuMs.append(double(std::clock() - start) * 1000.0 / CLOCKS_PER_SEC);
        });
        print(QStringLiteral("series monthly, wall clock"), ms, QStringLiteral("ATOP v4.01 (AtopImporter)"));
        print(QStringLiteral("series monthly, CPU time"), cpuMs, QStringLiteral("ATOP v4.01 (AtopImporter)"));
        return 0;
    }
    LoadResult builtIn = DatasetReader::readFile(CommandLine::builtInDatasetPath());
    if (builtIn.dataset)
        measure("built-in dataset", *builtIn.dataset, 50);
    const LoadResult atop = AtopImporter::importDirectory(atopDirectory);
    if (atop.dataset)
        measure("ATOP v4.01 (AtopImporter)", *atop.dataset, 10);
    else
        std::printf("ATOP: could not import %s, skipped\n", qPrintable(atopDirectory));
    return 0;
}
