// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/query/atlasdocument.h"
#include "models/io/datasetreader.h"
#include "models/query/timecontroller.h"
#include "ui/metricschart.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

#include <qcustomplot.h>

using namespace atlas;

namespace {

/// The value a step graph shows at \a x: the last point at or before it.
double valueAt(const QCPGraph *graph, double x)
{
    double value = qQNaN();
    for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd() && it->key <= x; ++it)
        value = it->value;
    return value;
}

/// \a dataset with its ties repeated under new ids up to MetricsChart::kBackgroundFrom ties (its
/// series are computed on a worker thread).
Dataset repeated(Dataset dataset)
{
    const QList<Tie> ties = dataset.ties;
    for (int copy = 1; dataset.ties.size() < MetricsChart::kBackgroundFrom; ++copy)
        for (Tie tie : ties) {
            tie.id = QStringLiteral("%1-copy%2").arg(tie.id).arg(copy);
            dataset.ties.append(tie);
        }
    return dataset;
}

} // namespace

class tst_MetricsChart : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void seriesAreExactSteps();
    void togglesRecomputeTheSeries();
    void overlayShowsTheSeriesWithoutToggles();
    void cursorFollowsTheDate();
    void clickSetsTheDate();
    void computesOnlyWhenShown();
    void largeDatasetsComputeOnAWorkerThread();
    void largeDatasetsComputeTheOverlayOnAWorkerThread();
    void regionScopesTheSeries();
    void explainsEachLineAndTheTiesBehindAChange();
    void compareShowsBothDatesAndTheDifference();

private:
    AtlasDocument *mDocument = nullptr;
    MetricsChart *mChart = nullptr;
};

void tst_MetricsChart::init()
{
    mDocument = new AtlasDocument;
    LoadResult result = DatasetReader::readFile(QStringLiteral(ATLAS_TEST_DATA_DIR "/network/metrics.json"));
    QVERIFY(result.dataset);
    mDocument->setDataset(std::move(*result.dataset));
    mDocument->time()->setRange(QDate(1945, 1, 1), QDate(2025, 12, 31));
    mDocument->time()->setDate(QDate(2018, 1, 1));
    mChart = new MetricsChart(mDocument);
    mChart->setRegion(AnalysisRegion::All); // the values below are those of the whole fixture
    mChart->resize(700, 360);
    mChart->show();
    QVERIFY(QTest::qWaitForWindowExposed(mChart));
}

void tst_MetricsChart::cleanup()
{
    delete mChart;
    delete mDocument;
}

void tst_MetricsChart::seriesAreExactSteps()
{
    // One sample at 1945 and one per change date of the fixture (see tst_metricscommand).
    const QList<NetworkMetrics> &series = mChart->series();
    QVERIFY(series.size() >= 8);
    QCOMPARE(series.first().date, QDate(1945, 1, 1));
    const QCPGraph *hub = mChart->graph(MetricsChart::HubShare);
    const QCPGraph *spokes = mChart->graph(MetricsChart::SpokeSpokeShare);
    // The Quad's revival on 2017-11-01 shows on that day, not at the next year.
    QCOMPARE(valueAt(hub, MetricsChart::toX(QDate(2017, 10, 31))), 1.0);
    QCOMPARE(valueAt(hub, MetricsChart::toX(QDate(2017, 11, 1))), 0.5);
    QCOMPARE(valueAt(spokes, MetricsChart::toX(QDate(2018, 1, 1))), 0.375);
    QCOMPARE(valueAt(mChart->graph(MetricsChart::Density), MetricsChart::toX(QDate(1990, 1, 1))), 0.5);
}

void tst_MetricsChart::togglesRecomputeTheSeries()
{
    const double x = MetricsChart::toX(QDate(2018, 1, 1));
    QCOMPARE(valueAt(mChart->graph(MetricsChart::SpokeSpokeShare), x), 0.375);
    mDocument->setActorHidden(QStringLiteral("USA"), true);
    QCOMPARE(valueAt(mChart->graph(MetricsChart::SpokeSpokeShare), x), 0.75);
    QCOMPARE(valueAt(mChart->graph(MetricsChart::HubShare), x), 0.0);
}

void tst_MetricsChart::overlayShowsTheSeriesWithoutToggles()
{
    auto *check = mChart->findChild<QCheckBox *>(QStringLiteral("overlayCheck"));
    QVERIFY(check);
    QCPGraph *overlay = mChart->graph(MetricsChart::SpokeSpokeShare, true);
    QVERIFY(!overlay->visible());

    check->click(); // nothing hidden yet: nothing to compare
    QVERIFY(check->isChecked());
    QVERIFY(!overlay->visible());

    mDocument->setActorHidden(QStringLiteral("USA"), true);
    QVERIFY(overlay->visible());
    QCOMPARE(overlay->pen().style(), Qt::DashLine);
    const double x = MetricsChart::toX(QDate(2018, 1, 1));
    QCOMPARE(valueAt(overlay, x), 0.375);                                            // all actors
    QCOMPARE(valueAt(mChart->graph(MetricsChart::SpokeSpokeShare), x), 0.75);        // USA hidden
    QCOMPARE(mChart->overlaySeries().size(), mChart->series().size());

    check->click();
    QVERIFY(!overlay->visible());
}

void tst_MetricsChart::cursorFollowsTheDate()
{
    QCOMPARE(mChart->cursorPosition(), MetricsChart::toX(QDate(2018, 1, 1)));
    mDocument->time()->setDate(QDate(1962, 7, 2));
    QCOMPARE(mChart->cursorPosition(), MetricsChart::toX(QDate(1962, 7, 2)));
    QCOMPARE(MetricsChart::fromX(MetricsChart::toX(QDate(1962, 7, 2))), QDate(1962, 7, 2));
}

void tst_MetricsChart::clickSetsTheDate()
{
    QCustomPlot *plot = mChart->plot();
    plot->replot();
    const int x = int(plot->xAxis->coordToPixel(MetricsChart::toX(QDate(1990, 6, 1))));
    const int y = plot->axisRect()->rect().center().y();
    QTest::mouseClick(plot, Qt::LeftButton, {}, QPoint(x, y));
    const QDate date = mDocument->time()->date();
    QVERIFY2(qAbs(date.daysTo(QDate(1990, 6, 1))) < 80, qPrintable(date.toString(Qt::ISODate)));
}

void tst_MetricsChart::computesOnlyWhenShown()
{
    MetricsChart hidden(mDocument);
    QVERIFY(hidden.series().isEmpty());
    mDocument->setActorHidden(QStringLiteral("JPN"), true);
    QVERIFY(hidden.series().isEmpty());
    hidden.show();
    QVERIFY(QTest::qWaitForWindowExposed(&hidden));
    QCOMPARE(hidden.series().size(), mChart->series().size());
}

// A dataset of many ties: the series come from a worker thread, after recompute() has returned (the
// event loop turns meanwhile), and are the series computed directly; a newer change (a toggle during
// the computation) wins over an older computation's result.
void tst_MetricsChart::largeDatasetsComputeOnAWorkerThread()
{
    Dataset large = repeated(mDocument->dataset());
    const Dataset copy = large;
    QSignalSpy updated(mChart, &MetricsChart::seriesUpdated);
    mDocument->setDataset(std::move(large));
    QVERIFY(mChart->isComputing());
    mDocument->setActorHidden(QStringLiteral("JPN"), true); // while the first computation runs
    QVERIFY(mChart->isComputing());
    QTRY_VERIFY_WITH_TIMEOUT(!mChart->isComputing(), 60000);
    QCOMPARE(updated.count(), 1); // the first computation's result was dropped: the toggle came after
    QList<QDate> dates;
    for (const NetworkMetrics &m : mChart->series())
        dates.append(m.date);
    QVERIFY(dates.size() > 5);
    const QList<NetworkMetrics> expected = metricsSeries(copy, dates, { QStringLiteral("JPN") }, RegionScope(copy, AnalysisRegion::All));
    QCOMPARE(mChart->series().size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(mChart->series()[i].edges, expected[i].edges);
        QCOMPARE(mChart->series()[i].hubBetweennessShare, expected[i].hubBetweennessShare);
        QCOMPARE(mChart->series()[i].density, expected[i].density);
    }
    const double x = MetricsChart::toX(expected.last().date);
    QCOMPARE(valueAt(mChart->graph(MetricsChart::Density), x), expected.last().density); // and drawn
}

/// The overlay (every actor shown) of a large dataset is computed on a worker too: ticking the box
/// returns at once, and the dashed lines appear when the series comes.
void tst_MetricsChart::largeDatasetsComputeTheOverlayOnAWorkerThread()
{
    Dataset large = repeated(mDocument->dataset());
    const Dataset copy = large;
    mDocument->setDataset(std::move(large));
    mDocument->setActorHidden(QStringLiteral("JPN"), true);
    QTRY_VERIFY_WITH_TIMEOUT(!mChart->isComputing(), 60000);
    auto *check = mChart->findChild<QCheckBox *>(QStringLiteral("overlayCheck"));
    QVERIFY(check);
    check->setChecked(true);
    QVERIFY(mChart->isComputing());
    QVERIFY(!mChart->graph(MetricsChart::Density, true)->visible()); // nothing stale is shown meanwhile
    QTRY_VERIFY_WITH_TIMEOUT(!mChart->isComputing(), 60000);
    QVERIFY(mChart->graph(MetricsChart::Density, true)->visible());
    QList<QDate> dates;
    for (const NetworkMetrics &m : mChart->overlaySeries())
        dates.append(m.date);
    const QList<NetworkMetrics> expected = metricsSeries(copy, dates, {}, RegionScope(copy, AnalysisRegion::All));
    QCOMPARE(mChart->overlaySeries().size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QCOMPARE(mChart->overlaySeries()[i].density, expected[i].density);
    QVERIFY(mChart->overlaySeries().last().density != mChart->series().last().density); // not the toggled series

    // A new range makes the overlay stale: hidden until its new series comes.
    mDocument->time()->setRange(QDate(1960, 1, 1), QDate(2025, 12, 31));
    QVERIFY(mChart->isComputing());
    QVERIFY(!mChart->graph(MetricsChart::Density, true)->visible());
    QTRY_VERIFY_WITH_TIMEOUT(!mChart->isComputing(), 60000);
    QVERIFY(mChart->graph(MetricsChart::Density, true)->visible());
    QCOMPARE(mChart->overlaySeries().first().date, QDate(1960, 1, 1));
}

// Asia-Pacific by default: FRA (Europe) and its pair with IND drop out (see tst_metricscommand).
void tst_MetricsChart::regionScopesTheSeries()
{
    MetricsChart chart(mDocument);
    QCOMPARE(chart.region(), AnalysisRegion::AsiaPacific);
    chart.resize(700, 360);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const double x = MetricsChart::toX(QDate(2018, 1, 1));
    QCOMPARE(valueAt(chart.graph(MetricsChart::SpokeSpokeShare), x), 3.0 / 7.0);
    auto *combo = chart.findChild<QComboBox *>(QStringLiteral("metricsRegion"));
    QVERIFY(combo);
    QCOMPARE(combo->count(), 3);
    combo->setCurrentIndex(combo->findData(int(AnalysisRegion::EuroAtlantic)));
    QCOMPARE(chart.region(), AnalysisRegion::EuroAtlantic);
    QCOMPARE(chart.series().last().region, AnalysisRegion::EuroAtlantic);
    QCOMPARE(valueAt(chart.graph(MetricsChart::Density), x), 0.0); // the USA and FRA share no tie
    combo->setCurrentIndex(combo->findData(int(AnalysisRegion::All)));
    QCOMPARE(valueAt(chart.graph(MetricsChart::SpokeSpokeShare), x), 0.375);
}

void tst_MetricsChart::explainsEachLineAndTheTiesBehindAChange()
{
    auto *label = mChart->findChild<QLabel *>(QStringLiteral("metricsExplanation"));
    QVERIFY(label);
    QCOMPARE(label->textFormat(), Qt::PlainText);
    for (int i = 0; i < MetricsChart::MetricCount; ++i) {
        const QString sentence = MetricsChart::explanation(MetricsChart::Metric(i));
        QVERIFY(sentence.endsWith(u'.'));
        QVERIFY(label->text().contains(sentence));
    }
    // The Quad's revival on 2017-11-01 adds its six pairs; hovering any day after shows it.
    const QString text = mChart->valuesText(QDate(2017, 12, 1));
    QVERIFY2(text.contains(QStringLiteral("Changed on")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("quad: +6 / −0 pairs")), qPrintable(text));
    // Before the first tie nothing changed.
    QVERIFY(!mChart->valuesText(QDate(1946, 6, 1)).contains(QStringLiteral("Changed on")));
}

// Compare Dates: a dashed cursor at date A, and the three measures at A, at B and their difference.
void tst_MetricsChart::compareShowsBothDatesAndTheDifference()
{
    QVERIFY(mChart->compareText().isEmpty());
    QVERIFY(std::isnan(mChart->compareCursorPosition()));
    mDocument->setCompareFrom(QDate(1990, 1, 1));
    QCOMPARE(mChart->compareCursorPosition(), MetricsChart::toX(QDate(1990, 1, 1)));
    const NetworkMetrics a = networkMetrics(mDocument->dataset(), QDate(1990, 1, 1));
    const NetworkMetrics b = networkMetrics(mDocument->dataset(), QDate(2018, 1, 1));
    const QString text = mChart->compareText();
    QVERIFY2(text.contains(QStringLiteral("1 Jan 1990")) && text.contains(QStringLiteral("1 Jan 2018")), qPrintable(text));
    const QString delta = QString::number(b.spokeSpokeShare - a.spokeSpokeShare, 'f', 3);
    QVERIFY2(text.contains(QString::number(a.spokeSpokeShare, 'f', 3) + QStringLiteral(" → ") + QString::number(b.spokeSpokeShare, 'f', 3)),
             qPrintable(text));
    QVERIFY2(text.contains(delta.startsWith(u'-') ? delta : QStringLiteral("+") + delta), qPrintable(text));
    auto *label = mChart->findChild<QLabel *>(QStringLiteral("metricsCompare"));
    QVERIFY(label && label->isVisible());
    mDocument->setCompareFrom({});
    QVERIFY(!label->isVisible());
    QVERIFY(std::isnan(mChart->compareCursorPosition()));
}

QTEST_MAIN(tst_MetricsChart)
#include "tst_metricschart.moc"
