// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/comparecursor.h"

#include "models/query/atlasdocument.h"
#include "models/query/timecontroller.h"
#include "models/render/palette.h"

#include <QMouseEvent>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace atlas {

CompareCursor::CompareCursor(AtlasDocument *document, QCustomPlot *plot)
    : QObject(plot)
    , mDocument(document)
    , mPlot(plot)
{
    QCPLayer *layer = plot->layer(QStringLiteral("cursor"));
    mInterval = new QCPItemRect(plot);
    mLine = new QCPItemStraightLine(plot);
    mLabel = new QCPItemText(plot);
    for (QCPAbstractItem *item : { static_cast<QCPAbstractItem *>(mInterval), static_cast<QCPAbstractItem *>(mLine),
                                   static_cast<QCPAbstractItem *>(mLabel) }) {
        if (layer)
            item->setLayer(layer);
        item->setSelectable(false);
        item->setClipToAxisRect(true);
    }
    mInterval->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
    mInterval->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
    mInterval->setPen(Qt::NoPen);
    QColor shade = Palette::kBlue;
    shade.setAlpha(28);
    mInterval->setBrush(shade);
    QPen pen(Palette::kText, 2, Qt::DashLine);
    mLine->setPen(pen);
    mLabel->position->setTypeX(QCPItemPosition::ptPlotCoords);
    mLabel->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    mLabel->setPositionAlignment(Qt::AlignTop | Qt::AlignRight);
    mLabel->setText(QStringLiteral("A"));
    mLabel->setColor(Qt::white);
    mLabel->setBrush(Palette::kText);
    mLabel->setPadding(QMargins(3, 1, 3, 1));
    plot->installEventFilter(this);
    connect(document, &AtlasDocument::compareChanged, this, [this] {
        // Compare mode turned on or A moved outside the date axis: widen the axis to show A.
        if (mDocument->isComparing() && !mDragging) {
            const double a = double(mDocument->compareFrom().toJulianDay());
            const QCPRange range = mPlot->xAxis->range();
            if (!range.contains(a))
                mPlot->xAxis->setRange(std::min(range.lower, a - 365), std::max(range.upper, a + 365));
        }
        update();
    });
    connect(document->time(), &TimeController::dateChanged, this, &CompareCursor::update);
    update();
}

void CompareCursor::update()
{
    const bool on = mDocument && mDocument->isComparing();
    for (QCPAbstractItem *item : { static_cast<QCPAbstractItem *>(mInterval), static_cast<QCPAbstractItem *>(mLine),
                                   static_cast<QCPAbstractItem *>(mLabel) })
        item->setVisible(on);
    if (on) {
        const double a = double(mDocument->compareFrom().toJulianDay());
        const double b = double(mDocument->time()->date().toJulianDay());
        mLine->point1->setCoords(a, 0);
        mLine->point2->setCoords(a, 1);
        mLabel->position->setCoords(a, 0);
        mInterval->topLeft->setCoords(std::min(a, b), 0);
        mInterval->bottomRight->setCoords(std::max(a, b), 1);
    }
    if (QCPLayer *layer = mLine->layer())
        layer->replot();
    else
        mPlot->replot(QCustomPlot::rpQueuedReplot);
}

double CompareCursor::cursorX() const
{
    if (!mDocument || !mDocument->isComparing())
        return -1;
    return mPlot->xAxis->coordToPixel(double(mDocument->compareFrom().toJulianDay()));
}

QDate CompareCursor::dateAt(double x) const
{
    const QRect area = mPlot->axisRect()->rect();
    x = std::clamp(x, double(area.left()), double(area.right()));
    const QDate date = QDate::fromJulianDay(qint64(std::floor(mPlot->xAxis->pixelToCoord(x))));
    const TimeController *time = mDocument->time();
    return std::clamp(date, time->minimum(), time->maximum());
}

bool CompareCursor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != mPlot || !mDocument)
        return false;
    const QEvent::Type type = event->type();
    if (type != QEvent::MouseButtonPress && type != QEvent::MouseMove && type != QEvent::MouseButtonRelease)
        return false; // only mouse events are QMouseEvents (the filter sees every event of the plot)
    const auto *mouse = static_cast<QMouseEvent *>(event);
    switch (type) {
    case QEvent::MouseButtonPress:
        if (mouse->button() != Qt::LeftButton || !(mouse->modifiers() & Qt::ShiftModifier)
            || !mPlot->axisRect()->rect().contains(mouse->position().toPoint()))
            return false;
        mDragging = true;
        mDocument->setCompareFrom(dateAt(mouse->position().x()));
        return true;
    case QEvent::MouseMove:
        if (!mDragging)
            return false;
        mDocument->setCompareFrom(dateAt(mouse->position().x()));
        return true;
    case QEvent::MouseButtonRelease:
        if (!mDragging)
            return false;
        mDragging = false;
        return true;
    default:
        return false;
    }
}

} // namespace atlas
