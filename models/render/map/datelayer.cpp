// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/render/map/datelayer.h"

#include "models/domain/partialdate.h"
#include "models/query/snapshot.h"
#include "models/render/map/mapframe.h"
#include "models/render/map/mapinput.h"
#include "models/render/map/maplayoutreport.h"
#include "models/render/map/mapstyle.h"
#include "models/render/palette.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace atlas {

DateLayer::Heading DateLayer::layout(const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const
{
    Heading heading;
    const double u = frame.unit;
    const double margin = 12 * u;
    double top = frame.target.top() + margin;
    if (!options.title.isEmpty()) {
        heading.titleFont = MapStyle::sizedFont(16 * u, true);
        const QFontMetricsF fm(heading.titleFont);
        heading.title = fm.elidedText(options.title, Qt::ElideRight, frame.target.width() - 2 * margin);
        const double width = fm.horizontalAdvance(heading.title);
        heading.titleRect = QRectF(frame.target.center().x() - width / 2, top, width, fm.height());
        top += fm.height() + 4 * u;
    }
    if (options.showDate && input.snapshot && input.snapshot->date.isValid()) {
        heading.dateFont = MapStyle::sizedFont(std::max(30.0 * u, 0.06 * frame.target.height()), true);
        heading.date = PartialDate::fromDate(input.snapshot->date).displayString(options.language);
        const QSizeF size = mText.size(heading.date, heading.dateFont);
        heading.dateRect = QRectF(dateCorner(frame, options, top, QSizeF(widestDate(heading.dateFont, options.language), size.height())), size);
    }
    return heading;
}

double DateLayer::widestDate(const QFont &font, Language language) const
{
    // As wide as a long date, whatever the date: the date's box, and the labels around it, stay put
    // while the date moves.
    return mText.size(PartialDate::fromDate(QDate(2000, 12, 28)).displayString(language), font).width();
}

QPointF DateLayer::dateCorner(const MapFrame &frame, const MapRenderOptions &options, double top, QSizeF box)
{
    // The top left, unless a capital or a tie's marker lies under it there (a zoomed-in map): then
    // the corner that covers the fewest of them, clear of the view's buttons.
    const double margin = 12 * frame.unit;
    const double left = frame.target.left() + margin;
    const double right = frame.target.right() - margin - box.width();
    const double bottom = frame.target.bottom() - margin - box.height();
    const QPointF corners[] = { { left, top }, { right, top }, { left, bottom }, { right, bottom } };
    QPointF best = corners[0];
    int bestScore = -1;
    for (const QPointF &at : corners) {
        const QRectF r(at, box);
        int score = r.intersects(options.controls) ? 1000000 : 0;
        for (const QPointF &p : frame.position)
            score += r.contains(frame.toTarget.map(p)) ? 1 : 0;
        for (const MapGlyph &g : frame.glyphs)
            score += g.hasMarker && r.contains(frame.toTarget.map(g.marker)) ? 1 : 0;
        if (bestScore < 0 || score < bestScore) {
            best = at;
            bestScore = score;
        }
        if (bestScore == 0)
            break;
    }
    return best;
}

QList<QRectF> DateLayer::boxes(const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const
{
    const Heading heading = layout(frame, input, options);
    QList<QRectF> boxes;
    if (!heading.title.isEmpty())
        boxes.append(heading.titleRect);
    if (!heading.date.isEmpty()) {
        QRectF box = heading.dateRect;
        box.setWidth(std::max(box.width(), widestDate(heading.dateFont, options.language)));
        boxes.append(box);
    }
    return boxes;
}

void DateLayer::paint(QPainter &painter, const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const
{
    const bool cache = MapText::cacheable(painter, options.rasterCache);
    const Heading heading = layout(frame, input, options);
    if (!heading.title.isEmpty())
        mText.draw(painter, heading.titleRect.topLeft(), heading.title, heading.titleFont, Palette::kText, true, cache);
    if (heading.date.isEmpty())
        return;
    if (!cache) {
        mText.draw(painter, heading.dateRect.topLeft(), heading.date, heading.dateFont, Palette::kText, true, false);
        return;
    }
    // The date changes on every frame of a scrub, its words far less often ("12", "Dec", "1951",
    // "1951年"): cached per word, it costs a few image blits.
    QStringList words;
    QString current;
    for (const QChar ch : heading.date) {
        if (ch == u' ') {
            words.append(current + u' ');
            current.clear();
            continue;
        }
        current.append(ch);
        if (ch == u'年' || ch == u'月') {
            words.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        words.append(current);
    QPointF at = heading.dateRect.topLeft();
    for (const QString &word : std::as_const(words)) {
        mText.draw(painter, at, word, heading.dateFont, Palette::kText, true, true);
        at.rx() += mText.size(word, heading.dateFont).width();
    }
}

void DateLayer::report(MapLayoutReport &report, const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const
{
    const Heading heading = layout(frame, input, options);
    if (!heading.title.isEmpty())
        report.labels.append({ heading.title, QStringLiteral("title"), heading.titleRect, double(heading.titleFont.pixelSize()) });
    if (!heading.date.isEmpty())
        report.date = heading.dateRect;
}

} // namespace atlas
