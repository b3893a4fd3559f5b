// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/render/figureanimation.h"

#include "models/render/scene.h"

namespace atlas {

FigureAnimation::FigureAnimation(const Dataset &dataset, Options options)
    : mDataset(dataset), mOptions(std::move(options))
{
}

void FigureAnimation::paint(QPainter &painter, const QRectF &rect, const AnimationFrame &frame) const
{
    Scene scene = Scene::fromParts(mDataset, frame.date, mOptions.hidden, mOptions.language);
    scene.scheme = mOptions.scheme;
    if (mOptions.firstDay.isValid())
        scene.firstDay = mOptions.firstDay;
    if (mOptions.lastDay.isValid())
        scene.lastDay = mOptions.lastDay;
    FigureOptions figure;
    figure.view = mOptions.view;
    figure.rasterCache = true; // frames are images of one size, painted in order
    figure.title = mOptions.title.isEmpty() ? defaultTitle(figure.view, scene) : mOptions.title;
    mRenderer.paint(painter, rect, scene, figure);
}

QString FigureAnimation::defaultTitle(FigureView view, const Scene &scene)
{
    // The report figure's wording is the map's title without the date.
    return FigureRenderer::defaultTitle(view == FigureView::Map ? FigureView::Report : view, scene);
}

} // namespace atlas
