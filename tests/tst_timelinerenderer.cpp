// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/dataset.h"
#include "models/io/datasetreader.h"
#include "models/render/palette.h"
#include "models/render/timelinerenderer.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace atlas;

class tst_TimelineRenderer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void hitTest_data();
    void hitTest();
    void paintsBarsByStatus();
    void highlightsTheSelectedLane();

private:
    QPointF at(QDate date, const char *tie) const;
    QRgb pixel(const QImage &image, QDate date, const char *tie) const;

    Dataset mDataset;
    TimelineModel mModel;
    QRectF mTarget;
    TimelineView mView;
};

void tst_TimelineRenderer::initTestCase()
{
    LoadResult result = DatasetReader::readFile(QStringLiteral(ATLAS_TEST_DATA_DIR "/timeline/ties.json"));
    QVERIFY(result.dataset);
    mDataset = *result.dataset;
    mDataset.buildIndex();
    mModel = TimelineModel(mDataset, {}, QDate(2025, 12, 31));
    mView.fromDay = double(QDate(1945, 1, 1).toJulianDay());
    mView.toDay = double(QDate(2026, 1, 1).toJulianDay());
    mView.rowHeight = 20;
    mTarget = QRectF(100, 10, 810, 20.0 * mModel.rows().size());
}

QPointF tst_TimelineRenderer::at(QDate date, const char *tie) const
{
    const int row = mModel.rowOfLane(mModel.laneOf(QString::fromLatin1(tie)));
    return { mView.x(mTarget, double(date.toJulianDay()) + 0.5), mView.y(mTarget, row + 0.5) };
}

QRgb tst_TimelineRenderer::pixel(const QImage &image, QDate date, const char *tie) const
{
    return image.pixel(at(date, tie).toPoint());
}

void tst_TimelineRenderer::hitTest_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("tie");
    QTest::addColumn<QString>("expectedTie");
    QTest::addColumn<int>("bar");
    QTest::addColumn<int>("marker");

    QTest::newRow("day marker") << QDate(2017, 11, 12) << "quad" << "quad" << 2 << 1;
    QTest::newRow("a pixel beside a day marker") << QDate(2017, 12, 1) << "quad" << "quad" << 2 << 1;
    QTest::newRow("inside a year bracket") << QDate(1986, 7, 1) << "anzus" << "anzus" << 0 << 0;
    QTest::newRow("bar, no marker") << QDate(1995, 1, 1) << "anzus" << "anzus" << 0 << -1;
    QTest::newRow("suspended bar") << QDate(2012, 1, 1) << "quad" << "quad" << 1 << -1;
    QTest::newRow("lane after the tie ended") << QDate(1990, 1, 1) << "us-jpn" << "us-jpn" << -1 << -1;
}

void tst_TimelineRenderer::hitTest()
{
    QFETCH(QDate, date);
    QFETCH(QString, tie);
    QFETCH(QString, expectedTie);
    QFETCH(int, bar);
    QFETCH(int, marker);
    const TimelineRenderer::Hit hit = TimelineRenderer::hitTest(mTarget, mModel, mView, at(date, tie.toLatin1().constData()));
    QVERIFY(hit.lane >= 0);
    QCOMPARE(mModel.lanes()[hit.lane].tieId, expectedTie);
    QCOMPARE(hit.bar, bar);
    QCOMPARE(hit.marker, marker);

    const TimelineRenderer::Hit heading = TimelineRenderer::hitTest(mTarget, mModel, mView, { 500, mView.y(mTarget, 0.5) });
    QCOMPARE(heading.row, 0);
    QCOMPARE(heading.lane, -1);
    const TimelineRenderer::Hit outside = TimelineRenderer::hitTest(mTarget, mModel, mView, { 50, 50 });
    QCOMPARE(outside.row, -1);
}

void tst_TimelineRenderer::paintsBarsByStatus()
{
    QImage image(1000, int(mTarget.bottom()) + 10, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    TimelineRenderer::paint(painter, mTarget, mModel, mView);
    painter.end();

    const QColor nato = TimelineRenderer::laneColour(mModel.lanes()[mModel.laneOf(QStringLiteral("nato"))]);
    QCOMPARE(QColor(pixel(image, QDate(1970, 1, 1), "nato")), nato);
    QCOMPARE(nato, Palette::tieKindColour(TieKind::MultilateralAlliance));
    // The Quad's dormancy is faded: lighter than the in-force colour, but not blank.
    const QColor quad = Palette::tieKindColour(TieKind::Minilateral);
    const QColor dormant(pixel(image, QDate(2012, 6, 1), "quad"));
    QVERIFY(dormant != quad);
    QVERIFY(dormant.lightness() > quad.lightness() + 40);
    QVERIFY(dormant.lightness() < 250);
    QCOMPARE(QColor(pixel(image, QDate(2020, 1, 1), "quad")), quad);
    // Nothing is drawn outside the target.
    QCOMPARE(QColor(image.pixel(50, int(at(QDate(1970, 1, 1), "nato").y()))), QColor(Qt::white));
}

void tst_TimelineRenderer::highlightsTheSelectedLane()
{
    QImage plain(1000, int(mTarget.bottom()) + 10, QImage::Format_RGB32);
    plain.fill(Qt::white);
    QImage selected = plain;
    {
        QPainter painter(&plain);
        TimelineRenderer::paint(painter, mTarget, mModel, mView);
    }
    TimelineView view = mView;
    view.selectedTie = QStringLiteral("us-jpn");
    {
        QPainter painter(&selected);
        TimelineRenderer::paint(painter, mTarget, mModel, view);
    }
    // After the treaty ended its lane is empty: plain background, or the highlight band when selected.
    const QColor before(pixel(plain, QDate(1990, 1, 1), "us-jpn"));
    const QColor after(pixel(selected, QDate(1990, 1, 1), "us-jpn"));
    QVERIFY(before.saturation() < 10);
    QVERIFY(after.saturation() > 40);
    QCOMPARE(QColor(pixel(selected, QDate(1990, 1, 1), "nato")), QColor(pixel(plain, QDate(1990, 1, 1), "nato")));
}

QTEST_MAIN(tst_TimelineRenderer)
#include "tst_timelinerenderer.moc"
