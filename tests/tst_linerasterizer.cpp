// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/render/linerasterizer.h"

#include <QFont>
#include <QImage>
#include <QPainterPath>
#include <QPainter>
#include <QPicture>
#include <QTest>

#include <cmath>

using namespace atlas;

namespace {

QList<RasterLine> sampleLines()
{
    return {
        { QLineF(10, 10, 190, 130), QColor(0, 114, 178, 200), 3.0 },
        { QLineF(20, 120, 180, 15), QColor(213, 94, 0, 90), 1.5 },
        { QLineF(30, 70, 170, 70), QColor(0, 158, 115), 5.0 },   // horizontal
        { QLineF(100, 5, 100, 140), QColor(20, 20, 20, 150), 0.6 }, // vertical, thinner than a pixel at scale 1
        { QLineF(60, 60, 60, 60), QColor(204, 121, 167), 8.0 },  // no length: nothing drawn, as QPainter
    };
}

/// The lines painted on a white \a size image scaled by \a scale, with QPainter (\a reference) or
/// with LineRasterizer, under a clip rectangle.
QImage paint(const QList<RasterLine> &lines, QSize size, double scale, bool reference, QImage::Format format = QImage::Format_RGB32)
{
    QImage image(size, format);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(scale, scale);
    p.setClipRect(QRectF(5, 5, 190, 135));
    if (reference) {
        for (const RasterLine &l : lines) {
            p.setPen(QPen(l.colour, l.width, Qt::SolidLine, Qt::RoundCap));
            p.drawLine(l.line);
        }
    } else {
        LineRasterizer::draw(p, lines);
    }
    return image;
}

/// Mean and largest absolute difference of the colour channels of two images of one size.
std::pair<double, int> difference(const QImage &a, const QImage &b)
{
    double sum = 0;
    int largest = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            for (int d : { qRed(p) - qRed(q), qGreen(p) - qGreen(q), qBlue(p) - qBlue(q) }) {
                sum += std::abs(d);
                largest = std::max(largest, std::abs(d));
            }
        }
    return { sum / (3.0 * a.width() * a.height()), largest };
}

} // namespace

class tst_LineRasterizer : public QObject
{
    Q_OBJECT

private slots:
    void drawsWhereAnImageAllowsIt()
    {
        QImage image(50, 50, QImage::Format_RGB32);
        QPainter p(&image);
        QVERIFY(!LineRasterizer::canDraw(p)); // no antialiasing asked for: QPainter's own lines
        p.setRenderHint(QPainter::Antialiasing);
        QVERIFY(LineRasterizer::canDraw(p));
        p.scale(2, 3);
        p.setClipRect(QRectF(1, 1, 10, 10));
        QVERIFY(LineRasterizer::canDraw(p));
        p.setClipRegion(QRegion(0, 0, 5, 5) + QRegion(5, 5, 5, 5));
        QVERIFY(!LineRasterizer::canDraw(p)); // not a rectangle
        p.setClipping(false);
        p.rotate(10);
        QVERIFY(!LineRasterizer::canDraw(p));
        p.resetTransform();
        p.setOpacity(0.5);
        QVERIFY(!LineRasterizer::canDraw(p));
        p.end();

        QPicture picture; // a vector device
        QPainter q(&picture);
        q.setRenderHint(QPainter::Antialiasing);
        QVERIFY(!LineRasterizer::canDraw(q));
    }

    /// At figure resolution the lines look as QPainter draws them: same places, colours and alpha,
    /// edges within a few levels (antialiasing differs only in how edge coverage is estimated).
    void matchesQPainter_data()
    {
        QTest::addColumn<double>("scale");
        QTest::addColumn<int>("format");
        QTest::newRow("screen") << 1.0 << int(QImage::Format_RGB32);
        QTest::newRow("300 dpi") << 300 / 72.0 << int(QImage::Format_RGB32);
        QTest::newRow("premultiplied") << 2.0 << int(QImage::Format_ARGB32_Premultiplied);
    }

    void matchesQPainter()
    {
        QFETCH(double, scale);
        QFETCH(int, format);
        const QSize size(qRound(200 * scale), qRound(150 * scale));
        const QImage reference = paint(sampleLines(), size, scale, true, QImage::Format(format));
        const QImage fast = paint(sampleLines(), size, scale, false, QImage::Format(format));
        const auto [mean, largest] = difference(reference, fast);
        QVERIFY2(mean < 1.0, qPrintable(QStringLiteral("mean difference %1").arg(mean)));
        QVERIFY2(largest < 110, qPrintable(QStringLiteral("largest difference %1").arg(largest)));
        // Nothing outside the clip rectangle.
        const QRect outside(0, 0, size.width(), qFloor(5 * scale) - 1);
        for (int y = outside.top(); y <= outside.bottom(); ++y)
            for (int x = outside.left(); x <= outside.right(); ++x)
                QCOMPARE(fast.pixel(x, y), qRgb(255, 255, 255));
    }

    /// Translucent lines accumulate where they cross, as with QPainter's source-over.
    void translucentLinesBlend()
    {
        const QColor half(0, 0, 255, 128);
        const QImage image = paint({ { QLineF(20, 70, 180, 70), half, 10 }, { QLineF(100, 10, 100, 130), half, 10 } },
                                   QSize(200, 150), 1.0, false);
        const QRgb once = image.pixel(50, 70);
        const QRgb twice = image.pixel(100, 70);
        QVERIFY(qAbs(qRed(once) - 127) <= 2);
        QVERIFY(qRed(twice) < qRed(once) - 40);
        QCOMPARE(qBlue(twice), 255);
        QCOMPARE(image.pixel(10, 10), qRgb(255, 255, 255));
    }

    /// Many lines are painted in bands of rows on several threads: the picture is the one painted
    /// in a single pass (here: in small batches, which stay on one thread), byte for byte.
    void bandsPaintAsOnePass()
    {
        QList<RasterLine> lines;
        for (int i = 0; i < 300; ++i) {
            const double t = i * 0.37;
            lines.append({ QLineF(100 + 90 * std::cos(t), 75 + 70 * std::sin(2 * t), 100 + 95 * std::sin(3 * t), 75 + 70 * std::cos(t)),
                           QColor::fromHsv((i * 37) % 360, 200, 180, 60 + i % 190), 0.5 + (i % 7) });
        }
        const double scale = 300 / 72.0;
        const QSize size(qRound(200 * scale), qRound(150 * scale));
        const QImage banded = paint(lines, size, scale, false);
        QImage batched(size, QImage::Format_RGB32);
        batched.fill(Qt::white);
        QPainter p(&batched);
        p.setRenderHint(QPainter::Antialiasing);
        p.scale(scale, scale);
        p.setClipRect(QRectF(5, 5, 190, 135));
        for (qsizetype i = 0; i < lines.size(); i += 10)
            LineRasterizer::draw(p, lines.mid(i, 10));
        p.end();
        QVERIFY(banded == batched);
    }

    /// A path's outline is stroked in bands of rows on several threads when it has many segments:
    /// the picture is the one painted on one thread (here: each small square on its own).
    void pathBandsPaintAsOnePass()
    {
        const double scale = 300 / 72.0;
        const QSize size(qRound(200 * scale), qRound(150 * scale));
        QList<QPainterPath> squares;
        for (int i = 0; i < 240; ++i) {
            QPainterPath square;
            square.addRect(QRectF(8 + (i % 20) * 9.2, 8 + (i / 20) * 11.0, 5 + i % 3, 6));
            squares.append(square);
        }
        for (const QColor &colour : { QColor(40, 40, 40), QColor(0, 114, 178, 120) }) {
            const auto render = [&](bool together) {
                QImage image(size, QImage::Format_RGB32);
                image.fill(Qt::white);
                QPainter p(&image);
                p.setRenderHint(QPainter::Antialiasing);
                p.scale(scale, scale);
                QPainterPath all;
                for (const QPainterPath &square : squares) {
                    if (together)
                        all.addPath(square);
                    else
                        LineRasterizer::strokePath(p, square, colour, 1.3);
                }
                if (together)
                    LineRasterizer::strokePath(p, all, colour, 1.3);
                return image;
            };
            QVERIFY(render(true) == render(false));
        }
    }

    /// An outline lying on another (the border two countries share) is drawn once: stroking a path
    /// twice over in one call paints what stroking it once does, for an opaque colour too.
    void coincidentOutlinesAreStrokedOnce()
    {
        QPainterPath border;
        border.moveTo(10, 10);
        for (int i = 1; i <= 120; ++i)
            border.lineTo(10 + i * 1.5, 75 + 50 * std::sin(i * 0.11));
        QPainterPath twice = border;
        twice.addPath(border);
        const double scale = 300 / 72.0;
        const QSize size(qRound(200 * scale), qRound(150 * scale));
        const auto render = [&](const QPainterPath &path) {
            QImage image(size, QImage::Format_RGB32);
            image.fill(Qt::white);
            QPainter p(&image);
            p.setRenderHint(QPainter::Antialiasing);
            p.scale(scale, scale);
            LineRasterizer::strokePath(p, path, QColor(90, 90, 90), 0.6);
            return image;
        };
        QVERIFY(render(border) == render(twice));
    }

    /// A translucent stroke of a path with curves (a label's halo): as QPainter strokes it, and each
    /// pixel covered once, so the stroke is even where its segments meet (no darker joints).
    void translucentPathStrokeIsEven()
    {
        QPainterPath path;
        path.moveTo(20, 20);
        path.lineTo(100, 20);
        path.lineTo(100, 100);
        path.addEllipse(QPointF(150, 70), 30, 40);
        QFont font;
        font.setPixelSize(24);
        path.addText(QPointF(20, 135), font, QStringLiteral("Quad"));
        const QColor colour(0, 0, 200, 128);
        const double scale = 300 / 72.0;
        const QSize size(qRound(200 * scale), qRound(150 * scale));
        const auto render = [&](bool reference) {
            QImage image(size, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::white);
            QPainter p(&image);
            p.setRenderHint(QPainter::Antialiasing);
            p.scale(scale, scale);
            if (reference)
                p.strokePath(path, QPen(colour, 4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            else
                [&] { QVERIFY(LineRasterizer::strokePath(p, path, colour, 4)); }();
            return image;
        };
        const QImage reference = render(true);
        const QImage fast = render(false);
        const auto [mean, largest] = difference(reference, fast);
        QVERIFY2(mean < 1.0, qPrintable(QStringLiteral("mean difference %1").arg(mean)));
        QVERIFY2(largest < 128, qPrintable(QStringLiteral("largest difference %1").arg(largest)));
        // The corner at (100, 20) and the middle of a side: one layer of the colour each.
        const QRgb corner = fast.pixel(qRound(100 * scale), qRound(20 * scale));
        const QRgb side = fast.pixel(qRound(60 * scale), qRound(20 * scale));
        QVERIFY2(qAbs(qRed(corner) - qRed(side)) <= 2, qPrintable(QStringLiteral("corner %1, side %2").arg(qRed(corner)).arg(qRed(side))));
        QVERIFY(qAbs(qRed(side) - 127) <= 2);
    }
};

QTEST_MAIN(tst_LineRasterizer)
#include "tst_linerasterizer.moc"
