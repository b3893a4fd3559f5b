// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark of the network analysis (not a test: prints figures, asserts nothing).
//   bench_network [ATOP_MEMBER_LEVEL_CSV]
// Times the metrics series (yearly and monthly, 1945 to today) and single snapshots (metrics, layout)
// on the built-in dataset and on ATOP v4.01's 745 alliances (Leeds, Ritter, Mitchell & Long 2002),
// read from ../shared/data/atop-v4 unless a path is given; ATOP is skipped when the file is missing.
#include "app/commandline.h"
#include "models/dataset.h"
#include "models/datasetreader.h"
#include "models/networkanalysis.h"
#include "models/networklayout.h"
#include "models/snapshot.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace atlas;

namespace {

struct Figures
{
    double median = 0;
    double p95 = 0;
    double max = 0;
};

Figures figures(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    if (ms.isEmpty())
        return {};
    const auto at = [&](double q) { return ms[std::min<qsizetype>(ms.size() - 1, qsizetype(q * double(ms.size() - 1) + 0.5))]; };
    return { at(0.5), at(0.95), ms.last() };
}

void print(const char *what, const Figures &f, const char *unit = "ms")
{
    std::printf("  %-46s median %9.3f  p95 %9.3f  max %9.3f %s\n", what, f.median, f.p95, f.max, unit);
}

Figures timeRepeated(int repetitions, const std::function<void()> &work)
{
    QList<double> ms;
    for (int i = 0; i < repetitions; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        ms.append(double(timer.nsecsElapsed()) / 1e6);
    }
    return figures(ms);
}

/// ATOP member-level rows as a Dataset: one tie per alliance, one spell per member row; COW codes as
/// actor ids, the USA (COW 2) as the hub. Only what the analysis needs.
std::optional<Dataset> readAtop(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return std::nullopt;
    QTextStream in(&file);
    const QStringList header = in.readLine().split(u',');
    const auto col = [&](const char *name) { return header.indexOf(QString::fromLatin1(name)); };
    const int cAtop = col("atopid"), cMember = col("member"), cYe = col("yrent"), cMe = col("moent"), cDe = col("dayent");
    const int cYx = col("yrexit"), cMx = col("moexit"), cDx = col("dayexit"), cBilat = col("bilat");
    Dataset d;
    d.hub = QStringLiteral("2");
    QHash<QString, int> tieIndex;
    QSet<QString> actors;
    const qint64 openEnd = QDate(9999, 12, 31).toJulianDay();
    const auto day = [](int y, int m, int dd, bool end) {
        if (m <= 0)
            return end ? QDate(y, 12, 31) : QDate(y, 1, 1);
        if (dd <= 0)
            return end ? QDate(y, m, 1).addMonths(1).addDays(-1) : QDate(y, m, 1);
        return QDate(y, m, dd);
    };
    while (!in.atEnd()) {
        const QStringList f = in.readLine().split(u',');
        if (f.size() < header.size())
            continue;
        const QString id = f[cAtop];
        auto it = tieIndex.find(id);
        if (it == tieIndex.end()) {
            Tie tie;
            tie.id = id;
            tie.kind = f[cBilat] == u"1" ? TieKind::BilateralAlliance : TieKind::MultilateralAlliance;
            tie.fromDay = openEnd;
            tie.toDay = 0;
            it = tieIndex.insert(id, int(d.ties.size()));
            d.ties.append(tie);
        }
        Tie &tie = d.ties[*it];
        MembershipSpell spell;
        spell.actor = f[cMember];
        actors.insert(spell.actor);
        const QDate from = day(f[cYe].toInt(), f[cMe].toInt(), f[cDe].toInt(), false);
        spell.fromDay = from.isValid() ? from.toJulianDay() : 0;
        const int yx = f[cYx].toInt();
        const QDate to = yx > 0 ? day(yx, f[cMx].toInt(), f[cDx].toInt(), true) : QDate();
        spell.toDay = to.isValid() ? to.toJulianDay() : openEnd;
        tie.fromDay = std::min(tie.fromDay, spell.fromDay);
        tie.toDay = std::max(tie.toDay, spell.toDay);
        tie.members.append(spell);
    }
    for (const QString &a : std::as_const(actors)) {
        Actor actor;
        actor.id = a;
        d.actors.append(actor);
    }
    std::sort(d.actors.begin(), d.actors.end(), [](const Actor &x, const Actor &y) { return x.id.toInt() < y.id.toInt(); });
    d.buildIndex();
    return d;
}

void bench(const char *name, const Dataset &d, int repetitions)
{
    const QDate from(1945, 1, 1);
    const QDate to = QDate::currentDate();
    std::printf("%s: %lld actors, %lld ties\n", name, qlonglong(d.actors.size()), qlonglong(d.ties.size()));

    const auto yearly = metricsSeries(d, from, to, SeriesStep::Year);
    print(qPrintable(QStringLiteral("series yearly 1945-%1 (%2 dates)").arg(to.year()).arg(yearly.size())),
          timeRepeated(repetitions, [&] { metricsSeries(d, from, to, SeriesStep::Year); }));
    const auto monthly = metricsSeries(d, from, to, SeriesStep::Month);
    print(qPrintable(QStringLiteral("series monthly (%1 dates)").arg(monthly.size())),
          timeRepeated(std::max(3, repetitions / 10), [&] { metricsSeries(d, from, to, SeriesStep::Month); }));
    print("series yearly, USA hidden", timeRepeated(repetitions, [&] { metricsSeries(d, from, to, SeriesStep::Year, { d.hub }); }));

    // Per snapshot, over the yearly dates: what one date change costs a view.
    QList<double> snapshotMs, metricsMs, layoutMs;
    int maxActors = 0, maxEdges = 0;
    for (QDate date : seriesDates(from, to, SeriesStep::Year)) {
        QElapsedTimer timer;
        timer.start();
        const Snapshot snapshot = takeSnapshot(d, date);
        snapshotMs.append(double(timer.nsecsElapsed()) / 1e6);
        timer.start();
        const NetworkGraph graph = buildNetwork(d, snapshot);
        const NetworkMetrics m = analyseNetwork(d, graph);
        metricsMs.append(double(timer.nsecsElapsed()) / 1e6);
        timer.start();
        const NetworkLayout layout = NetworkLayout::compute(d, graph);
        layoutMs.append(double(timer.nsecsElapsed()) / 1e6);
        maxActors = std::max(maxActors, m.actors);
        maxEdges = std::max(maxEdges, m.edges);
    }
    print("per date: takeSnapshot", figures(snapshotMs));
    print("per date: buildNetwork + analyseNetwork", figures(metricsMs));
    print("per date: NetworkLayout::compute", figures(layoutMs));
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
    LoadResult builtIn = DatasetReader::readFile(CommandLine::builtInDatasetPath());
    if (builtIn.dataset)
        bench("built-in dataset", *builtIn.dataset, 50);
    const QString atopPath = argc > 1 ? QString::fromLocal8Bit(argv[1])
                                      : QStringLiteral(ATLAS_SOURCE_DIR "/../shared/data/atop-v4/atop-member-level.csv");
    if (const auto atop = readAtop(atopPath))
        bench("ATOP v4.01 (member level)", *atop, 10);
    else
        std::printf("ATOP: %s not found, skipped\n", qPrintable(atopPath));
    return 0;
}
