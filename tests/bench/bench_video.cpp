// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark of animated export: the film a teacher pastes into slides, by default the built-in dataset
// from January 1945 to December 2025 one month per frame (972 frames) at 1920×1080, 30 frames/s, H.264
// MP4 — the same path as `alliance-atlas export --out film.mp4 --step 1m`. Prints the time to paint one
// frame, the whole export (paint + encode + write) and its frames per second. Not a test: run it by
// hand, e.g.
//   bench_video                               built-in dataset, 1945-01-01..2025-12-01, 1m, map, MP4
//   bench_video --format webm --view report   other formats (mp4, webm, gif) and views (map, report)
//   bench_video --from 2000-01-01 --to 2010-01-01 --step 1m --size 1280x720 --out /tmp/film.mp4
#include "models/domain/dataset.h"
#include "models/io/animationwriter.h"
#include "models/io/datasetreader.h"
#include "models/query/animationplan.h"
#include "models/render/figureanimation.h"
#include "tests/bench/benchfigures.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPainter>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace atlas;
using namespace atlas::bench;

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption datasetOption(QStringLiteral("dataset"), QStringLiteral("Dataset file (default: built-in)."), QStringLiteral("file"));
    const QCommandLineOption fromOption(QStringLiteral("from"), QStringLiteral("First date."), QStringLiteral("date"), QStringLiteral("1945-01-01"));
    const QCommandLineOption toOption(QStringLiteral("to"), QStringLiteral("Last date."), QStringLiteral("date"), QStringLiteral("2025-12-01"));
    const QCommandLineOption stepOption(QStringLiteral("step"), QStringLiteral("1d, 1m, 1y, events."), QStringLiteral("step"), QStringLiteral("1m"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("WxH pixels."), QStringLiteral("size"), QStringLiteral("1920x1080"));
    const QCommandLineOption fpsOption(QStringLiteral("fps"), QStringLiteral("Frames per second."), QStringLiteral("n"), QStringLiteral("30"));
    const QCommandLineOption formatOption(QStringLiteral("format"), QStringLiteral("mp4, webm or gif."), QStringLiteral("format"), QStringLiteral("mp4"));
    const QCommandLineOption viewOption(QStringLiteral("view"), QStringLiteral("map or report."), QStringLiteral("view"), QStringLiteral("map"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Keep the film here (default: a temporary file)."), QStringLiteral("file"));
    const QCommandLineOption samplesOption(QStringLiteral("samples"), QStringLiteral("Frames painted alone for the per-frame figure."),
                                           QStringLiteral("n"), QStringLiteral("60"));
    parser.addOptions({ datasetOption, fromOption, toOption, stepOption, sizeOption, fpsOption, formatOption, viewOption, outOption, samplesOption });
    parser.process(app);

    const QString path = parser.isSet(datasetOption) ? parser.value(datasetOption) : QStringLiteral(":/atlas/dataset/alliance-atlas.json");
    LoadResult loaded = DatasetReader::readFile(path);
    if (!loaded.dataset) {
        for (const Issue &i : loaded.issues)
            err << i.toString() << '\n';
        return 1;
    }
    const Dataset dataset = std::move(*loaded.dataset);

    AnimationPlan::Options plan;
    plan.from = QDate::fromString(parser.value(fromOption), Qt::ISODate);
    plan.to = QDate::fromString(parser.value(toOption), Qt::ISODate);
    const auto step = AnimationStep::parse(parser.value(stepOption));
    plan.fps = parser.value(fpsOption).toInt();
    if (!step) {
        err << "bad --step\n";
        return 2;
    }
    plan.step = *step;
    QString error;
    const QList<AnimationFrame> frames = AnimationPlan::frames(dataset, plan, &error);
    if (frames.isEmpty()) {
        err << error << '\n';
        return 2;
    }

    const QStringList wh = parser.value(sizeOption).split(u'x');
    FigurePage page;
    page.dpi = 96;
    page.sizePoints = QSizeF(wh.value(0).toDouble() * 72.0 / 96.0, wh.value(1).toDouble() * 72.0 / 96.0);
    if (page.pixelSize().isEmpty()) {
        err << "bad --size\n";
        return 2;
    }

    FigureAnimation::Options figure;
    figure.view = parser.value(viewOption) == u"report" ? FigureView::Report : FigureView::Map;
    figure.firstDay = std::min(QDate(1945, 1, 1), plan.from);
    figure.lastDay = std::max(QDate::currentDate(), plan.to);
    const FigureAnimation animation(dataset, figure);
    const AnimationWriter::PaintFrame paint = [&](QPainter &painter, const QRectF &rect, const AnimationFrame &frame) {
        animation.paint(painter, rect, frame);
    };
    const QString label = QStringLiteral("%1, %2 frames %3x%4").arg(QFileInfo(path).fileName()).arg(frames.size())
                              .arg(page.pixelSize().width()).arg(page.pixelSize().height());

    // One frame painted alone (no encoding), over frames spread through the film.
    const int samples = std::clamp(parser.value(samplesOption).toInt(), 1, int(frames.size()));
    QList<double> paintMs;
    for (int i = 0; i < samples; ++i) {
        const AnimationFrame &frame = frames[qsizetype(i) * (frames.size() - 1) / std::max(1, samples - 1)];
        QElapsedTimer timer;
        timer.start();
        const QImage image = AnimationWriter::renderFrame(page, paint, frame);
        paintMs.append(double(timer.nsecsElapsed()) / 1e6);
        if (image.isNull()) {
            err << "a frame did not paint\n";
            return 1;
        }
    }
    print(QStringLiteral("video_frame_paint"), paintMs, label);

    // The whole export: paint, encode, write atomically.
    const QString out = parser.isSet(outOption) ? parser.value(outOption)
                                                : QDir::temp().filePath(QStringLiteral("bench_video.") + parser.value(formatOption));
    QElapsedTimer timer;
    timer.start();
    const double cpu0 = cpuMs();
    error = AnimationWriter::write(out, frames, page, plan.fps, paint);
    const double wallMs = double(timer.nsecsElapsed()) / 1e6;
    const double cpu = cpuMs() - cpu0;
    if (!error.isEmpty()) {
        err << error << '\n';
        return 1;
    }
    std::printf("video_export  total %.0f ms  cpu %.0f ms  %.1f frames/s  %.1f ms/frame  (%s, %s, %lld bytes)\n", wallMs, cpu,
                double(frames.size()) / (wallMs / 1e3), wallMs / double(frames.size()), qPrintable(label),
                qPrintable(QFileInfo(out).suffix()), static_cast<long long>(QFileInfo(out).size()));
    if (!parser.isSet(outOption))
        QFile::remove(out);
    return 0;
}
