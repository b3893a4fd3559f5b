// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/analysis/networkanalysis.h"
#include "models/analysis/networklayout.h"
#include "models/render/networkrenderer.h"

#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;

namespace atlas {

class AtlasDocument;

/// The tie network at the document's date with its toggles applied: paints through NetworkRenderer,
/// shows a tooltip for the actor or tie under the mouse, and selects the clicked actor or tie through
/// the document. Rebuilds the graph when the snapshot changes (while shown; a hidden view catches up
/// when shown) and analyses and lays it out again only when the network changed; layouts are cached
/// per structure, so dragging back over dates already seen costs nothing.
class NetworkView : public QWidget
{
    Q_OBJECT

public:
    explicit NetworkView(AtlasDocument *document, QWidget *parent = nullptr);

    const NetworkRenderer &renderer() const { return mRenderer; }
    /// Where the node of \a actor is drawn, in widget coordinates; a null point when not shown.
    QPointF actorPosition(const QString &actor) const;

    QSize sizeHint() const override { return { 480, 360 }; }

    /// Whether NATO's European members are drawn as one node (default on); metrics count them all.
    bool groupsNatoEurope() const;
    void setGroupsNatoEurope(bool group);
    /// The region the network is scoped to (RegionScope; the combo box top right, All by default).
    AnalysisRegion region() const { return mRegion; }
    void setRegion(AnalysisRegion region);

protected:
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void datasetChanged();
    void retranslateUi();
    void placeControls();

    QPointer<AtlasDocument> mDocument;
    NetworkRenderer mRenderer;
    QHash<QByteArray, NetworkLayout> mLayouts; //!< by structure key; cleared with the dataset
    QByteArray mAnalysisKey; //!< of the network shown, to skip unchanged ones
    QString mHovered;
    bool mDirty = true; //!< the network waits for the view to be shown
    bool mSlow = false; //!< the last rebuild took longer than a frame's share: coalesce a drag's changes
    QTimer *mRebuildTimer = nullptr;
    QCheckBox *mGroupBox = nullptr;
    QComboBox *mRegionCombo = nullptr;
    AnalysisRegion mRegion = AnalysisRegion::AsiaPacific; // the region the articles discuss (issue 17)
};

} // namespace atlas
