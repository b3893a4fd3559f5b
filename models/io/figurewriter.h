// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <functional>
#include <optional>

class QPainter;

namespace atlas {

/// The page of an exported figure: its physical size and format. Every renderer paints into a
/// logical rectangle measured in points (1/72 inch), so a figure looks the same in PNG, SVG and PDF.
struct FigurePage
{
    enum class Format { Png, Svg, Pdf };

    Format format = Format::Png;
    QSizeF sizePoints { 842, 595 }; //!< A4 landscape by default
    int dpi = 300;                  //!< PNG resolution (pixels = points / 72 * dpi)

    QRectF logicalRect() const { return { QPointF(0, 0), sizePoints }; }
    QSize pixelSize() const; //!< an invalid QSize when the page is too large to count in pixels

    /// "a4-landscape", "a4-portrait", "letter-landscape", "letter-portrait", "slide" (1920×1080 px at
    /// 96 dpi) or "WxH" in pixels (at \a dpi). std::nullopt for anything else.
    static std::optional<QSizeF> parseSize(const QString &text, int dpi);
    /// "png", "svg", "pdf"; std::nullopt for anything else.
    static std::optional<Format> parseFormat(const QString &text);
    /// The format a file name's suffix asks for.
    static std::optional<Format> formatForPath(const QString &path);
};

/// Writes figures atomically: the painting goes to memory, then through SafeWriter to a temporary file
/// that replaces \a path only when every write succeeded, so a failed export (a full disk included)
/// never leaves a partial file or damages an existing one.
class FigureWriter
{
    Q_DECLARE_TR_FUNCTIONS(FigureWriter)

public:
    using PaintFunction = std::function<void(QPainter &painter, const QRectF &logicalRect)>;

    /// Paints with \a paint into \a path. Returns an empty string on success, else the reason.
    static QString write(const QString &path, const FigurePage &page, const QString &title, const PaintFunction &paint);
    /// Why no file can be written at \a path (none given, a directory, a missing directory), or an empty
    /// string. Checked before any painting, by every exporter (figures and animations).
    static QString checkTarget(const QString &path);
};

} // namespace atlas
