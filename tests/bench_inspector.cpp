// SPDX-License-Identifier: GPL-3.0-or-later
// Scrub-path cost of the inspector and the typology matrix (not a test: run by hand).
//   bench_inspector [DATASET]   (default: the built-in dataset)
// For each step of a monthly scrub 1950-2025 it times what the views do per frame: building the
// inspector content for a selection and comparing it with the previous one, taking the unfiltered
// snapshot and painting the matrix at dock size. Prints median, p95 and max in microseconds.
#include "models/io/datasetreader.h"
#include "models/text/inspectorcontent.h"
#include "models/query/snapshot.h"
#include "models/render/typologymatrixrenderer.h"
#include "tests/testsupport.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cstdio>

using namespace atlas;

namespace {

void report(const char *what, const QList<qint64> &ns)
{
    QList<double> us;
    for (const qint64 n : ns)
        us.append(double(n) / 1000.0);
    const test::TimingStats s = test::timingStats(us);
    std::printf("%-46s n=%-5lld median %8.1f us   p95 %8.1f us   max %8.1f us\n", what, static_cast<long long>(s.count), s.median, s.p95, s.max);
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const QString path = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(":/atlas/dataset/alliance-atlas.json");
    LoadResult loaded = DatasetReader::readFile(path);
    if (!loaded.dataset) {
        std::fprintf(stderr, "bench_inspector: cannot read %s\n", qPrintable(path));
        return 1;
    }
    Dataset d = *loaded.dataset;
    d.buildIndex();
    std::printf("dataset: %lld ties, %lld evidence items, %lld placements\n", static_cast<long long>(d.ties.size()),
                static_cast<long long>(d.evidence.size()), static_cast<long long>(d.placements.size()));

    QList<QDate> dates;
    for (QDate date(1950, 1, 1); date < QDate(2026, 1, 1); date = date.addMonths(1))
        dates.append(date);

    const QList<Selection> selections {
        { Selection::Kind::Tie, d.tie(QStringLiteral("aukus")) ? QStringLiteral("aukus") : d.ties.first().id },
        { Selection::Kind::Tie, d.tie(QStringLiteral("nato")) ? QStringLiteral("nato") : d.ties.last().id },
        { Selection::Kind::Actor, d.hub.isEmpty() ? d.actors.first().id : d.hub },
    };
    for (const Selection &selection : selections) {
        QList<qint64> build;
        int rebuilds = 0;
        InspectorContent previous;
        QElapsedTimer timer;
        for (const QDate &date : dates) {
            timer.start();
            InspectorContent c = InspectorContent::build(d, selection, date, Language::English);
            const bool same = c.sameAsideFromDate(previous);
            build.append(timer.nsecsElapsed());
            rebuilds += same ? 0 : 1;
            previous = std::move(c);
        }
        const QByteArray label = QStringLiteral("inspector content + compare (%1)").arg(selection.id).toUtf8();
        report(label.constData(), build);
        std::printf("%-46s %d of %lld steps rebuild the widgets\n", "", rebuilds, static_cast<long long>(dates.size()));
    }

    for (const QSize size : { QSize(420, 300), QSize(900, 700) }) {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        QList<qint64> paint;
        QElapsedTimer timer;
        for (const QDate &date : dates) {
            timer.start();
            TypologyMatrixInput in;
            in.dataset = &d;
            in.scheme = TypologyMatrixRenderer::defaultScheme(d) ? TypologyMatrixRenderer::defaultScheme(d)->id : QString();
            in.date = date;
            in.inForce = TypologyMatrixRenderer::inForceTies(d, takeSnapshot(d, date));
            QPainter painter(&image);
            TypologyMatrixRenderer::paint(painter, QRectF(QPointF(0, 0), size), in);
            painter.end();
            paint.append(timer.nsecsElapsed());
        }
        const QByteArray label = QStringLiteral("snapshot + matrix paint %1x%2").arg(size.width()).arg(size.height()).toUtf8();
        report(label.constData(), paint);
    }
    return 0;
}
