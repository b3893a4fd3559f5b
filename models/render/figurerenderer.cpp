// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/render/figurerenderer.h"

#include "models/query/atlasdocument.h"
#include "models/text/figurecaption.h"
#include "models/render/maprenderer.h"
#include "models/render/map/maplayoutreport.h"
#include "models/analysis/networkanalysis.h"
#include "models/analysis/networklayout.h"
#include "models/render/networkrenderer.h"
#include "models/render/palette.h"
#include "models/render/reportfigure.h"
#include "models/render/scene.h"
#include "models/query/snapshot.h"
#include "models/query/timelinemodel.h"
#include "models/render/timelinerenderer.h"
#include "models/render/typologymatrixrenderer.h"

#include <QFontMetricsF>
#include <QPainter>

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

} // namespace

FigureRenderer::FigureRenderer() = default;

FigureRenderer::~FigureRenderer() = default;

MapRenderer &FigureRenderer::mapRenderer() const
{
    if (!mMap)
        mMap = std::make_unique<MapRenderer>();
    return *mMap;
}

std::optional<FigureView> FigureRenderer::parseView(const QString &text)
{
    for (FigureView v : { FigureView::Map, FigureView::Timeline, FigureView::Typology, FigureView::Network, FigureView::Report,
                          FigureView::Compare })
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
    case FigureView::Compare: return QStringLiteral("compare");
    }
    return {};
}

QString FigureRenderer::defaultTitle(FigureView view, const Scene &scene)
{
    const QString date = PartialDate::fromDate(scene.date).displayString(scene.language);
    const auto word = [&scene](const char *source) { return scene.translate("FigureRenderer", source); };
    switch (view) {
    case FigureView::Map:
        return word(QT_TRANSLATE_NOOP("FigureRenderer", "US alliance ties in the Asia-Pacific and the Euro-Atlantic, %1")).arg(date);
    case FigureView::Report: // the caption carries the date: it appears once
        return word(QT_TRANSLATE_NOOP("FigureRenderer", "US alliance ties in the Asia-Pacific and the Euro-Atlantic"));
    case FigureView::Timeline:
        return word(QT_TRANSLATE_NOOP("FigureRenderer", "Timeline of US alliance ties"));
    case FigureView::Typology:
        return word(QT_TRANSLATE_NOOP("FigureRenderer", "Typology of minilateral security cooperation, %1")).arg(date);
    case FigureView::Network:
        return word(QT_TRANSLATE_NOOP("FigureRenderer", "Network of alliance ties, %1")).arg(date);
    case FigureView::Compare: {
        const QString from = PartialDate::fromDate(scene.compare ? scene.compare->from : scene.date).displayString(scene.language);
        return word(QT_TRANSLATE_NOOP("FigureRenderer", "US alliance ties: what changed from %1 to %2")).arg(from, date);
    }
    }
    return {};
}

QString FigureRenderer::defaultTitle(FigureView view, const AtlasDocument &document)
{
    return defaultTitle(view, Scene::fromDocument(document));
}

void FigureRenderer::paint(QPainter &painter, const QRectF &target, const AtlasDocument &document, const FigureOptions &options,
                           FigureLayout *layout) const
{
    Scene scene = Scene::fromDocument(document);
    scene.scheme = options.scheme;
    paint(painter, target, scene, options, layout);
}

void FigureRenderer::paint(QPainter &painter, const QRectF &target, const Scene &shown, const FigureOptions &options,
                           FigureLayout *layout) const
{
    if (!shown.dataset)
        return;
    Scene scene = shown;
    if (!options.highlightSelection)
        scene.selection = Selection();
    if (layout) {
        *layout = FigureLayout();
        layout->size = target.size();
        layout->selectionHighlighted = !scene.selection.id.isEmpty();
    }
    painter.save();
    painter.fillRect(target, Qt::white);
    if (options.view == FigureView::Report) {
        ReportFigure::paint(painter, target, scene, options, mapRenderer(), layout);
        painter.restore();
        return;
    }
    const double minPt = ReportFigure::minimumTextPt(target.size());
    const double unit = std::min(target.width(), target.height()) / 595.0;
    const double margin = 18 * unit;
    QRectF body = target.adjusted(margin, margin, -margin, -margin);
    if (!options.title.isEmpty()) {
        const QFont font = ReportFigure::font(std::max(minPt * 1.4, 16 * unit), true);
        const double h = ReportFigure::paintWrapped(painter, options.title, font, body, true, layout, QStringLiteral("title"));
        if (layout)
            layout->regions.insert(QStringLiteral("title"), QRectF(body.left(), body.top(), body.width(), h));
        body.setTop(body.top() + h + 6 * unit);
    }
    if (!options.caption.isEmpty()) {
        const QFont font = ReportFigure::font(std::max(minPt, 7.5 * unit));
        const double h = ReportFigure::paintWrapped(painter, options.caption, font, body, false);
        const QRectF box(body.left(), body.bottom() - h, body.width(), h);
        ReportFigure::paintWrapped(painter, options.caption, font, box, true, layout, QStringLiteral("caption"));
        if (layout)
            layout->regions.insert(QStringLiteral("caption"), box);
        body.setBottom(box.top() - 6 * unit);
    }
    paintView(painter, body, scene, options.view, options, layout);
    painter.restore();
}

void FigureRenderer::paintView(QPainter &painter, const QRectF &target, const Scene &scene, FigureView view,
                               const FigureOptions &options, FigureLayout *layout) const
{
    const double unit = std::min(target.width(), target.height()) / 595.0;
    const Dataset &dataset = *scene.dataset;
    painter.save();
    painter.setClipRect(target);
    switch (view) {
    case FigureView::Map:
    case FigureView::Report:
    case FigureView::Compare: {
        MapRenderOptions map;
        map.showDate = view != FigureView::Compare; // the title names both dates
        map.viewport = options.viewport;
        map.language = scene.language;
        map.translator = scene.translator.get();
        map.rasterCache = options.rasterCache;
        map.scheme = scene.schemeOrDefault();
        map.scale = std::max(0.6, target.height() / 700.0) * scene.textScale;
        MapLayoutReport report;
        if (layout)
            map.layoutReport = &report;
        mapRenderer().paint(painter, target, scene.mapInput(), map);
        if (layout) {
            layout->regions.insert(QStringLiteral("map"), report.map);
            if (report.legend)
                layout->regions.insert(QStringLiteral("legend"), *report.legend);
            if (report.date)
                layout->regions.insert(QStringLiteral("date"), *report.date);
            ReportFigure::recordMap(report, layout);
        }
        break;
    }
    case FigureView::Timeline: {
        const TimelineModel model(dataset, scene.hidden, scene.lastDay);
        TimelineView tv;
        tv.fromDay = static_cast<double>(scene.firstDay.toJulianDay());
        tv.toDay = static_cast<double>(scene.lastDay.toJulianDay()) + 1;
        const int rows = std::max<int>(1, static_cast<int>(model.rows().size()));
        const QFont axisFont = figureFont(std::max(5.0, 7 * unit) * scene.textScale);
        const double axis = QFontMetricsF(axisFont, painter.device()).height() * 1.8;
        tv.rowHeight = std::max(1.0, (target.height() - axis) / rows);
        tv.selectedTie = scene.selectedTie();
        tv.translator = scene.translator.get();
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
