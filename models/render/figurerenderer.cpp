// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/render/figurerenderer.h"

#include "models/query/atlasdocument.h"
#include "models/text/figurecaption.h"
#include "models/render/maprenderer.h"
#include "models/analysis/networkanalysis.h"
#include "models/analysis/networklayout.h"
#include "models/render/networkrenderer.h"
#include "models/render/palette.h"
#include "models/render/scene.h"
#include "models/query/snapshot.h"
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

QString FigureRenderer::defaultTitle(FigureView view, const Scene &scene)
{
    const QString date = PartialDate::fromDate(scene.date).displayString(scene.language);
    const auto word = [&scene](const char *source) { return scene.translate("FigureRenderer", source); };
    switch (view) {
    case FigureView::Map:
    case FigureView::Report:
        return word(QT_TRANSLATE_NOOP("FigureRenderer", "US alliance ties in the Asia-Pacific and the Euro-Atlantic, %1")).arg(date);
    case FigureView::Timeline:
        return word(QT_TRANSLATE_NOOP("FigureRenderer", "Timeline of US alliance ties"));
    case FigureView::Typology:
        return word(QT_TRANSLATE_NOOP("FigureRenderer", "Typology of minilateral security cooperation, %1")).arg(date);
    case FigureView::Network:
        return word(QT_TRANSLATE_NOOP("FigureRenderer", "Network of alliance ties, %1")).arg(date);
    }
    return {};
}

QString FigureRenderer::defaultTitle(FigureView view, const AtlasDocument &document)
{
    return defaultTitle(view, Scene::fromDocument(document));
}

void FigureRenderer::paint(QPainter &painter, const QRectF &target, const AtlasDocument &document, const FigureOptions &options) const
{
    Scene scene = Scene::fromDocument(document);
    scene.scheme = options.scheme;
    paint(painter, target, scene, options);
}

void FigureRenderer::paint(QPainter &painter, const QRectF &target, const Scene &scene, const FigureOptions &options) const
{
    if (!scene.dataset)
        return;
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
        paintView(painter, mapBox, scene, FigureView::Map, options, false);
        paintView(painter, stripBox, scene, FigureView::Timeline, options, true);
    } else {
        paintView(painter, body, scene, options.view, options, false);
    }
    painter.restore();
}

void FigureRenderer::paintView(QPainter &painter, const QRectF &target, const Scene &scene, FigureView view,
                               const FigureOptions &options, bool compact) const
{
    const double unit = std::min(target.width(), target.height()) / 595.0;
    const Dataset &dataset = *scene.dataset;
    painter.save();
    painter.setClipRect(target);
    switch (view) {
    case FigureView::Map:
    case FigureView::Report: {
        MapRenderOptions map;
        map.viewport = options.viewport;
        map.language = scene.language;
        map.scheme = scene.schemeOrDefault();
        map.scale = std::max(0.6, target.height() / 700.0) * scene.textScale;
        mMap->paint(painter, target, scene.mapInput(), map);
        break;
    }
    case FigureView::Timeline: {
        const TimelineModel model(dataset, scene.hidden, scene.lastDay);
        TimelineView tv;
        tv.fromDay = static_cast<double>(scene.firstDay.toJulianDay());
        tv.toDay = static_cast<double>(scene.lastDay.toJulianDay()) + 1;
        const int rows = std::max<int>(1, static_cast<int>(model.rows().size()));
        const QFont axisFont = figureFont(std::max(5.0, 7 * unit) * scene.textScale);
        const double axis = QFontMetricsF(axisFont, painter.device()).height() * (compact ? 1.5 : 1.8);
        tv.rowHeight = std::max(1.0, (target.height() - axis) / rows);
        tv.selectedTie = scene.selectedTie();
        const QRectF lanes(target.left(), target.top(), target.width(), target.height() - axis);
        TimelineRenderer::paint(painter, lanes, model, tv);
        const double line = std::max(unit, 0.5);
        TimelineRenderer::paintDateAxis(painter, QRectF(lanes.bottomLeft(), target.bottomRight()), tv, axisFont,
                                        scene.language, 0.6 * line);
        TimelineRenderer::paintCursor(painter, lanes, tv, scene.date, 1.5 * line);
        break;
    }
    case FigureView::Typology: {
        TypologyMatrixInput input;
        input.dataset = &dataset;
        input.scheme = scene.schemeOrDefault();
        // Unfiltered: a cell filter hides ties elsewhere, but the matrix still shows them in force.
        input.inForce = TypologyMatrixRenderer::inForceTies(dataset, takeSnapshot(dataset, scene.date, scene.hidden));
        input.highlightedCell = scene.typeFilterScheme == input.scheme ? scene.typeFilterCell : QString();
        input.date = scene.date;
        input.language = scene.language;
        input.selectedTie = scene.selectedTie();
        input.translator = scene.translator.get();
        TypologyMatrixRenderer::paint(painter, target, input);
        break;
    }
    case FigureView::Network: {
        NetworkRenderer network;
        network.setScene(scene);
        network.setShowDate(false); // the figure's title carries it
        network.paint(painter, target);
        break;
    }
    }
    painter.restore();
}

} // namespace atlas
