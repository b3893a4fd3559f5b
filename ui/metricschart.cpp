// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/metricschart.h"

#include "models/query/atlasdocument.h"
#include "models/render/palette.h"
#include "models/domain/partialdate.h"
#include "models/query/timecontroller.h"
#include "models/text/plaintext.h"

#include <QCheckBox>
#include <QEvent>
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

    connect(mOverlayCheck, &QCheckBox::toggled, this, &MetricsChart::updateOverlay);
    connect(document, &AtlasDocument::datasetChanged, this, [this] {
        mOverlayValid = false;
        recompute();
    });
    connect(document, &AtlasDocument::hiddenActorsChanged, this, &MetricsChart::recompute);
    connect(document->time(), &TimeController::rangeChanged, this, [this] {
        mOverlayValid = false;
        recompute();
    });
    connect(document->time(), &TimeController::dateChanged, this, &MetricsChart::updateCursor);

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

void MetricsChart::retranslateUi()
{
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
    mSeries = metricsSeries(mDocument->dataset(), dates, mDocument->hiddenActors());
    fill(mSeries, false);
    mPlot->xAxis->setRange(toX(time->minimum()), toX(time->maximum()));
    updateOverlay();
    updateCursor();
    mPlot->replot(QCustomPlot::rpQueuedReplot);
}

void MetricsChart::updateOverlay()
{
    const bool show = mOverlayCheck->isChecked() && mDocument && !mDocument->hiddenActors().isEmpty();
    if (show && !mOverlayValid && !mDirty) {
        const TimeController *time = mDocument->time();
        mOverlay = metricsSeries(mDocument->dataset(), chartDates(mDocument->dataset(), time->minimum(), time->maximum()));
        fill(mOverlay, true);
        mOverlayValid = true;
    }
    // Not in the legend: the check box says the dashed lines are the series without toggles.
    for (int i = 0; i < MetricCount; ++i)
        mOverlayGraphs[i]->setVisible(show);
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
    mCursorLayer->replot();
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
    const QDate date = fromX(mPlot->xAxis->pixelToCoord(event->position().x()));
    const NetworkMetrics *m = sampleAt(mSeries, date);
    if (!m) {
        QToolTip::hideText();
        return;
    }
    const Language language = mDocument ? mDocument->language() : Language::English;
    QString text = PartialDate::fromDate(date).displayString(language);
    text += u'\n' + tr("%1: %2").arg(mGraphs[HubShare]->name()).arg(m->hubBetweennessShare, 0, 'f', 3);
    text += u'\n' + tr("%1: %2 (%3 of %4 edges)").arg(mGraphs[SpokeSpokeShare]->name()).arg(m->spokeSpokeShare, 0, 'f', 3)
                        .arg(m->spokeSpokeEdges).arg(m->edges);
    text += u'\n' + tr("%1: %2").arg(mGraphs[Density]->name()).arg(m->density, 0, 'f', 3);
    text += u'\n' + tr("Actors: %1, ties: %2, components: %3").arg(m->actors).arg(m->ties).arg(m->components);
    if (mOverlayGraphs[0]->visible())
        if (const NetworkMetrics *o = sampleAt(mOverlay, date))
            text += u'\n' + tr("All actors shown: hub share %1, spoke-to-spoke %2, density %3")
                                .arg(o->hubBetweennessShare, 0, 'f', 3).arg(o->spokeSpokeShare, 0, 'f', 3).arg(o->density, 0, 'f', 3);
    QToolTip::showText(event->globalPosition().toPoint(), plainToolTip(text), mPlot);
}

} // namespace atlas
