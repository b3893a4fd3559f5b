// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/localizedtext.h"

#include <QString>

namespace atlas {

/// Installs the translators of one UI language (the application's .qm under :/i18n and Qt's own),
/// replacing the previous ones, so widgets receive QEvent::LanguageChange and retranslate.
class LanguageSwitcher
{
public:
    /// Parses "en", "zh_CN" (also "zh", "zh-CN"); std::nullopt for anything else.
    static std::optional<Language> parse(const QString &code);
    /// The language of the system locale: Chinese for any zh locale, else English.
    static Language systemLanguage();
    static QString code(Language language);

    /// Installs \a language's translators in the running application. Returns false when the
    /// application's own translation could not be loaded (the UI then stays in English).
    static bool apply(Language language);
    /// Puts Noto Sans CJK SC after the default family, so Chinese renders with mainland glyph shapes.
    static void preferSimplifiedChineseGlyphs();
};

} // namespace atlas
