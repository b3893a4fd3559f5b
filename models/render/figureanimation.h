// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/localizedtext.h"
#include "models/render/figurerenderer.h"
#include "models/query/animationplan.h"

#include <QDate>
#include <QSet>
#include <QString>

class QPainter;

namespace atlas {

class Dataset;

/// The frames of an animated export as figures: each frame is FigureRenderer's figure of a Scene at
/// the frame's date (the date in the title), so a film shows exactly what a still export of that date
/// shows. Used by `alliance-atlas export --out FILE.mp4` and File › Export Animation.
class FigureAnimation
{
public:
    struct Options
    {
        FigureView view = FigureView::Map;
        QSet<QString> hidden;
        Language language = Language::English;
        QString scheme; //!< empty: the dataset's default
        QString title;  //!< empty: the view's default title at each frame's date
        QDate firstDay; //!< the timeline's range in timeline and report figures
        QDate lastDay;
    };

    FigureAnimation(const Dataset &dataset, Options options);

    /// A frame's title when none is given: FigureRenderer's, except that a film of the map, which
    /// burns the date in large type, leaves it out of the title so that the date shows once.
    static QString defaultTitle(FigureView view, const Scene &scene);
    void paint(QPainter &painter, const QRectF &rect, const AnimationFrame &frame) const;

private:
    const Dataset &mDataset;
    Options mOptions;
    FigureRenderer mRenderer;
};

} // namespace atlas
