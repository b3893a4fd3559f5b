// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace atlas {

/// The text size every view shares (View > Text Size): map labels and legend, timeline, typology
/// and inspector text are multiplied by scale() together. Projector is for the back row of a room.
enum class TextSize { Normal, Large, Projector };

namespace TextSizes {

/// The factor renderers and widgets multiply their text sizes by (Scene::textScale, MapRenderOptions::scale).
double scale(TextSize size);
/// "normal", "large", "projector" (command line, settings); std::nullopt for anything else.
std::optional<TextSize> parse(const QString &code);
QString code(TextSize size);
/// The next size up or down, stopping at the ends (Ctrl+= and Ctrl+−).
TextSize larger(TextSize size);
TextSize smaller(TextSize size);

} // namespace TextSizes
} // namespace atlas
