// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/networkrenderer.h"

#include "models/dataset.h"
#include "models/palette.h"
#include "models/partialdate.h"
#include "models/vocabulary.h"

#include <QFontMetricsF>
#include <QLineF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace atlas {

namespace {

constexpr qreal kMargin = 28;        // room around the frame for node labels
constexpr qreal kLabelsUpTo = 30;    // more actors than this: labels are ids

/// The strongest commitment among an edge's ties (the TieKind order runs from treaty alliances down).
TieKind primaryKind(const Dataset &dataset, const NetworkEdge &edge)
{
    TieKind kind = dataset.ties[edge.ties.first()].kind;
    for (int tie : edge.ties)
        kind = std::min(kind, dataset.ties[tie].kind);
    return kind;
}

// Until palette.h carries shared tie-kind and actor-role colours, these pick from its Okabe–Ito set.
QColor edgeColour(TieKind kind)
{
    switch (kind) {
    case TieKind::BilateralAlliance: return Palette::kBlue;
    case TieKind::MultilateralAlliance: return Palette::kSkyBlue;
    case TieKind::Minilateral: return Palette::kVermillion;
    case TieKind::Partnership: return Palette::kBluishGreen;
    case TieKind::Dialogue: return Palette::kOrange;
    case TieKind::IntelligenceSharing: return Palette::kReddishPurple;
    case TieKind::Exercise: return QColor(0xB8, 0xA9, 0x00); // Okabe–Ito yellow, darkened to show on white
    case TieKind::Agreement: return QColor(0x88, 0x88, 0x88);
    case TieKind::Proposal: return Palette::kBlack;
    }
    return Palette::kText;
}

enum class Role { Hub, Spoke, Other };

QColor nodeColour(Role role)
{
    switch (role) {
    case Role::Hub: return Palette::kBlue;
    case Role::Spoke: return Palette::kSkyBlue;
    case Role::Other: return Palette::kLand;
    }
    return Palette::kLand;
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
}

QRectF NetworkRenderer::plotRect(const QRectF &target) const
{
    const qreal bottom = mShowLegend ? 26 : 0;
    return target.adjusted(kMargin, kMargin + 8, -kMargin, -kMargin - bottom);
}

QPointF NetworkRenderer::mapToTarget(const QRectF &target, QPointF p) const
{
    const QRectF frame = NetworkLayout::frame();
    const QRectF plot = plotRect(target);
    return { plot.left() + (p.x() - frame.left()) / frame.width() * plot.width(),
             plot.top() + (p.y() - frame.top()) / frame.height() * plot.height() };
}

qreal NetworkRenderer::nodeRadius(const QRectF &target, int index) const
{
    const qreal base = std::clamp(std::min(target.width(), target.height()) / 90.0, 3.0, 8.0);
    const double b = index < mMetrics.centrality.size() ? mMetrics.centrality[index].betweenness : 0.0;
    // Area grows with betweenness: brokers stand out, a star's centre most.
    return base * (1.0 + 1.6 * std::sqrt(std::max(0.0, b)));
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
    if (!mDataset || mGraph.actors.size() > kLabelsUpTo)
        return id;
    const Actor *actor = mDataset->actor(id);
    return actor ? actor->name.text(mLanguage) : id;
}

QString NetworkRenderer::actorToolTip(int index) const
{
    if (index < 0 || index >= mGraph.actors.size())
        return {};
    const QString id = mGraph.actors[index];
    const Actor *actor = mDataset ? mDataset->actor(id) : nullptr;
    const ActorCentrality c = mMetrics.centrality.value(index);
    QString role;
    if (index == mGraph.hub)
        role = tr("hub");
    else if (mGraph.isSpoke(index))
        role = tr("ally or partner of the hub");
    QString text = actor ? QStringLiteral("%1 (%2)").arg(actor->name.text(mLanguage), id) : id;
    if (!role.isEmpty())
        text += QStringLiteral(" — ") + role;
    text += u'\n' + tr("Degree: %1").arg(c.degree);
    text += u'\n' + tr("Betweenness: %1 (normalised)").arg(c.betweenness, 0, 'f', 3);
    return text;
}

QString NetworkRenderer::edgeToolTip(int index) const
{
    if (!mDataset || index < 0 || index >= mGraph.edges.size())
        return {};
    const NetworkEdge &e = mGraph.edges[index];
    QString text = QStringLiteral("%1 – %2").arg(actorLabel(e.a), actorLabel(e.b));
    if (mGraph.isSpokeSpoke(e))
        text += QStringLiteral(" (") + tr("spoke to spoke") + u')';
    for (int tie : e.ties) {
        const Tie &t = mDataset->ties[tie];
        text += QStringLiteral("\n• %1 — %2").arg(t.label().text(mLanguage), Vocabulary::label(t.kind));
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
    font.setPixelSize(std::clamp(int(std::min(target.width(), target.height()) / 40), 10, 14));
    painter.setFont(font);
    const QFontMetricsF fm(font);

    // Date, top left.
    if (mGraph.date.isValid()) {
        painter.setPen(Palette::kText);
        painter.drawText(QPointF(target.left() + 8, target.top() + 6 + fm.ascent()),
                         PartialDate::fromDate(mGraph.date).displayString(mLanguage));
    }
    if (!mDataset || mGraph.actors.isEmpty()) {
        painter.setPen(Palette::kText);
        painter.drawText(target, Qt::AlignCenter, tr("No ties in force at this date."));
        painter.restore();
        return;
    }

    const bool tieSelected = mSelection.kind == Selection::Kind::Tie;
    const int selectedActor = mSelection.kind == Selection::Kind::Actor ? mGraph.indexOf(mSelection.id) : -1;
    const bool focus = (tieSelected && mDataset->tie(mSelection.id)) || selectedActor >= 0;
    const qreal unit = std::clamp(std::min(target.width(), target.height()) / 400.0, 0.8, 2.0);

    // Edges: the strongest tie's colour, wider for more ties; the selection's edges on top.
    QList<int> order;
    for (int i = 0; i < mGraph.edges.size(); ++i)
        order.append(i);
    auto emphasised = [&](const NetworkEdge &e) {
        return edgeHasSelectedTie(e) || (selectedActor >= 0 && (e.a == selectedActor || e.b == selectedActor));
    };
    std::stable_partition(order.begin(), order.end(), [&](int i) { return !emphasised(mGraph.edges[i]); });
    for (int i : std::as_const(order)) {
        const NetworkEdge &e = mGraph.edges[i];
        QColor colour = edgeColour(primaryKind(*mDataset, e));
        const bool strong = emphasised(e);
        colour.setAlphaF(focus && !strong ? 0.15f : 0.85f);
        qreal width = unit * (1.0 + 0.9 * std::min<qsizetype>(e.ties.size() - 1, 3));
        if (strong)
            width += 1.5 * unit;
        painter.setPen(QPen(colour, width, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(mapToTarget(target, mLayout.position(mGraph.actors[e.a])),
                         mapToTarget(target, mLayout.position(mGraph.actors[e.b])));
    }

    // Nodes: the hub, its allies and partners, others; organisations as rounded squares.
    for (int i = 0; i < mGraph.actors.size(); ++i) {
        const QString &id = mGraph.actors[i];
        const QPointF c = mapToTarget(target, mLayout.position(id));
        const qreal r = nodeRadius(target, i);
        QColor fill = nodeColour(i == mGraph.hub ? Role::Hub : mGraph.isSpoke(i) ? Role::Spoke : Role::Other);
        bool dim = false;
        if (tieSelected) {
            dim = true;
            for (const NetworkEdge &e : mGraph.edges)
                if ((e.a == i || e.b == i) && edgeHasSelectedTie(e))
                    dim = false;
        } else if (selectedActor >= 0) {
            dim = i != selectedActor;
            for (const NetworkEdge &e : mGraph.edges)
                if ((e.a == selectedActor && e.b == i) || (e.b == selectedActor && e.a == i))
                    dim = false;
        }
        if (dim)
            fill.setAlphaF(0.3f);
        const bool highlighted = isActorSelected(i) || id == mHoveredActor;
        painter.setPen(QPen(highlighted ? Palette::kVermillion : Palette::kText, highlighted ? 2.5 * unit : 0.8 * unit));
        painter.setBrush(fill);
        const Actor *actor = mDataset->actor(id);
        if (actor && actor->kind == ActorKind::Organisation)
            painter.drawRoundedRect(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r), r / 3, r / 3);
        else
            painter.drawEllipse(c, r, r);
    }

    // Labels after all nodes, with a white halo so edges do not cross them out.
    for (int i = 0; i < mGraph.actors.size(); ++i) {
        const QPointF c = mapToTarget(target, mLayout.position(mGraph.actors[i]));
        const QString label = actorLabel(i);
        const QPointF at(c.x() - fm.horizontalAdvance(label) / 2, c.y() - nodeRadius(target, i) - 3 - fm.descent());
        QPainterPath path;
        path.addText(at, font, label);
        painter.setPen(QPen(QColor(255, 255, 255, 220), 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        painter.setPen(Qt::NoPen);
        painter.setBrush(i == mGraph.hub ? Palette::kText : QColor(0x44, 0x44, 0x44));
        painter.drawPath(path);
    }

    // Legend: the kinds of tie present, bottom left.
    if (mShowLegend) {
        QList<TieKind> kinds = mMetrics.edgesByKind.keys();
        qreal x = target.left() + 8;
        const qreal y = target.bottom() - 10 - fm.height() / 2;
        for (TieKind kind : std::as_const(kinds)) {
            const QString text = Vocabulary::label(kind);
            const qreal w = 18 + 4 + fm.horizontalAdvance(text) + 14;
            if (x + w > target.right())
                break;
            painter.setPen(QPen(edgeColour(kind), 3 * unit, Qt::SolidLine, Qt::RoundCap));
            painter.drawLine(QPointF(x, y), QPointF(x + 18, y));
            painter.setPen(Palette::kText);
            painter.drawText(QPointF(x + 22, y + fm.ascent() / 2 - 1), text);
            x += w;
        }
    }
    painter.restore();
}

} // namespace atlas
