// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/render/map/spritecache.h"

#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace atlas;

/// The images layers keep between frames (SpriteCache): made once per key, forgotten when full, and
/// shared by the threads that repaint a cached image's parts at once.
class tst_SpriteCache : public QObject
{
    Q_OBJECT

private slots:
    void makesEachKeyOnce();
    void startsAgainWhenFull();
    void threadsShareOneValuePerKey();
};

void tst_SpriteCache::makesEachKeyOnce()
{
    SpriteCache<int, QString> cache(8);
    int made = 0;
    const auto make = [&](int key) { return [&made, key] { ++made; return QString::number(key * 10); }; };
    QCOMPARE(cache.get(1, make(1)), QStringLiteral("10"));
    QCOMPARE(cache.get(2, make(2)), QStringLiteral("20"));
    QCOMPARE(cache.get(1, make(99)), QStringLiteral("10")); // kept: make is not called
    QCOMPARE(made, 2);
    cache.clear();
    QCOMPARE(cache.get(1, make(3)), QStringLiteral("30"));
    QCOMPARE(made, 3);
}

void tst_SpriteCache::startsAgainWhenFull()
{
    SpriteCache<int, int> cache(3);
    int made = 0;
    for (int key = 0; key < 3; ++key)
        cache.get(key, [&] { return ++made; });
    QCOMPARE(cache.get(0, [&] { return ++made; }), 1); // still there
    cache.get(3, [&] { return ++made; });               // a fourth: the cache starts again
    QCOMPARE(made, 4);
    QCOMPARE(cache.get(0, [&] { return ++made; }), 5); // made anew
}

void tst_SpriteCache::threadsShareOneValuePerKey()
{
    // Two threads (as MapRenderer's partial repaints) asking for the same keys in opposite orders:
    // each key is made once, and both see the image made for it.
    SpriteCache<int, QImage> cache(1000);
    std::atomic<int> made { 0 };
    std::vector<QList<qint64>> seen(2);
    bool right[2] = { true, true }; // each image the one made for its key (checked here, not in a thread)
    const auto work = [&](int thread) {
        for (int i = 0; i < 200; ++i) {
            const int key = thread == 0 ? i : 199 - i;
            const QImage image = cache.get(key, [&] {
                ++made;
                QImage drawn(4, 4, QImage::Format_ARGB32_Premultiplied);
                drawn.fill(QColor::fromRgb(QRgb(key)));
                return drawn;
            });
            seen[std::size_t(thread)].append(image.cacheKey());
            right[thread] = right[thread] && (image.pixel(0, 0) & 0xffffff) == QRgb(key);
        }
    };
    std::thread other(work, 1);
    work(0);
    other.join();
    QVERIFY(right[0] && right[1]);
    QCOMPARE(made.load(), 200);
    for (int i = 0; i < 200; ++i)
        QCOMPARE(seen[0][i], seen[1][199 - i]); // the same image, not two made for one key
}

QTEST_GUILESS_MAIN(tst_SpriteCache)
#include "tst_spritecache.moc"
