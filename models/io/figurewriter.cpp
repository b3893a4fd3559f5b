// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/figurewriter.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>

namespace atlas {

QSize FigurePage::pixelSize() const
{
    return { static_cast<int>(std::lround(sizePoints.width() / 72.0 * dpi)),
             static_cast<int>(std::lround(sizePoints.height() / 72.0 * dpi)) };
}

std::optional<QSizeF> FigurePage::parseSize(const QString &text, int dpi)
{
    constexpr double mm = 72.0 / 25.4;
    const QString t = text.trimmed().toLower();
    if (t == u"a4-landscape")
        return QSizeF(297 * mm, 210 * mm);
    if (t == u"a4-portrait")
        return QSizeF(210 * mm, 297 * mm);
    if (t == u"letter-landscape")
        return QSizeF(11 * 72.0, 8.5 * 72.0);
    if (t == u"letter-portrait")
        return QSizeF(8.5 * 72.0, 11 * 72.0);
    if (t == u"slide")
        return QSizeF(1920 * 72.0 / 96, 1080 * 72.0 / 96);
    const QStringList wh = t.split(u'x');
    if (wh.size() != 2 || dpi <= 0)
        return std::nullopt;
    bool okW = false;
    bool okH = false;
    const int w = wh[0].toInt(&okW);
    const int h = wh[1].toInt(&okH);
    if (!okW || !okH || w < 16 || h < 16 || w > 20000 || h > 20000)
        return std::nullopt;
    return QSizeF(w * 72.0 / dpi, h * 72.0 / dpi);
}

std::optional<FigurePage::Format> FigurePage::parseFormat(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"png")
        return Format::Png;
    if (t == u"svg")
        return Format::Svg;
    if (t == u"pdf")
        return Format::Pdf;
    return std::nullopt;
}

std::optional<FigurePage::Format> FigurePage::formatForPath(const QString &path)
{
    return parseFormat(QFileInfo(path).suffix());
}

QString FigureWriter::write(const QString &path, const FigurePage &page, const QString &title, const PaintFunction &paint)
{
    const QFileInfo info(path);
    if (path.isEmpty())
        return tr("no output file given");
    if (info.isDir())
        return tr("%1 is a directory").arg(path);
    if (!info.absoluteDir().exists())
        return tr("the directory %1 does not exist").arg(info.absolutePath());

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("cannot write %1: %2").arg(path, file.errorString());

    const QRectF logical = page.logicalRect();
    bool painted = false;
    switch (page.format) {
    case FigurePage::Format::Png: {
        const QSize px = page.pixelSize();
        // Opaque RGB32: a figure has a white background, so no alpha channel to blend into, to
        // un-premultiply before encoding, or to compress (RGB PNG: a quarter fewer bytes to deflate).
        QImage image(px, QImage::Format_RGB32);
        if (image.isNull()) {
            file.cancelWriting();
            return tr("the figure is too large (%1×%2 pixels)").arg(px.width()).arg(px.height());
        }
        image.fill(Qt::white);
        // Paint at 72 dpi so that a point is one logical unit, then scale to the pixel grid; the
        // real resolution is recorded only for saving.
        const int paintDotsPerMeter = static_cast<int>(std::lround(72 / 0.0254));
        image.setDotsPerMeterX(paintDotsPerMeter);
        image.setDotsPerMeterY(paintDotsPerMeter);
        image.setText(QStringLiteral("Title"), title);
        image.setText(QStringLiteral("Software"), QStringLiteral("Alliance Atlas"));
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        painter.scale(px.width() / logical.width(), px.height() / logical.height());
        paint(painter, logical);
        painted = painter.end();
        const int dotsPerMeter = static_cast<int>(std::lround(page.dpi / 0.0254));
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        if (painted)
            painted = image.save(&file, "PNG", 85); // fast zlib level: figures are large, time matters
        break;
    }
    case FigurePage::Format::Svg: {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setTitle(title);
        svg.setDescription(QStringLiteral("Alliance Atlas figure"));
        svg.setResolution(72);
        svg.setSize(logical.size().toSize());
        svg.setViewBox(logical);
        QPainter painter;
        if (painter.begin(&svg)) {
            painter.setRenderHint(QPainter::Antialiasing);
            paint(painter, logical);
            painted = painter.end();
        }
        break;
    }
    case FigurePage::Format::Pdf: {
        QPdfWriter pdf(&file);
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("Alliance Atlas"));
        pdf.setResolution(72); // device units are points, like the renderers' logical units
        pdf.setPageSize(QPageSize(logical.size(), QPageSize::Point, QString(), QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter;
        if (painter.begin(&pdf)) {
            painter.setRenderHint(QPainter::Antialiasing);
            paint(painter, logical);
            painted = painter.end();
        }
        break;
    }
    }
    if (!painted) {
        file.cancelWriting();
        return tr("painting the figure failed");
    }
    if (!file.commit())
        return tr("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace atlas
