// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/metricschart.h"

#include "models/domain/dataset.h"
#include "models/query/atlasdocument.h"
#include "models/query/snapshot.h"
#include "models/render/palette.h"
#include "models/domain/partialdate.h"
#include "models/query/timecontroller.h"
#include "models/text/plaintext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QToolTip>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>

namespace atlas {

namespace {

// Exact step series (a sample on each change date) while that stays cheap; beyond, yearly samples.
constexpr qsizetype kMaxExactSamples = 600;

QColor metricColour(MetricsChart::Metric metric)
{
    switch (metric) {
    case MetricsChart::HubShare: return Palette::kBlue;
    case MetricsChart::SpokeSpokeShare: return Palette::kVermillion;
    case MetricsChart::Density: return Palette::kBluishGreen;
    case MetricsChart::MetricCount: break;
    }
    return Palette::kText;
}

double metricValue(const NetworkMetrics &m, MetricsChart::Metric metric)
{
    switch (metric) {
    case MetricsChart::HubShare: return m.hubBetweennessShare;
    case MetricsChart::SpokeSpokeShare: return m.spokeSpokeShare;
    case MetricsChart::Density: return m.density;
    case MetricsChart::MetricCount: break;
    }
    return 0;
}

/// The sample in force at \a date: the last one on or before it.
const NetworkMetrics *sampleAt(const QList<NetworkMetrics> &series, QDate date)
{
    auto it = std::upper_bound(series.cbegin(), series.cend(), date,
                               [](QDate d, const NetworkMetrics &m) { return d < m.date; });
    return it == series.cbegin() ? nullptr : &*std::prev(it);
}

/// The sample dates: every change date over the controller's range, or 1 January of each year when
/// the dataset changes too often for that to stay quick.
QList<QDate> chartDates(const Dataset &dataset, QDate from, QDate to)
{
    QList<QDate> dates = changeDates(dataset, from, to);
    if (dates.size() > kMaxExactSamples) {
        dates = seriesDates(from, to, SeriesStep::Year);
        if (!dates.isEmpty() && dates.first() < from)
            dates.first() = from;
    }
    return dates;
}

} // namespace

MetricsChart::MetricsChart(AtlasDocument *document, QWidget *parent)
    : QWidget(parent)
    , mDocument(document)
{
    setObjectName(QStringLiteral("metricsChart"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *regionRow = new QHBoxLayout;
    mRegionLabel = new QLabel(this);
    mRegionCombo = new QComboBox(this);
    mRegionCombo->setObjectName(QStringLiteral("metricsRegion"));
    mRegionLabel->setBuddy(mRegionCombo);
    for (AnalysisRegion region : RegionScope::regions())
        mRegionCombo->addItem(QString(), int(region));
    mRegionCombo->setCurrentIndex(mRegionCombo->findData(int(mRegion)));
    regionRow->addWidget(mRegionLabel);
    regionRow->addWidget(mRegionCombo);
    regionRow->addStretch(1);
    layout->addLayout(regionRow);
    mPlot = new QCustomPlot(this);
    mPlot->setObjectName(QStringLiteral("metricsPlot"));
    // An explicit minimum: QCustomPlot would ask for its legend's whole width and so widen the window
    // past a laptop's screen.
    mPlot->setMinimumSize(240, 160);
    mPlot->setMouseTracking(true);
    mPlot->installEventFilter(this);
    layout->addWidget(mPlot, 1);
    mOverlayCheck = new QCheckBox(this);
    mOverlayCheck->setObjectName(QStringLiteral("overlayCheck"));
    layout->addWidget(mOverlayCheck);
    mExplanation = new QLabel(this);
    mExplanation->setObjectName(QStringLiteral("metricsExplanation"));
    mExplanation->setTextFormat(Qt::PlainText);
    mExplanation->setWordWrap(true);
    QFont small = mExplanation->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    mExplanation->setFont(small);
    layout->addWidget(mExplanation);
    mCompareLabel = new QLabel(this);
    mCompareLabel->setObjectName(QStringLiteral("metricsCompare"));
    mCompareLabel->setTextFormat(Qt::PlainText);
    mCompareLabel->setWordWrap(true);
    mCompareLabel->hide();
    layout->addWidget(mCompareLabel);

    for (int i = 0; i < MetricCount; ++i) {
        const auto metric = Metric(i);
        mGraphs[i] = mPlot->addGraph();
        mGraphs[i]->setPen(QPen(metricColour(metric), 2));
        mGraphs[i]->setLineStyle(QCPGraph::lsStepLeft);
        mOverlayGraphs[i] = mPlot->addGraph();
        mOverlayGraphs[i]->setPen(QPen(metricColour(metric), 1.5, Qt::DashLine));
        mOverlayGraphs[i]->setLineStyle(QCPGraph::lsStepLeft);
        mOverlayGraphs[i]->setVisible(false);
        mOverlayGraphs[i]->removeFromLegend();
    }
    mPlot->yAxis->setRange(0, 1.05);
    // The legend goes under the plot, two entries a row: inside it would hide the lines in a dock.
    mPlot->legend->setVisible(true);
    mPlot->axisRect()->insetLayout()->take(mPlot->legend);
    mPlot->plotLayout()->addElement(1, 0, mPlot->legend);
    mPlot->plotLayout()->setRowStretchFactor(1, 0.001);
    mPlot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    mPlot->legend->setWrap(2);
    mPlot->legend->setBorderPen(Qt::NoPen);
    mPlot->legend->setMargins(QMargins(4, 0, 4, 2));
    QFont legendFont = font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.9);
    mPlot->legend->setFont(legendFont);

    // The cursor has a buffered layer of its own: a date change replots only that layer.
    mPlot->addLayer(QStringLiteral("cursor"), mPlot->layer(QStringLiteral("main")), QCustomPlot::limAbove);
    mCursorLayer = mPlot->layer(QStringLiteral("cursor"));
    mCursorLayer->setMode(QCPLayer::lmBuffered);
    mCursor = new QCPItemStraightLine(mPlot);
    mCursor->setLayer(mCursorLayer);
    mCursor->setPen(QPen(Palette::kText, 1.5));
    mCompareCursor = new QCPItemStraightLine(mPlot);
    mCompareCursor->setLayer(mCursorLayer);
    mCompareCursor->setPen(QPen(Palette::kText, 1.5, Qt::DashLine));
    mCompareCursor->setVisible(false);

    connect(mOverlayCheck, &QCheckBox::toggled, this, &MetricsChart::updateOverlay);
    connect(mRegionCombo, &QComboBox::currentIndexChanged, this,
            [this] { setRegion(AnalysisRegion(mRegionCombo->currentData().toInt())); });
    connect(document, &AtlasDocument::datasetChanged, this, [this] {
        invalidateOverlay();
        recompute();
    });
    connect(document, &AtlasDocument::hiddenActorsChanged, this, &MetricsChart::recompute);
    connect(document->time(), &TimeController::rangeChanged, this, [this] {
        invalidateOverlay();
        recompute();
    });
    connect(document->time(), &TimeController::dateChanged, this, &MetricsChart::updateCursor);
    connect(document, &AtlasDocument::compareChanged, this, &MetricsChart::updateCursor);

    retranslateUi();
    recompute();
}

double MetricsChart::toX(QDate date)
{
    return date.year() + double(date.dayOfYear() - 1) / double(date.daysInYear());
}

QDate MetricsChart::fromX(double x)
{
    const int year = int(std::floor(x));
    const QDate first(year, 1, 1);
    return first.addDays(qint64(std::floor((x - year) * first.daysInYear())));
}

QCPGraph *MetricsChart::graph(Metric metric, bool overlay) const
{
    return overlay ? mOverlayGraphs[metric] : mGraphs[metric];
}

double MetricsChart::cursorPosition() const
{
    return mCursor->point1->coords().x();
}

void MetricsChart::setRegion(AnalysisRegion region)
{
    mRegionCombo->setCurrentIndex(mRegionCombo->findData(int(region)));
    if (region == mRegion)
        return;
    mRegion = region;
    invalidateOverlay();
    recompute();
}

QString MetricsChart::explanation(Metric metric)
{
    switch (metric) {
    case HubShare:
        return tr("Hub's share of betweenness: the part of all shortest paths between two actors that runs through the hub "
                  "(the United States); 1 is a pure hub-and-spoke star.");
    case SpokeSpokeShare:
        return tr("Spoke-to-spoke share of edges: the part of the tied pairs that link two of the hub's allies or partners "
                  "directly, without the hub; it rises as the spokes tie up with each other.");
    case Density:
        return tr("Density: the tied pairs over all possible pairs of the actors in the network; how closely knit it is.");
    case MetricCount:
        break;
    }
    return {};
}

void MetricsChart::retranslateUi()
{
    mChangeSample = -1;
    mRegionLabel->setText(tr("&Region:"));
    for (int i = 0; i < mRegionCombo->count(); ++i)
        mRegionCombo->setItemText(i, RegionScope::label(AnalysisRegion(mRegionCombo->itemData(i).toInt())));
    mRegionCombo->setToolTip(tr("The network of the region's actors and the hub: a tie counts with its pairs inside the region, "
                                "so NATO's European pairs do not weigh on the Asia-Pacific series."));
    QStringList sentences;
    for (int i = 0; i < MetricCount; ++i)
        sentences.append(explanation(Metric(i)));
    mExplanation->setText(sentences.join(u'\n'));
    mGraphs[HubShare]->setName(tr("Hub's share of betweenness"));
    mGraphs[SpokeSpokeShare]->setName(tr("Spoke-to-spoke share of edges"));
    mGraphs[Density]->setName(tr("Density"));
    for (int i = 0; i < MetricCount; ++i)
        mOverlayGraphs[i]->setName(tr("%1, all actors shown").arg(mGraphs[i]->name()));
    mPlot->xAxis->setLabel(tr("Year"));
    mPlot->yAxis->setLabel(tr("Share"));
    mOverlayCheck->setText(tr("&Overlay without toggles (dashed)"));
    mOverlayCheck->setToolTip(tr("Also draw the series with no actor hidden, to compare with the current member toggles."));
    mPlot->replot(QCustomPlot::rpQueuedReplot);
}

void MetricsChart::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (mDirty)
        recompute();
}

void MetricsChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void MetricsChart::recompute()
{
    if (!mDocument)
        return;
    // A chart in a tab behind another does not compute: with a large dataset a series takes a while.
    if (!isVisible()) {
        mDirty = true;
        return;
    }
    mDirty = false;
    const TimeController *time = mDocument->time();
    const QList<QDate> dates = chartDates(mDocument->dataset(), time->minimum(), time->maximum());
    // The worker works on its own copy of the inputs (implicitly shared: no deep copy).
    const auto compute = [dataset = mDocument->dataset(), dates, hidden = mDocument->hiddenActors(), region = mRegion] {
        return metricsSeries(dataset, dates, hidden, RegionScope(dataset, region));
    };
    ++mGeneration;
    mComputing = true;
    start(compute, mGeneration, [this](const QList<NetworkMetrics> &series) {
        mComputing = false;
        apply(series);
    });
}

void MetricsChart::start(std::function<QList<NetworkMetrics>()> compute, const int &generation,
                         std::function<void(const QList<NetworkMetrics> &)> done)
{
    if (mDocument->dataset().ties.size() < kBackgroundFrom) {
        done(compute());
        return;
    }
    std::erase_if(mWorkers, [](const std::unique_ptr<QThread> &w) { return w->isFinished(); });
    std::unique_ptr<QThread> worker(QThread::create([this, compute = std::move(compute), done = std::move(done), &generation, started = generation] {
        QList<NetworkMetrics> series = compute();
        // Queued to this object: dropped if it is deleted first (its destructor waits for the worker).
        QMetaObject::invokeMethod(this, [series = std::move(series), done, &generation, started] {
            if (generation == started) // else a newer computation is under way
                done(series);
        }, Qt::QueuedConnection);
    }));
    worker->start();
    mWorkers.push_back(std::move(worker));
}

MetricsChart::~MetricsChart()
{
    for (const std::unique_ptr<QThread> &worker : mWorkers)
        worker->wait();
}

void MetricsChart::apply(const QList<NetworkMetrics> &series)
{
    if (!mDocument)
        return;
    const TimeController *time = mDocument->time();
    mChangeSample = -1;
    mSeries = series;
    fill(mSeries, false);
    mPlot->xAxis->setRange(toX(time->minimum()), toX(time->maximum()));
    updateOverlay();
    updateCursor();
    mPlot->replot(QCustomPlot::rpQueuedReplot);
    emit seriesUpdated();
}

void MetricsChart::invalidateOverlay()
{
    mOverlayValid = false;
    mOverlayComputing = false;
    ++mOverlayGeneration; // a result under way is dropped
    for (QCPGraph *graph : mOverlayGraphs)
        graph->setVisible(false); // until the new series comes
}

void MetricsChart::updateOverlay()
{
    const bool show = mOverlayCheck->isChecked() && mDocument && !mDocument->hiddenActors().isEmpty();
    if (show && !mOverlayValid && !mOverlayComputing && !mDirty) {
        const TimeController *time = mDocument->time();
        const auto compute = [dataset = mDocument->dataset(), dates = chartDates(mDocument->dataset(), time->minimum(), time->maximum()),
                              region = mRegion] { return metricsSeries(dataset, dates, {}, RegionScope(dataset, region)); };
        mOverlayComputing = true;
        start(compute, mOverlayGeneration, [this](const QList<NetworkMetrics> &series) {
            mOverlay = series;
            fill(mOverlay, true);
            mOverlayValid = true;
            mOverlayComputing = false;
            updateOverlay();
        });
    }
    // Not in the legend: the check box says the dashed lines are the series without toggles.
    for (int i = 0; i < MetricCount; ++i)
        mOverlayGraphs[i]->setVisible(show && mOverlayValid);
    mPlot->replot(QCustomPlot::rpQueuedReplot);
}

void MetricsChart::fill(const QList<NetworkMetrics> &series, bool overlay)
{
    const double end = mDocument ? toX(mDocument->time()->maximum()) : 0;
    for (int i = 0; i < MetricCount; ++i) {
        QVector<double> x, y;
        x.reserve(series.size() + 1);
        y.reserve(series.size() + 1);
        for (const NetworkMetrics &m : series) {
            x.append(toX(m.date));
            y.append(metricValue(m, Metric(i)));
        }
        if (!series.isEmpty() && x.last() < end) { // hold the last value to the end of the range
            x.append(end);
            y.append(y.last());
        }
        graph(Metric(i), overlay)->setData(x, y, true);
    }
}

void MetricsChart::updateCursor()
{
    if (!mDocument)
        return;
    const double x = toX(mDocument->time()->date());
    mCursor->point1->setCoords(x, 0);
    mCursor->point2->setCoords(x, 1);
    updateCompare();
    mCursorLayer->replot();
}

void MetricsChart::updateCompare()
{
    const bool comparing = mDocument && mDocument->isComparing();
    mCompareCursor->setVisible(comparing);
    if (comparing) {
        const double a = toX(mDocument->compareFrom());
        mCompareCursor->point1->setCoords(a, 0);
        mCompareCursor->point2->setCoords(a, 1);
    }
    const QString text = compareText();
    mCompareLabel->setText(text);
    mCompareLabel->setVisible(!text.isEmpty());
}

double MetricsChart::compareCursorPosition() const
{
    return mCompareCursor->visible() ? mCompareCursor->point1->coords().x() : std::nan("");
}

QString MetricsChart::compareText() const
{
    if (!mDocument || !mDocument->isComparing())
        return {};
    const Dataset &dataset = mDocument->dataset();
    const RegionScope scope(dataset, mRegion);
    const QDate dateA = mDocument->compareFrom();
    const QDate dateB = mDocument->time()->date();
    const NetworkMetrics a = networkMetrics(dataset, dateA, mDocument->hiddenActors(), scope);
    const NetworkMetrics b = networkMetrics(dataset, dateB, mDocument->hiddenActors(), scope);
    const Language language = mDocument->language();
    QString text = tr("A %1 → B %2 (%3):").arg(PartialDate::fromDate(dateA).displayString(language),
                                             PartialDate::fromDate(dateB).displayString(language), RegionScope::label(mRegion));
    const auto line = [&](Metric metric, double from, double to) {
        text += u'\n' + tr("%1: %2 → %3 (%4)").arg(mGraphs[metric]->name()).arg(from, 0, 'f', 3).arg(to, 0, 'f', 3)
                            .arg((to >= from ? QStringLiteral("+") : QString()) + QString::number(to - from, 'f', 3));
    };
    line(HubShare, a.hubBetweennessShare, b.hubBetweennessShare);
    line(SpokeSpokeShare, a.spokeSpokeShare, b.spokeSpokeShare);
    line(Density, a.density, b.density);
    return text;
}

bool MetricsChart::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == mPlot) {
        switch (event->type()) {
        case QEvent::MouseButtonPress: {
            auto *mouse = static_cast<QMouseEvent *>(event);
            if (mouse->button() == Qt::LeftButton && mPlot->axisRect()->rect().contains(mouse->position().toPoint())) {
                mDragging = true;
                setDateAt(mouse);
                return true;
            }
            break;
        }
        case QEvent::MouseMove: {
            auto *mouse = static_cast<QMouseEvent *>(event);
            if (mDragging)
                setDateAt(mouse);
            // A legend entry explains its line; the plot shows the values under the mouse.
            if (auto *item = qobject_cast<QCPPlottableLegendItem *>(mPlot->layoutElementAt(mouse->position())))
                for (int i = 0; i < MetricCount; ++i)
                    if (item->plottable() == mGraphs[i]) {
                        QToolTip::showText(mouse->globalPosition().toPoint(), plainToolTip(explanation(Metric(i))), mPlot);
                        return QWidget::eventFilter(watched, event);
                    }
            showValuesAt(mouse);
            break;
        }
        case QEvent::MouseButtonRelease:
            mDragging = false;
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void MetricsChart::setDateAt(QMouseEvent *event)
{
    if (mDocument)
        mDocument->time()->setDate(fromX(mPlot->xAxis->pixelToCoord(event->position().x())));
}

void MetricsChart::showValuesAt(QMouseEvent *event)
{
    if (!mPlot->axisRect()->rect().contains(event->position().toPoint())) {
        QToolTip::hideText();
        return;
    }
    const QString text = valuesText(fromX(mPlot->xAxis->pixelToCoord(event->position().x())));
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), plainToolTip(text), mPlot);
}

QString MetricsChart::valuesText(QDate date) const
{
    const NetworkMetrics *m = sampleAt(mSeries, date);
    if (!m)
        return {};
    const Language language = mDocument ? mDocument->language() : Language::English;
    QString text = PartialDate::fromDate(date).displayString(language) + QStringLiteral(" · ") + RegionScope::label(mRegion);
    text += u'\n' + tr("%1: %2").arg(mGraphs[HubShare]->name()).arg(m->hubBetweennessShare, 0, 'f', 3);
    text += u'\n' + tr("%1: %2 (%3 of %4 edges)").arg(mGraphs[SpokeSpokeShare]->name()).arg(m->spokeSpokeShare, 0, 'f', 3)
                        .arg(m->spokeSpokeEdges).arg(m->edges);
    text += u'\n' + tr("%1: %2").arg(mGraphs[Density]->name()).arg(m->density, 0, 'f', 3);
    text += u'\n' + tr("Actors: %1, ties: %2, components: %3").arg(m->actors).arg(m->ties).arg(m->components);
    if (mOverlayGraphs[0]->visible())
        if (const NetworkMetrics *o = sampleAt(mOverlay, date))
            text += u'\n' + tr("All actors shown: hub share %1, spoke-to-spoke %2, density %3")
                                .arg(o->hubBetweennessShare, 0, 'f', 3).arg(o->spokeSpokeShare, 0, 'f', 3).arg(o->density, 0, 'f', 3);
    const QString change = changeText(m - mSeries.constData());
    if (!change.isEmpty())
        text += u'\n' + change;
    return text;
}

/// The ties that changed the network from sample \a sample - 1 to \a sample, at most five named.
QString MetricsChart::changeText(qsizetype sample) const
{
    if (!mDocument || sample <= 0 || sample >= mSeries.size())
        return {};
    if (sample == mChangeSample)
        return mChangeCache;
    mChangeSample = sample;
    mChangeCache.clear();
    const Dataset &dataset = mDocument->dataset();
    const RegionScope scope(dataset, mRegion);
    auto graphAt = [&](QDate date) { return buildNetwork(dataset, takeSnapshot(dataset, date, mDocument->hiddenActors()), scope); };
    const QDate date = mSeries[sample].date;
    const QList<TieEdgeChange> changes = tieEdgeChanges(graphAt(mSeries[sample - 1].date), graphAt(date));
    if (changes.isEmpty())
        return {};
    const Language language = mDocument->language(); // a language change recomputes: see retranslateUi()
    QString text = tr("Changed on %1 by:").arg(PartialDate::fromDate(date).displayString(language));
    constexpr int kNamed = 5;
    for (qsizetype i = 0; i < changes.size() && i < kNamed; ++i) {
        const TieEdgeChange &c = changes[i];
        const QString name = dataset.ties[c.tie].label().text(language);
        text += u'\n' + tr("  %1: +%2 / −%3 pairs").arg(name).arg(c.added).arg(c.removed);
    }
    if (changes.size() > kNamed)
        text += u'\n' + tr("  … and %1 more ties").arg(changes.size() - kNamed);
    mChangeCache = text;
    return text;
}

} // namespace atlas
