// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/render/map/labelboxes.h"

#include <QRandomGenerator>
#include <QTest>

using namespace atlas;

/// The grid of boxes labels keep out of (LabelBoxes) answers exactly as a scan of every box with
/// QRectF would: boxes of every size and sign, empty ones, boxes and points outside the grid.
class tst_LabelBoxes : public QObject
{
    Q_OBJECT

private slots:
    void answersAsAScanOfAllBoxes();
};

void tst_LabelBoxes::answersAsAScanOfAllBoxes()
{
    QRandomGenerator random(16);
    const QRectF area(-50, 20, 1900, 1000);
    const auto coordinate = [&](double from, double to) { return from + random.generateDouble() * (to - from); };
    const auto box = [&] {
        // Some with no width or height (they intersect and contain nothing), some of negative size.
        const int kind = random.bounded(10);
        const double w = kind == 0 ? 0 : coordinate(-120, 240);
        const double h = kind == 1 ? 0 : coordinate(-40, 80);
        return QRectF(coordinate(-200, 2000), coordinate(-100, 1200), w, h);
    };
    for (int round = 0; round < 20; ++round) {
        LabelBoxes boxes(area, 24 + round * 10);
        QList<QRectF> all;
        for (int i = 0; i < 200; ++i) {
            const QRectF b = box();
            boxes.append(b);
            all.append(b);
        }
        for (int i = 0; i < 500; ++i) {
            const QRectF r = box();
            const bool scan = std::any_of(all.cbegin(), all.cend(), [&](const QRectF &b) { return b.intersects(r); });
            QCOMPARE(boxes.intersects(r), scan);
            const QPointF p(coordinate(-200, 2000), coordinate(-100, 1200));
            const bool inside = std::any_of(all.cbegin(), all.cend(), [&](const QRectF &b) { return b.contains(p); });
            QCOMPARE(boxes.contains(p), inside);
            // A box's own corner and edge: the boundaries count as QRectF counts them.
            const QRectF &b = all[random.bounded(int(all.size()))];
            for (const QPointF &q : { b.topLeft(), b.bottomRight(), b.center() }) {
                const bool onIt = std::any_of(all.cbegin(), all.cend(), [&](const QRectF &c) { return c.contains(q); });
                QCOMPARE(boxes.contains(q), onIt);
            }
            const QRectF touching(b.right(), b.top(), 10, 10);
            QCOMPARE(boxes.intersects(touching), std::any_of(all.cbegin(), all.cend(), [&](const QRectF &c) { return c.intersects(touching); }));
        }
    }
}

QTEST_GUILESS_MAIN(tst_LabelBoxes)
#include "tst_labelboxes.moc"
