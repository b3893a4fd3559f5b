// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What "the typology matrix fits" means, measured on TypologyMatrixRenderer::layout(): shared by the
// renderer's test (fixed sizes) and the view's test (sizes measured from the real main window).

#include "models/domain/dataset.h"
#include "models/render/typologymatrixrenderer.h"

#include <QFontMetricsF>
#include <QStringList>

namespace atlas::test {

struct Placed
{
    QRectF rect;
    QString what;
};

inline double wrappedTextHeight(const QFont &font, const QPaintDevice *device, double width, const QString &text)
{
    const QFontMetricsF fm = device ? QFontMetricsF(font, device) : QFontMetricsF(font);
    return fm.boundingRect(QRectF(0, 0, std::max(1.0, width), 1e6), Qt::TextWordWrap, text).height();
}

/// Every problem of \a l for \a target (empty when it fits): a classified tie in force or the
/// selected tie without a chip, a chip under 11 px, a cell folded into "+N more", any text box or
/// chip outside the target, two of them overlapping, or a text taller than its box (clipped).
inline QStringList typologyLayoutProblems(const TypologyMatrixRenderer::Layout &l, const QRectF &target,
                                          const TypologyMatrixInput &in, const QPaintDevice *device)
{
    QStringList problems;
    const Dataset &d = *in.dataset;
    QSet<QString> shown;
    for (const auto &c : l.chips) {
        shown.insert(c.tie);
        if (c.pixelSize < 11)
            problems << QStringLiteral("chip %1 is %2 px").arg(c.tie).arg(c.pixelSize);
    }
    for (const Placement &p : d.placements)
        if (p.scheme == in.scheme && in.inForce.contains(p.tie) && !shown.contains(p.tie))
            problems << QStringLiteral("tie in force %1 has no chip").arg(p.tie);
    if (!in.selectedTie.isEmpty() && d.placement(in.scheme, in.selectedTie) && !shown.contains(in.selectedTie))
        problems << QStringLiteral("selected %1 has no chip").arg(in.selectedTie);

    QList<Placed> placed;
    auto text = [&](const TypologyMatrixRenderer::TextBox &box, const QString &what, const QFont &font, bool rotated = false,
                    const QString &suffix = QString()) {
        if (box.text.isEmpty())
            return;
        placed.append({ box.rect, what });
        const double along = rotated ? box.rect.height() : box.rect.width();
        const double across = rotated ? box.rect.width() : box.rect.height();
        const double need = wrappedTextHeight(font, device, along, box.text + suffix);
        if (need > across + 0.5)
            problems << QStringLiteral("%1 clipped: needs %2 px, has %3").arg(what).arg(need).arg(across);
    };
    text(l.title, QStringLiteral("title"), l.titleFont);
    text(l.xName, QStringLiteral("x-axis title"), l.boldFont, false, QStringLiteral("  \u2192"));
    text(l.xLow, QStringLiteral("x low"), l.font);
    text(l.xHigh, QStringLiteral("x high"), l.font);
    text(l.yName, QStringLiteral("y-axis title"), l.boldFont, true, QStringLiteral("  \u2192"));
    text(l.yLow, QStringLiteral("y low"), l.font, l.yLow.rect.width() < l.yLow.rect.height());
    text(l.yHigh, QStringLiteral("y high"), l.font, l.yHigh.rect.width() < l.yHigh.rect.height());
    text(l.unclassifiedHeading, QStringLiteral("unclassified heading"), l.smallFont);
    text(l.unclassifiedMore, QStringLiteral("unclassified +N"), l.smallFont);
    text(l.caption, QStringLiteral("caption"), l.smallFont);
    for (const auto &cell : l.cells) {
        text(cell.name, cell.id + QStringLiteral(" name"), l.boldFont);
        text(cell.definition, cell.id + QStringLiteral(" definition"), l.smallFont);
        if (!cell.more.text.isEmpty())
            problems << QStringLiteral("cell %1 folds: %2").arg(cell.id, cell.more.text);
        if (!target.contains(cell.rect))
            problems << QStringLiteral("cell %1 outside the target").arg(cell.id);
    }
    for (const auto &c : l.chips)
        placed.append({ c.rect, QStringLiteral("chip ") + c.tie });
    for (qsizetype i = 0; i < placed.size(); ++i) {
        if (!target.adjusted(-0.5, -0.5, 0.5, 0.5).contains(placed[i].rect))
            problems << QStringLiteral("%1 outside the target").arg(placed[i].what);
        for (qsizetype j = i + 1; j < placed.size(); ++j) {
            const QRectF overlap = placed[i].rect.intersected(placed[j].rect);
            if (overlap.width() > 0.5 && overlap.height() > 0.5)
                problems << QStringLiteral("%1 overlaps %2").arg(placed[i].what, placed[j].what);
        }
    }
    return problems;
}

} // namespace atlas::test
