// SPDX-License-Identifier: GPL-3.0-or-later
// Animated export: the film decoded again shows the first and the last frame as painted; holds burn in
// their caption; a cancel or a failure leaves no file behind and keeps an existing one.
#include "models/io/animationwriter.h"
#include "models/io/datasetreader.h"
#include "models/render/figureanimation.h"
#include "models/render/scene.h"

#include "videoprobe.h"

#include <QDir>
#include <QImageReader>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace atlas;

namespace {

/// A stand-in for a figure: the colour moves from red (1950) to blue (2020), the date is written.
void paintDate(QPainter &painter, const QRectF &rect, const AnimationFrame &frame)
{
    const double t = std::clamp((frame.date.year() - 1950) / 70.0, 0.0, 1.0);
    painter.fillRect(rect, QColor::fromRgbF(float(1 - t), 0.2f, float(t)));
    painter.setPen(Qt::white);
    painter.drawText(rect, Qt::AlignCenter, frame.date.toString(Qt::ISODate));
}

FigurePage smallPage()
{
    FigurePage page;
    page.sizePoints = { 240, 135 };
    page.dpi = 96; // 320×180 pixels
    return page;
}

QList<AnimationFrame> yearly(int from, int to)
{
    QList<AnimationFrame> frames;
    for (int year = from; year <= to; ++year)
        frames.append({ QDate(year, 1, 1), {} });
    return frames;
}

/// Mean absolute difference of two images per channel (0..255).
double difference(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return 255;
    qint64 sum = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            sum += qAbs(qRed(p) - qRed(q)) + qAbs(qGreen(p) - qGreen(q)) + qAbs(qBlue(p) - qBlue(q));
        }
    return double(sum) / (3.0 * a.width() * a.height());
}

/// Pixels where a channel differs by more than a third of its range: what a stale or missing layer
/// leaves, unlike antialiasing that falls a fraction of a pixel apart.
int strongDifferences(const QImage &a, const QImage &b)
{
    int n = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            n += std::max({ qAbs(qRed(p) - qRed(q)), qAbs(qGreen(p) - qGreen(q)), qAbs(qBlue(p) - qBlue(q)) }) > 85 ? 1 : 0;
        }
    return n;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestAnimationWriter : public QObject
{
    Q_OBJECT

private slots:
    void filmFramesEqualStills();
    void writesFilmWithFirstAndLastFrames_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<int>("codec");
        QTest::newRow("mp4") << "mp4" << int(AV_CODEC_ID_H264);
        QTest::newRow("webm") << "webm" << int(AV_CODEC_ID_VP9);
        QTest::newRow("gif") << "gif" << int(AV_CODEC_ID_GIF);
    }

    void writesFilmWithFirstAndLastFrames()
    {
        QFETCH(QString, suffix);
        QFETCH(int, codec);
        QTemporaryDir dir;
        const QString path = dir.filePath("film." + suffix);
        const auto frames = yearly(1950, 2020);
        int calls = 0;
        const QString error = AnimationWriter::write(path, frames, smallPage(), 12, paintDate, [&](int done, int total) {
            ++calls;
            return done <= total;
        });
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(calls, frames.size());

        const Probe film = probe(path);
        QCOMPARE(int(film.codec), codec);
        QCOMPARE(film.size, QSize(320, 180));
        if (suffix != "gif")
            QCOMPARE(film.packets, frames.size());
        else
            QCOMPARE(QImageReader(path).imageCount(), frames.size());
        const QImage first = AnimationWriter::renderFrame(smallPage(), paintDate, frames.first());
        const QImage last = AnimationWriter::renderFrame(smallPage(), paintDate, frames.last());
        QVERIFY2(difference(film.first, first) < 6, qPrintable(QString::number(difference(film.first, first))));
        QVERIFY2(difference(film.last, last) < 6, qPrintable(QString::number(difference(film.last, last))));
        QVERIFY(difference(film.first, last) > 40);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { "film." + suffix });
    }

    void burnsInHoldCaptions()
    {
        const AnimationFrame plain { QDate(1951, 9, 8), {} };
        const AnimationFrame held { QDate(1951, 9, 8), QStringLiteral("San Francisco treaties signed") };
        const QImage a = AnimationWriter::renderFrame(smallPage(), paintDate, plain);
        const QImage b = AnimationWriter::renderFrame(smallPage(), paintDate, held);
        QCOMPARE(a.copy(0, 0, 320, 120), b.copy(0, 0, 320, 120)); // the top is the figure
        QVERIFY(a.copy(0, 150, 320, 30) != b.copy(0, 150, 320, 30)); // the banner is at the bottom
    }

    void cancelKeepsExistingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("film.mp4");
        QFile existing(path);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("the lecturer's earlier film");
        existing.close();
        const QString error = AnimationWriter::write(path, yearly(1950, 2020), smallPage(), 12, paintDate,
                                                     [](int done, int) { return done < 5; });
        QCOMPARE(error, QStringLiteral("cancelled"));
        QCOMPARE(contents(path), QByteArray("the lecturer's earlier film"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { "film.mp4" });
    }

    void refusesBadTargets()
    {
        QTemporaryDir dir;
        QVERIFY(AnimationWriter::write(dir.filePath("missing/film.mp4"), yearly(1950, 1951), smallPage(), 12, paintDate)
                        .contains("does not exist"));
        QVERIFY(AnimationWriter::write(dir.filePath("film.avi"), yearly(1950, 1951), smallPage(), 12, paintDate)
                        .contains("unknown animation format"));
        QVERIFY(AnimationWriter::write(dir.path(), yearly(1950, 1951), smallPage(), 12, paintDate).contains("directory"));
        QVERIFY(AnimationWriter::write(dir.filePath("film.mp4"), {}, smallPage(), 12, paintDate).contains("no frames"));
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    }
};

// A film's frames keep the map's unchanging layers as images from one frame to the next (for speed):
// each frame must be what a fresh film gives at its date — through date changes that change the fills,
// the ties or nothing — and look as the still figure of the date (text is rasterised through the
// cached images, so glyph edges may differ a little).
void TestAnimationWriter::filmFramesEqualStills()
{
    LoadResult loaded = DatasetReader::readFile(QStringLiteral(":/atlas/dataset/alliance-atlas.json"));
    QVERIFY(loaded.dataset);
    const Dataset &dataset = *loaded.dataset;
    FigurePage page;
    page.sizePoints = { 480, 270 };
    page.dpi = 96; // 640×360 pixels: a scaled painter, as every film frame
    FigureAnimation::Options options;
    options.view = FigureView::Map;
    const FigureAnimation film(dataset, options);
    const auto paintWith = [](const FigureAnimation &animation) {
        return AnimationWriter::PaintFrame([&animation](QPainter &p, const QRectF &r, const AnimationFrame &f) { animation.paint(p, r, f); });
    };
    const AnimationWriter::PaintFrame stillPaint = [&](QPainter &p, const QRectF &r, const AnimationFrame &f) {
        const Scene scene = Scene::fromParts(dataset, f.date, {}, Language::English);
        FigureOptions still;
        still.view = FigureView::Map;
        still.title = FigureAnimation::defaultTitle(still.view, scene);
        FigureRenderer().paint(p, r, scene, still);
    };
    // The film burns the date in large type: its title does not repeat it (a still's title does).
    const Scene autumn2021 = Scene::fromParts(dataset, QDate(2021, 9, 15), {}, Language::English);
    QVERIFY(!FigureAnimation::defaultTitle(FigureView::Map, autumn2021).contains(QStringLiteral("15 Sep 2021")));
    QVERIFY(FigureRenderer::defaultTitle(FigureView::Map, autumn2021).contains(QStringLiteral("15 Sep 2021")));
    for (const QDate date : { QDate(1950, 1, 1), QDate(1950, 2, 1), QDate(1991, 12, 26), QDate(2021, 9, 15), QDate(1960, 1, 1) }) {
        const QImage frame = AnimationWriter::renderFrame(page, paintWith(film), { date, {} });
        const FigureAnimation fresh(dataset, options);
        QCOMPARE(strongDifferences(frame, AnimationWriter::renderFrame(page, paintWith(fresh), { date, {} })), 0);
        const QImage still = AnimationWriter::renderFrame(page, stillPaint, { date, {} });
        QVERIFY2(difference(frame, still) < 2.0, qPrintable(QStringLiteral("%1: %2").arg(date.toString(Qt::ISODate)).arg(difference(frame, still))));
    }
}

QTEST_MAIN(TestAnimationWriter)
#include "tst_animationwriter.moc"
