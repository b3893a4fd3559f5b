// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/render/figurerenderer.h"

#include "models/query/atlasdocument.h"
#include "models/text/figurecaption.h"
#include "models/render/maprenderer.h"
#include "models/analysis/networkanalysis.h"
#include "models/analysis/networklayout.h"
#include "models/render/networkrenderer.h"
#include "models/render/palette.h"
#include "models/query/snapshot.h"
#include "models/query/timecontroller.h"
#include "models/query/timelinemodel.h"
#include "models/render/timelinerenderer.h"
#include "models/render/typologymatrixrenderer.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace atlas {

namespace {

QFont figureFont(double pointSize, bool bold = false)
{
    QFont f;
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    return f;
}

/// Lays \a text out in \a width and returns the height it takes; paints it when \a painter is given.
double paintWrapped(QPainter *painter, const QString &text, const QFont &font, const QRectF &box, Qt::Alignment align)
{
    QTextLayout layout(text, font, painter ? painter->device() : nullptr);
    QTextOption option(align);
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    double y = 0;
    while (true) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(box.width());
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
    if (painter) {
        painter->setPen(Palette::kText);
        layout.draw(painter, box.topLeft());
    }
    return y;
}

} // namespace

FigureRenderer::FigureRenderer()
    : mMap(std::make_unique<MapRenderer>())
{
}

FigureRenderer::~FigureRenderer() = default;

std::optional<FigureView> FigureRenderer::parseView(const QString &text)
{
    for (FigureView v : { FigureView::Map, FigureView::Timeline, FigureView::Typology, FigureView::Network, FigureView::Report })
        if (text == keyword(v))
            return v;
    return std::nullopt;
}

QString FigureRenderer::keyword(FigureView view)
{
    switch (view) {
    case FigureView::Map: return QStringLiteral("map");
    case FigureView::Timeline: return QStringLiteral("timeline");
    case FigureView::Typology: return QStringLiteral("typology");
    case FigureView::Network: return QStringLiteral("network");
    case FigureView::Report: return QStringLiteral("figure");
    }
    return {};
}

QString FigureRenderer::defaultTitle(FigureView view, const AtlasDocument &document)
{
    const QString date = PartialDate::fromDate(document.time()->date()).displayString(document.language());
    switch (view) {
    case FigureView::Map:
    case FigureView::Report:
        return tr("US alliance ties in the Asia-Pacific and the Euro-Atlantic, %1").arg(date);
    case FigureView::Timeline:
        return tr("Timeline of US alliance ties");
    case FigureView::Typology:
        return tr("Typology of minilateral security cooperation, %1").arg(date);
    case FigureView::Network:
        return tr("Network of alliance ties, %1").arg(date);
    }
    return {};
}

void FigureRenderer::paint(QPainter &painter, const QRectF &target, const AtlasDocument &document, const FigureOptions &options) const
{
    painter.save();
    painter.fillRect(target, Qt::white);
    const double unit = std::min(target.width(), target.height()) / 595.0; // 1 at A4's short side
    const double margin = 18 * unit;
    QRectF body = target.adjusted(margin, margin, -margin, -margin);

    if (!options.title.isEmpty()) {
        const QFont font = figureFont(16 * unit, true);
        const double h = paintWrapped(&painter, options.title, font, body, Qt::AlignLeft);
        body.setTop(body.top() + h + 6 * unit);
    }
    if (!options.caption.isEmpty()) {
        const QFont font = figureFont(7.5 * unit);
        const double h = paintWrapped(nullptr, options.caption, font, body, Qt::AlignLeft);
        const QRectF box(body.left(), body.bottom() - h, body.width(), h);
        paintWrapped(&painter, options.caption, font, box, Qt::AlignLeft);
        body.setBottom(box.top() - 6 * unit);
    }

    if (options.view == FigureView::Report) {
        // Map above, timeline strip below (the strip gets a quarter of the height).
        const double strip = body.height() * 0.26;
        const QRectF mapBox(body.left(), body.top(), body.width(), body.height() - strip - 6 * unit);
        const QRectF stripBox(body.left(), body.bottom() - strip, body.width(), strip);
        paintView(painter, mapBox, document, FigureView::Map, options, false);
        paintView(painter, stripBox, document, FigureView::Timeline, options, true);
    } else {
        paintView(painter, body, document, options.view, options, false);
    }
    painter.restore();
}

void FigureRenderer::paintView(QPainter &painter, const QRectF &target, const AtlasDocument &document, FigureView view,
                               const FigureOptions &options, bool compact) const
{
    const double unit = std::min(target.width(), target.height()) / 595.0;
    painter.save();
    painter.setClipRect(target);
    switch (view) {
    case FigureView::Map:
    case FigureView::Report: {
        MapRenderOptions map;
        map.viewport = options.viewport;
        map.language = document.language();
        map.scheme = options.scheme.isEmpty() ? QStringLiteral("li2024") : options.scheme;
        map.scale = std::max(0.6, target.height() / 700.0);
        mMap->paint(painter, target, document, map);
        break;
    }
    case FigureView::Timeline: {
        const QDate today = document.time()->maximum();
        const TimelineModel model(document.dataset(), document.hiddenActors(), today);
        TimelineView tv;
        tv.fromDay = static_cast<double>(document.time()->minimum().toJulianDay());
        tv.toDay = static_cast<double>(today.toJulianDay()) + 1;
        const int rows = std::max<int>(1, static_cast<int>(model.rows().size()));
        const double axis = (compact ? 12 : 18) * std::max(unit, 0.5);
        tv.rowHeight = std::max(1.0, (target.height() - axis) / rows);
        tv.selectedTie = document.selection().kind == Selection::Kind::Tie ? document.selection().id : QString();
        const QRectF lanes(target.left(), target.top(), target.width(), target.height() - axis);
        TimelineRenderer::paint(painter, lanes, model, tv);
        // Date axis: a tick per decade, and the cursor at the document's date.
        painter.setPen(QPen(Palette::kText, 0.6 * std::max(unit, 0.5)));
        painter.drawLine(QPointF(lanes.left(), lanes.bottom()), QPointF(lanes.right(), lanes.bottom()));
        painter.setFont(figureFont(std::max(5.0, 7 * unit)));
        for (int year = (document.time()->minimum().year() / 10 + 1) * 10; year <= today.year(); year += 10) {
            const double x = tv.x(lanes, static_cast<double>(QDate(year, 1, 1).toJulianDay()));
            painter.drawLine(QPointF(x, lanes.bottom()), QPointF(x, lanes.bottom() + axis * 0.25));
            painter.drawText(QRectF(x - 30 * unit, lanes.bottom() + axis * 0.25, 60 * unit, axis * 0.75),
                             Qt::AlignHCenter | Qt::AlignTop, QString::number(year));
        }
        const double cx = tv.x(lanes, static_cast<double>(document.time()->date().toJulianDay()));
        painter.setPen(QPen(Palette::kVermillion, 1.5 * std::max(unit, 0.5)));
        painter.drawLine(QPointF(cx, lanes.top()), QPointF(cx, lanes.bottom()));
        break;
    }
    case FigureView::Typology: {
        TypologyMatrixInput input;
        input.dataset = &document.dataset();
        const TypologyScheme *fallback = TypologyMatrixRenderer::defaultScheme(document.dataset());
        input.scheme = !options.scheme.isEmpty() ? options.scheme : fallback ? fallback->id : QString();
        // Unfiltered: a cell filter hides ties elsewhere, but the matrix still shows them in force.
        input.inForce = TypologyMatrixRenderer::inForceTies(document.dataset(),
                                                            takeSnapshot(document.dataset(), document.time()->date(), document.hiddenActors()));
        input.highlightedCell = document.typeFilterScheme() == input.scheme ? document.typeFilterCell() : QString();
        input.date = document.time()->date();
        input.language = document.language();
        input.selectedTie = document.selection().kind == Selection::Kind::Tie ? document.selection().id : QString();
        TypologyMatrixRenderer::paint(painter, target, input);
        break;
    }
    case FigureView::Network: {
        NetworkRenderer network;
        network.setSnapshot(document.dataset(), document.snapshot(), document.isHidden(document.dataset().hub));
        network.setShowDate(false); // the figure's title carries it
        network.setLanguage(document.language());
        network.setSelection(document.selection());
        network.paint(painter, target);
        break;
    }
    }
    painter.restore();
}

} // namespace atlas
