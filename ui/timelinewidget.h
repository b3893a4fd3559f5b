// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/query/atlasdocument.h"
#include "models/query/timelinemodel.h"
#include "models/render/timelinerenderer.h"

#include <QDate>
#include <QPointer>
#include <QWidget>

class QCPItemStraightLine;
class QCPItemText;
class QCPLayer;
class QCustomPlot;
class QKeyEvent;
class QMouseEvent;
class QScrollBar;
class QWheelEvent;

namespace atlas {

class DateEntry;
class TimelineControls;
class TimelinePlot;
class TimelineLanesLayerable;
class TimelineDateTicker;

/**
 * The timeline: one lane per tie, grouped, with bars and event markers, and a date cursor the user
 * drags anywhere on the plot. It holds the document's TimeController (QGIS's time slider idea):
 * input goes to the controller, and the cursor follows the controller's dateChanged, replotting only
 * its own buffered layer. Clicking an event or a bar selects the tie through the document.
 *
 * Mouse: left press/drag on the plot moves the date; wheel zooms the date axis; right or middle drag,
 * or a left drag on the date axis, pans it. Keys (on the plot): Left/Right a day, with Shift a month,
 * with Ctrl a year; Page Up/Down the previous/next event; Home/End the ends; Space play/pause.
 */
class TimelineWidget : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineWidget(AtlasDocument *document, QWidget *parent = nullptr);
    ~TimelineWidget() override;

    /// The plot, e.g. to render it into a painter at any size (QCustomPlot::toPainter/savePdf).
    QCustomPlot *plot() const;
    const TimelineModel &model() const { return mModel; }
    /// The window's one date entry (in the timeline's control bar).
    DateEntry *dateEntry() const;

    /// Where \a date lies on the plot, in the plot widget's coordinates: in the row of \a tieId when
    /// given and shown, else in the middle of the lanes. For tests and scripted drags.
    QPoint plotPosition(QDate date, const QString &tieId = {}) const;

    /// Shows the whole date range again (the reset button; the era preset All).
    void resetZoom();
    /// Shows \a era's span of the date axis (the era presets). \see TimelineModel::eraRange()
    void setEra(TimelineEra era);
    /// Compact density: every lane in the height there is (names shrink, then show on hover), so no
    /// lane needs scrolling. Off by default (readable rows and a scroll bar).
    void setLanesFitted(bool fitted);
    bool lanesFitted() const { return mLanesFitted; }
    /// The rows the plot shows now (group headings included).
    double visibleRows() const;

    /// Room for the controls, about ten lanes and the date axis.
    QSize sizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    friend class TimelinePlot;
    friend class TimelineLanesLayerable;

    enum class Drag { None, Cursor, Pan, Label };

    void buildPlot();
    void rebuildModel();
    void updateLaneLabels();
    /// Sizes the rows, axis labels and date tag from the widget's font (View > Text Size).
    void applyFont();
    void applyEra();
    void updateCursor();
    /// Fits the lane rows to the axis rectangle's height and the scroll bar; true when a range changed.
    bool updateRowRange();
    void scrollToSelection();
    void clampRange();

    // Input forwarded by the plot.
    void plotMousePress(QMouseEvent *event);
    void plotMouseMove(QMouseEvent *event);
    void plotMouseRelease(QMouseEvent *event);
    bool plotWheel(QWheelEvent *event);
    bool plotKeyPress(QKeyEvent *event);

    TimelineView view() const;
    QRectF plotArea() const;
    QDate dateAtX(double x) const;
    void showHoverTip(QMouseEvent *event);
    void selectLane(int lane);

    QPointer<AtlasDocument> mDocument;
    TimelineModel mModel;
    double mRowHeight = 20;

    TimelinePlot *mPlot = nullptr;
    TimelineLanesLayerable *mLanes = nullptr;
    QSharedPointer<TimelineDateTicker> mDateTicker;
    QCPLayer *mCursorLayer = nullptr;
    QCPItemStraightLine *mCursorLine = nullptr;
    QCPItemText *mCursorLabel = nullptr;
    QScrollBar *mLaneScroll = nullptr;

    TimelineControls *mControls = nullptr;
    bool mLanesFitted = false;

    Drag mDrag = Drag::None;
    QPoint mPressPos;
    double mPressLower = 0;
    double mPressUpper = 0;
    bool mMoved = false;
    TimelineRenderer::Hit mPressHit;
    bool mInRangeClamp = false;
};

} // namespace atlas
