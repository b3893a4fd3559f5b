// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/networkview.h"

#include "models/query/actorroles.h"
#include "models/query/atlasdocument.h"
#include "models/query/timecontroller.h"
#include "models/text/plaintext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QElapsedTimer>
#include <QPainter>
#include <QScopeGuard>
#include <QToolTip>

namespace atlas {

namespace {

constexpr qsizetype kMaxCachedLayouts = 512;

/// The actors and edges of a graph, as bytes: equal keys, equal layouts.
QByteArray structureKey(const NetworkGraph &graph)
{
    QByteArray key = graph.actors.join(u',').toUtf8();
    key.reserve(key.size() + 1 + graph.edges.size() * 8);
    key.append('|');
    for (const NetworkEdge &e : graph.edges) {
        const qint32 pair[2] = { e.a, e.b };
        key.append(reinterpret_cast<const char *>(pair), sizeof pair);
    }
    return key;
}

/// Everything the metrics depend on: the structure, each edge's ties and the spokes.
QByteArray analysisKey(const NetworkGraph &graph, const QByteArray &structure)
{
    QByteArray key = structure;
    key.append('|');
    for (const NetworkEdge &e : graph.edges) {
        key.append(reinterpret_cast<const char *>(e.ties.constData()), e.ties.size() * qsizetype(sizeof(int)));
        key.append('/');
    }
    key.append('|');
    key.append(reinterpret_cast<const char *>(graph.spokes.constData()), graph.spokes.size() * qsizetype(sizeof(int)));
    return key;
}

} // namespace

NetworkView::NetworkView(AtlasDocument *document, QWidget *parent)
    : QWidget(parent)
    , mDocument(document)
{
    setObjectName(QStringLiteral("networkView"));
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(200, 150);
    mRenderer.setDataset(&document->dataset());
    mRenderer.setLanguage(document->language());
    mRenderer.setSelection(document->selection());

    mGroupBox = new QCheckBox(this);
    mGroupBox->setObjectName(QStringLiteral("groupNatoEurope"));
    mGroupBox->setChecked(true);
    mRegionCombo = new QComboBox(this);
    mRegionCombo->setObjectName(QStringLiteral("networkRegion"));
    for (AnalysisRegion region : RegionScope::regions())
        mRegionCombo->addItem(QString(), int(region));
    mRegionCombo->setCurrentIndex(mRegionCombo->findData(int(mRegion)));
    connect(mRegionCombo, &QComboBox::currentIndexChanged, this,
            [this] { setRegion(AnalysisRegion(mRegionCombo->currentData().toInt())); });
    retranslateUi();
    connect(mGroupBox, &QCheckBox::toggled, this, [this] {
        mAnalysisKey.clear();
        rebuild();
    });
    connect(document, &AtlasDocument::datasetChanged, this, &NetworkView::datasetChanged);
    // A large network (ATOP) takes tens of ms to lay out: then a drag's date changes are coalesced so
    // the map and timeline stay smooth, and the network catches up 120 ms after the last change.
    mRebuildTimer = new QTimer(this);
    mRebuildTimer->setSingleShot(true);
    mRebuildTimer->setInterval(120);
    connect(mRebuildTimer, &QTimer::timeout, this, &NetworkView::rebuild);
    connect(document, &AtlasDocument::snapshotChanged, this, [this] {
        if (mSlow)
            mRebuildTimer->start();
        else
            rebuild();
    });
    connect(document, &AtlasDocument::selectionChanged, this, [this](const Selection &selection) {
        mRenderer.setSelection(selection);
        update();
    });
    connect(document, &AtlasDocument::languageChanged, this, [this](Language language) {
        mRenderer.setLanguage(language);
        update();
    });
    rebuild();
}

void NetworkView::datasetChanged()
{
    mLayouts.clear();
    mAnalysisKey.clear();
    mRenderer.setDataset(&mDocument->dataset());
    rebuild();
}

void NetworkView::rebuild()
{
    if (!mDocument)
        return;
    // Behind another tab the view does not follow a drag; it catches up when shown.
    if (!isVisible()) {
        mDirty = true;
        return;
    }
    mDirty = false;
    mRebuildTimer->stop();
    QElapsedTimer timer;
    timer.start();
    const auto measure = qScopeGuard([this, &timer] { mSlow = timer.elapsed() > 8; });
    const Dataset &dataset = mDocument->dataset();
    // The metrics are those of the real graph; the view may draw NATO's European members as one node.
    const NetworkGraph real = buildNetwork(dataset, mDocument->snapshot(), RegionScope(dataset, mRegion));
    const CollapsedGroup group = groupsNatoEurope() ? natoEuropeGroup(dataset, real) : CollapsedGroup();
    const NetworkGraph graph = collapseGroup(real, group);
    const QByteArray structure = structureKey(graph);
    const QByteArray analysis = analysisKey(real, structureKey(real)) + structure;
    // Most date changes during a drag leave the network as it was: then only the date moves on.
    if (analysis == mAnalysisKey) {
        mRenderer.setNetwork(graph, mRenderer.metrics(), mRenderer.layout());
        update();
        return;
    }
    mAnalysisKey = analysis;
    auto it = mLayouts.constFind(structure);
    if (it == mLayouts.constEnd()) {
        // Warm-started from the layout on screen (of this dataset: the cache is cleared with it), so
        // that a drag step costs a fraction of a full layout and the picture holds still.
        const NetworkLayout previous = mLayouts.isEmpty() ? NetworkLayout() : mRenderer.layout();
        if (mLayouts.size() >= kMaxCachedLayouts)
            mLayouts.clear();
        it = mLayouts.insert(structure, NetworkLayout::compute(dataset, graph, previous));
    }
    mRenderer.setGroup(group);
    mRenderer.setNetwork(graph, collapsedMetrics(analyseNetwork(dataset, real), real, graph, group), *it);
    mRenderer.setRoles(ActorRoles::compute(dataset, mDocument->snapshot(), mDocument->isHidden(dataset.hub)));
    update();
}

QPointF NetworkView::actorPosition(const QString &actor) const
{
    if (mRenderer.graph().indexOf(actor) < 0)
        return {};
    return mRenderer.mapToTarget(QRectF(rect()), mRenderer.layout().position(actor));
}

void NetworkView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (mDirty)
        rebuild();
}

void NetworkView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    mRenderer.paint(painter, QRectF(rect()));
}

void NetworkView::mouseMoveEvent(QMouseEvent *event)
{
    const int actor = mRenderer.actorAt(QRectF(rect()), event->position());
    const QString id = actor >= 0 ? mRenderer.graph().actors[actor] : QString();
    if (id != mHovered) {
        mHovered = id;
        mRenderer.setHoveredActor(id);
        setCursor(actor >= 0 || mRenderer.edgeAt(QRectF(rect()), event->position()) >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void NetworkView::leaveEvent(QEvent *event)
{
    if (!mHovered.isEmpty()) {
        mHovered.clear();
        mRenderer.setHoveredActor({});
        update();
    }
    QWidget::leaveEvent(event);
}

void NetworkView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !mDocument) {
        QWidget::mousePressEvent(event);
        return;
    }
    const QRectF target(rect());
    const int actor = mRenderer.actorAt(target, event->position());
    if (actor >= 0) {
        const QString id = mRenderer.graph().actors[actor];
        if (!mRenderer.group().isEmpty() && id == mRenderer.group().id) // the group stands for its tie
            mDocument->setSelection({ Selection::Kind::Tie, mRenderer.group().tie });
        else
            mDocument->setSelection({ Selection::Kind::Actor, id });
        return;
    }
    const int edge = mRenderer.edgeAt(target, event->position());
    if (edge >= 0) {
        // Clicking an edge again steps through its ties.
        const QList<int> &ties = mRenderer.graph().edges[edge].ties;
        const Dataset &dataset = mDocument->dataset();
        const Selection &current = mDocument->selection();
        qsizetype next = 0;
        if (current.kind == Selection::Kind::Tie) {
            const qsizetype at = ties.indexOf(dataset.tieIndex(current.id));
            if (at >= 0)
                next = (at + 1) % ties.size();
        }
        mDocument->setSelection({ Selection::Kind::Tie, dataset.ties[ties[next]].id });
        return;
    }
    mDocument->setSelection({});
}

bool NetworkView::groupsNatoEurope() const
{
    return mGroupBox->isChecked();
}

void NetworkView::setGroupsNatoEurope(bool group)
{
    mGroupBox->setChecked(group);
}

void NetworkView::setRegion(AnalysisRegion region)
{
    mRegionCombo->setCurrentIndex(mRegionCombo->findData(int(region)));
    if (region == mRegion)
        return;
    mRegion = region;
    mAnalysisKey.clear();
    rebuild();
}

void NetworkView::retranslateUi()
{
    mGroupBox->setText(tr("Group NATO Europe"));
    mGroupBox->setToolTip(tr("Draw NATO's European members as one node; the metrics still count each of them"));
    mGroupBox->adjustSize();
    for (int i = 0; i < mRegionCombo->count(); ++i)
        mRegionCombo->setItemText(i, RegionScope::label(AnalysisRegion(mRegionCombo->itemData(i).toInt())));
    mRegionCombo->setToolTip(tr("Show the network of one region's actors and the hub"));
    mRegionCombo->adjustSize();
    placeControls();
}

/// Top right, the region above the grouping box: the date is written top left.
void NetworkView::placeControls()
{
    mRegionCombo->move(width() - mRegionCombo->width() - 6, 4);
    mGroupBox->move(width() - mGroupBox->width() - 6, 8 + mRegionCombo->height());
}

void NetworkView::resizeEvent(QResizeEvent *event)
{
    placeControls();
    QWidget::resizeEvent(event);
}

void NetworkView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

bool NetworkView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QRectF target(rect());
        QString text;
        const int actor = mRenderer.actorAt(target, help->pos());
        if (actor >= 0)
            text = mRenderer.actorToolTip(actor);
        else if (const int edge = mRenderer.edgeAt(target, help->pos()); edge >= 0)
            text = mRenderer.edgeToolTip(edge);
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), plainToolTip(text), this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace atlas
