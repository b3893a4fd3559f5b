// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/figurewriter.h"

#include "models/concurrency/parallelfor.h"

#include "models/io/pdftounicode.h"
#include "models/io/pngencoder.h"

#include "models/io/safewriter.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>

#if __has_include(<sys/mman.h>)
#include <sys/mman.h> // madvise
#endif

namespace atlas {

namespace {

/// \a text without the control characters XML 1.0 cannot hold (all C0 but tab, newline, return).
QString xmlText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        if (c.unicode() >= 0x20 || c == u'\t' || c == u'\n' || c == u'\r')
            out.append(c);
    return out;
}

} // namespace

QSize FigurePage::pixelSize() const
{
    // Range-checked before the conversion (a float-to-int cast out of range is undefined): a page
    // too large for an int is reported as an empty size, which no image can be made of.
    const auto pixels = [this](double points) {
        const double px = std::round(points / 72.0 * dpi);
        return std::isfinite(px) && px >= 0 && px <= std::numeric_limits<int>::max() ? static_cast<int>(px) : -1;
    };
    const int w = pixels(sizePoints.width());
    const int h = pixels(sizePoints.height());
    return w < 0 || h < 0 ? QSize() : QSize(w, h);
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

namespace {

/// A white RGB32 image of \a size; null when it cannot be allocated. The 35 MB of a 300-dpi A4 figure
/// are asked for in 2 MB pages where the system allows (Linux's transparent huge pages): first
/// touching them in 4 KB pages was 8,500 page faults, a tenth of an export. They are filled in parts
/// on all cores.
QImage whiteImage(QSize size)
{
    const qsizetype stride = qsizetype(size.width()) * 4;
    const qsizetype bytes = stride * size.height(); // at most 2^22 * 2^31 after the width's check
    if (!size.isValid() || size.width() > (1 << 20) || bytes > (qsizetype(1) << 33))
        return {};
    QImage image;
#ifdef MADV_HUGEPAGE
    constexpr std::size_t kHugePage = 2 * 1024 * 1024;
    void *memory = nullptr;
    if (bytes >= qsizetype(kHugePage) && posix_memalign(&memory, kHugePage, std::size_t(bytes)) == 0) {
        madvise(memory, std::size_t(bytes), MADV_HUGEPAGE);
        image = QImage(static_cast<uchar *>(memory), size.width(), size.height(), stride, QImage::Format_RGB32, std::free, memory);
    }
#endif
    if (image.isNull())
        image = QImage(size, QImage::Format_RGB32);
    if (image.isNull())
        return image;
    const int threads = threadCount(0);
    uchar *bits = image.bits();
    parallelFor(threads, threads, [&](qsizetype part) {
        const qsizetype from = size.height() * part / threads;
        const qsizetype to = size.height() * (part + 1) / threads;
        std::fill_n(bits + from * stride, (to - from) * stride, uchar(0xff));
    });
    return image;
}

} // namespace

QString FigureWriter::checkTarget(const QString &path)
{
    const QFileInfo info(path);
    if (path.isEmpty())
        return tr("no output file given");
    if (info.isDir())
        return tr("%1 is a directory").arg(path);
    if (!info.absoluteDir().exists())
        return tr("the directory %1 does not exist").arg(info.absolutePath());
    return {};
}

QString FigureWriter::write(const QString &path, const FigurePage &page, const QString &title, const PaintFunction &paint)
{
    if (QString problem = checkTarget(path); !problem.isEmpty())
        return problem;

    // Everything is rendered into memory first (QSvgGenerator and QPdfWriter ignore short writes),
    // then SafeWriter puts it on disk, checking every write.
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const QRectF logical = page.logicalRect();
    bool painted = false;
    switch (page.format) {
    case FigurePage::Format::Png: {
        const QSize px = page.pixelSize();
        // Opaque RGB32: a figure has a white background, so no alpha channel to un-premultiply or compress.
        QImage image = whiteImage(px);
        if (image.isNull())
            return tr("the figure is too large (%1×%2 pixels)")
                .arg(page.sizePoints.width() / 72.0 * page.dpi, 0, 'g', 3)
                .arg(page.sizePoints.height() / 72.0 * page.dpi, 0, 'g', 3);
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
        if (!painter.end())
            return tr("painting the figure failed: the painter could not finish the %1×%2 pixel image")
                .arg(px.width())
                .arg(px.height());
        const int dotsPerMeter = static_cast<int>(std::lround(page.dpi / 0.0254));
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        bytes = PngEncoder::encode(image); // faster than QImageWriter on a large figure
        if (bytes.isEmpty())
            return tr("encoding the PNG failed: %1").arg(QStringLiteral("zlib"));
        painted = true;
        break;
    }
    case FigurePage::Format::Svg: {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        // Qt 6.4 writes the title into <title> as it is: escape it, and drop what XML cannot hold.
        svg.setTitle(xmlText(title).toHtmlEscaped());
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
        QPdfWriter pdf(&buffer);
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
    if (!painted)
        return tr("painting the figure failed");
    buffer.close();
    if (page.format == FigurePage::Format::Pdf)
        bytes = PdfToUnicode::repair(bytes); // Chinese text extracts as written, not as Kangxi radicals
    return SafeWriter::write(path, bytes);
}

} // namespace atlas
