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
    QTest::newRow("heading (halo shrunk twice)") << 64 << qreal(1) << QStringLiteral("1951");
    QTest::newRow("date (halo shrunk three times)") << 130 << qreal(1) << QStringLiteral("Dec 1951");
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
        const double margin = std::ceil(MapText::haloWidth(font));
        mapText.draw(painter, QPointF(margin, margin), text, font, kText, true, false);
    }

    // The halo's area: the alpha of the white pixels, summed (a rim softened over more pixels keeps it).
    qsizetype inked = 0, inkedCached = 0, apart = 0;
    double halo = 0, haloCached = 0;
    for (int y = 0; y < drawn.height(); ++y) {
        for (int x = 0; x < drawn.width(); ++x) {
            const QColor a = drawn.pixelColor(x, y), b = cached.pixelColor(x, y); // unpremultiplied
            inked += a.alpha() >= 128;
            inkedCached += b.alpha() >= 128;
            halo += a.red() > 200 ? a.alphaF() : 0;
            haloCached += b.red() > 200 ? b.alphaF() : 0;
            apart += std::abs(a.alpha() - b.alpha()) > 96 || (a.alpha() > 96 && b.alpha() > 96 && std::abs(a.red() - b.red()) > 96);
        }
    }
    QVERIFY2(halo > 0 && inked > 0, "the uncached text drew nothing");
    // Within a tenth of each other: the halo as large, the ink (at least half covered) as large.
    QVERIFY2(std::abs(haloCached - halo) * 10 <= halo, qPrintable(QStringLiteral("white halo area: cached %1, uncached %2").arg(haloCached).arg(halo)));
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
    QTest::newRow("30 px, ratio 2 (shrunk)") << 30 << qreal(2);
    QTest::newRow("130 px (shrunk)") << 130 << qreal(1);
}

void tst_MapText::haloReachesHalfItsWidth()
{
    QFETCH(int, pixels);
    QFETCH(qreal, dpr);
    const QFont font = fontOfSize(pixels);
    const QImage image = MapText().image(QStringLiteral("I"), font, kText, true, dpr);
    const double reach = MapText::haloWidth(font) / 2 * dpr; // device pixels

    // Along the middle row: the stem's left edge, then the halo to its left.
    const int y = image.height() / 2;
    int edge = -1;
    for (int x = 0; x < image.width() && edge < 0; ++x) {
        const QRgb p = image.pixel(x, y);
        if (qAlpha(p) > 200 && qRed(p) < 100)
            edge = x;
    }
    QVERIFY2(edge > 0, "no dark stem in the middle row");
    // A halo wider than 5 device pixels is dilated on an image shrunk that many times over, its rim
    // softened over as many pixels.
    const int soft = int(std::ceil(reach / 5));
    // Solid white for all but the last pixels of its reach (the edge pixels are partly covered)...
    for (int x = edge - int(std::floor(reach)) + soft; x < edge - 1; ++x) {
        const QRgb p = image.pixel(x, y);
        QVERIFY2(qAlpha(p) >= 200 && qRed(p) >= 200, qPrintable(QStringLiteral("x %1 (edge %2): not halo white").arg(x).arg(edge)));
    }
    // ...and nothing beyond it.
    for (int x = 0; x < edge - int(std::ceil(reach)) - 1 - soft; ++x)
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
