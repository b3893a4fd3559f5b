// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark of the map's scrub path: replays a drag of the time cursor over 1945–2025 and paints every
// frame at 1920×1080 offscreen, the way MapView does (raster caches on; the renderer prepares each frame
// and names the region that changed, and only that region of the last frame is painted, as a widget's
// backing store keeps the rest), then prints the per-frame time distribution. Not a test: run it by hand, e.g.
//   bench_map                      ATOP v4 (745 alliances) from ../shared/data/atop-v4 if present
//   bench_map --dataset FILE       any dataset file
//   bench_map --builtin            the built-in dataset
//   bench_map --frames 2000 --png /tmp/last.png --size 1920x1080
//   bench_map --trace 2>frames.txt  one line per frame (which frames repaint which cached images)
//   bench_map --whole              paint the whole target every frame (no region; as before MapView kept its last frame)
// ATOP: Leeds, Ritter, Mitchell & Long (2002), "Alliance Treaty Obligations and Provisions, 1815-1944",
// International Interactions 28: 237–260.
#include "models/io/atopimporter.h"
#include "models/query/atlasdocument.h"
#include "models/domain/countrycodes.h"
#include "models/domain/dataset.h"
#include "models/io/datasetreader.h"
#include "models/geo/worldmap.h"
#include "models/render/maprenderer.h"
#include "models/query/timecontroller.h"
#include "tests/bench/benchfigures.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QRegion>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace atlas;
using namespace atlas::bench;

namespace {

/// The full ATOP data through the application's own importer (what a user loads with File > Import ATOP).
std::optional<Dataset> loadAtop(const QString &dir, QTextStream &err)
{
    LoadResult result = AtopImporter::importDirectory(dir);
    if (!result.dataset) {
        for (const Issue &issue : result.issues)
            err << issue.toString() << '\n';
        return std::nullopt;
    }
    return std::move(result.dataset);
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption atopOption(QStringLiteral("atop"), QStringLiteral("ATOP v4 directory."), QStringLiteral("DIR"),
                                        QStringLiteral(ATLAS_SOURCE_DIR "/../shared/data/atop-v4"));
    const QCommandLineOption datasetOption(QStringLiteral("dataset"), QStringLiteral("Dataset file instead of ATOP."), QStringLiteral("FILE"));
    const QCommandLineOption builtinOption(QStringLiteral("builtin"), QStringLiteral("Use the built-in dataset."));
    const QCommandLineOption framesOption(QStringLiteral("frames"), QStringLiteral("Frames in the scrub (default 1200)."), QStringLiteral("N"), QStringLiteral("1200"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("Frame size (default 1920x1080)."), QStringLiteral("WxH"), QStringLiteral("1920x1080"));
    const QCommandLineOption pngOption(QStringLiteral("png"), QStringLiteral("Save the last frame."), QStringLiteral("FILE"));
    const QCommandLineOption traceOption(QStringLiteral("trace"),
                                         QStringLiteral("Print every frame to stderr: index, CPU ms, wall ms, and the renderer's rebuild counters so far."));
    const QCommandLineOption wholeOption(QStringLiteral("whole"), QStringLiteral("Paint the whole target every frame instead of the region that changed."));
    parser.addOptions({ atopOption, datasetOption, builtinOption, framesOption, sizeOption, pngOption, traceOption, wholeOption });
    parser.process(app);

    const bool whole = parser.isSet(wholeOption);
    QElapsedTimer timer;
    timer.start();
    const WorldMap &world = WorldMap::builtIn();
    const double worldMs = double(timer.nsecsElapsed()) / 1e6;
    if (world.isEmpty()) {
        err << "the built-in world map did not load\n";
        return 1;
    }

    Dataset dataset;
    QString label;
    if (parser.isSet(datasetOption) || parser.isSet(builtinOption)) {
        const QString path = parser.isSet(datasetOption) ? parser.value(datasetOption) : QStringLiteral(":/atlas/dataset/alliance-atlas.json");
        LoadResult r = DatasetReader::readFile(path);
        if (!r.dataset) {
            for (const Issue &i : r.issues)
                err << i.toString() << '\n';
            return 1;
        }
        dataset = std::move(*r.dataset);
        label = QFileInfo(path).fileName();
    } else {
        auto atop = loadAtop(parser.value(atopOption), err);
        if (!atop)
            return 1;
        dataset = std::move(*atop);
        label = QStringLiteral("ATOP v4.01");
    }

    const QStringList wh = parser.value(sizeOption).split(u'x');
    const QSize size(wh.value(0).toInt(), wh.value(1).toInt());
    const int frames = std::max(2, parser.value(framesOption).toInt());
    if (size.isEmpty()) {
        err << "bad --size\n";
        return 2;
    }

    AtlasDocument document;
    document.setDataset(std::move(dataset));
    document.time()->setRange(QDate(1940, 1, 1), QDate(2030, 12, 31));
    const QDate from(1945, 1, 1);
    const QDate to(2025, 12, 31);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    const QRectF target(QPointF(0, 0), QSizeF(size));

    out << QStringLiteral("bench_map: %1, %2 ties, %3 actors; scrub 1945-01-01 .. 2025-12-31 in %4 frames at %5x%6\n")
               .arg(label)
               .arg(document.dataset().ties.size())
               .arg(document.dataset().actors.size())
               .arg(frames)
               .arg(size.width())
               .arg(size.height());
    out << QStringLiteral("world map load (parse + project once): %1 ms\n").arg(worldMs, 0, 'f', 1);
    // One figure line per measure, named after the frame size and quality (see benchfigures.h).
    auto row = [&](bool draft, const QString &name, const QList<double> &ms) {
        out.flush();
        print(QStringLiteral("map frame %1x%2 %3, %4").arg(size.width()).arg(size.height()).arg(draft ? QStringLiteral("draft") : QStringLiteral("full quality"), name),
              ms, label);
    };

    // Two scrubs: full quality (what every frame looks like on a small dataset, and what MapView shows
    // once the cursor rests), and draft (ties and fills without antialiasing, what MapView paints while
    // the cursor moves when a full-quality frame would miss the budget).
    for (const bool draft : { false, true }) {
        MapRenderer renderer(world);
        MapRenderOptions options;
        options.rasterCache = true; // as MapView paints
        options.draft = draft;
        QList<double> wall, cpu, snapshotMs;
        qint64 paintedArea = 0; // pixels of the target painted, over the frames after the first
        int maxTies = 0;
        double firstFrame = 0;
        for (int i = 0; i < frames; ++i) {
            const qint64 day = from.toJulianDay() + (to.toJulianDay() - from.toJulianDay()) * i / (frames - 1);
            timer.restart();
            const double cpu0 = cpuMs();
            document.time()->setDate(QDate::fromJulianDay(day));
            const Snapshot &snapshot = document.snapshot();
            const double s = double(timer.nsecsElapsed()) / 1e6;
            maxTies = std::max(maxTies, static_cast<int>(snapshot.ties.size()));
            // As MapView: prepare() brings the cached images up to date and names what changed; the
            // paint event is clipped to that (the first frame paints all of the new image).
            const QRegion changed = whole || i == 0 ? QRegion(image.rect()) : renderer.prepare(target, MapInput::fromDocument(document), options);
            QPainter painter(&image);
            painter.setClipRegion(changed);
            renderer.paint(painter, target, document, options);
            painter.end();
            paintedArea += i == 0 ? 0 : [&] {
                qint64 a = 0;
                for (const QRect &r : changed)
                    a += qint64(r.width()) * r.height();
                return a;
            }();
            const double all = double(timer.nsecsElapsed()) / 1e6;
            if (i == 0) {
                firstFrame = all;
                continue; // the first frame builds the caches; reported on its own
            }
            wall.append(all);
            if (parser.isSet(traceOption))
                err << i << ' ' << (cpuMs() - cpu0) << ' ' << all << ' ' << renderer.cacheRebuilds() << ' ' << renderer.overlayRebuilds() << ' ' << renderer.partialRebuilds() << '\n';
            cpu.append(cpuMs() - cpu0);
            snapshotMs.append(s);
        }
        if (parser.isSet(pngOption) && !draft)
            image.save(parser.value(pngOption));
        out << (draft ? QStringLiteral("draft frames (while dragging):\n") : QStringLiteral("full-quality frames:\n"));
        out << QStringLiteral("  first frame (builds the caches) %1 ms; most ties in force %2; base/fill layer rebuilds %3; ties or labels repainted in %4 of %5 frames; "
                              "in part in %6\n")
                   .arg(firstFrame, 0, 'f', 1)
                   .arg(maxTies)
                   .arg(renderer.cacheRebuilds())
                   .arg(renderer.overlayRebuilds())
                   .arg(frames)
                   .arg(renderer.partialRebuilds());
        out << QStringLiteral("  %1; on average %2 % of the target painted per frame\n")
                   .arg(whole ? QStringLiteral("whole target painted every frame (--whole)") : QStringLiteral("the region that changed painted (as MapView)"))
                   .arg(100.0 * double(paintedArea) / double(frames - 1) / (double(size.width()) * size.height()), 0, 'f', 1);
        row(draft, QStringLiteral("wall clock"), wall);
        row(draft, QStringLiteral("CPU time"), cpu);
        row(draft, QStringLiteral("snapshot query"), snapshotMs);
        out << QStringLiteral("  over the 16.7 ms budget of a 60 Hz frame: %1 of %2 (wall), %3 (CPU)\n")
                   .arg(std::count_if(wall.cbegin(), wall.cend(), [](double v) { return v > 1000.0 / 60.0; }))
                   .arg(wall.size())
                   .arg(std::count_if(cpu.cbegin(), cpu.cend(), [](double v) { return v > 1000.0 / 60.0; }));
    }
    double load[3] = {};
    if (QFile loadavg(QStringLiteral("/proc/loadavg")); loadavg.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> f = loadavg.readAll().split(' ');
        for (int i = 0; i < 3 && i < f.size(); ++i)
            load[i] = f[i].toDouble();
    }
    out << QStringLiteral("machine load average while measuring: %1 (wall-clock figures include other processes)\n").arg(load[0]);
    return 0;
}
