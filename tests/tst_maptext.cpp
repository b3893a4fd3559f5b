// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/render/map/maptext.h"

#include <QPainter>
#include <QTest>

#include <cmath>

using namespace atlas;

/// Map text (MapText): the image a screen frame blits for a label looks like the text and halo an
/// export draws as vectors; the halo reaches as far as its stroke would; without a halo, only text.
class tst_MapText : public QObject
{
    Q_OBJECT

private slots:
    void imageLooksLikeUncachedText_data();
    void imageLooksLikeUncachedText();
    void haloReachesHalfItsWidth_data();
    void haloReachesHalfItsWidth();
    void noHaloIsTextOnly();
};

namespace {

const QColor kText(40, 40, 40);

QFont fontOfSize(int pixels)
{
    QFont font;
    font.setPixelSize(pixels);
    return font;
}

/// The halo's width for a font (as MapText draws it) and the margin an image keeps around the text.
double haloWidth(const QFont &font)
{
    return std::max(2.0, font.pixelSize() / 5.0);
}

} // namespace

void tst_MapText::imageLooksLikeUncachedText_data()
{
    QTest::addColumn<int>("pixels");
    QTest::addColumn<qreal>("dpr");
    QTest::addColumn<QString>("text");
    QTest::newRow("small latin") << 14 << qreal(1) << QStringLiteral("Republic of Korea");
    QTest::newRow("large latin") << 28 << qreal(1) << QStringLiteral("United Kingdom");
    QTest::newRow("chinese") << 20 << qreal(1) << QStringLiteral("大韩民国 澳大利亚");
    QTest::newRow("ratio 2") << 16 << qreal(2) << QStringLiteral("Philippines");
    QTest::newRow("widest dilated halo") << 48 << qreal(1) << QStringLiteral("Australia");
    QTest::newRow("heading (stroked halo)") << 64 << qreal(1) << QStringLiteral("1951");
}

void tst_MapText::imageLooksLikeUncachedText()
{
    QFETCH(int, pixels);
    QFETCH(qreal, dpr);
    QFETCH(QString, text);
    const QFont font = fontOfSize(pixels);
    MapText mapText;
    const QImage cached = mapText.image(text, font, kText, true, dpr);
    QVERIFY(!cached.isNull());
    QCOMPARE(cached.devicePixelRatio(), dpr);

    // The same text drawn uncached (glyphs as text over a stroked outline), where draw() would blit the image.
    QImage drawn(cached.size(), QImage::Format_ARGB32_Premultiplied);
    drawn.setDevicePixelRatio(dpr);
    drawn.fill(Qt::transparent);
    {
        QPainter painter(&drawn);
        painter.setRenderHint(QPainter::Antialiasing);
        const double margin = std::ceil(haloWidth(font));
        mapText.draw(painter, QPointF(margin, margin), text, font, kText, true, false);
    }

    qsizetype inked = 0, inkedCached = 0, halo = 0, haloCached = 0, apart = 0;
    for (int y = 0; y < drawn.height(); ++y) {
        for (int x = 0; x < drawn.width(); ++x) {
            const QRgb a = drawn.pixel(x, y), b = cached.pixel(x, y);
            inked += qAlpha(a) > 0;
            inkedCached += qAlpha(b) > 0;
            halo += qAlpha(a) > 200 && qRed(a) > 200;
            haloCached += qAlpha(b) > 200 && qRed(b) > 200;
            apart += std::abs(qAlpha(a) - qAlpha(b)) > 96 || std::abs(qRed(a) - qRed(b)) > 96;
        }
    }
    QVERIFY2(halo > 0 && inked > 0, "the uncached text drew nothing");
    // Within a tenth of each other: the halo as large, the text as large.
    QVERIFY2(std::abs(haloCached - halo) * 10 <= halo, qPrintable(QStringLiteral("white halo pixels: cached %1, uncached %2").arg(haloCached).arg(halo)));
    QVERIFY2(std::abs(inkedCached - inked) * 10 <= inked, qPrintable(QStringLiteral("painted pixels: cached %1, uncached %2").arg(inkedCached).arg(inked)));
    // Pixel by pixel: clearly different only on some of the halo's rim (a halo a pixel wider or
    // narrower differs on a whole ring: a tenth of the pixels and more).
    QVERIFY2(apart * 25 <= inked, qPrintable(QStringLiteral("%1 of %2 painted pixels differ clearly").arg(apart).arg(inked)));
}

void tst_MapText::haloReachesHalfItsWidth_data()
{
    QTest::addColumn<int>("pixels");
    QTest::addColumn<qreal>("dpr");
    QTest::newRow("14 px") << 14 << qreal(1);
    QTest::newRow("30 px") << 30 << qreal(1);
    QTest::newRow("48 px") << 48 << qreal(1);
    QTest::newRow("30 px, ratio 2 (stroked)") << 30 << qreal(2);
}

void tst_MapText::haloReachesHalfItsWidth()
{
    QFETCH(int, pixels);
    QFETCH(qreal, dpr);
    const QFont font = fontOfSize(pixels);
    const QImage image = MapText().image(QStringLiteral("I"), font, kText, true, dpr);
    const double reach = haloWidth(font) / 2 * dpr; // device pixels

    // Along the middle row: the stem's left edge, then the halo to its left.
    const int y = image.height() / 2;
    int edge = -1;
    for (int x = 0; x < image.width() && edge < 0; ++x) {
        const QRgb p = image.pixel(x, y);
        if (qAlpha(p) > 200 && qRed(p) < 100)
            edge = x;
    }
    QVERIFY2(edge > 0, "no dark stem in the middle row");
    // Solid white for all but the last pixel of its reach (the edge pixels are partly covered)...
    for (int x = edge - int(std::floor(reach)) + 1; x < edge - 1; ++x) {
        const QRgb p = image.pixel(x, y);
        QVERIFY2(qAlpha(p) >= 200 && qRed(p) >= 200, qPrintable(QStringLiteral("x %1 (edge %2): not halo white").arg(x).arg(edge)));
    }
    // ...and nothing beyond it.
    for (int x = 0; x < edge - int(std::ceil(reach)) - 2; ++x)
        QVERIFY2(qAlpha(image.pixel(x, y)) == 0, qPrintable(QStringLiteral("x %1 (edge %2): painted beyond the halo").arg(x).arg(edge)));
}

void tst_MapText::noHaloIsTextOnly()
{
    const QImage image = MapText().image(QStringLiteral("Japan"), fontOfSize(20), kText, false, 1);
    qsizetype inked = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y); // unpremultiplied
            if (c.alpha() < 64)
                continue;
            ++inked;
            QVERIFY2(std::abs(c.red() - kText.red()) <= 8, qPrintable(QStringLiteral("(%1, %2) is not the text's colour").arg(x).arg(y)));
        }
    }
    QVERIFY(inked > 50);
}

QTEST_MAIN(tst_MapText)
#include "tst_maptext.moc"
