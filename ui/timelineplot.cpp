// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/timelineplot.h"

#include "models/render/timeaxis.h"
#include "models/render/timelinerenderer.h"
#include "ui/timelinewidget.h"

#include <QFontMetricsF>

namespace atlas {

void TimelineDateTicker::generate(const QCPRange &range, const QLocale &, QChar, int, QVector<double> &ticks, QVector<double> *subTicks,
                                  QVector<QString> *tickLabels)
{
    const TimeAxisTicks axis = TimeAxis::ticks(range.lower, range.upper, pixelWidth, QFontMetricsF(font), language);
    ticks.clear();
    if (tickLabels)
        tickLabels->clear();
    for (const TimeAxisTick &tick : axis.major) {
        ticks.append(tick.day);
        if (tickLabels)
            tickLabels->append(tick.label);
    }
    if (subTicks)
        *subTicks = axis.minor;
}

TimelineLanesLayerable::TimelineLanesLayerable(QCustomPlot *plot, TimelineWidget *widget)
    : QCPLayerable(plot, QStringLiteral("main"))
    , mWidget(widget)
{
}

void TimelineLanesLayerable::applyDefaultAntialiasingHint(QCPPainter *painter) const
{
    painter->setAntialiasing(true);
}

QRect TimelineLanesLayerable::clipRect() const
{
    return mParentPlot->axisRect()->rect();
}

void TimelineLanesLayerable::draw(QCPPainter *painter)
{
    TimelineRenderer::paint(*painter, mWidget->plotArea(), mWidget->mModel, mWidget->view());
}

TimelinePlot::TimelinePlot(TimelineWidget *widget, QWidget *parent)
    : QCustomPlot(parent)
    , mWidget(widget)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
}

void TimelinePlot::mousePressEvent(QMouseEvent *event)
{
    mWidget->plotMousePress(event);
}

void TimelinePlot::mouseMoveEvent(QMouseEvent *event)
{
    mWidget->plotMouseMove(event);
}

void TimelinePlot::mouseReleaseEvent(QMouseEvent *event)
{
    mWidget->plotMouseRelease(event);
}

void TimelinePlot::mouseDoubleClickEvent(QMouseEvent *event)
{
    mWidget->plotMousePress(event);
}

void TimelinePlot::wheelEvent(QWheelEvent *event)
{
    if (!mWidget->plotWheel(event))
        QCustomPlot::wheelEvent(event);
}

void TimelinePlot::keyPressEvent(QKeyEvent *event)
{
    if (!mWidget->plotKeyPress(event))
        QCustomPlot::keyPressEvent(event);
}

void TimelinePlot::updateLayout()
{
    QCustomPlot::updateLayout();
    if (mWidget->updateRowRange())
        QCustomPlot::updateLayout();
}

} // namespace atlas
