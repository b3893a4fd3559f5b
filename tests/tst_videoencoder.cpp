// SPDX-License-Identifier: GPL-3.0-or-later
// The video encoder: each format opened again with libavformat (codec, size, frame count) and its first
// and last frames decoded and compared with what was drawn; GIF read back with QImageReader.
#include "models/io/gifpalette.h"
#include "models/io/videoencoder.h"

#include "videoprobe.h"

#include <QImageReader>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace atlas;

namespace {

/// Frame \a i of \a n: a flat colour from red (first) to blue (last) with a dark band of text.
QImage frameFor(int i, int n, QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    const double t = n > 1 ? double(i) / (n - 1) : 0.0;
    image.fill(QColor::fromRgbF(float(1.0 - t), 0.1f, float(t)));
    QPainter painter(&image);
    painter.setPen(Qt::white);
    painter.fillRect(QRect(0, 0, size.width(), size.height() / 6), QColor(0x20, 0x20, 0x20));
    painter.drawText(QRect(0, 0, size.width(), size.height() / 6), Qt::AlignCenter, QStringLiteral("frame %1").arg(i));
    return image;
}

bool near(QRgb a, QColor b, int tolerance = 24)
{
    return qAbs(qRed(a) - b.red()) <= tolerance && qAbs(qGreen(a) - b.green()) <= tolerance
            && qAbs(qBlue(a) - b.blue()) <= tolerance;
}

QString encode(VideoEncoder::Settings settings, int frames, QByteArray *bytes)
{
    VideoEncoder encoder;
    if (QString error = encoder.open(settings); !error.isEmpty())
        return error;
    for (int i = 0; i < frames; ++i)
        if (QString error = encoder.addFrame(frameFor(i, frames, settings.size)); !error.isEmpty())
            return error;
    return encoder.finish(bytes);
}

} // namespace

class TestVideoEncoder : public QObject
{
    Q_OBJECT

private slots:
    void formats()
    {
        QCOMPARE(VideoEncoder::formatForPath(QStringLiteral("/tmp/a.MP4")), VideoFormat::Mp4);
        QCOMPARE(VideoEncoder::formatForPath(QStringLiteral("a.webm")), VideoFormat::WebM);
        QCOMPARE(VideoEncoder::formatForPath(QStringLiteral("a.gif")), VideoFormat::Gif);
        QVERIFY(!VideoEncoder::formatForPath(QStringLiteral("a.avi")));
        // Debian 12's libavcodec has libx264, libvpx-vp9 and the GIF encoder.
        QCOMPARE(VideoEncoder::availableFormats(), QStringList({ "mp4", "webm", "gif" }));
    }

    void encodesAndDecodes_data()
    {
        QTest::addColumn<VideoFormat>("format");
        QTest::addColumn<int>("codec");
        QTest::newRow("mp4") << VideoFormat::Mp4 << int(AV_CODEC_ID_H264);
        QTest::newRow("webm") << VideoFormat::WebM << int(AV_CODEC_ID_VP9);
        QTest::newRow("gif") << VideoFormat::Gif << int(AV_CODEC_ID_GIF);
    }

    void encodesAndDecodes()
    {
        QFETCH(VideoFormat, format);
        QFETCH(int, codec);
        const int frames = 24;
        QByteArray bytes;
        const QSize size(320, 240);
        // GIF: the palette from the first and the last frame, as the animation export does.
        const QList<QImage> samples { frameFor(0, frames, size), frameFor(frames - 1, frames, size) };
        const QString error = encode({ format, size, 12, format == VideoFormat::Gif ? samples : QList<QImage>() }, frames, &bytes);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(bytes.size() > 100);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("film.") + VideoEncoder::suffix(format));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
        file.close();

        const Probe result = probe(path);
        QCOMPARE(int(result.codec), codec);
        QCOMPARE(result.size, QSize(320, 240));
        if (format != VideoFormat::Gif) // the GIF encoder skips frames identical to the last; counted below
            QCOMPARE(result.packets, frames);
        QVERIFY(!result.first.isNull());
        const QPoint centre(160, 160);
        QVERIFY2(near(result.first.pixel(centre), QColor::fromRgbF(1, 0.1f, 0)),
                 qPrintable(QColor(result.first.pixel(centre)).name()));
        QVERIFY2(near(result.last.pixel(centre), QColor::fromRgbF(0, 0.1f, 1)),
                 qPrintable(QColor(result.last.pixel(centre)).name()));

        if (format == VideoFormat::Gif) {
            QImageReader reader(path);
            QCOMPARE(reader.imageCount(), frames);
            QImage first = reader.read();
            QVERIFY(near(first.pixel(centre), QColor::fromRgbF(1, 0.1f, 0)));
        }
    }

    void roundsOddSizesForYuv()
    {
        VideoEncoder encoder;
        QVERIFY(encoder.open({ VideoFormat::Mp4, QSize(321, 241), 25, {} }).isEmpty());
        QCOMPARE(encoder.frameSize(), QSize(320, 240));
        QVERIFY(encoder.addFrame(frameFor(0, 1, QSize(640, 480))).isEmpty()); // another size is scaled
        QByteArray bytes;
        QVERIFY(encoder.finish(&bytes).isEmpty());
        QCOMPARE(encoder.framesAdded(), 1);
    }

    void refusesBadSettings()
    {
        VideoEncoder encoder;
        QVERIFY(encoder.open({ VideoFormat::Mp4, QSize(320, 240), 0, {} }).contains(QStringLiteral("frame rate")));
        QVERIFY(encoder.open({ VideoFormat::Gif, QSize(320, 240), 60, {} }).contains(QStringLiteral("GIF")));
        QVERIFY(encoder.open({ VideoFormat::Mp4, QSize(100000, 240), 25, {} }).contains(QStringLiteral("size")));
        QVERIFY(encoder.open({ VideoFormat::Mp4, QSize(8, 8), 25, {} }).contains(QStringLiteral("size")));
        QByteArray bytes;
        QVERIFY(!encoder.finish(&bytes).isEmpty());
        QVERIFY(!encoder.addFrame(frameFor(0, 1, QSize(32, 32))).isEmpty());

        QVERIFY(encoder.open({ VideoFormat::WebM, QSize(64, 64), 25, {} }).isEmpty());
        QVERIFY(encoder.finish(&bytes).contains(QStringLiteral("no frames")));
        QVERIFY(bytes.isEmpty());
    }

    void paletteKeepsFlatColoursExact()
    {
        QImage image(200, 100, QImage::Format_RGB32);
        const QList<QColor> colours { QColor(0x1F, 0x3A, 0x5F), QColor(0xE6, 0x9F, 0x00), QColor(0x56, 0xB4, 0xE9),
                                      QColor(0xF0, 0xE4, 0x42), QColor(0xFA, 0xFA, 0xF7) };
        for (int i = 0; i < colours.size(); ++i) {
            QPainter painter(&image);
            painter.fillRect(QRect(i * 40, 0, 40, 100), colours[i]);
        }
        const GifPalette palette = GifPalette::fromImages({ image });
        for (const QColor &colour : colours)
            QCOMPARE(QColor(QRgb(palette.colours()[palette.indexOf(colour.rgb())])), colour);
        // Any colour maps to a near palette entry.
        const QRgb odd = qRgb(0x80, 0x10, 0x70);
        QVERIFY(near(palette.colours()[palette.indexOf(odd)] & 0xFFFFFF, QColor(odd), 48));
    }
};

QTEST_MAIN(TestVideoEncoder)
#include "tst_videoencoder.moc"
