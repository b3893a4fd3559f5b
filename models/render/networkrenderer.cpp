// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/render/networkrenderer.h"

#include "models/render/scene.h"

#include "models/domain/dataset.h"
#include "models/render/linerasterizer.h"
#include "models/render/palette.h"
#include "models/domain/partialdate.h"
#include "models/domain/vocabulary.h"

#include <QFontMetricsF>
#include <QLineF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace atlas {

namespace {

constexpr qreal kMargin = 28;        // room around the frame for node labels
constexpr qsizetype kNamesUpTo = 20; // more actors than this: English labels are ids (Chinese names are short)
constexpr qsizetype kShortNameUpTo = 13; // longer English names are labelled with the id ("Republic of Korea": KOR)
constexpr qreal kAreaPerLabel = 5000; // px² of plot per label; beyond, only the strongest actors are labelled
constexpr int kLegendRows = 2;

int fontPixelSize(const QRectF &target)
{
    return std::clamp(int(std::min(target.width(), target.height()) / 40), 10, 14);
}

qreal legendRowHeight(const QRectF &target)
{
    return fontPixelSize(target) * 1.5;
}

qreal distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const qreal len2 = QPointF::dotProduct(ab, ab);
    const qreal t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / len2, 0.0, 1.0) : 0.0;
    return QLineF(p, a + t * ab).length();
}

} // namespace

void NetworkRenderer::setNetwork(const NetworkGraph &graph, const NetworkMetrics &metrics, const NetworkLayout &layout)
{
    mGraph = graph;
    mMetrics = metrics;
    mLayout = layout;
    // The drawing fills the target with the actors' bounding box, at least a quarter of the frame
    // each way (two actors side by side do not become a line across the whole view).
    const QRectF frame = NetworkLayout::frame();
    QRectF bounds = frame;
    if (!mGraph.actors.isEmpty()) {
        const QPointF first = mLayout.position(mGraph.actors.first());
        qreal left = first.x(), right = first.x(), top = first.y(), bottom = first.y();
        for (const QString &id : std::as_const(mGraph.actors)) {
            const QPointF p = mLayout.position(id);
            left = std::min(left, p.x());
            right = std::max(right, p.x());
            top = std::min(top, p.y());
            bottom = std::max(bottom, p.y());
        }
        bounds = QRectF(QPointF(left, top), QPointF(right, bottom));
    }
    const QPointF centre = bounds.center();
    bounds.setWidth(std::max(bounds.width(), frame.width() / 4));
    bounds.setHeight(std::max(bounds.height(), frame.height() / 4));
    bounds.moveCenter(centre);
    mBounds = bounds;
}

void NetworkRenderer::setSnapshot(const Dataset &dataset, const Snapshot &snapshot, bool hubHidden)
{
    mDataset = &dataset;
    const NetworkGraph graph = buildNetwork(dataset, snapshot);
    setNetwork(graph, analyseNetwork(dataset, graph), NetworkLayout::compute(dataset, graph));
    setRoles(ActorRoles::compute(dataset, snapshot, hubHidden));
}

void NetworkRenderer::setScene(const Scene &scene)
{
    setSnapshot(*scene.dataset, scene.snapshot, scene.hidden.contains(scene.dataset->hub));
    setLanguage(scene.language);
    setSelection(scene.selection);
    setTranslator(scene.translator);
}

QString NetworkRenderer::word(const char *source) const
{
    return translateWith(mTranslator.get(), "NetworkRenderer", source);
}

QRectF NetworkRenderer::plotRect(const QRectF &target) const
{
    const qreal bottom = mShowLegend ? kLegendRows * legendRowHeight(target) : 0;
    return target.adjusted(kMargin, kMargin + 8, -kMargin, -kMargin - bottom);
}

QPointF NetworkRenderer::mapToTarget(const QRectF &target, QPointF p) const
{
    const QRectF plot = plotRect(target);
    return { plot.left() + (p.x() - mBounds.left()) / mBounds.width() * plot.width(),
             plot.top() + (p.y() - mBounds.top()) / mBounds.height() * plot.height() };
}

qreal NetworkRenderer::nodeRadius(const QRectF &target, int index) const
{
    const qreal base = std::clamp(std::min(target.width(), target.height()) / 90.0, 3.0, 8.0);
    const double b = index < mMetrics.centrality.size() ? mMetrics.centrality[index].betweenness : 0.0;
    // Area grows with betweenness: brokers stand out, a star's centre most.
    return base * (1.0 + 1.6 * std::sqrt(std::max(0.0, b)));
}

int NetworkRenderer::primaryTie(const NetworkEdge &edge) const
{
    int best = edge.ties.first();
    for (int tie : edge.ties)
        if (mDataset->ties[tie].kind < mDataset->ties[best].kind)
            best = tie;
    return best;
}

bool NetworkRenderer::edgeHasSelectedTie(const NetworkEdge &edge) const
{
    if (mSelection.kind != Selection::Kind::Tie || !mDataset)
        return false;
    const int tie = mDataset->tieIndex(mSelection.id);
    return tie >= 0 && edge.ties.contains(tie);
}

bool NetworkRenderer::isActorSelected(int index) const
{
    return mSelection.kind == Selection::Kind::Actor && mGraph.actors.value(index) == mSelection.id;
}

QString NetworkRenderer::actorLabel(int index) const
{
    const QString id = mGraph.actors.value(index);
    if (!mGroup.isEmpty() && id == mGroup.id)
        return word(QT_TRANSLATE_NOOP("NetworkRenderer", "NATO Europe (%1)")).arg(mGroup.members.size());
    if (!mDataset || (mGraph.actors.size() > kNamesUpTo && mLanguage != Language::Chinese))
        return id;
    const Actor *actor = mDataset->actor(id);
    if (!actor)
        return id;
    const QString name = actor->name.text(mLanguage);
    return mLanguage != Language::Chinese && name.size() > kShortNameUpTo ? id : name; // short labels collide less
}

QString NetworkRenderer::actorToolTip(int index) const
{
    if (index < 0 || index >= mGraph.actors.size())
        return {};
    const QString id = mGraph.actors[index];
    const Actor *actor = mDataset ? mDataset->actor(id) : nullptr;
    const ActorCentrality c = mMetrics.centrality.value(index);
    if (!mGroup.isEmpty() && id == mGroup.id) {
        QStringList names;
        for (const QString &m : mGroup.members) {
            const Actor *a = mDataset ? mDataset->actor(m) : nullptr;
            names.append(a ? a->name.text(mLanguage) : m);
        }
        return word(QT_TRANSLATE_NOOP("NetworkRenderer", "NATO's European members, drawn as one node: %1")).arg(names.join(QStringLiteral(", "))) + u'\n'
            + word(QT_TRANSLATE_NOOP("NetworkRenderer", "Untick \"Group NATO Europe\" to see each of them. The metrics count every member."));
    }
    QString text = actor ? QStringLiteral("%1 (%2)").arg(actor->name.text(mLanguage), id) : id;
    if (const ActorRole role = mRoles.role(id); role != ActorRole::Other)
        text += QStringLiteral(" — ") + ActorRoles::label(role, mTranslator.get());
    text += u'\n' + word(QT_TRANSLATE_NOOP("NetworkRenderer", "Degree: %1")).arg(c.degree);
    text += u'\n' + word(QT_TRANSLATE_NOOP("NetworkRenderer", "Betweenness: %1 (normalised)")).arg(c.betweenness, 0, 'f', 3);
    return text;
}

QString NetworkRenderer::edgeToolTip(int index) const
{
    if (!mDataset || index < 0 || index >= mGraph.edges.size())
        return {};
    const NetworkEdge &e = mGraph.edges[index];
    QString text = QStringLiteral("%1 – %2").arg(actorLabel(e.a), actorLabel(e.b));
    if (mGraph.isSpokeSpoke(e))
        text += QStringLiteral(" (") + word(QT_TRANSLATE_NOOP("NetworkRenderer", "spoke to spoke")) + u')';
    for (int tie : e.ties) {
        const Tie &t = mDataset->ties[tie];
        text += QStringLiteral("\n• %1 — %2").arg(t.label().text(mLanguage), Vocabulary::label(t.kind, mTranslator.get()));
    }
    return text;
}

int NetworkRenderer::actorAt(const QRectF &target, QPointF pos) const
{
    int best = -1;
    qreal bestDistance = 0;
    for (int i = 0; i < mGraph.actors.size(); ++i) {
        const qreal d = QLineF(pos, mapToTarget(target, mLayout.position(mGraph.actors[i]))).length();
        if (d <= nodeRadius(target, i) + 3 && (best < 0 || d < bestDistance)) {
            best = i;
            bestDistance = d;
        }
    }
    return best;
}

int NetworkRenderer::edgeAt(const QRectF &target, QPointF pos, qreal tolerance) const
{
    int best = -1;
    qreal bestDistance = tolerance;
    for (int i = 0; i < mGraph.edges.size(); ++i) {
        const NetworkEdge &e = mGraph.edges[i];
        const qreal d = distanceToSegment(pos, mapToTarget(target, mLayout.position(mGraph.actors[e.a])),
                                          mapToTarget(target, mLayout.position(mGraph.actors[e.b])));
        if (d <= bestDistance) {
            best = i;
            bestDistance = d;
        }
    }
    return best;
}

void NetworkRenderer::paint(QPainter &painter, const QRectF &target) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setClipRect(target);
    painter.fillRect(target, Qt::white);

    QFont font = painter.font();
    font.setPixelSize(fontPixelSize(target));
    painter.setFont(font);
    const QFontMetricsF fm(font);

    // Date, top left.
    if (mShowDate && mGraph.date.isValid()) {
        painter.setPen(Palette::kText);
        painter.drawText(QPointF(target.left() + 8, target.top() + 6 + fm.ascent()),
                         PartialDate::fromDate(mGraph.date).displayString(mLanguage));
    }
    if (!mDataset || mGraph.actors.isEmpty()) {
        painter.setPen(Palette::kText);
        painter.drawText(target, Qt::AlignCenter, word(QT_TRANSLATE_NOOP("NetworkRenderer", "No ties in force at this date.")));
        painter.restore();
        return;
    }

    // The selection in focus: its edges and their ends stand out, the rest fades. A selected tie not
    // in force at the date, or a selected actor not in the graph, leaves the picture as it is.
    const int selectedActor = mSelection.kind == Selection::Kind::Actor ? mGraph.indexOf(mSelection.id) : -1;
    QList<bool> emphasisedEdge(mGraph.edges.size(), false);
    QList<bool> litNode(mGraph.actors.size(), false);
    bool focus = selectedActor >= 0;
    if (selectedActor >= 0)
        litNode[selectedActor] = true;
    for (int i = 0; i < mGraph.edges.size(); ++i) {
        const NetworkEdge &e = mGraph.edges[i];
        if (edgeHasSelectedTie(e) || e.a == selectedActor || e.b == selectedActor) {
            emphasisedEdge[i] = true;
            litNode[e.a] = litNode[e.b] = true;
            focus = true;
        }
    }
    const qreal unit = std::clamp(std::min(target.width(), target.height()) / 400.0, 0.8, 2.0);
    // Each actor's place and each edge's weight, looked up once (thousands of edges name them).
    QList<QPointF> place;
    place.reserve(mGraph.actors.size());
    for (const QString &id : mGraph.actors)
        place.append(mapToTarget(target, mLayout.position(id)));
    QList<double> weight;
    weight.reserve(mGraph.edges.size());
    for (const NetworkEdge &e : mGraph.edges)
        weight.append(mGraph.weight(e));

    // Edges: the map's colour of the strongest tie; the members of a large alliance are linked by
    // faint thin lines (weight 1/(k-1)) drawn first, bilateral and small ties on top, the selection last.
    QList<int> order;
    for (int i = 0; i < mGraph.edges.size(); ++i)
        order.append(i);
    std::stable_sort(order.begin(), order.end(), [&](int x, int y) {
        if (emphasisedEdge[x] != emphasisedEdge[y])
            return emphasisedEdge[y];
        return weight[x] < weight[y];
    });
    QList<RasterLine> edges;
    edges.reserve(order.size());
    for (int i : std::as_const(order)) {
        const NetworkEdge &e = mGraph.edges[i];
        // An edge of the selected tie takes that tie's colour, whatever else it carries.
        const int tie = mSelection.kind == Selection::Kind::Tie && edgeHasSelectedTie(e) ? mDataset->tieIndex(mSelection.id) : primaryTie(e);
        QColor colour = Palette::tieColour(mDataset->ties[tie], *mDataset);
        const bool strong = emphasisedEdge[i];
        colour.setAlphaF(float(strong ? 0.9 : focus ? 0.12 : std::min(0.9, 0.2 + 0.7 * weight[i])));
        qreal width = unit * (0.5 + 1.3 * weight[i] + 0.7 * std::min<qsizetype>(e.ties.size() - 1, 3));
        if (strong)
            width = std::max(width, unit) + 1.5 * unit;
        edges.append({ QLineF(place[e.a], place[e.b]), colour, width });
    }
    LineRasterizer::draw(painter, edges); // thousands of long lines in a 300-dpi figure

    // Nodes: the hub, its allies and partners, others; organisations as rounded squares.
    for (int i = 0; i < mGraph.actors.size(); ++i) {
        const QString &id = mGraph.actors[i];
        const QPointF c = place[i];
        const qreal r = nodeRadius(target, i);
        QColor fill = Palette::roleColour(mRoles.role(id));
        const bool dim = focus && !litNode[i];
        if (dim)
            fill.setAlphaF(0.3f);
        const bool highlighted = isActorSelected(i) || id == mHoveredActor;
        const QPen pen(highlighted ? Palette::kVermillion : Palette::kText, highlighted ? 2.5 * unit : 0.8 * unit);
        const QRectF box(c.x() - r, c.y() - r, 2 * r, 2 * r);
        const Actor *actor = mDataset->actor(id);
        const bool organisation = actor && actor->kind == ActorKind::Organisation;
        if (LineRasterizer::canDraw(painter)) { // a 300-dpi figure: its outline by LineRasterizer
            QPainterPath shape;
            if (organisation)
                shape.addRoundedRect(box, r / 3, r / 3);
            else
                shape.addEllipse(box);
            LineRasterizer::fillAndStroke(painter, shape, fill, pen);
            continue;
        }
        painter.setPen(pen); // SVG and PDF keep ellipses and rectangles
        painter.setBrush(fill);
        if (organisation)
            painter.drawRoundedRect(box, r / 3, r / 3);
        else
            painter.drawEllipse(c, r, r);
    }

    // Labels after all nodes, with a white halo so edges do not cross them out. When the view is
    // small for the graph, only the actors most tied (by the sum of their edges' weights) are labelled,
    // plus the hub and the selected or hovered actor; the others have their tooltip.
    const QRectF plot = plotRect(target);
    const qsizetype labelBudget = qsizetype(plot.width() * plot.height() / kAreaPerLabel);
    QList<bool> labelled(mGraph.actors.size(), true);
    if (mGraph.actors.size() > labelBudget) {
        QList<double> strength(mGraph.actors.size(), 0.0);
        for (qsizetype i = 0; i < mGraph.edges.size(); ++i) {
            strength[mGraph.edges[i].a] += weight[i];
            strength[mGraph.edges[i].b] += weight[i];
        }
        QList<int> byStrength;
        for (int i = 0; i < mGraph.actors.size(); ++i)
            byStrength.append(i);
        std::stable_sort(byStrength.begin(), byStrength.end(), [&](int x, int y) { return strength[x] > strength[y]; });
        for (qsizetype rank = 0; rank < byStrength.size(); ++rank) {
            const int i = byStrength[rank];
            labelled[i] = rank < labelBudget || i == mGraph.hub || isActorSelected(i) || mGraph.actors[i] == mHoveredActor;
        }
    }
    // Each label goes above its node, else below, right or left, where it overlaps no label placed
    // before it and no other node; the hub, the selected and hovered actors and the most tied first.
    // A label with no free place is left out (its node has a tooltip).
    QList<int> labelOrder;
    for (int i = 0; i < mGraph.actors.size(); ++i)
        if (labelled[i])
            labelOrder.append(i);
    auto priority = [&](int i) { return i == mGraph.hub || isActorSelected(i) || mGraph.actors[i] == mHoveredActor ? 0 : 1; };
    std::stable_sort(labelOrder.begin(), labelOrder.end(), [&](int x, int y) {
        if (priority(x) != priority(y))
            return priority(x) < priority(y);
        return mMetrics.centrality.value(x).degree > mMetrics.centrality.value(y).degree;
    });
    QList<QRectF> taken;
    for (int i = 0; i < mGraph.actors.size(); ++i) {
        const QPointF c = place[i];
        const qreal r = nodeRadius(target, i);
        taken.append(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r));
    }
    const qsizetype nodes = taken.size();
    for (const int i : std::as_const(labelOrder)) {
        const QPointF c = place[i];
        const QString label = actorLabel(i);
        const qreal r = nodeRadius(target, i);
        const QSizeF size(fm.horizontalAdvance(label), fm.height());
        const QRectF candidates[] = {
            QRectF(QPointF(c.x() - size.width() / 2, c.y() - r - 2 - size.height()), size),
            QRectF(QPointF(c.x() - size.width() / 2, c.y() + r + 2), size),
            QRectF(QPointF(c.x() + r + 3, c.y() - size.height() / 2), size),
            QRectF(QPointF(c.x() - r - 3 - size.width(), c.y() - size.height() / 2), size),
        };
        const QRectF *chosen = nullptr;
        for (const QRectF &box : candidates) {
            bool free = target.contains(box);
            for (qsizetype k = 0; free && k < taken.size(); ++k)
                free = k == i || !taken[k].intersects(box);
            if (free) {
                chosen = &box;
                break;
            }
        }
        if (!chosen && priority(i) == 0)
            chosen = &candidates[0]; // the hub and the selection are always named
        if (!chosen)
            continue;
        taken.append(*chosen);
        const QPointF at(chosen->left(), chosen->top() + fm.ascent());
        QPainterPath path;
        path.addText(at, font, label);
        LineRasterizer::fillAndStroke(painter, path, Qt::NoBrush, QPen(QColor(255, 255, 255, 220), 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setPen(Qt::NoPen);
        painter.setBrush(i == mGraph.hub ? Palette::kText : QColor(0x44, 0x44, 0x44));
        painter.drawPath(path);
    }
    mLabelRects = taken.mid(nodes);

    // Legend: the colours of the edges drawn, strongest kind first, bottom left.
    if (mShowLegend) {
        QList<std::pair<int, QString>> entries; // (tie kind, label), one per colour
        QList<QRgb> seen;
        QList<QColor> colours;
        for (const NetworkEdge &e : mGraph.edges) {
            const Tie &tie = mDataset->ties[primaryTie(e)];
            const QColor colour = Palette::tieColour(tie, *mDataset);
            if (seen.contains(colour.rgb()))
                continue;
            seen.append(colour.rgb());
            colours.append(colour);
            QString label = Vocabulary::label(tie.kind, mTranslator.get());
            if (tie.kind == TieKind::Minilateral) {
                const Placement *p = mDataset->placement(TypologyScheme::defaultId(), tie.id);
                const TypologyScheme *scheme = mDataset->typology(TypologyScheme::defaultId());
                const TypologyCell *cell = p && scheme ? scheme->cell(p->cell) : nullptr;
                label = cell ? cell->name.text(mLanguage) : word(QT_TRANSLATE_NOOP("NetworkRenderer", "Minilateral, not placed"));
            }
            entries.append({ int(tie.kind), label });
        }
        QList<int> byKind;
        for (int i = 0; i < entries.size(); ++i)
            byKind.append(i);
        std::stable_sort(byKind.begin(), byKind.end(), [&](int x, int y) { return entries[x].first < entries[y].first; });
        const qreal rowHeight = legendRowHeight(target);
        qreal x = target.left() + 8;
        qreal y = target.bottom() - 6 - (kLegendRows - 0.5) * rowHeight;
        int row = 0;
        for (int i : std::as_const(byKind)) {
            const QString &text = entries[i].second;
            const qreal w = 18 + 4 + fm.horizontalAdvance(text) + 14;
            if (x + w > target.right() && x > target.left() + 8) {
                if (++row == kLegendRows)
                    break;
                x = target.left() + 8;
                y += rowHeight;
            }
            painter.setPen(QPen(colours[i], 3 * unit, Qt::SolidLine, Qt::RoundCap));
            painter.drawLine(QPointF(x, y), QPointF(x + 18, y));
            painter.setPen(Palette::kText);
            painter.drawText(QPointF(x + 22, y + fm.ascent() / 2 - 1), text);
            x += w;
        }
    }
    painter.restore();
}

} // namespace atlas
