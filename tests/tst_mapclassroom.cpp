// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/geo/worldmap.h"
#include "models/io/datasetreader.h"
#include "models/query/snapshot.h"
#include "models/render/map/maplayoutreport.h"
#include "models/render/maprenderer.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace atlas;

/// The map held to the classroom budgets through its layout report, over a grid of dates, map sizes
/// (a 1366×768 and a 1920×1080 window's map) and languages: nothing in force leaves the frame.
class tst_MapClassroom : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyTieInForceIsInsideTheFrame_data();
    void everyTieInForceIsInsideTheFrame();

private:
    MapLayoutReport reportAt(QDate date, QSize size, Language language, MapRenderOptions options = {}) const
    {
        const Snapshot s = takeSnapshot(mBuiltIn, date);
        MapLayoutReport report;
        options.language = language;
        options.layoutReport = &report;
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        QPainter p(&image);
        mRenderer.paint(p, QRectF(QPointF(0, 0), size), MapInput { &mBuiltIn, &s, &mNone, {} }, options);
        return report;
    }
    static void addGrid();

    Dataset mBuiltIn;
    const QSet<QString> mNone;
    mutable MapRenderer mRenderer;
};

void tst_MapClassroom::initTestCase()
{
    LoadResult builtIn = DatasetReader::readFile(QStringLiteral(":/atlas/dataset/alliance-atlas.json"));
    QVERIFY(builtIn.dataset);
    mBuiltIn = *builtIn.dataset;
}

void tst_MapClassroom::addGrid()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("language");
    const QList<QDate> dates { QDate(1955, 6, 1), QDate(1985, 6, 1), QDate(2007, 6, 1),
                               QDate(2021, 9, 15), QDate(2022, 6, 30), QDate(2025, 6, 30) };
    const QList<QSize> sizes { QSize(900, 560), QSize(1300, 800) };
    for (const QDate &date : dates)
        for (const QSize &size : sizes)
            for (const Language language : { Language::English, Language::Chinese })
                QTest::newRow(qPrintable(QStringLiteral("%1 %2x%3 %4")
                                             .arg(date.toString(Qt::ISODate))
                                             .arg(size.width())
                                             .arg(size.height())
                                             .arg(language == Language::English ? QLatin1String("en") : QLatin1String("zh"))))
                    << date << size << int(language);
}

void tst_MapClassroom::everyTieInForceIsInsideTheFrame_data()
{
    addGrid();
}

void tst_MapClassroom::everyTieInForceIsInsideTheFrame()
{
    QFETCH(QDate, date);
    QFETCH(QSize, size);
    QFETCH(int, language);
    const MapLayoutReport report = reportAt(date, size, Language(language));
    QVERIFY(!report.ties.isEmpty());
    for (const MapLayoutReport::Tie &tie : report.ties) {
        if (!tie.bounds)
            continue; // not drawn (fewer than two placed members)
        QVERIFY2(tie.visible, qPrintable(tie.id));
        QVERIFY2(!tie.clipped, qPrintable(QStringLiteral("%1 leaves the map: bounds %2,%3 %4x%5 map %6,%7 %8x%9")
                                               .arg(tie.id)
                                               .arg(tie.bounds->x()).arg(tie.bounds->y())
                                               .arg(tie.bounds->width()).arg(tie.bounds->height())
                                               .arg(report.map.x()).arg(report.map.y())
                                               .arg(report.map.width()).arg(report.map.height())));
    }
}

QTEST_MAIN(tst_MapClassroom)
#include "tst_mapclassroom.moc"
