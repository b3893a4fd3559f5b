// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/query/actorroles.h"
#include "models/query/atlasdocument.h"
#include "models/domain/localizedtext.h"
#include "models/analysis/networkanalysis.h"
#include "models/analysis/networkcollapse.h"
#include "models/analysis/networklayout.h"
#include "models/i18n/translator.h"

#include <QRectF>

#include <memory>

class QPainter;

namespace atlas {

class Dataset;
struct Scene;

/// Paints a tie network (nodes at a NetworkLayout filled by role and edges coloured by tie as on
/// the map, large alliances faint, the hub and the selection emphasised, the date and a legend) into any QPainter: the network view calls it in
/// paintEvent and figure export calls it on a QImage, QPdfWriter or QSvgGenerator. Holds copies of
/// what it draws and a pointer to the dataset, which must outlive it. Also answers hit tests in the
/// same geometry as it paints.
class NetworkRenderer
{
public:
    void setDataset(const Dataset *dataset) { mDataset = dataset; }
    void setNetwork(const NetworkGraph &graph, const NetworkMetrics &metrics, const NetworkLayout &layout);
    /// Builds, analyses and lays out the network of \a snapshot and sets it with the actors' roles:
    /// what a figure export needs in one call (the view caches layouts and calls setNetwork()).
    /// \a hubHidden: whether the member toggles hide the dataset's hub.
    void setSnapshot(const Dataset &dataset, const Snapshot &snapshot, bool hubHidden);
    /// The actors' roles at the date (node fills, as on the map).
    void setRoles(const ActorRoles &roles) { mRoles = roles; }
    /// The network of \a scene's snapshot (setSnapshot()), with its language, selection and translator.
    void setScene(const Scene &scene);
    void setLanguage(Language language) { mLanguage = language; }
    /// The language of the renderer's own words; nullptr (the default): the application's translators.
    void setTranslator(std::shared_ptr<const Translator> translator) { mTranslator = std::move(translator); }
    void setSelection(const Selection &selection) { mSelection = selection; }
    /// The actor drawn as hovered (empty: none).
    void setHoveredActor(const QString &actor) { mHoveredActor = actor; }
    void setShowLegend(bool show) { mShowLegend = show; }
    /// The group drawn as one node of the graph (see collapseGroup()); empty: none.
    void setGroup(const CollapsedGroup &group) { mGroup = group; }
    const CollapsedGroup &group() const { return mGroup; }
    /// Whether the date is written top left (a figure with its own title may turn it off).
    void setShowDate(bool show) { mShowDate = show; }

    const NetworkGraph &graph() const { return mGraph; }
    const NetworkMetrics &metrics() const { return mMetrics; }
    const NetworkLayout &layout() const { return mLayout; }

    void paint(QPainter &painter, const QRectF &target) const;
    /// Where the last paint() drew the actors' labels (none overlaps another or a node, but for the
    /// hub's and the selection's when there is no free place).
    const QList<QRectF> &labelRects() const { return mLabelRects; }

    /// Where a layout position (in NetworkLayout::frame()) is drawn in \a target: the actors'
    /// bounding box fills the target, less room for labels and the legend.
    QPointF mapToTarget(const QRectF &target, QPointF framePosition) const;
    /// Radius in pixels of the node of graph actor \a index in \a target.
    qreal nodeRadius(const QRectF &target, int index) const;
    /// The graph actor (index into graph().actors) whose node is under \a pos, or -1.
    int actorAt(const QRectF &target, QPointF pos) const;
    /// The graph edge (index into graph().edges) within \a tolerance pixels of \a pos, or -1.
    int edgeAt(const QRectF &target, QPointF pos, qreal tolerance = 4) const;

    /// The actor's label: its name in the language, or its id when there are many actors or the
    /// English name is long; "NATO Europe (29)" for a collapsed group.
    QString actorLabel(int index) const;
    /// Plain-text tooltip of an actor (name, degree, betweenness) or an edge (its ties).
    QString actorToolTip(int index) const;
    QString edgeToolTip(int index) const;

private:
    QRectF plotRect(const QRectF &target) const;
    bool edgeHasSelectedTie(const NetworkEdge &edge) const;
    bool isActorSelected(int index) const;
    /// The tie that gives an edge its colour: the strongest kind (the TieKind order runs from treaty
    /// alliances down), the first in dataset order among equals.
    int primaryTie(const NetworkEdge &edge) const;
    QString word(const char *source) const;

    const Dataset *mDataset = nullptr;
    NetworkGraph mGraph;
    NetworkMetrics mMetrics;
    NetworkLayout mLayout;
    ActorRoles mRoles;
    QRectF mBounds = NetworkLayout::frame(); //!< the part of the layout frame drawn into the target
    Language mLanguage = Language::English;
    std::shared_ptr<const Translator> mTranslator;
    Selection mSelection;
    QString mHoveredActor;
    CollapsedGroup mGroup;
    mutable QList<QRectF> mLabelRects;
    bool mShowLegend = true;
    bool mShowDate = true;
};

} // namespace atlas
