// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/animationwriter.h"

#include "models/io/safewriter.h"
#include "models/io/videoencoder.h"

#include <QPainter>

#include <cmath>

namespace atlas {

namespace {

/// The caption of a hold as a banner across the bottom of the frame.
void paintCaption(QPainter &painter, const QRectF &rect, const QString &caption)
{
    QFont font = painter.font();
    font.setPointSizeF(std::max(9.0, rect.height() * 0.028));
    const QFontMetricsF metrics(font, painter.device());
    const double padding = metrics.height() * 0.45;
    const QString text = metrics.elidedText(caption, Qt::ElideRight, rect.width() - 4 * padding);
    const QRectF band(rect.left(), rect.bottom() - metrics.height() - 2 * padding, rect.width(), metrics.height() + 2 * padding);
    painter.save();
    painter.fillRect(band, QColor(0x1F, 0x2A, 0x38, 225));
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(band.adjusted(2 * padding, 0, -2 * padding, 0), Qt::AlignVCenter | Qt::AlignLeft, text);
    painter.restore();
}

} // namespace

QImage AnimationWriter::renderFrame(const FigurePage &page, const PaintFrame &paint, const AnimationFrame &frame)
{
    const QSize px = page.pixelSize();
    const QRectF logical = page.logicalRect();
    QImage image(px, QImage::Format_RGB32);
    if (image.isNull())
        return image;
    image.fill(Qt::white);
    // As FigureWriter: paint at 72 dpi, a point per logical unit, scaled to the pixel grid.
    const int paintDotsPerMeter = static_cast<int>(std::lround(72 / 0.0254));
    image.setDotsPerMeterX(paintDotsPerMeter);
    image.setDotsPerMeterY(paintDotsPerMeter);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(px.width() / logical.width(), px.height() / logical.height());
    paint(painter, logical, frame);
    if (!frame.caption.isEmpty())
        paintCaption(painter, logical, frame.caption);
    return image;
}

QString AnimationWriter::write(const QString &path, const QList<AnimationFrame> &frames, const FigurePage &page, int fps,
                               const PaintFrame &paint, const Progress &progress)
{
    if (QString problem = FigureWriter::checkTarget(path); !problem.isEmpty())
        return problem;
    const std::optional<VideoFormat> format = VideoEncoder::formatForPath(path);
    if (!format)
        return tr("%1: unknown animation format (expected .mp4, .webm or .gif)").arg(path);
    if (frames.isEmpty())
        return tr("the animation has no frames");

    VideoEncoder::Settings settings;
    settings.format = *format;
    settings.size = page.pixelSize();
    settings.fps = fps;
    QImage first = renderFrame(page, paint, frames.first());
    if (first.isNull())
        return tr("the frames are too large (%1×%2 pixels)").arg(settings.size.width()).arg(settings.size.height());
    if (*format == VideoFormat::Gif)
        settings.paletteSamples = { first, renderFrame(page, paint, frames.last()) };

    VideoEncoder encoder;
    if (QString error = encoder.open(settings); !error.isEmpty())
        return tr("cannot write %1: %2").arg(path, error);
    for (qsizetype i = 0; i < frames.size(); ++i) {
        const QImage image = i == 0 ? first : renderFrame(page, paint, frames[i]);
        if (QString error = encoder.addFrame(image); !error.isEmpty())
            return tr("cannot write %1: %2").arg(path, error);
        if (progress && !progress(int(i + 1), int(frames.size())))
            return tr("cancelled");
    }
    QByteArray bytes;
    if (QString error = encoder.finish(&bytes); !error.isEmpty())
        return tr("cannot write %1: %2").arg(path, error);
    return SafeWriter::write(path, bytes);
}

} // namespace atlas
