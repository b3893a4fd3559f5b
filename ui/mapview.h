// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/geo/viewport.h"
#include "models/render/maprenderer.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QVariantAnimation>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>

class QToolButton;

namespace atlas {

class AtlasDocument;

/// The world map as a widget: paints through MapRenderer, turns drag, wheel, pinch and keys into the
/// viewport, shows tooltips and writes clicks into the document's selection. Repaints when the
/// document's snapshot, selection, toggles or language change.
class MapView : public QWidget
{
    Q_OBJECT

public:
    explicit MapView(AtlasDocument *document, QWidget *parent = nullptr);

    const Viewport &viewport() const { return mViewport; }
    void setViewport(const Viewport &viewport);
    /// The (lon, lat) in degrees at the centre of the view (Viewport::centre is in map coordinates).
    QPointF centreLonLat() const;
    /// Shows (lon, lat) at the centre with \a zoom. \see centreLonLat()
    void setView(double zoom, QPointF centreLonLat);
    /// The options paintEvent uses (for export of "what you see").
    MapRenderOptions renderOptions() const;
    const MapRenderer &renderer() const { return mRenderer; }
    /// The rectangle the map is fitted into (the whole widget: legend and buttons are overlays). \see MapRenderer::mapArea
    QRectF mapArea() const;

    /// How long the map takes to fly to a framed view (a selected tie, a region preset).
    static constexpr int kFlightMs = 450;

public slots:
    /// Flies (animated) to the view that frames every tie shown at the date; the whole world when none.
    void frameShownTies();
    void resetView();
    void zoomIn();
    void zoomOut();

signals:
    void viewportChanged(const atlas::Viewport &viewport);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    void retranslateUi();
    void placeButtons();
    QRectF controlsRect() const; //!< the buttons' box
    void zoomAt(QPointF at, double factor);
    /// Animates the viewport to \a to (MapFraming::interpolate; kFlightMs, easing out).
    void flyTo(const Viewport &to);
    /// Stops a flight where it is: the user took the map over.
    void stopFlight();
    void applyViewport(const Viewport &viewport);
    /// A selected tie in force: fly to its members; its deselection: fly back to the view before.
    void onSelectionChanged();
    /// Frames the selected tie once it is in force (a bookmark selects its tie before the date arrives);
    /// when \a selectionChanged and no tie is framed any more, flies back to the view before.
    void frameSelectedTie(bool selectionChanged);
    void onSnapshotChanged();
    /// Schedules a repaint of only what the current state changes in the last frame painted: the
    /// renderer brings its cached images up to date now and names the region (MapRenderer::prepare);
    /// the backing store keeps the rest. A date step that changes a few ties repaints those and the date.
    void updateChanged();
    /// The options paintEvent() paints with (cached images, drafts while the date moves).
    MapRenderOptions paintOptions() const;
    /// Runs \a work (preparing or painting a frame); when it rebuilt the cached overlay at full
    /// quality, keeps how long it took (mLastFullFrameMs: a slower frame makes the drag draw drafts).
    void timeFullFrame(const std::function<void()> &work);
    MapInput input() const;

    QPointer<AtlasDocument> mDocument;
    MapRenderer mRenderer;
    Viewport mViewport;
    QPointF mPressPos;
    QPointF mLastPos;
    bool mPressed = false;
    bool mDragging = false;
    //! Frames are drafts while the date moves, if a full-quality frame missed the budget.
    bool mDraft = false;
    double mLastFullFrameMs = 0;
    QTimer mSettleTimer;
    QToolButton *mZoomInButton = nullptr;
    QToolButton *mZoomOutButton = nullptr;
    QToolButton *mResetButton = nullptr;
    QToolButton *mLegendButton = nullptr;
    QVariantAnimation mFlight;
    Viewport mFlightFrom;
    Viewport mFlightTo;
    std::optional<Viewport> mBeforeSelection; //!< the view to return to when the framed tie is deselected
    QString mFramedTie; //!< the selected tie the map has flown to (once per selection)
};

} // namespace atlas
