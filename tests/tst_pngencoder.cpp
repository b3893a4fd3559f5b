// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/pngencoder.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QPainter>
#include <QRandomGenerator>
#include <QTest>
#include <QtEndian>

#include <zlib.h>

using namespace atlas;

namespace {

/// A picture with flat areas, gradients and antialiased edges, \a size pixels.
QImage sample(QSize size, QImage::Format format)
{
    QImage image(size, format);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QLinearGradient gradient(0, 0, size.width(), size.height());
    gradient.setColorAt(0, QColor(0, 114, 178, 200));
    gradient.setColorAt(1, QColor(213, 94, 0, 90));
    p.fillRect(QRect(QPoint(0, 0), size / 2), gradient);
    p.setPen(QPen(Qt::black, 3));
    p.drawEllipse(QRectF(QPointF(0, 0), QSizeF(size)).adjusted(5, 5, -5, -5));
    p.end();
    return image;
}

QImage decode(const QByteArray &png, QMap<QString, QString> *text = nullptr)
{
    QBuffer buffer;
    buffer.setData(png);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, "png");
    const QImage image = reader.read();
    if (text)
        for (const QString &key : image.textKeys())
            text->insert(key, image.text(key));
    return image;
}

/// The image data of \a png inflated by zlib, which (unlike Qt's reader) checks the stream's
/// Adler-32; empty when the stream or its checksum is wrong.
QByteArray inflatedRows(const QByteArray &png)
{
    QByteArray stream;
    for (qsizetype at = 8; at + 12 <= png.size();) {
        const qsizetype length = qFromBigEndian<quint32>(png.constData() + at);
        if (png.mid(at + 4, 4) == "IDAT")
            stream += png.mid(at + 8, length);
        at += 12 + length;
    }
    QByteArray rows(64 * 1024 * 1024, Qt::Uninitialized);
    uLongf size = uLongf(rows.size());
    if (uncompress(reinterpret_cast<Bytef *>(rows.data()), &size, reinterpret_cast<const Bytef *>(stream.constData()), uLong(stream.size())) != Z_OK)
        return {};
    rows.truncate(qsizetype(size));
    return rows;
}

bool samePixels(const QImage &a, const QImage &b)
{
    return a.size() == b.size() && a.convertToFormat(QImage::Format_ARGB32) == b.convertToFormat(QImage::Format_ARGB32);
}

} // namespace

class tst_PngEncoder : public QObject
{
    Q_OBJECT

private slots:
    void opaqueImageRoundTripsAsRgb()
    {
        const QImage image = sample(QSize(301, 203), QImage::Format_RGB32);
        const QByteArray png = PngEncoder::encode(image);
        QVERIFY(png.startsWith("\x89PNG\r\n\x1a\n"));
        QCOMPARE(png.at(8 + 8 + 9), char(2)); // IHDR colour type: RGB, no alpha channel to store
        const QImage back = decode(png);
        QVERIFY(!back.isNull());
        QVERIFY(!back.hasAlphaChannel());
        QVERIFY(samePixels(back, image));
    }

    void translucentImageRoundTripsAsRgba()
    {
        QImage image(QSize(120, 80), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter p(&image);
        p.fillRect(QRect(10, 10, 60, 40), QColor(0, 158, 115, 128));
        p.end();
        const QImage back = decode(PngEncoder::encode(image));
        QVERIFY(back.hasAlphaChannel());
        QVERIFY(samePixels(back, image.convertToFormat(QImage::Format_RGBA8888)));
    }

    /// A figure-sized image is deflated in parts on several threads: still one valid stream, the
    /// same pixels, and the same bytes every time.
    void largeImageInPartsIsValidAndDeterministic()
    {
        const QSize size(1200, 2100);
        QVERIFY(PngEncoder::parts(size.height()) > 1);
        const QImage image = sample(size, QImage::Format_RGB32);
        const QByteArray png = PngEncoder::encode(image);
        QVERIFY(samePixels(decode(png), image));
        QCOMPARE(PngEncoder::encode(image), png);
        QCOMPARE(inflatedRows(png).size(), qsizetype(size.height()) * (1 + size.width() * 3));
    }

    /// Noise does not compress: the deflated parts outgrow their first buffers and must still join
    /// into one stream with the right checksum.
    void incompressibleImageRoundTrips()
    {
        const QSize size(1500, 1600);
        QImage image(size, QImage::Format_ARGB32);
        QRandomGenerator random(16);
        for (int y = 0; y < size.height(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
            for (int x = 0; x < size.width(); ++x)
                line[x] = random.generate();
        }
        const QByteArray png = PngEncoder::encode(image);
        QVERIFY(png.size() > qsizetype(size.width()) * size.height() * 4);
        QCOMPARE(inflatedRows(png).size(), qsizetype(size.height()) * (1 + size.width() * 4));
        QVERIFY(samePixels(decode(png), image.convertToFormat(QImage::Format_RGBA8888)));
    }

    void textAndResolutionAreKept()
    {
        QImage image = sample(QSize(64, 48), QImage::Format_RGB32);
        image.setText(QStringLiteral("Title"), QStringLiteral("联盟网络, 2016"));
        image.setText(QStringLiteral("Software"), QStringLiteral("Alliance Atlas"));
        image.setDotsPerMeterX(11811); // 300 dpi
        image.setDotsPerMeterY(11811);
        QMap<QString, QString> text;
        const QImage back = decode(PngEncoder::encode(image), &text);
        QCOMPARE(text.value(QStringLiteral("Title")), QStringLiteral("联盟网络, 2016"));
        QCOMPARE(text.value(QStringLiteral("Software")), QStringLiteral("Alliance Atlas"));
        QCOMPARE(back.dotsPerMeterX(), 11811);
        QCOMPARE(back.dotsPerMeterY(), 11811);
    }

    void nullImageGivesNothing() { QVERIFY(PngEncoder::encode(QImage()).isEmpty()); }
};

QTEST_MAIN(tst_PngEncoder)
#include "tst_pngencoder.moc"
