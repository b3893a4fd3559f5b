// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/timelinewidget.h"

#include "models/domain/dataset.h"
#include "models/render/palette.h"
#include "models/domain/partialdate.h"
#include "models/query/timecontroller.h"
#include "models/domain/vocabulary.h"
#include "ui/timelinecontrols.h"
#include "ui/timelineplot.h"

#include <QEvent>
#include <QFontInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QToolTip>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace atlas {

namespace {

constexpr int kDragThresholdPx = 3;
constexpr double kMinVisibleDays = 14;
constexpr int kMaxLabelChars = 30;

QString dateText(QDate date, Language language)
{
    return PartialDate::fromDate(date).displayString(language);
}

} // namespace

TimelineWidget::TimelineWidget(AtlasDocument *document, QWidget *parent)
    : QWidget(parent)
    , mDocument(document)
{
    setObjectName(QStringLiteral("timeline"));
    TimeController *time = document->time();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(2);
    mControls = new TimelineControls(time, this);
    layout->addWidget(mControls);
    connect(mControls, &TimelineControls::previousEventRequested, this, [this] { mDocument->time()->stepToPreviousDate(mModel.eventDates()); });
    connect(mControls, &TimelineControls::nextEventRequested, this, [this] { mDocument->time()->stepToNextDate(mModel.eventDates()); });
    connect(mControls, &TimelineControls::resetZoomRequested, this, &TimelineWidget::resetZoom);
    connect(mControls, &TimelineControls::eraChanged, this, &TimelineWidget::applyEra);
    connect(mControls, &TimelineControls::lanesFittedToggled, this, &TimelineWidget::setLanesFitted);
    buildPlot();
    applyFont();

    connect(time, &TimeController::dateChanged, this, &TimelineWidget::updateCursor);
    connect(time, &TimeController::rangeChanged, this, [this] {
        rebuildModel();
        applyEra();
    });
    connect(document, &AtlasDocument::datasetChanged, this, &TimelineWidget::rebuildModel);
    connect(document, &AtlasDocument::hiddenActorsChanged, this, &TimelineWidget::rebuildModel);
    connect(document, &AtlasDocument::typeFilterChanged, this, &TimelineWidget::rebuildModel);
    connect(document, &AtlasDocument::languageChanged, this, [this](Language language) {
        mDateTicker->language = language;
        updateLaneLabels();
        updateCursor();
        mPlot->replot(QCustomPlot::rpQueuedReplot);
    });
    connect(document, &AtlasDocument::selectionChanged, this, [this] {
        updateLaneLabels();
        scrollToSelection();
        mPlot->replot(QCustomPlot::rpQueuedReplot);
    });

    mDateTicker->language = document->language();
    rebuildModel();
    mControls->markEra(TimelineModel::defaultEra(time->date()));
    applyEra();
    updateCursor();
}

TimelineWidget::~TimelineWidget() = default;

QSize TimelineWidget::sizeHint() const
{
    return { 900, int(mRowHeight * 11) + 2 * fontMetrics().height() + 40 };
}

DateEntry *TimelineWidget::dateEntry() const
{
    return mControls->dateEntry();
}

QCustomPlot *TimelineWidget::plot() const
{
    return mPlot;
}

void TimelineWidget::buildPlot()
{
    auto *row = new QHBoxLayout;
    row->setSpacing(0);
    mPlot = new TimelinePlot(this, this);
    mPlot->setObjectName(QStringLiteral("timelinePlot"));
    mPlot->setMinimumHeight(120);
    mPlot->setInteractions(QCP::iRangeZoom);
    mPlot->axisRect()->setRangeZoom(Qt::Horizontal);
    mPlot->axisRect()->setRangeZoomAxes(mPlot->xAxis, nullptr);
    mPlot->axisRect()->setRangeZoomFactor(0.85, 1.0);
    mPlot->setBackground(palette().base());
    mPlot->axisRect()->setBackground(QBrush(Qt::white));

    mDateTicker = QSharedPointer<TimelineDateTicker>::create();
    mDateTicker->font = mPlot->xAxis->tickLabelFont();
    mPlot->xAxis->setTicker(mDateTicker);
    mPlot->xAxis->grid()->setPen(QPen(QColor(0, 0, 0, 30), 1));
    mPlot->xAxis->grid()->setSubGridVisible(false);
    mPlot->xAxis->setBasePen(QPen(Palette::kText));
    mPlot->xAxis->setTickPen(QPen(Palette::kText));
    mPlot->xAxis->setSubTickPen(QPen(QColor(0, 0, 0, 90)));
    mPlot->xAxis->setTickLabelColor(Palette::kText);

    mPlot->yAxis->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    mPlot->yAxis->setRangeReversed(true);
    mPlot->yAxis->setTickLength(0, 0);
    mPlot->yAxis->setSubTicks(false);
    mPlot->yAxis->grid()->setVisible(false);
    mPlot->yAxis->setBasePen(QPen(QColor(0, 0, 0, 60)));
    mPlot->yAxis->setTickLabelColor(Palette::kText);
    connect(mPlot->xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this, &TimelineWidget::clampRange);

    mLanes = new TimelineLanesLayerable(mPlot, this);

    // The cursor has a buffered layer of its own: moving it replots that layer alone, not the lanes.
    mPlot->addLayer(QStringLiteral("cursor"), mPlot->layer(QStringLiteral("main")), QCustomPlot::limAbove);
    mCursorLayer = mPlot->layer(QStringLiteral("cursor"));
    mCursorLayer->setMode(QCPLayer::lmBuffered);
    mCursorLine = new QCPItemStraightLine(mPlot);
    mCursorLine->setLayer(mCursorLayer);
    mCursorLine->setPen(QPen(Palette::kVermillion, 2));
    mCursorLine->setSelectable(false);
    mCursorLabel = new QCPItemText(mPlot);
    mCursorLabel->setLayer(mCursorLayer);
    mCursorLabel->position->setTypeX(QCPItemPosition::ptPlotCoords);
    mCursorLabel->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    mCursorLabel->setPositionAlignment(Qt::AlignBottom | Qt::AlignLeft);
    mCursorLabel->setClipToAxisRect(false); // it sits in the margin above the lanes
    mCursorLabel->setColor(Qt::white);
    mCursorLabel->setBrush(Palette::kVermillion);
    mCursorLabel->setPadding(QMargins(4, 1, 4, 1));
    mCursorLabel->setSelectable(false);
    mPlot->axisRect()->setAutoMargins(QCP::msLeft | QCP::msRight | QCP::msBottom);

    mLaneScroll = new QScrollBar(Qt::Vertical, this);
    mLaneScroll->setObjectName(QStringLiteral("laneScrollBar"));
    connect(mLaneScroll, &QScrollBar::valueChanged, this, [this] { mPlot->replot(QCustomPlot::rpQueuedReplot); });

    row->addWidget(mPlot, 1);
    row->addWidget(mLaneScroll);
    static_cast<QVBoxLayout *>(layout())->addLayout(row, 1);
    setFocusProxy(mPlot);
}

void TimelineWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        mPlot->replot(QCustomPlot::rpQueuedReplot); // group headings are translated
    if (event->type() == QEvent::FontChange && mPlot)
        applyFont();
    QWidget::changeEvent(event);
}

void TimelineWidget::applyFont()
{
    mRowHeight = std::max(18, fontMetrics().height() + 6);
    mPlot->xAxis->setTickLabelFont(font());
    mDateTicker->font = font();
    QFont labelFont = font();
    labelFont.setBold(true);
    mCursorLabel->setFont(labelFont);
    mPlot->axisRect()->setMargins(QMargins(0, QFontMetrics(labelFont).height() + 4, 0, 0));
    updateLaneLabels();
    updateRowRange();
    mPlot->replot(QCustomPlot::rpQueuedReplot);
}

void TimelineWidget::setEra(TimelineEra era)
{
    mControls->setEra(era); // applyEra() on a change
    applyEra();
}

void TimelineWidget::applyEra()
{
    if (!mDocument)
        return;
    const TimeController *time = mDocument->time();
    const auto [from, to] = TimelineModel::eraRange(mControls->era(), time->minimum(), time->maximum());
    mPlot->xAxis->setRange(double(from.toJulianDay()), double(to.toJulianDay() + 1));
    mPlot->replot(QCustomPlot::rpQueuedReplot);
}

void TimelineWidget::setLanesFitted(bool fitted)
{
    mLanesFitted = fitted;
    mControls->markLanesFitted(fitted);
    updateLaneLabels();
    updateRowRange();
    mPlot->replot(QCustomPlot::rpQueuedReplot);
}

double TimelineWidget::visibleRows() const
{
    return mPlot->yAxis->range().size();
}

void TimelineWidget::rebuildModel()
{
    if (!mDocument)
        return;
    const AtlasDocument *document = mDocument;
    mModel = TimelineModel(mDocument->dataset(), mDocument->hiddenActors(), mDocument->time()->maximum(),
                           [document](const QString &tie) { return document->passesTypeFilter(tie); });
    updateLaneLabels();
    updateRowRange(); // the scroll bar's range, before a queued replot lays out the rows
    mPlot->replot(QCustomPlot::rpQueuedReplot);
}

void TimelineWidget::updateLaneLabels()
{
    if (!mDocument)
        return;
    QMap<double, QString> labels;
    const Dataset &dataset = mDocument->dataset();
    const Language language = mDocument->language();
    const QString selected = mDocument->selection().kind == Selection::Kind::Tie ? mDocument->selection().id : QString();
    for (int r = 0; r < mModel.rows().size(); ++r) {
        const TimelineRow &row = mModel.rows()[r];
        if (row.isHeading())
            continue;
        const TimelineLane &lane = mModel.lanes()[row.lane];
        QString text = dataset.ties[lane.tie].label().text(language);
        if (text.size() > kMaxLabelChars)
            text = text.left(kMaxLabelChars - 1) + QChar(0x2026);
        if (lane.tieId == selected)
            text = QStringLiteral("▶ ") + text;
        labels.insert(r + 0.5, text);
    }
    mPlot->yAxis->ticker().staticCast<QCPAxisTickerText>()->setTicks(labels);
}

bool TimelineWidget::updateRowRange()
{
    const double visible = mLanesFitted ? std::max(1.0, double(mModel.rows().size()))
                                        : std::max(1.0, mPlot->axisRect()->height() / mRowHeight);
    const int rows = int(mModel.rows().size());
    const int maxFirst = std::max(0, rows - int(std::floor(visible)));
    {
        const QSignalBlocker block(mLaneScroll);
        mLaneScroll->setRange(0, maxFirst);
        mLaneScroll->setPageStep(std::max(1, int(visible)));
    }
    mLaneScroll->setVisible(maxFirst > 0);
    bool changed = false;
    const QCPRange range(mLaneScroll->value(), mLaneScroll->value() + visible);
    if (std::abs(range.lower - mPlot->yAxis->range().lower) > 1e-9 || std::abs(range.upper - mPlot->yAxis->range().upper) > 1e-9) {
        mPlot->yAxis->setRange(range);
        changed = true;
    }
    // Fitted rows may be thinner than a line of text: the names shrink with them, and below a
    // legible size are left to the hover tip.
    QFont names = font();
    const double rowPx = std::min(mRowHeight, mPlot->axisRect()->height() / visible);
    const int fullPx = QFontInfo(names).pixelSize();
    const int px = std::min(fullPx, int(rowPx) - 1);
    if (px < fullPx)
        names.setPixelSize(std::max(1, px));
    if (names != mPlot->yAxis->tickLabelFont() || mPlot->yAxis->tickLabels() != (px >= 7)) {
        mPlot->yAxis->setTickLabelFont(names);
        mPlot->yAxis->setTickLabels(px >= 7);
        changed = true;
    }
    if (mDateTicker->pixelWidth != mPlot->axisRect()->width()) {
        mDateTicker->pixelWidth = mPlot->axisRect()->width();
        changed = true;
    }
    return changed;
}

void TimelineWidget::scrollToSelection()
{
    if (!mDocument || mDocument->selection().kind != Selection::Kind::Tie)
        return;
    const int row = mModel.rowOfLane(mModel.laneOf(mDocument->selection().id));
    if (row < 0)
        return;
    const QCPRange range = mPlot->yAxis->range();
    if (row < range.lower)
        mLaneScroll->setValue(row > 0 && mModel.rows()[row - 1].isHeading() ? row - 1 : row);
    else if (row + 1 > range.upper)
        mLaneScroll->setValue(row + 1 - int(std::floor(range.size())));
}

void TimelineWidget::resetZoom()
{
    if (!mDocument)
        return;
    const TimeController *time = mDocument->time();
    mPlot->xAxis->setRange(double(time->minimum().toJulianDay()), double(time->maximum().toJulianDay() + 1));
    mControls->markEra(TimelineEra::All);
    mPlot->replot(QCustomPlot::rpQueuedReplot);
}

void TimelineWidget::clampRange()
{
    if (mInRangeClamp || !mDocument)
        return;
    const TimeController *time = mDocument->time();
    const double lo = double(time->minimum().toJulianDay());
    const double hi = double(time->maximum().toJulianDay() + 1);
    QCPRange r = mPlot->xAxis->range();
    double size = std::clamp(r.size(), kMinVisibleDays, hi - lo);
    double lower = std::clamp(r.lower, lo, hi - size);
    if (lower == r.lower && lower + size == r.upper)
        return;
    mInRangeClamp = true;
    mPlot->xAxis->setRange(lower, lower + size);
    mInRangeClamp = false;
}

QRectF TimelineWidget::plotArea() const
{
    return QRectF(mPlot->axisRect()->rect());
}

TimelineView TimelineWidget::view() const
{
    TimelineView v;
    v.fromDay = mPlot->xAxis->range().lower;
    v.toDay = mPlot->xAxis->range().upper;
    v.firstRow = mPlot->yAxis->range().lower;
    const double rows = mPlot->yAxis->range().size();
    v.rowHeight = rows > 0 ? plotArea().height() / rows : mRowHeight;
    if (mDocument && mDocument->selection().kind == Selection::Kind::Tie)
        v.selectedTie = mDocument->selection().id;
    return v;
}

QDate TimelineWidget::dateAtX(double x) const
{
    const QRectF area = plotArea();
    x = std::clamp(x, area.left(), area.right());
    return QDate::fromJulianDay(qint64(std::floor(view().dayAt(area, x))));
}

QPoint TimelineWidget::plotPosition(QDate date, const QString &tieId) const
{
    const QRectF area = plotArea();
    const TimelineView v = view();
    const double x = v.x(area, double(date.toJulianDay()) + 0.5);
    const int row = mModel.rowOfLane(mModel.laneOf(tieId));
    const double y = row >= 0 ? v.y(area, row + 0.5) : area.center().y();
    return QPointF(x, y).toPoint();
}

void TimelineWidget::updateCursor()
{
    if (!mDocument)
        return;
    const QDate date = mDocument->time()->date();
    const Language language = mDocument->language();
    const double key = double(date.toJulianDay());
    // A date set from elsewhere (a bookmark, a view file) outside the axis brings its era into view.
    if (mDrag == Drag::None && !mPlot->xAxis->range().contains(key)) {
        const TimelineEra era = TimelineModel::defaultEra(date);
        if (era != mControls->era())
            mControls->setEra(era); // applyEra()
        else
            applyEra();
        if (!mPlot->xAxis->range().contains(key))
            resetZoom();
    }
    mCursorLine->point1->setCoords(key, 0);
    mCursorLine->point2->setCoords(key, 1);
    const QString text = dateText(date, language);
    mCursorLabel->setText(text);
    const QCPRange range = mPlot->xAxis->range();
    const bool rightSide = key > range.lower + range.size() * 0.8;
    mCursorLabel->setPositionAlignment(Qt::AlignBottom | (rightSide ? Qt::AlignRight : Qt::AlignLeft));
    mCursorLabel->position->setCoords(key, 0);
    mControls->showDate(text);

    if (mDocument->time()->isPlaying() && (key < range.lower || key > range.upper)) {
        // Playing past the visible dates: bring the cursor into view (a full replot).
        mPlot->xAxis->setRange(key - range.size() * 0.1, key + range.size() * 0.9);
        mPlot->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    mCursorLayer->replot();
}

void TimelineWidget::selectLane(int lane)
{
    if (!mDocument || lane < 0 || lane >= mModel.lanes().size())
        return;
    mDocument->setSelection({ Selection::Kind::Tie, mModel.lanes()[lane].tieId });
}

void TimelineWidget::plotMousePress(QMouseEvent *event)
{
    if (!mDocument)
        return;
    mPlot->setFocus(Qt::MouseFocusReason);
    QToolTip::hideText();
    const QPoint pos = event->position().toPoint();
    const QRectF area = plotArea();
    mPressPos = pos;
    mMoved = false;
    mPressLower = mPlot->xAxis->range().lower;
    mPressUpper = mPlot->xAxis->range().upper;
    mPressHit = {};
    if (event->button() == Qt::RightButton || event->button() == Qt::MiddleButton) {
        mDrag = Drag::Pan;
        mPlot->setCursor(Qt::ClosedHandCursor);
        return;
    }
    if (event->button() != Qt::LeftButton)
        return;
    if (area.contains(pos)) {
        mDrag = Drag::Cursor;
        TimeController *time = mDocument->time();
        time->setPlaying(false); // the user takes over the date
        mPressHit = TimelineRenderer::hitTest(area, mModel, view(), pos);
        if (mPressHit.lane >= 0 && mPressHit.marker >= 0) {
            const TimelineMarker &marker = mModel.lanes()[mPressHit.lane].markers[mPressHit.marker];
            time->setDate(QDate::fromJulianDay(marker.fromDay));
        } else {
            time->setDate(dateAtX(pos.x()));
        }
    } else if (pos.y() > area.bottom() && pos.x() >= area.left()) {
        mDrag = Drag::Pan; // grabbing the date axis
        mPlot->setCursor(Qt::ClosedHandCursor);
    } else if (pos.x() < area.left()) {
        mDrag = Drag::Label;
    }
}

void TimelineWidget::plotMouseMove(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (mDrag == Drag::None || event->buttons() == Qt::NoButton) {
        showHoverTip(event);
        return;
    }
    if (!mMoved && (pos - mPressPos).manhattanLength() < kDragThresholdPx)
        return;
    mMoved = true;
    if (mDrag == Drag::Cursor) {
        if (mDocument)
            mDocument->time()->setDate(dateAtX(pos.x()));
    } else if (mDrag == Drag::Pan) {
        const double daysPerPixel = (mPressUpper - mPressLower) / std::max(1.0, plotArea().width());
        const double shift = (pos.x() - mPressPos.x()) * daysPerPixel;
        mPlot->xAxis->setRange(mPressLower - shift, mPressUpper - shift);
        mPlot->replot(QCustomPlot::rpQueuedReplot);
    }
}

void TimelineWidget::plotMouseRelease(QMouseEvent *event)
{
    const Drag drag = mDrag;
    mDrag = Drag::None;
    mPlot->unsetCursor();
    if (mMoved || event->button() != Qt::LeftButton)
        return;
    if (drag == Drag::Cursor && mPressHit.lane >= 0 && (mPressHit.marker >= 0 || mPressHit.bar >= 0)) {
        selectLane(mPressHit.lane);
    } else if (drag == Drag::Label) {
        const int row = int(std::floor(view().rowAt(plotArea(), event->position().y())));
        if (row >= 0 && row < mModel.rows().size())
            selectLane(mModel.rows()[row].lane);
    }
}

bool TimelineWidget::plotWheel(QWheelEvent *event)
{
    const bool overNames = event->position().x() < plotArea().left();
    if (!(event->modifiers() & Qt::ShiftModifier) && !overNames)
        return false; // QCustomPlot zooms the date axis
    const QPoint delta = event->angleDelta();
    const int steps = (delta.y() != 0 ? delta.y() : delta.x()) / 40;
    mLaneScroll->setValue(mLaneScroll->value() - steps);
    event->accept();
    return true;
}

bool TimelineWidget::plotKeyPress(QKeyEvent *event)
{
    if (!mDocument)
        return false;
    TimeController *time = mDocument->time();
    const Qt::KeyboardModifiers mods = event->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier);
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const int sign = event->key() == Qt::Key_Left ? -1 : 1;
        if (mods == Qt::ControlModifier)
            time->stepYears(sign);
        else if (mods == Qt::ShiftModifier)
            time->stepMonths(sign);
        else if (mods == Qt::NoModifier)
            time->stepDays(sign);
        else
            return false;
        return true;
    }
    case Qt::Key_PageUp:
        time->stepToPreviousDate(mModel.eventDates());
        return true;
    case Qt::Key_PageDown:
        time->stepToNextDate(mModel.eventDates());
        return true;
    case Qt::Key_Home:
        time->goToMinimum();
        return true;
    case Qt::Key_End:
        time->goToMaximum();
        return true;
    case Qt::Key_Space:
        time->togglePlaying();
        return true;
    default:
        return false;
    }
}

void TimelineWidget::showHoverTip(QMouseEvent *event)
{
    if (!mDocument)
        return;
    const QPoint pos = event->position().toPoint();
    const QRectF area = plotArea();
    const TimelineRenderer::Hit hit = TimelineRenderer::hitTest(area, mModel, view(), pos);
    if (hit.lane < 0 || (hit.marker < 0 && hit.bar < 0)) {
        QToolTip::hideText();
        mPlot->setCursor(area.contains(pos) ? Qt::CrossCursor : Qt::ArrowCursor);
        return;
    }
    const Dataset &dataset = mDocument->dataset();
    const Language language = mDocument->language();
    const TimelineLane &lane = mModel.lanes()[hit.lane];
    const Tie &tie = dataset.ties[lane.tie];
    // Dataset text is escaped: tooltips render rich text.
    QString html = QStringLiteral("<b>%1</b>").arg(tie.name.text(language).toHtmlEscaped());
    if (hit.marker >= 0) {
        const Event &e = dataset.events[lane.markers[hit.marker].event];
        html += QStringLiteral("<br/>%1 — %2").arg(e.date.displayString(language).toHtmlEscaped(), e.text.text(language).toHtmlEscaped());
        mPlot->setCursor(Qt::PointingHandCursor);
    } else {
        const TimelineBar &bar = lane.bars[hit.bar];
        const PartialDate from = bar.fromDay == tie.fromDay ? tie.start : PartialDate::fromDate(QDate::fromJulianDay(bar.fromDay));
        const QString to = bar.openEnd ? tr("ongoing")
                                       : (bar.toDay == tie.toDay && tie.end.isValid() ? tie.end : PartialDate::fromDate(QDate::fromJulianDay(bar.toDay)))
                                             .displayString(language);
        html += QStringLiteral("<br/>%1 – %2 · %3")
                    .arg(from.displayString(language).toHtmlEscaped(), to.toHtmlEscaped(), Vocabulary::label(bar.status).toHtmlEscaped());
        mPlot->setCursor(Qt::PointingHandCursor);
    }
    QToolTip::showText(event->globalPosition().toPoint(), html, mPlot);
}

} // namespace atlas
