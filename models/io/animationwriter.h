// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/io/figurewriter.h"
#include "models/query/animationplan.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>

#include <functional>

class QPainter;

namespace atlas {

/// Writes an animation (MP4, WebM or GIF, by the file's suffix) frame by frame: each frame is painted
/// by the caller's function — the same renderers as a still figure — at the frame's date, with the
/// caption of a hold burned in as a banner, and encoded by VideoEncoder. The file appears only when
/// the whole film is encoded: a failure or a cancel leaves no partial file and keeps an existing one.
class AnimationWriter
{
    Q_DECLARE_TR_FUNCTIONS(AnimationWriter)

public:
    /// Paints the figure of \a frame's date into \a logicalRect (points, as FigureWriter).
    using PaintFrame = std::function<void(QPainter &painter, const QRectF &logicalRect, const AnimationFrame &frame)>;
    /// Called after each frame with the frames done and the total; return false to cancel.
    using Progress = std::function<bool(int done, int total)>;

    /// One frame as an image of \a page's pixel size (also the preview of the first and last frame).
    static QImage renderFrame(const FigurePage &page, const PaintFrame &paint, const AnimationFrame &frame);

    /// Encodes \a frames at \a fps into \a path (its suffix chooses the format). Returns an empty string
    /// on success, else the reason ("cancelled" after a cancel).
    static QString write(const QString &path, const QList<AnimationFrame> &frames, const FigurePage &page, int fps,
                         const PaintFrame &paint, const Progress &progress = {});
};

} // namespace atlas
