// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/render/typologymatrixrenderer.h"

#include "models/text/citationformatter.h"
#include "models/i18n/translator.h"
#include "models/domain/dataset.h"
#include "models/render/palette.h"
#include "models/query/snapshot.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace atlas {

namespace {

constexpr double kUnbounded = 1e6;

QFontMetricsF metrics(const QFont &font, const QPaintDevice *device)
{
    return device ? QFontMetricsF(font, device) : QFontMetricsF(font);
}

double wrappedHeight(const QFontMetricsF &fm, double width, const QString &text)
{
    if (text.isEmpty())
        return 0;
    return fm.boundingRect(QRectF(0, 0, std::max(1.0, width), kUnbounded), Qt::TextWordWrap, text).height();
}

QFont sized(QFont font, double pixels, bool bold = false)
{
    font.setPixelSize(std::max(6, static_cast<int>(std::lround(pixels))));
    font.setBold(bold);
    return font;
}

// The same colour for the same corner in every scheme: strong/strong, weak/strong, ...
QColor cellColour(bool highX, bool highY)
{
    if (highX && highY)
        return Palette::kBlue;
    if (!highX && highY)
        return Palette::kBluishGreen;
    if (highX && !highY)
        return Palette::kOrange;
    return Palette::kReddishPurple;
}

QColor textOn(const QColor &fill)
{
    const double luminance = 0.2126 * fill.redF() + 0.7152 * fill.greenF() + 0.0722 * fill.blueF();
    return luminance > 0.45 ? Palette::kText : QColor(Qt::white);
}

struct ChipMetrics
{
    double height = 0;
    double padX = 0;
    double gap = 0;
};

ChipMetrics chipMetrics(const QFont &font, const QPaintDevice *device)
{
    const double h = metrics(font, device).height();
    return { h * 1.3, h * 0.4, h * 0.25 };
}

// Flows chips left to right in \a area from \a y; returns the bottom of the last row. Chips that would
// start below \a maxBottom are not placed (their count is returned in \a dropped).
double flowChips(QList<TypologyMatrixRenderer::Chip> &chips, const QRectF &area, double y, double maxBottom,
                 const QFont &font, const QPaintDevice *device, const ChipMetrics &cm, int *dropped)
{
    const QFontMetricsF fm = metrics(font, device);
    const int pixelSize = font.pixelSize();
    double x = area.left();
    double bottom = y;
    int placed = 0;
    for (TypologyMatrixRenderer::Chip &chip : chips) {
        const double maxWidth = area.width();
        double width = std::min(maxWidth, std::ceil(fm.horizontalAdvance(chip.label)) + 1 + 2 * cm.padX);
        if (x > area.left() && x + width > area.right()) {
            x = area.left();
            y += cm.height + cm.gap;
        }
        if (y + cm.height > maxBottom + 0.5)
            break;
        chip.label = fm.elidedText(chip.label, Qt::ElideRight, width - 2 * cm.padX);
        chip.rect = QRectF(x, y, width, cm.height);
        chip.pixelSize = pixelSize;
        x += width + cm.gap;
        bottom = y + cm.height;
        ++placed;
    }
    if (dropped)
        *dropped = static_cast<int>(chips.size()) - placed;
    chips.resize(placed);
    return bottom;
}

void drawRotated(QPainter &painter, const TypologyMatrixRenderer::TextBox &box, int flags)
{
    if (box.text.isEmpty())
        return;
    painter.save();
    painter.translate(box.rect.center());
    painter.rotate(-90);
    const QRectF r(-box.rect.height() / 2, -box.rect.width() / 2, box.rect.height(), box.rect.width());
    painter.drawText(r, flags, box.text);
    painter.restore();
}

// Text along the y axis: a short label upright; Chinese stacked upright one character per line (the
// way vertical Chinese is read) when it fits; anything else rotated to read bottom to top.
void drawVertical(QPainter &painter, const TypologyMatrixRenderer::TextBox &box, const QString &arrow)
{
    if (box.text.isEmpty())
        return;
    const QFontMetricsF fm(painter.font(), painter.device());
    if (arrow.isEmpty() && fm.horizontalAdvance(box.text) <= box.rect.width()) {
        painter.drawText(box.rect, Qt::AlignCenter, box.text);
        return;
    }
    bool han = false;
    QStringList glyphs;
    for (const char32_t c : box.text.toUcs4()) {
        han = han || (c >= 0x3400 && c <= 0x9FFF);
        if (c != U' ')
            glyphs.append(QString::fromUcs4(&c, 1));
    }
    if (!arrow.isEmpty())
        glyphs.prepend(QStringLiteral("\u2191"));
    if (han && glyphs.size() * fm.lineSpacing() <= box.rect.height()) {
        painter.drawText(box.rect, Qt::AlignCenter, glyphs.join(u'\n'));
        return;
    }
    drawRotated(painter, { box.rect, arrow.isEmpty() ? box.text : QStringLiteral("%1  %2").arg(box.text, arrow) },
                Qt::AlignCenter | Qt::TextWordWrap);
}

} // namespace

const TypologyScheme *TypologyMatrixRenderer::defaultScheme(const Dataset &dataset)
{
    if (const TypologyScheme *s = dataset.typology(TypologyScheme::defaultId()))
        return s;
    return dataset.typologies.isEmpty() ? nullptr : &dataset.typologies.first();
}

QSet<QString> TypologyMatrixRenderer::inForceTies(const Dataset &dataset, const Snapshot &snapshot)
{
    QSet<QString> ids;
    for (const TieState &s : snapshot.ties)
        if (s.status == TieStatus::InForce && s.tie >= 0 && s.tie < dataset.ties.size())
            ids.insert(dataset.ties[s.tie].id);
    return ids;
}

// How much the layout gives up to keep every classified tie in force readable: each level drops
// more of the surroundings (legend, extra rows of unclassified ties, title, caption lines).
struct TypologyMatrixRenderer::Compaction
{
    bool title = true;
    bool legend = true;
    int unclassifiedRows = 3; //!< at most; 0: only a count of them
    int captionLines = 0;     //!< 0: as many as needed
    bool caption = true;
};


namespace {

// Chips of a cell in the order they are kept when not all fit: the selected tie, then those in force.
QList<TypologyMatrixRenderer::Chip> byPriority(QList<TypologyMatrixRenderer::Chip> chips, const QString &selected)
{
    std::stable_sort(chips.begin(), chips.end(), [&](const auto &a, const auto &b) {
        const int pa = a.tie == selected ? 0 : (a.inForce ? 1 : 2);
        const int pb = b.tie == selected ? 0 : (b.inForce ? 1 : 2);
        return pa < pb;
    });
    return chips;
}

QString elidedLines(const QFontMetricsF &fm, const QString &text, double width, int lines)
{
    if (lines <= 0 || wrappedHeight(fm, width, text) <= lines * fm.lineSpacing() + 0.5)
        return text;
    // Keep whole words while the text fits in \a lines, then an ellipsis.
    QString kept;
    for (const QString &word : text.split(u' ')) {
        const QString candidate = kept.isEmpty() ? word : kept + u' ' + word;
        if (wrappedHeight(fm, width, candidate + QStringLiteral("\u2026")) > lines * fm.lineSpacing() + 0.5)
            break;
        kept = candidate;
    }
    if (kept.isEmpty())
        return fm.elidedText(text, Qt::ElideRight, width);
    return kept + QStringLiteral("\u2026");
}

bool fitsEveryTieInForce(const TypologyMatrixRenderer::Layout &l, const TypologyMatrixInput &input)
{
    for (const TypologyMatrixRenderer::CellBox &cell : l.cells)
        if (!cell.more.text.isEmpty())
            return false;
    return l.matrix.height() > 0 || input.selectedTie.isEmpty();
}

} // namespace

TypologyMatrixRenderer::Layout TypologyMatrixRenderer::layout(const QRectF &target, const TypologyMatrixInput &input,
                                                              const QPaintDevice *device)
{
    static constexpr Compaction kLevels[] = {
        { true, true, 3, 0 },
        { true, false, 1, 0 },
        { false, false, 1, 2 },
        { false, false, 1, 1 },
        { false, false, 0, 1 },
        { false, false, 0, 1, false },
    };
    Layout l;
    for (const Compaction &level : kLevels) {
        l = layoutAt(target, input, device, level);
        if (fitsEveryTieInForce(l, input))
            break;
    }
    return l;
}

TypologyMatrixRenderer::Layout TypologyMatrixRenderer::layoutAt(const QRectF &target, const TypologyMatrixInput &input,
                                                                const QPaintDevice *device, const Compaction &level)
{
    Layout l;
    // Text never smaller than 11 px: the matrix is read from a laptop or a projector.
    const double base = std::max(11.0, std::min(target.width(), target.height() * 1.3) / 46.0);
    const QFont app;
    l.font = sized(app, base);
    l.boldFont = sized(app, base, true);
    l.smallFont = sized(app, std::max(10.0, base * 0.85));
    l.titleFont = sized(app, base * 1.25, true);
    const QFontMetricsF fm = metrics(l.font, device);
    const QFontMetricsF fmBold = metrics(l.boldFont, device);
    const QFontMetricsF fmSmall = metrics(l.smallFont, device);
    const QFontMetricsF fmTitle = metrics(l.titleFont, device);
    const double m = base * 0.6;
    const QRectF area = target.adjusted(m, m, -m, -m);
    const Language lang = input.language;
    const auto word = [&input](const char *source, int n = -1) {
        return translateWith(input.translator, "TypologyMatrixRenderer", source, nullptr, n);
    };

    const TypologyScheme *scheme = input.dataset ? input.dataset->typology(input.scheme) : nullptr;
    if (!scheme || scheme->cells.isEmpty()) {
        l.message = { area, input.dataset && input.dataset->typologies.isEmpty() ? word(QT_TRANSLATE_NOOP("TypologyMatrixRenderer", "This dataset has no typology schemes."))
                                                                                 : word(QT_TRANSLATE_NOOP("TypologyMatrixRenderer", "No typology scheme chosen.")) };
        return l;
    }
    const Dataset &d = *input.dataset;

    double top = area.top();
    if (level.title) {
        l.title = { QRectF(area.left(), area.top(), area.width(), fmTitle.height() * 1.3),
                     fmTitle.elidedText(scheme->name.text(lang), Qt::ElideRight, area.width()) };
        top = l.title.rect.bottom() + m * 0.4;
    }

    // Caption: citation of the scheme and what the emphasis means (the legend goes first when space is short).
    QString citation;
    if (const Source *s = d.source(scheme->source))
        citation = word(QT_TRANSLATE_NOOP("TypologyMatrixRenderer", "Source: %1")).arg(CitationFormatter::reference(*s, lang));
    else if (!scheme->source.isEmpty())
        citation = word(QT_TRANSLATE_NOOP("TypologyMatrixRenderer", "Source: %1")).arg(scheme->source);
    const QString dateText = PartialDate::fromDate(input.date).displayString(lang);
    const QString legend = word(QT_TRANSLATE_NOOP("TypologyMatrixRenderer", "Solid labels: in force on %1; grey dashed labels: not in force on that date.")).arg(dateText);
    QString caption = citation.isEmpty() || level.legend ? (citation.isEmpty() ? legend : citation + QStringLiteral("\n") + legend)
                                                         : citation;
    caption = level.caption ? elidedLines(fmSmall, caption, area.width(), level.captionLines) : QString();
    const double captionHeight = wrappedHeight(fmSmall, area.width(), caption);
    l.caption = { QRectF(area.left(), area.bottom() - captionHeight, area.width(), captionHeight), caption };

    const double line = fm.height() * 1.25;
    const double chipScaleBase = std::max(11.0, base * 0.9);
    l.chipFont = sized(app, chipScaleBase, true); // measured bold: labels of ties in force are drawn bold
    const ChipMetrics cm = chipMetrics(l.chipFont, device);

    // Ties in force that the scheme's source does not classify, listed below the matrix.
    QList<Chip> unclassified;
    for (const Tie &t : d.ties)
        if (input.inForce.contains(t.id) && !d.placement(scheme->id, t.id))
            unclassified.append({ t.id, t.label().text(lang), QString(), {}, true });
    unclassified = byPriority(unclassified, input.selectedTie);
    QString heading = unclassified.isEmpty() ? word(QT_TRANSLATE_NOOP("TypologyMatrixRenderer", "Not classified by this source: none in force on %1.")).arg(dateText)
                                             : word(QT_TRANSLATE_NOOP("TypologyMatrixRenderer", "Not classified by this source (in force on %1):")).arg(dateText);
    if (level.unclassifiedRows == 0 && !unclassified.isEmpty()) {
        heading = word(QT_TRANSLATE_N_NOOP("TypologyMatrixRenderer", "Not classified by this source: %n in force on %1."), static_cast<int>(unclassified.size())).arg(dateText);
        unclassified.clear();
    }
    heading = elidedLines(fmSmall, heading, area.width(), level.captionLines);
    const double headingHeight = wrappedHeight(fmSmall, area.width(), heading);
    const double room = level.unclassifiedRows * (cm.height + cm.gap) - cm.gap;

    int dropped = 0;
    double chipsHeight = 0;
    if (!unclassified.isEmpty()) {
        QList<Chip> probe = unclassified;
        const double more = fmSmall.horizontalAdvance(word(QT_TRANSLATE_N_NOOP("TypologyMatrixRenderer", "+%n more"), 999)) + cm.gap;
        chipsHeight = flowChips(probe, QRectF(area.left(), 0, area.width() - more, kUnbounded), 0, room, l.chipFont, device, cm,
                                &dropped);
    }
    const double unclassifiedTop = l.caption.rect.top() - m * 0.5 - headingHeight - (chipsHeight > 0 ? cm.gap + chipsHeight : 0);
    l.unclassifiedHeading = { QRectF(area.left(), unclassifiedTop, area.width(), headingHeight), heading };
    if (!unclassified.isEmpty()) {
        const double more = dropped > 0 ? fmSmall.horizontalAdvance(word(QT_TRANSLATE_N_NOOP("TypologyMatrixRenderer", "+%n more"), dropped)) + cm.gap : 0;
        const double y = l.unclassifiedHeading.rect.bottom() + cm.gap;
        int droppedAgain = 0;
        flowChips(unclassified, QRectF(area.left(), y, area.width() - more, kUnbounded), y, y + chipsHeight, l.chipFont, device, cm,
                  &droppedAgain);
        if (droppedAgain > 0) {
            const QRectF last = unclassified.isEmpty() ? QRectF(area.left(), y, 0, cm.height) : unclassified.last().rect;
            l.unclassifiedMore = { QRectF(last.right() + cm.gap, last.top(), area.right() - last.right() - cm.gap, cm.height),
                                   word(QT_TRANSLATE_N_NOOP("TypologyMatrixRenderer", "+%n more"), droppedAgain) };
        }
    }

    // Axes around the matrix: the y-axis name and its low/high labels at the left, x labels below. The
    // y band's width depends on the matrix height (a long name wraps onto more rotated lines), which
    // depends on the x labels' height, which depends on the band: rounds until the band laid out holds
    // the names it leads to (a few rounds; the band only grows).
    const QString xName = QStringLiteral("%1  \u2192").arg(scheme->xAxis.name.text(lang));
    const QString yName = scheme->yAxis.name.text(lang);
    const QString yNameShown = yName + QStringLiteral("  \u2192");
    const double bottomLimit = unclassifiedTop - m * 0.6;
    double yNameWidth = line;
    double yValueWidth = line;
    double laidOutBand = -1;
    for (int round = 0; round < 8; ++round) {
        const double band = yNameWidth + yValueWidth + m * 0.4;
        if (band <= laidOutBand)
            break;
        laidOutBand = band;
        const double width = std::max(0.0, area.width() - band);
        const double w2 = width / 2;
        const double xValues = std::max(wrappedHeight(fm, w2 - 4, scheme->xAxis.low.text(lang)),
                                        wrappedHeight(fm, w2 - 4, scheme->xAxis.high.text(lang)));
        const double xNameHeight = wrappedHeight(fmBold, width, xName);
        const double height = std::max(0.0, bottomLimit - xNameHeight - xValues - m * 0.2 - top);
        l.matrix = QRectF(area.left() + band, top, width, height);
        l.xLow = { QRectF(l.matrix.left(), l.matrix.bottom() + m * 0.2, w2, xValues), scheme->xAxis.low.text(lang) };
        l.xHigh = { QRectF(l.matrix.left() + w2, l.matrix.bottom() + m * 0.2, w2, xValues), scheme->xAxis.high.text(lang) };
        l.xName = { QRectF(l.matrix.left(), l.xLow.rect.bottom(), width, xNameHeight), scheme->xAxis.name.text(lang) };
        // Rotated text: its lines stack along the x axis.
        yNameWidth = std::max(line, wrappedHeight(fmBold, std::max(1.0, height), yNameShown));
        const double h2 = height / 2;
        yValueWidth = std::max({ fm.height(), wrappedHeight(fm, std::max(1.0, h2), scheme->yAxis.high.text(lang)),
                                 wrappedHeight(fm, std::max(1.0, h2), scheme->yAxis.low.text(lang)) });
        if (fm.horizontalAdvance(scheme->yAxis.high.text(lang)) <= line && fm.horizontalAdvance(scheme->yAxis.low.text(lang)) <= line)
            yValueWidth = line; // upright
    }
    const double w2 = l.matrix.width() / 2;
    const double h2 = l.matrix.height() / 2;
    l.yName = { QRectF(area.left(), l.matrix.top(), yNameWidth, l.matrix.height()), yName };
    l.yHigh = { QRectF(l.matrix.left() - yValueWidth - m * 0.2, l.matrix.top(), yValueWidth, h2), scheme->yAxis.high.text(lang) };
    l.yLow = { QRectF(l.matrix.left() - yValueWidth - m * 0.2, l.matrix.top() + h2, yValueWidth, h2), scheme->yAxis.low.text(lang) };

    // Cells: name, definition, then the classified ties. To fit, first the definition goes, then the
    // name keeps one (elided) line, then the labels shrink (never below 11 px); a tie is folded into
    // "+N more" only when even so the cell cannot hold them, ties not in force first, the selected last.
    for (const TypologyCell &cell : scheme->cells) {
        CellBox box;
        box.id = cell.id;
        box.highX = cell.highX;
        box.highY = cell.highY;
        box.rect = QRectF(l.matrix.left() + (cell.highX ? w2 : 0), l.matrix.top() + (cell.highY ? 0 : h2), w2, h2);
        const double pad = base * 0.4;
        const QRectF inner = box.rect.adjusted(pad, pad * 0.6, -pad, -pad * 0.6);
        const QString name = cell.name.text(lang);
        const double fullNameHeight = std::min(inner.height(), wrappedHeight(fmBold, inner.width(), name));
        const TextBox fullName { QRectF(inner.left(), inner.top(), inner.width(), fullNameHeight), name };
        const QString elidedName = fmBold.elidedText(name, Qt::ElideRight, inner.width());
        const double nameLine = wrappedHeight(fmBold, kUnbounded, elidedName); // the fallback font of Chinese is taller
        const TextBox shortName { QRectF(inner.left(), inner.top(), inner.width(), std::min(inner.height(), nameLine)), elidedName };

        QList<Chip> chips;
        for (const Placement &p : d.placements) {
            if (p.scheme != scheme->id || p.cell != cell.id)
                continue;
            const Tie *t = d.tie(p.tie);
            if (!t)
                continue;
            chips.append({ t->id, t->label().text(lang), cell.id, {}, input.inForce.contains(t->id) });
        }
        const QString definition = cell.definition.text(lang);
        enum class Mode { Definition, Name, ShortName, NoName }; // without a name, the tooltip names the cell
        bool placed = false;
        for (const double scale : { 1.0, 0.85, 0.7 }) {
            const QFont chipFont = sized(app, std::max(11.0, chipScaleBase * scale), true);
            const ChipMetrics cmc = chipMetrics(chipFont, device);
            for (const Mode mode : { Mode::Definition, Mode::Name, Mode::ShortName, Mode::NoName }) {
                if (mode == Mode::Definition && definition.isEmpty())
                    continue;
                const TextBox noName { QRectF(inner.topLeft(), QSizeF(inner.width(), 0)), QString() };
                const TextBox &nameBox = mode == Mode::NoName ? noName : (mode == Mode::ShortName ? shortName : fullName);
                if ((mode == Mode::Definition || mode == Mode::Name) && wrappedHeight(fmBold, inner.width(), name) > inner.height())
                    continue;
                if (mode == Mode::ShortName && nameLine > inner.height())
                    continue;
                double y = nameBox.rect.bottom() + (mode == Mode::NoName ? 0 : pad * 0.4);
                TextBox def;
                if (mode == Mode::Definition) {
                    const double h = wrappedHeight(fmSmall, inner.width(), definition);
                    def = { QRectF(inner.left(), y, inner.width(), h), definition };
                    y += h + pad * 0.5;
                }
                QList<Chip> trial = chips;
                int lost = 0;
                const double bottom = flowChips(trial, QRectF(inner.left(), y, inner.width(), kUnbounded), y, inner.bottom(),
                                                chipFont, device, cmc, &lost);
                if (lost == 0 && bottom <= inner.bottom() + 0.5 && def.rect.bottom() <= inner.bottom() + 0.5) {
                    box.name = nameBox;
                    box.definition = def;
                    l.chips += trial;
                    placed = true;
                    break;
                }
            }
            if (placed)
                break;
        }
        if (!placed) { // Too many for the cell even so: the smallest labels, and "+N more" for the rest.
            const QFont chipFont = sized(app, std::max(11.0, chipScaleBase * 0.7), true);
            const ChipMetrics cmc = chipMetrics(chipFont, device);
            const bool named = nameLine <= inner.height();
            if (named)
                box.name = shortName;
            const double y = named ? shortName.rect.bottom() + pad * 0.4 : inner.top();
            const double more = fmSmall.horizontalAdvance(word(QT_TRANSLATE_N_NOOP("TypologyMatrixRenderer", "+%n more"), 999)) + cmc.gap;
            chips = byPriority(chips, input.selectedTie);
            int lost = 0;
            flowChips(chips, QRectF(inner.left(), y, inner.width() - more, kUnbounded), y, inner.bottom(), chipFont, device, cmc, &lost);
            l.chips += chips;
            if (lost > 0) {
                const QRectF last = chips.isEmpty() ? QRectF(inner.left(), y, 0, cmc.height) : chips.last().rect;
                box.more = { QRectF(last.right() + cmc.gap, last.top(), inner.right() - last.right() - cmc.gap, cmc.height),
                             word(QT_TRANSLATE_N_NOOP("TypologyMatrixRenderer", "+%n more"), lost) };
            }
        }
        l.cells.append(box);
    }
    l.chips += unclassified;
    return l;
}

void TypologyMatrixRenderer::paint(QPainter &painter, const QRectF &target, const TypologyMatrixInput &input)
{
    const Layout l = layout(target, input, painter.device());
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.fillRect(target, Qt::white);
    painter.setPen(Palette::kText);

    if (!l.message.text.isEmpty()) {
        painter.setFont(l.font);
        painter.drawText(l.message.rect, Qt::AlignCenter | Qt::TextWordWrap, l.message.text);
        painter.restore();
        return;
    }

    painter.setFont(l.titleFont);
    painter.drawText(l.title.rect, Qt::AlignLeft | Qt::AlignVCenter, l.title.text);

    const bool filtering = !input.highlightedCell.isEmpty();
    const double unit = l.font.pixelSize();
    for (const CellBox &cell : l.cells) {
        const QColor colour = cellColour(cell.highX, cell.highY);
        QColor fill = colour;
        const bool highlighted = cell.id == input.highlightedCell;
        fill.setAlphaF(highlighted ? 0.28f : (filtering ? 0.03f : 0.10f));
        painter.fillRect(cell.rect, fill);
        painter.setPen(QPen(QColor(0xB8, 0xB8, 0xB8), std::max(1.0, unit / 12)));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(cell.rect);
        if (highlighted) {
            painter.setPen(QPen(colour, std::max(2.0, unit / 4)));
            painter.drawRect(cell.rect.adjusted(unit / 8, unit / 8, -unit / 8, -unit / 8));
        }
        painter.setPen(Palette::kText);
        painter.setFont(l.boldFont);
        painter.drawText(cell.name.rect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, cell.name.text);
        if (!cell.more.text.isEmpty()) {
            painter.setFont(l.smallFont);
            painter.setPen(QColor(0x55, 0x55, 0x55));
            painter.drawText(cell.more.rect, Qt::AlignLeft | Qt::AlignVCenter, cell.more.text);
        }
        if (!cell.definition.text.isEmpty()) {
            painter.setFont(l.smallFont);
            painter.setPen(QColor(0x55, 0x55, 0x55));
            painter.drawText(cell.definition.rect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, cell.definition.text);
        }
    }

    // Axes.
    painter.setPen(Palette::kText);
    painter.setFont(l.font);
    painter.drawText(l.xLow.rect, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, l.xLow.text);
    painter.drawText(l.xHigh.rect, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, l.xHigh.text);
    drawVertical(painter, l.yHigh, QString());
    drawVertical(painter, l.yLow, QString());
    painter.setFont(l.boldFont);
    painter.drawText(l.xName.rect, Qt::AlignCenter | Qt::TextWordWrap, QStringLiteral("%1  \u2192").arg(l.xName.text));
    drawVertical(painter, l.yName, QStringLiteral("\u2192"));

    // Chips: in force solid in the cell's colour; the others grey and dashed.
    QHash<QString, QColor> colours;
    for (const CellBox &cell : l.cells)
        colours.insert(cell.id, cellColour(cell.highX, cell.highY));
    for (const Chip &chip : l.chips) {
        const double radius = chip.rect.height() / 3;
        const QColor colour = chip.cell.isEmpty() ? QColor(0x77, 0x77, 0x77) : colours.value(chip.cell);
        QFont font = l.chipFont;
        font.setPixelSize(std::max(6, chip.pixelSize));
        if (chip.inForce) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(colour);
            painter.drawRoundedRect(chip.rect, radius, radius);
            painter.setPen(textOn(colour));
        } else {
            font.setBold(false);
            painter.setPen(QPen(QColor(0xA8, 0xA8, 0xA8), std::max(1.0, unit / 12), Qt::DashLine));
            painter.setBrush(QColor(0xF4, 0xF4, 0xF4));
            painter.drawRoundedRect(chip.rect, radius, radius);
            painter.setPen(QColor(0x80, 0x80, 0x80));
        }
        painter.setFont(font);
        painter.drawText(chip.rect, Qt::AlignCenter, chip.label);
        const bool appeared = input.appeared.contains(chip.tie);
        if (appeared || input.disappeared.contains(chip.tie)) {
            // Compare Dates: a badge on the chip's corner (+ appeared, − disappeared), the ended struck through.
            const QColor mark = appeared ? Palette::kBlue : Palette::kVermillion;
            const double r = std::max(5.0, chip.rect.height() * 0.32);
            const QPointF c(chip.rect.right() - r * 0.3, chip.rect.top() + r * 0.3);
            painter.setPen(QPen(Qt::white, std::max(1.0, r / 5)));
            painter.setBrush(mark);
            painter.drawEllipse(c, r, r);
            painter.setPen(QPen(Qt::white, std::max(1.2, r / 3.5), Qt::SolidLine, Qt::RoundCap));
            painter.drawLine(c - QPointF(r * 0.5, 0), c + QPointF(r * 0.5, 0));
            if (appeared)
                painter.drawLine(c - QPointF(0, r * 0.5), c + QPointF(0, r * 0.5));
            else {
                painter.setPen(QPen(mark, std::max(1.5, chip.rect.height() / 10)));
                const double y = chip.rect.center().y();
                painter.drawLine(QPointF(chip.rect.left() + radius, y), QPointF(chip.rect.right() - radius, y));
            }
        }
        if (chip.tie == input.selectedTie || chip.tie == input.hoveredTie) {
            const bool selected = chip.tie == input.selectedTie;
            painter.setPen(QPen(selected ? Palette::kVermillion : Palette::kText, std::max(selected ? 2.5 : 1.5, unit / (selected ? 5 : 8))));
            painter.setBrush(Qt::NoBrush);
            const double grow = unit / 6;
            painter.drawRoundedRect(chip.rect.adjusted(-grow, -grow, grow, grow), radius + grow, radius + grow);
        }
    }

    painter.setPen(QColor(0x44, 0x44, 0x44));
    painter.setFont(l.smallFont);
    painter.drawText(l.unclassifiedHeading.rect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, l.unclassifiedHeading.text);
    if (!l.unclassifiedMore.text.isEmpty())
        painter.drawText(l.unclassifiedMore.rect, Qt::AlignLeft | Qt::AlignVCenter, l.unclassifiedMore.text);
    painter.setPen(QColor(0x55, 0x55, 0x55));
    painter.drawText(l.caption.rect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, l.caption.text);
    painter.restore();
}

QString TypologyMatrixRenderer::cellAt(const QRectF &target, const TypologyMatrixInput &input, QPointF pos,
                                       const QPaintDevice *device)
{
    const Layout l = layout(target, input, device);
    for (const CellBox &cell : l.cells)
        if (cell.rect.contains(pos))
            return cell.id;
    return {};
}

QString TypologyMatrixRenderer::tieAt(const QRectF &target, const TypologyMatrixInput &input, QPointF pos,
                                      const QPaintDevice *device)
{
    const Layout l = layout(target, input, device);
    for (const Chip &chip : l.chips)
        if (chip.rect.contains(pos))
            return chip.tie;
    return {};
}

} // namespace atlas
