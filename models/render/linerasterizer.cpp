// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/render/linerasterizer.h"

#include "models/concurrency/parallelfor.h"
#include "models/render/bytemul.h"

#include <QImage>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QRegion>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <optional>
#include <vector>

namespace atlas {

namespace {

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

/// One capsule in device pixels: the segment \a a–\a b widened by \a radius, in the premultiplied
/// colour \a colour.
struct Capsule
{
    QPointF a, b;
    double radius;
    quint32 colour;

    /// The first and last rows of \a clip the capsule can touch (first > last: none).
    std::pair<int, int> rows(const QRect &clip) const
    {
        const double reach = radius + 0.5;
        return { std::max(clip.top(), int(std::floor(std::min(a.y(), b.y()) - reach))),
                 std::min(clip.bottom(), int(std::ceil(std::max(a.y(), b.y()) + reach))) };
    }

    /// The x interval (pixel coordinates) of the points at most \a reach from the segment on the
    /// horizontal line y = \a yc (\a length: the segment's); nullopt when the line misses.
    std::optional<std::pair<double, double>> row(double yc, double reach, double length) const
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

    /// Blends the capsule into the rows and columns of \a clip of the image at \a bits.
    void paint(uchar *bits, qsizetype stride, const QRect &clip) const
    {
        const bool opaque = (colour >> 24) == 255;
        cover(clip, [&](int y, int x, double coverage) {
            auto &pixel = reinterpret_cast<quint32 *>(bits + y * stride)[x];
            if (coverage >= 1 && opaque) {
                pixel = colour;
                return;
            }
            const quint32 source = coverage >= 1 ? colour : byteMul(colour, quint32(coverage * 255 + 0.5));
            pixel = source + byteMul(pixel, 255 - (source >> 24));
        });
    }

    /// Raises the 8-bit coverage in \a mask (rows of \a stride bytes, pixel (x, y) of the image at
    /// mask[(y - origin.y) * stride + x - origin.x]) to the capsule's, within \a clip: the union of
    /// capsules, whose overlaps count once.
    void cover(uchar *mask, qsizetype stride, QPoint origin, const QRect &clip) const
    {
        cover(clip, [&](int y, int x, double coverage) {
            uchar &m = mask[(y - origin.y()) * stride + (x - origin.x())];
            m = std::max(m, uchar(coverage * 255 + 0.5));
        });
    }

    /// Calls \a visit(y, x, coverage) for every pixel of \a clip the capsule covers, coverage in (0, 1].
    template<typename Visit>
    void cover(const QRect &clip, Visit visit) const
    {
        // Coverage falls linearly over one pixel across the edge; lines thinner than a pixel are
        // fainter in proportion, as their area is.
        const double reach = radius + 0.5;
        const double reach2 = reach * reach;
        const double thin = std::min(1.0, 2 * radius);
        const double inner = thin >= 1 && radius > 0.5 ? radius - 0.5 : -1; // nearer than this: full coverage
        const double inner2 = inner > 0 ? inner * inner : -1;
        const QPointF d = b - a;
        const double length2 = QPointF::dotProduct(d, d);
        const double length = std::sqrt(length2);
        const double invLength2 = length2 > 0 ? 1 / length2 : 0;
        const auto [top, bottom] = rows(clip);

        // Near an end (or anywhere, for a line of no length): the distance to the nearest point of the segment.
        const auto nearEnd = [&](int y, int from, int to, double py) {
            for (int x = from; x <= to; ++x) {
                const double px = x + 0.5 - a.x();
                const double t = std::clamp((px * d.x() + py * d.y()) * invLength2, 0.0, 1.0);
                const double ex = px - t * d.x();
                const double ey = py - t * d.y();
                const double distance2 = ex * ex + ey * ey;
                if (distance2 >= reach2)
                    continue;
                visit(y, x, distance2 > inner2 ? std::min(1.0, reach - std::sqrt(distance2)) * thin : 1.0);
            }
        };

        // A short segment (a map border's are a few pixels long): every pixel of its bounding box,
        // cheaper than working out each row's span.
        const int boxLeft = std::max(clip.left(), int(std::floor(std::min(a.x(), b.x()) - reach)));
        const int boxRight = std::min(clip.right(), int(std::ceil(std::max(a.x(), b.x()) + reach)));
        if (boxRight - boxLeft < 8) {
            for (int y = top; y <= bottom; ++y)
                nearEnd(y, boxLeft, boxRight, y + 0.5 - a.y());
            return;
        }
        for (int y = top; y <= bottom; ++y) {
            const double yc = y + 0.5;
            const auto span = row(yc, reach, length);
            if (!span)
                continue;
            const int left = std::max(clip.left(), int(std::floor(span->first - 0.5)));
            const int right = std::min(clip.right(), int(std::ceil(span->second - 0.5)));
            if (left > right)
                continue;
            const double py = yc - a.y();
            // Beside the segment (its projection falls between the ends) the distance is the
            // distance across it, linear along the row: no square root. The pixels of that stretch
            // are those where 0 <= t(x) <= 1, t linear in x; the rest of the row is near an end.
            int bodyFrom = right + 1, bodyTo = right;
            if (length > 0) {
                const auto tAt = [&](int x) { return ((x + 0.5 - a.x()) * d.x() + py * d.y()) * invLength2; };
                if (std::abs(d.x()) < 1e-12) {
                    if (const double t = tAt(left); t >= 0 && t <= 1) {
                        bodyFrom = left;
                        bodyTo = right;
                    }
                } else if (const auto along = solve(d.x() * invLength2, ((0.5 - a.x()) * d.x() + py * d.y()) * invLength2, 0, 1)) {
                    bodyFrom = std::max(left, int(std::ceil(along->first)));
                    bodyTo = std::min(right, int(std::floor(along->second)));
                    while (bodyFrom <= bodyTo && (tAt(bodyFrom) < 0 || tAt(bodyFrom) > 1))
                        ++bodyFrom;
                    while (bodyTo >= bodyFrom && (tAt(bodyTo) < 0 || tAt(bodyTo) > 1))
                        --bodyTo;
                }
            }
            if (bodyFrom > bodyTo) {
                nearEnd(y, left, right, py);
                continue;
            }
            nearEnd(y, left, bodyFrom - 1, py);
            // Signed distance across the segment at pixel x: (px * dy - py * dx) / length.
            const double step = d.y() / length;
            double across = ((bodyFrom + 0.5 - a.x()) * d.y() - py * d.x()) / length;
            for (int x = bodyFrom; x <= bodyTo; ++x, across += step) {
                const double distance = std::abs(across);
                if (distance >= reach)
                    continue;
                visit(y, x, distance > inner ? std::min(1.0, reach - distance) * thin : 1.0);
            }
            nearEnd(y, bodyTo + 1, right, py);
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

    /// The capsule of a line from \a from to \a to in logical units, in device pixels; nullopt when
    /// nothing is drawn (QPainter draws no line of no length either).
    std::optional<Capsule> capsule(QPointF from, QPointF to, const QColor &colour, qreal width) const
    {
        return deviceCapsule(transform.map(from), transform.map(to), colour, width);
    }

    /// The same for the ends \a from and \a to in device pixels (\a width still in logical units).
    std::optional<Capsule> deviceCapsule(QPointF from, QPointF to, const QColor &colour, qreal width) const
    {
        if (colour.alpha() == 0 || from == to || clip.isEmpty())
            return std::nullopt;
        return Capsule { from, to, std::max(width * scale, 1.0) / 2, qPremultiply(colour.rgba()) };
    }

    /// Paints the union of \a capsules in the premultiplied \a colour: each pixel once, with the
    /// largest coverage of any capsule, so that a stroke is even where segments meet or lie on one
    /// another (a translucent one is not darker there, an opaque one's edge not heavier). Through a
    /// coverage mask per band of rows.
    void paintUnion(const std::vector<Capsule> &capsules, quint32 colour) const
    {
        QRectF bounds;
        for (const Capsule &c : capsules) {
            const double r = c.radius + 1;
            bounds |= QRectF(QPointF(std::min(c.a.x(), c.b.x()) - r, std::min(c.a.y(), c.b.y()) - r),
                             QPointF(std::max(c.a.x(), c.b.x()) + r, std::max(c.a.y(), c.b.y()) + r));
        }
        const QRect box = bounds.toAlignedRect() & clip;
        if (box.isEmpty())
            return;
        inBands(capsules, box, [&](const QRect &rows, const auto &indices) {
            std::vector<uchar> mask(std::size_t(rows.width()) * std::size_t(rows.height()), 0);
            for (const quint32 i : indices)
                capsules[i].cover(mask.data(), rows.width(), rows.topLeft(), rows);
            const uchar *m = mask.data();
            for (int y = rows.top(); y <= rows.bottom(); ++y) {
                auto *line = reinterpret_cast<quint32 *>(bits + y * stride);
                for (int x = rows.left(); x <= rows.right(); ++x, ++m) {
                    if (*m == 0)
                        continue;
                    const quint32 source = *m == 255 ? colour : byteMul(colour, *m);
                    line[x] = source + byteMul(line[x], 255 - (source >> 24));
                }
            }
        });
    }

    /// Paints \a capsules in order. A figure's thousands of long lines are painted in bands of rows
    /// on all cores: each band takes every capsule in order, so the result is the same as in one pass.
    void paint(const std::vector<Capsule> &capsules) const
    {
        inBands(capsules, clip, [&](const QRect &rows, const auto &indices) {
            for (const quint32 i : indices)
                capsules[i].paint(bits, stride, rows);
        });
    }

    /// Calls \a paintBand(rows, indices) for bands of rows of \a area, with the indices (in order) of
    /// the capsules that may touch each band; for many capsules, bands of 64 rows on all cores, else
    /// all of \a area at once on this thread.
    template<typename PaintBand>
    static void inBands(const std::vector<Capsule> &capsules, const QRect &area, const PaintBand &paintBand)
    {
        constexpr std::size_t kParallelFrom = 64; // capsules: fewer are not worth a thread
        constexpr int kRowsPerBand = 64;          // 64 rows of an A4 300-dpi image: 0.9 MB, in a core's cache
        const int threads = threadCount(0);
        const int bands = (area.height() + kRowsPerBand - 1) / kRowsPerBand;
        if (threads == 1 || bands < 2 || capsules.size() < kParallelFrom) {
            std::vector<quint32> all(capsules.size());
            std::iota(all.begin(), all.end(), 0u);
            paintBand(area, all);
            return;
        }
        // Each capsule goes into the list of every band its rows meet, in order (a map's border has
        // tens of thousands of short segments: each band looks only at its own).
        std::vector<std::vector<quint32>> inBand(static_cast<std::size_t>(bands));
        for (std::size_t i = 0; i < capsules.size(); ++i) {
            const auto [top, bottom] = capsules[i].rows(area);
            for (int band = (top - area.top()) / kRowsPerBand; top <= bottom && band <= (bottom - area.top()) / kRowsPerBand; ++band)
                inBand[std::size_t(band)].push_back(quint32(i));
        }
        parallelFor(bands, threads, [&](qsizetype band) {
            QRect rows = area;
            rows.setTop(area.top() + int(band) * kRowsPerBand);
            rows.setBottom(std::min(area.bottom(), rows.top() + kRowsPerBand - 1));
            paintBand(rows, inBand[std::size_t(band)]);
        });
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
    std::vector<Capsule> capsules;
    capsules.reserve(std::size_t(lines.size()));
    for (const RasterLine &l : lines)
        if (const auto c = target.capsule(l.line.p1(), l.line.p2(), l.colour, l.width))
            capsules.push_back(*c);
    target.paint(capsules);
}

bool LineRasterizer::strokePath(QPainter &painter, const QPainterPath &path, const QColor &colour, qreal width)
{
    if (!canDraw(painter))
        return false;
    const Target target(painter);
    std::vector<Capsule> capsules;
    // Curves flattened at the device's resolution (text outlines at 300 dpi stay smooth).
    for (const QPolygonF &polygon : path.toSubpathPolygons(target.transform))
        for (qsizetype i = 1; i < polygon.size(); ++i)
            if (const auto c = target.deviceCapsule(polygon[i - 1], polygon[i], colour, width))
                capsules.push_back(*c);
    target.paintUnion(capsules, qPremultiply(colour.rgba()));
    return true;
}

void LineRasterizer::fillAndStroke(QPainter &painter, const QPainterPath &path, const QBrush &brush, const QPen &pen)
{
    painter.setBrush(brush);
    if (pen.style() == Qt::SolidLine && pen.brush().style() == Qt::SolidPattern && !pen.isCosmetic() && canDraw(painter)) {
        if (brush.style() != Qt::NoBrush) {
            painter.setPen(Qt::NoPen);
            painter.drawPath(path);
        }
        strokePath(painter, path, pen.color(), pen.widthF());
        return;
    }
    painter.setPen(pen);
    painter.drawPath(path);
}

} // namespace atlas
