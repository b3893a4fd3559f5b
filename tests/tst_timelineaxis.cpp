// SPDX-License-Identifier: GPL-3.0-or-later
// The screen timeline's date axis shows what the core's TimeAxis chooses (the logic exported strips use).
#include "models/io/datasetreader.h"
#include "models/query/atlasdocument.h"
#include "models/query/timecontroller.h"
#include "models/render/timeaxis.h"
#include "ui/timelinewidget.h"

#include <QFontMetricsF>
#include <QTest>

#include <qcustomplot.h>

using namespace atlas;

class tst_TimelineAxis : public QObject
{
    Q_OBJECT

private slots:
    void screenTicksAreTheCoreTicks_data();
    void screenTicksAreTheCoreTicks();
};

void tst_TimelineAxis::screenTicksAreTheCoreTicks_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("language");
    for (int width : { 420, 900, 1800 })
        for (int language : { int(Language::English), int(Language::Chinese) })
            QTest::addRow("%d-%s", width, language ? "zh" : "en") << width << language;
}

void tst_TimelineAxis::screenTicksAreTheCoreTicks()
{
    QFETCH(int, width);
    QFETCH(int, language);
    AtlasDocument document;
    LoadResult result = DatasetReader::readFile(QStringLiteral(ATLAS_TEST_DATA_DIR "/timeline/ties.json"));
    QVERIFY(result.dataset);
    document.setDataset(std::move(*result.dataset));
    document.time()->setRange(QDate(1945, 1, 1), QDate(2025, 12, 31));
    document.setLanguage(Language(language));
    TimelineWidget widget(&document);
    widget.resize(width, 420);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    auto *plot = widget.findChild<QCustomPlot *>(QStringLiteral("timelinePlot"));
    QVERIFY(plot);
    for (const QCPRange &range : { QCPRange(), QCPRange(double(QDate(2001, 3, 5).toJulianDay()), double(QDate(2003, 8, 1).toJulianDay())),
                                   QCPRange(double(QDate(2020, 1, 1).toJulianDay()), double(QDate(2020, 2, 15).toJulianDay())) }) {
        if (range.size() > 0)
            plot->xAxis->setRange(range);
        plot->replot();
        plot->replot();
        const QCPRange shown = plot->xAxis->range();
        const TimeAxisTicks core = TimeAxis::ticks(shown.lower, shown.upper, plot->axisRect()->width(),
                                                   QFontMetricsF(plot->xAxis->tickLabelFont()), Language(language));
        QVERIFY(!core.major.isEmpty());
        QCOMPARE(plot->xAxis->tickVector().size(), core.major.size());
        for (int i = 0; i < core.major.size(); ++i) {
            QCOMPARE(plot->xAxis->tickVector()[i], core.major[i].day);
            QCOMPARE(plot->xAxis->tickVectorLabels()[i], core.major[i].label);
        }
    }
}

QTEST_MAIN(tst_TimelineAxis)
#include "tst_timelineaxis.moc"
