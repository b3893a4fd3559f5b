// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/render/linerasterizer.h"

#include <QImage>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QRegion>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace atlas {

namespace {

/// x * a / 255 on each byte of a packed ARGB pixel (as Qt's BYTE_MUL).
inline quint32 byteMul(quint32 x, quint32 a)
{
    quint32 t = (x & 0xff00ffu) * a;
    t = ((t + ((t >> 8) & 0xff00ffu) + 0x800080u) >> 8) & 0xff00ffu;
    x = ((x >> 8) & 0xff00ffu) * a;
    x = (x + ((x >> 8) & 0xff00ffu) + 0x800080u) & 0xff00ff00u;
    return x | t;
}

/// The closed interval of x where lo <= slope * x + offset <= hi; empty (nullopt) or all x (the
/// infinite interval) when the slope is zero.
std::optional<std::pair<double, double>> solve(double slope, double offset, double lo, double hi)
{
    constexpr double inf = std::numeric_limits<double>::infinity();
    if (std::abs(slope) < 1e-12) {
        if (offset < lo || offset > hi)
            return std::nullopt;
        return std::pair(-inf, inf);
    }
    double a = (lo - offset) / slope;
    double b = (hi - offset) / slope;
    if (a > b)
        std::swap(a, b);
    return std::pair(a, b);
}

/// One capsule in device pixels: the segment \a a–\a b widened by \a radius, blended with the
/// premultiplied colour \a colour into the rows and columns of \a clip.
struct Capsule
{
    QPointF a, b;
    double radius;
    quint32 colour;

    /// The x interval (pixel coordinates) of the points at most \a reach from the segment on the
    /// horizontal line y = \a yc; nullopt when the line misses.
    std::optional<std::pair<double, double>> row(double yc, double reach) const
    {
        double lo = std::numeric_limits<double>::infinity();
        double hi = -lo;
        for (const QPointF &end : { a, b }) { // the two caps
            const double dy = yc - end.y();
            if (std::abs(dy) <= reach) {
                const double half = std::sqrt(reach * reach - dy * dy);
                lo = std::min(lo, end.x() - half);
                hi = std::max(hi, end.x() + half);
            }
        }
        const QPointF d = b - a;
        const double length = std::hypot(d.x(), d.y());
        if (length > 0) { // the body: within reach across the segment and between its ends along it
            const double nx = -d.y() / length, ny = d.x() / length;
            const auto across = solve(nx, ny * yc - (nx * a.x() + ny * a.y()), -reach, reach);
            const auto along = solve(d.x(), d.y() * yc - (d.x() * a.x() + d.y() * a.y()), 0, length * length);
            if (across && along) {
                const double from = std::max(across->first, along->first);
                const double to = std::min(across->second, along->second);
                if (from <= to) {
                    lo = std::min(lo, from);
                    hi = std::max(hi, to);
                }
            }
        }
        if (lo > hi)
            return std::nullopt;
        return std::pair(lo, hi);
    }

    void paint(uchar *bits, qsizetype stride, const QRect &clip) const
    {
        // Coverage falls linearly over one pixel across the edge; lines thinner than a pixel are
        // fainter in proportion, as their area is.
        const double reach = radius + 0.5;
        const double reach2 = reach * reach;
        const double thin = std::min(1.0, 2 * radius);
        const double inner = radius - 0.5; // nearer than this: full coverage
        const double inner2 = thin >= 1 && inner > 0 ? inner * inner : -1;
        const QPointF d = b - a;
        const double length2 = QPointF::dotProduct(d, d);
        const double invLength2 = length2 > 0 ? 1 / length2 : 0;
        const int top = std::max(clip.top(), int(std::floor(std::min(a.y(), b.y()) - reach)));
        const int bottom = std::min(clip.bottom(), int(std::ceil(std::max(a.y(), b.y()) + reach)));
        for (int y = top; y <= bottom; ++y) {
            const double yc = y + 0.5;
            const auto span = row(yc, reach);
            if (!span)
                continue;
            const int left = std::max(clip.left(), int(std::floor(span->first - 0.5)));
            const int right = std::min(clip.right(), int(std::ceil(span->second - 0.5)));
            auto *line = reinterpret_cast<quint32 *>(bits + y * stride);
            const double py = yc - a.y();
            for (int x = left; x <= right; ++x) {
                const double px = x + 0.5 - a.x();
                const double t = std::clamp((px * d.x() + py * d.y()) * invLength2, 0.0, 1.0);
                const double ex = px - t * d.x();
                const double ey = py - t * d.y();
                const double distance2 = ex * ex + ey * ey;
                if (distance2 >= reach2)
                    continue;
                quint32 source = colour;
                if (distance2 > inner2) {
                    const double coverage = std::min(1.0, reach - std::sqrt(distance2)) * thin;
                    source = byteMul(colour, quint32(coverage * 255 + 0.5));
                }
                line[x] = source + byteMul(line[x], 255 - (source >> 24));
            }
        }
    }
};

} // namespace

bool LineRasterizer::canDraw(const QPainter &painter)
{
    if (!painter.isActive() || !painter.paintEngine() || painter.paintEngine()->type() != QPaintEngine::Raster)
        return false;
    const QPaintDevice *device = painter.paintEngine()->paintDevice();
    if (!device || device->devType() != QInternal::Image)
        return false;
    const auto *image = static_cast<const QImage *>(device);
    if (image->format() != QImage::Format_RGB32 && image->format() != QImage::Format_ARGB32_Premultiplied)
        return false;
    if (!painter.testRenderHint(QPainter::Antialiasing) || painter.deviceTransform().type() > QTransform::TxScale
        || painter.opacity() < 1 || painter.compositionMode() != QPainter::CompositionMode_SourceOver)
        return false;
    // Only rectangles clip the renderers (a region of one rectangle: QPainter keeps a QRectF clip
    // exactly, clipBoundingRect(), but clipPath() and clipRegion() round it in logical units).
    if (painter.hasClipping() && painter.clipRegion().rectCount() > 1)
        return false;
    return true;
}

namespace {

/// Where LineRasterizer writes for a painter that canDraw(): the image's pixels, the clip in pixels
/// and the transform from logical coordinates.
struct Target
{
    uchar *bits;
    qsizetype stride;
    QRect clip;
    QTransform transform;
    double scale; //!< of widths

    Target(QPainter &painter)
        : transform(painter.deviceTransform())
    {
        auto *image = static_cast<QImage *>(painter.paintEngine()->paintDevice());
        QRectF visible(0, 0, image->width(), image->height());
        if (painter.hasClipping())
            visible &= transform.mapRect(painter.clipBoundingRect());
        // The pixels whose centres lie in the visible rectangle, as Qt's raster engine clips.
        clip = QRect(QPoint(int(std::ceil(visible.left() - 0.5)), int(std::ceil(visible.top() - 0.5))),
                     QPoint(int(std::ceil(visible.right() - 0.5)) - 1, int(std::ceil(visible.bottom() - 0.5)) - 1));
        scale = std::sqrt(std::abs(transform.m11() * transform.m22()));
        bits = image->bits();
        stride = image->bytesPerLine();
    }

    void line(QPointF from, QPointF to, const QColor &colour, qreal width) const
    {
        if (colour.alpha() == 0 || from == to || clip.isEmpty())
            return; // QPainter draws no line of no length either
        const Capsule capsule { transform.map(from), transform.map(to), std::max(width * scale, 1.0) / 2, qPremultiply(colour.rgba()) };
        capsule.paint(bits, stride, clip);
    }
};

} // namespace

void LineRasterizer::draw(QPainter &painter, const QList<RasterLine> &lines)
{
    if (!canDraw(painter)) {
        for (const RasterLine &l : lines) {
            painter.setPen(QPen(l.colour, l.width, Qt::SolidLine, Qt::RoundCap));
            painter.drawLine(l.line);
        }
        return;
    }
    const Target target(painter);
    for (const RasterLine &l : lines)
        target.line(l.line.p1(), l.line.p2(), l.colour, l.width);
}

bool LineRasterizer::strokePath(QPainter &painter, const QPainterPath &path, const QColor &colour, qreal width)
{
    if (colour.alpha() != 255 || !canDraw(painter))
        return false;
    const Target target(painter);
    for (const QPolygonF &polygon : path.toSubpathPolygons())
        for (qsizetype i = 1; i < polygon.size(); ++i)
            target.line(polygon[i - 1], polygon[i], colour, width);
    return true;
}

} // namespace atlas
