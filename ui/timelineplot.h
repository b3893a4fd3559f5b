// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/localizedtext.h"

#include <QFont>

#include <qcustomplot.h>

namespace atlas {

class TimelineWidget;

/// The date axis: the core's TimeAxis (shared with exported timeline strips) chooses ticks and
/// labels that fit the axis's width in its tick label font, in the document's language. Keys are
/// Julian days.
class TimelineDateTicker : public QCPAxisTicker
{
public:
    Language language = Language::English;
    double pixelWidth = 800;
    QFont font;

    void generate(const QCPRange &range, const QLocale &locale, QChar formatChar, int precision, QVector<double> &ticks,
                  QVector<double> *subTicks, QVector<QString> *tickLabels) override;
};

/// Draws the lanes through TimelineRenderer, in the axis rectangle, on the plot's "main" layer.
class TimelineLanesLayerable : public QCPLayerable
{
public:
    TimelineLanesLayerable(QCustomPlot *plot, TimelineWidget *widget);

protected:
    void applyDefaultAntialiasingHint(QCPPainter *painter) const override;
    QRect clipRect() const override;
    void draw(QCPPainter *painter) override;

private:
    TimelineWidget *mWidget;
};

/// The plot: QCustomPlot's wheel zoom, and the timeline widget's own cursor drag, pan, hover and keys.
class TimelinePlot : public QCustomPlot
{
public:
    TimelinePlot(TimelineWidget *widget, QWidget *parent);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    /// The lanes shown depend on the axis rectangle's height, known only once laid out: lays out
    /// again when the rows (or the date ticks' room) changed, so every replot, on screen or into an
    /// export painter, draws consistent ticks in a single pass.
    void updateLayout() override;

private:
    TimelineWidget *mWidget;
};

} // namespace atlas
