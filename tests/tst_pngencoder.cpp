// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/pngencoder.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QPainter>
#include <QTest>

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
