// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/render/map/decorationlayer.h"

#include "models/render/map/mapframe.h"
#include "models/render/map/mapinput.h"
#include "models/render/map/maplayoutreport.h"
#include "models/render/map/mapstyle.h"
#include "models/render/palette.h"

#include <QFontMetricsF>
#include <QPainter>

namespace atlas {

std::optional<DecorationLayer::Caption> DecorationLayer::layout(const MapFrame &frame, const MapRenderOptions &options)
{
    if (options.caption.isEmpty())
        return std::nullopt;
    const double u = frame.unit;
    const double margin = 12 * u;
    Caption caption;
    caption.font = MapStyle::sizedFont(10 * u);
    const QFontMetricsF fm(caption.font);
    caption.text = fm.elidedText(options.caption, Qt::ElideRight, frame.target.width() - 2 * margin);
    const double width = fm.horizontalAdvance(caption.text);
    caption.rect = QRectF(frame.target.right() - margin - width, frame.target.bottom() - margin - fm.height(), width, fm.height());
    return caption;
}

void DecorationLayer::paint(QPainter &painter, const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const
{
    Q_UNUSED(input)
    if (const auto caption = layout(frame, options))
        mText.draw(painter, caption->rect.topLeft(), caption->text, caption->font, Palette::kText, true, MapText::cacheable(painter, options.rasterCache));
}

void DecorationLayer::report(MapLayoutReport &report, const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const
{
    Q_UNUSED(input)
    if (const auto caption = layout(frame, options))
        report.labels.append({ caption->text, QStringLiteral("caption"), caption->rect, double(caption->font.pixelSize()) });
}

} // namespace atlas
