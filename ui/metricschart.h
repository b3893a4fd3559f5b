// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/analysis/networkanalysis.h"

#include <QPointer>
#include <QThread>
#include <QWidget>

#include <functional>
#include <memory>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QCPGraph;
class QCPItemStraightLine;
class QCPLayer;
class QCustomPlot;
class QMouseEvent;
class QShowEvent;

namespace atlas {

class AtlasDocument;

/// The network metrics over time (hub's share of betweenness, spoke-to-spoke share of edges,
/// density) as a QCustomPlot chart, with a cursor at the document's date. The series follow the
/// member toggles and the region chosen above the chart (RegionScope; Asia-Pacific by default);
/// "overlay without toggles" adds the series with every actor shown, dashed. Each line is explained
/// in a sentence under the chart and in its legend entry's tooltip. Hovering shows the values under
/// the mouse and the ties that drove the last change; clicking or dragging on the chart sets the date.
/// Series are sampled on every date the network changes over the time controller's range (yearly
/// when there are more than 600 such dates) and recomputed only when the dataset, the toggles or the
/// range change, and only while the chart is visible; a date change just moves the cursor. The
/// series of a large dataset (kBackgroundFrom ties or more: ATOP's take a few hundred milliseconds),
/// the overlay's included, are computed on a worker thread, the window staying responsive; the chart
/// updates when they come.
class MetricsChart : public QWidget
{
    Q_OBJECT

public:
    enum Metric { HubShare, SpokeSpokeShare, Density, MetricCount };

    explicit MetricsChart(AtlasDocument *document, QWidget *parent = nullptr);
    ~MetricsChart() override;

    /// Datasets with at least this many ties have their series computed on a worker thread.
    static constexpr qsizetype kBackgroundFrom = 200;
    /// True while the series shown, or the overlay's, are being computed on a worker thread.
    bool isComputing() const { return mComputing || mOverlayComputing; }

    QCustomPlot *plot() const { return mPlot; }
    const QList<NetworkMetrics> &series() const { return mSeries; }
    /// The series with no actor hidden (computed when the overlay is first shown).
    const QList<NetworkMetrics> &overlaySeries() const { return mOverlay; }
    /// The graph of \a metric, for the toggled series or the overlay.
    QCPGraph *graph(Metric metric, bool overlay = false) const;
    /// The x position of the date cursor (years, fractional).
    double cursorPosition() const;
    /// The region the series are scoped to.
    AnalysisRegion region() const { return mRegion; }
    void setRegion(AnalysisRegion region);
    /// What \a metric measures, in one sentence (the legend tooltip and the explanation).
    static QString explanation(Metric metric);
    /// The hover text at \a date: the date, the values, and the ties that changed the network on
    /// the last change date up to it (from the sample before), as plain text.
    QString valuesText(QDate date) const;
    /// Compare Dates: the three measures at the first date (A), at the window's date (B) and the
    /// difference, one line each; empty when not comparing.
    QString compareText() const;
    /// The x position of the compare cursor (date A), or NaN when it is hidden.
    double compareCursorPosition() const;

    /// Date to plot x (years, fractional) and back.
    static double toX(QDate date);
    static QDate fromX(double x);

signals:
    /// The series (and the chart) are up to date with the document.
    void seriesUpdated();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// One series computation: \a compute runs on a worker thread for a large dataset (else here,
    /// at once), and \a done gets its result here unless \a generation has moved on since.
    void start(std::function<QList<NetworkMetrics>()> compute, const int &generation,
               std::function<void(const QList<NetworkMetrics> &)> done);
    void retranslateUi();
    void recompute();
    /// The overlay's series no longer hold (dataset, range or region changed).
    void invalidateOverlay();
    void apply(const QList<NetworkMetrics> &series);
    void updateOverlay();
    void fill(const QList<NetworkMetrics> &series, bool overlay);
    void updateCursor();
    void updateCompare();
    void showValuesAt(QMouseEvent *event);
    void setDateAt(QMouseEvent *event);
    QString changeText(qsizetype sample) const;

    QPointer<AtlasDocument> mDocument;
    QCustomPlot *mPlot = nullptr;
    QCheckBox *mOverlayCheck = nullptr;
    QComboBox *mRegionCombo = nullptr;
    QLabel *mRegionLabel = nullptr;
    QLabel *mExplanation = nullptr;
    AnalysisRegion mRegion = AnalysisRegion::AsiaPacific;
    QCPGraph *mGraphs[MetricCount] = {};
    QCPGraph *mOverlayGraphs[MetricCount] = {};
    QCPLayer *mCursorLayer = nullptr;
    QCPItemStraightLine *mCursor = nullptr;
    QCPItemStraightLine *mCompareCursor = nullptr; //!< date A, dashed, while comparing
    QLabel *mCompareLabel = nullptr;
    QList<NetworkMetrics> mSeries;
    QList<NetworkMetrics> mOverlay;
    bool mOverlayValid = false;
    bool mDirty = true; //!< the series wait for the chart to be shown
    bool mComputing = false;
    bool mOverlayComputing = false;
    int mGeneration = 0;        //!< of the latest computation: a worker's older result is dropped
    int mOverlayGeneration = 0; //!< the same for the overlay's series
    std::vector<std::unique_ptr<QThread>> mWorkers;
    bool mDragging = false;
    mutable qsizetype mChangeSample = -1; //!< the sample whose changeText() is cached (-1: none)
    mutable QString mChangeCache;
};

} // namespace atlas
