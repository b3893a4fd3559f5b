// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/localizedtext.h"

#include <QList>
#include <QString>

#include <optional>

namespace atlas {

/// The languages of the application as the core knows them: their codes ("en", "zh_CN") in
/// settings, view files and on the command line, the compiled translations under `:/i18n/`, and
/// installing them in the running application. Widget code wraps this (LanguageSwitcher); the CLI
/// and the view files use it directly.
class Languages
{
public:
    /// Every language the application is translated into, English first.
    static QList<Language> available();

    /// The canonical code of \a language: "en" or "zh_CN".
    static QString code(Language language);
    /// Exactly a canonical code ("en", "zh_CN"); std::nullopt for anything else (view files).
    static std::optional<Language> fromCode(const QString &code);
    /// Lenient parsing for people (--lang, settings): "en", "zh_CN", also "zh", "zh-CN", "en_US",
    /// in any case and with surrounding blanks; std::nullopt for anything else.
    static std::optional<Language> parse(const QString &code);
    /// The name of \a language in that language, for menus ("English", "中文（简体）").
    static QString nativeName(Language language);
    /// The language of the system locale: Chinese for any zh locale, else English.
    static Language systemLanguage();

    /// The resource path of the application's compiled translation for \a language, e.g.
    /// ":/i18n/alliance-atlas_zh_CN.qm"; empty for English, the language of the sources.
    static QString translationFile(Language language);

    /// Installs \a language in the running application, replacing the previous language: the
    /// application's and Qt's translators, the default QLocale and (under a QGuiApplication) a font
    /// fallback that renders Chinese with mainland glyph shapes. Installing or removing translators
    /// sends QEvent::LanguageChange. Returns false when there is no application or the
    /// application's own translation could not be loaded (strings then stay in English).
    static bool install(Language language);
    /// Puts Noto Sans CJK SC after the default family, so Chinese renders with mainland glyph
    /// shapes, and names the default family by what it resolves to (e.g. "DejaVu Sans" for the
    /// generic "Sans Serif"): a generic name in a family list is skipped, which would make Latin text
    /// use the CJK font too — whose Latin digits Qt leaves out of a PDF's text layer. Does nothing
    /// without a QGuiApplication; calling it again changes nothing.
    static void preferSimplifiedChineseGlyphs();
};

} // namespace atlas
