// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mapview.h"

#include "models/query/atlasdocument.h"
#include "models/geo/worldmap.h"
#include "models/render/map/mapframing.h"

#include <QEvent>
#include <QGestureEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPinchGesture>
#include <QRegion>
#include <QToolButton>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace atlas {

namespace {
constexpr double kZoomStep = 1.25;
constexpr int kDragThreshold = 4;  // pixels: less is a click
constexpr int kSettleMs = 160;     // full quality again this long after the last date change
constexpr double kBudgetMs = 12.0; // a full-quality frame slower than this turns on drafts
} // namespace

MapView::MapView(AtlasDocument *document, QWidget *parent)
    : QWidget(parent)
    , mDocument(document)
{
    setObjectName(QStringLiteral("mapView"));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAttribute(Qt::WA_AcceptTouchEvents);
    grabGesture(Qt::PinchGesture);
    setCursor(Qt::OpenHandCursor);
    setMinimumSize(320, 200);

    auto makeButton = [this](const char *name, const QString &text) {
        auto *b = new QToolButton(this);
        b->setObjectName(QLatin1String(name));
        b->setText(text);
        b->setAutoRaise(false);
        b->setCursor(Qt::ArrowCursor);
        b->setFocusPolicy(Qt::NoFocus);
        return b;
    };
    mZoomInButton = makeButton("zoomInButton", QStringLiteral("+"));
    mZoomOutButton = makeButton("zoomOutButton", QStringLiteral("\u2212"));
    mResetButton = makeButton("resetViewButton", QString());
    mLegendButton = makeButton("legendButton", QString());
    mLegendButton->setCheckable(true);
    mLegendButton->setChecked(true);
    connect(mLegendButton, &QToolButton::toggled, this, qOverload<>(&MapView::update)); // the map may grow or shrink
    connect(mZoomInButton, &QToolButton::clicked, this, &MapView::zoomIn);
    connect(mZoomOutButton, &QToolButton::clicked, this, &MapView::zoomOut);
    connect(mResetButton, &QToolButton::clicked, this, &MapView::resetView);

    mSettleTimer.setSingleShot(true);
    mSettleTimer.setInterval(kSettleMs);
    connect(&mSettleTimer, &QTimer::timeout, this, [this] {
        mDraft = false;
        update();
    });

    connect(document, &AtlasDocument::snapshotChanged, this, &MapView::onSnapshotChanged);
    connect(document, &AtlasDocument::selectionChanged, this, &MapView::onSelectionChanged);
    mFlight.setStartValue(0.0);
    mFlight.setEndValue(1.0);
    mFlight.setDuration(kFlightMs);
    mFlight.setEasingCurve(QEasingCurve::InOutCubic);
    connect(&mFlight, &QVariantAnimation::valueChanged, this, [this](const QVariant &t) {
        applyViewport(MapFraming::interpolate(mFlightFrom, mFlightTo, t.toDouble()));
    });
    connect(document, &AtlasDocument::languageChanged, this, qOverload<>(&MapView::update));
    connect(document, &AtlasDocument::textSizeChanged, this, [this] {
        mRenderer.clearCaches();
        update();
    });
    connect(document, &AtlasDocument::hiddenActorsChanged, this, qOverload<>(&MapView::update));
    connect(document, &AtlasDocument::datasetChanged, this, [this] {
        mRenderer.clearCaches();
        update();
    });
    retranslateUi();
}

MapInput MapView::input() const
{
    return mDocument ? MapInput::fromDocument(*mDocument) : MapInput();
}

MapRenderOptions MapView::renderOptions() const
{
    MapRenderOptions options;
    options.viewport = mViewport;
    options.language = mDocument ? mDocument->language() : Language::English;
    options.legendCollapsed = !mLegendButton->isChecked();
    options.controls = controlsRect();
    options.scale = mDocument ? mDocument->textScale() : 1.0; // View > Text Size
    return options;
}

QRectF MapView::mapArea() const
{
    return mRenderer.mapArea(rect(), input(), renderOptions());
}

void MapView::setViewport(const Viewport &viewport)
{
    stopFlight();
    applyViewport(viewport);
}

void MapView::applyViewport(const Viewport &viewport)
{
    const Viewport v = viewport.clamped();
    if (v == mViewport)
        return;
    mViewport = v;
    mResetButton->setEnabled(!mViewport.isReset());
    emit viewportChanged(mViewport);
    update();
}

QPointF MapView::centreLonLat() const
{
    const EqualEarth &projection = mRenderer.world().projection();
    return projection.unproject(mViewport.centre).value_or(QPointF(projection.centralMeridian(), 0));
}

void MapView::setView(double zoom, QPointF centreLonLat)
{
    Viewport v;
    v.zoom = zoom;
    v.centre = mRenderer.world().projection().project(centreLonLat);
    setViewport(v);
}

void MapView::resetView()
{
    mBeforeSelection.reset();
    setViewport({});
}

void MapView::flyTo(const Viewport &to)
{
    mFlight.stop();
    mFlightFrom = mViewport;
    mFlightTo = to.clamped();
    if (mFlightFrom == mFlightTo)
        return;
    mFlight.start();
}

void MapView::stopFlight()
{
    mFlight.stop();
}

void MapView::frameShownTies()
{
    mBeforeSelection.reset();
    if (!mDocument)
        return;
    QList<const TieState *> ties;
    for (const TieState &state : mDocument->snapshot().ties)
        ties.append(&state);
    const Viewport framed = MapFraming::frame(mDocument->dataset(), ties, mRenderer.world().projection(), mapArea(),
                                              0.06 * std::min(width(), height()));
    flyTo(framed);
}

void MapView::onSelectionChanged()
{
    update();
    mFramedTie.clear();
    frameSelectedTie(true);
}

void MapView::frameSelectedTie(bool selectionChanged)
{
    if (!mDocument)
        return;
    const Selection selection = mDocument->selection();
    const TieState *selected = nullptr;
    if (selection.kind == Selection::Kind::Tie)
        for (const TieState &state : mDocument->snapshot().ties)
            if (state.tie >= 0 && state.tie < mDocument->dataset().ties.size() && mDocument->dataset().ties[state.tie].id == selection.id)
                selected = &state;
    if (selected) {
        if (mFramedTie == selection.id)
            return;
        mFramedTie = selection.id;
        if (!mBeforeSelection)
            mBeforeSelection = mFlight.state() == QAbstractAnimation::Running ? mFlightTo : mViewport;
        flyTo(MapFraming::frame(mDocument->dataset(), { selected }, mRenderer.world().projection(), mapArea(),
                                0.12 * std::min(width(), height())));
    } else if (selectionChanged && mBeforeSelection) {
        flyTo(*mBeforeSelection);
        mBeforeSelection.reset();
    }
}

void MapView::zoomIn()
{
    zoomAt(mapArea().center(), kZoomStep);
}

void MapView::zoomOut()
{
    zoomAt(mapArea().center(), 1 / kZoomStep);
}

void MapView::zoomAt(QPointF at, double factor)
{
    setViewport(mViewport.zoomedAt(at, factor, mapArea()));
}

void MapView::onSnapshotChanged()
{
    // While the date is being dragged or played, draw drafts if full quality is too slow for the
    // frame rate; the settle timer brings full quality back once the date rests.
    if (mLastFullFrameMs > kBudgetMs)
        mDraft = true;
    mSettleTimer.start();
    updateChanged();
    if (mDocument && mDocument->selection().kind == Selection::Kind::Tie && mFramedTie != mDocument->selection().id)
        frameSelectedTie(false); // it came into force (e.g. a bookmark's tie, once its date arrives)
}

MapRenderOptions MapView::paintOptions() const
{
    MapRenderOptions options = renderOptions();
    options.rasterCache = true;
    options.draft = mDraft;
    return options;
}

void MapView::updateChanged()
{
    // A fractional pixel ratio puts the cached images off the device grid the prepared frame assumes
    // (they would be repainted whole twice): those screens repaint the whole view.
    if (!mDocument || !isVisible() || devicePixelRatioF() != std::round(devicePixelRatioF())) {
        update();
        return;
    }
    QRegion changed;
    timeFullFrame([&] { changed = mRenderer.prepare(rect(), input(), paintOptions(), devicePixelRatioF()); });
    update(changed);
}

void MapView::timeFullFrame(const std::function<void()> &work)
{
    const int rebuildsBefore = mRenderer.overlayRebuilds();
    QElapsedTimer timer;
    timer.start();
    work();
    if (!mDraft && mRenderer.overlayRebuilds() != rebuildsBefore)
        mLastFullFrameMs = double(timer.nsecsElapsed()) / 1e6;
}

void MapView::paintEvent(QPaintEvent *)
{
    if (!mDocument)
        return;
    QPainter painter(this);
    timeFullFrame([&] { mRenderer.paint(painter, rect(), *mDocument, paintOptions()); });
}

void MapView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeButtons();
}

void MapView::placeButtons()
{
    // In the bottom right corner: outside the map's oval at the whole-world view, where no tie is
    // drawn (the legend takes another corner; see MapRenderOptions::controls).
    const int size = std::max(28, fontMetrics().height() + 12);
    int x = width() - 8;
    const int y = height() - 8 - size;
    for (QToolButton *b : { mLegendButton, mResetButton, mZoomOutButton, mZoomInButton }) {
        const int w = (b == mResetButton || b == mLegendButton) ? std::max(size, b->sizeHint().width()) : size;
        x -= w;
        b->setGeometry(x, y, w, size);
        x -= 4;
    }
}

QRectF MapView::controlsRect() const
{
    QRect r;
    for (const QToolButton *b : { mLegendButton, mResetButton, mZoomOutButton, mZoomInButton })
        r |= b->geometry();
    return QRectF(r);
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    mPressed = true;
    mDragging = false;
    mPressPos = mLastPos = event->position();
    stopFlight();
    mBeforeSelection.reset(); // the user takes the map over: deselecting will not move it back
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    if (mPressed) {
        if (!mDragging && (pos - mPressPos).manhattanLength() >= kDragThreshold) {
            mDragging = true;
            setCursor(Qt::ClosedHandCursor);
        }
        if (mDragging) {
            setViewport(mViewport.pannedBy(pos - mLastPos, mapArea()));
            mLastPos = pos;
        }
        return;
    }
    if (mDocument) {
        const MapRenderer::Hit hit = mRenderer.hitTest(pos, rect(), input(), renderOptions());
        const bool clickable = hit.kind == MapRenderer::Hit::Kind::Tie || hit.kind == MapRenderer::Hit::Kind::Actor;
        setCursor(clickable ? Qt::PointingHandCursor : Qt::OpenHandCursor);
    }
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !mPressed) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    mPressed = false;
    if (mDragging) {
        mDragging = false;
        setCursor(Qt::OpenHandCursor);
        return;
    }
    if (!mDocument)
        return;
    if (mRenderer.legendRect(rect(), input(), renderOptions()).contains(event->position())) {
        mLegendButton->toggle(); // a click on the legend closes it, on its tab opens it
        return;
    }
    const MapRenderer::Hit hit = mRenderer.hitTest(event->position(), rect(), input(), renderOptions());
    switch (hit.kind) {
    case MapRenderer::Hit::Kind::Tie:
        mDocument->setSelection({ Selection::Kind::Tie, hit.id });
        break;
    case MapRenderer::Hit::Kind::Actor:
        mDocument->setSelection({ Selection::Kind::Actor, hit.id });
        break;
    case MapRenderer::Hit::Kind::Country:
    case MapRenderer::Hit::Kind::None:
        mDocument->setSelection({});
        break;
    }
}

void MapView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        zoomAt(event->position(), event->modifiers() & Qt::ShiftModifier ? 1 / 2.0 : 2.0);
}

void MapView::wheelEvent(QWheelEvent *event)
{
    const QPoint pixels = event->pixelDelta();
    const double steps = !pixels.isNull() ? pixels.y() / 60.0 : event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomAt(event->position(), std::pow(kZoomStep, steps));
    event->accept();
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    const double pan = 0.1 * std::min(width(), height());
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        zoomOut();
        break;
    case Qt::Key_0:
    case Qt::Key_Home:
        resetView();
        break;
    case Qt::Key_Left:
        setViewport(mViewport.pannedBy(QPointF(pan, 0), mapArea()));
        break;
    case Qt::Key_Right:
        setViewport(mViewport.pannedBy(QPointF(-pan, 0), mapArea()));
        break;
    case Qt::Key_Up:
        setViewport(mViewport.pannedBy(QPointF(0, pan), mapArea()));
        break;
    case Qt::Key_Down:
        setViewport(mViewport.pannedBy(QPointF(0, -pan), mapArea()));
        break;
    case Qt::Key_Escape:
        if (mDocument)
            mDocument->setSelection({});
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

bool MapView::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::ToolTip: {
        auto *help = static_cast<QHelpEvent *>(event);
        if (!mDocument)
            return true;
        const MapRenderer::Hit hit = mRenderer.hitTest(help->pos(), rect(), input(), renderOptions());
        const QString text = mRenderer.toolTip(hit, input(), mDocument->language());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this, QRect(help->pos() - QPoint(3, 3), QSize(6, 6)));
        return true;
    }
    case QEvent::Gesture: {
        auto *gesture = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(gesture->gesture(Qt::PinchGesture))) {
            if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged)
                zoomAt(mapFromGlobal(pinch->centerPoint().toPoint()), pinch->scaleFactor());
            gesture->accept(pinch);
            return true;
        }
        break;
    }
    case QEvent::NativeGesture: {
        auto *native = static_cast<QNativeGestureEvent *>(event);
        if (native->gestureType() == Qt::ZoomNativeGesture) {
            zoomAt(native->position(), 1.0 + native->value());
            return true;
        }
        break;
    }
    default:
        break;
    }
    return QWidget::event(event);
}

void MapView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        update(); // the legend's words come from the translator
    }
    QWidget::changeEvent(event);
}

void MapView::retranslateUi()
{
    setAccessibleName(tr("World map"));
    mZoomInButton->setToolTip(tr("Zoom in (+, wheel or pinch)"));
    mZoomOutButton->setToolTip(tr("Zoom out (\u2212)"));
    mResetButton->setText(tr("Reset view"));
    mResetButton->setToolTip(tr("Show the whole map (0 or Home)"));
    mResetButton->setEnabled(!mViewport.isReset());
    mLegendButton->setText(tr("Legend"));
    mLegendButton->setToolTip(tr("Show or hide the legend"));
    placeButtons();
}

} // namespace atlas
