// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/localizedtext.h"

#include <QString>

#include <memory>

class QTranslator;

namespace atlas {

/**
 * The application's words in one language, held by whoever paints (a Scene) rather than installed
 * in the application: a figure in Chinese can be made from an English window, and the other way
 * round, without QCoreApplication::installTranslator() and so without a LanguageChange for every
 * widget. Chinese comes from the compiled catalogue at kCatalogue; English is the source text.
 *
 * Keep the words visible to lupdate: pass them as QT_TRANSLATE_NOOP("Context", "text") (or
 * QT_TRANSLATE_N_NOOP for plurals) with the context a tr() in that class would have.
 * Immutable after construction, so one instance may be shared between threads and scenes.
 */
class Translator
{
public:
    /// The application's compiled Chinese catalogue (a resource; linked into the programs).
    static constexpr const char *kCatalogue = ":/i18n/alliance-atlas_zh_CN.qm";

    /// Loads \a language's catalogue; English needs none.
    explicit Translator(Language language);
    ~Translator();
    Translator(const Translator &) = delete;
    Translator &operator=(const Translator &) = delete;

    /// One shared translator per language, loaded on first use.
    static std::shared_ptr<const Translator> forLanguage(Language language);

    Language language() const { return mLanguage; }
    /// False for English, and for Chinese when the catalogue could not be loaded (texts then stay English).
    bool isLoaded() const { return mTranslator != nullptr; }

    /// \a source translated in \a context (as tr() in class \a context would), or \a source itself when
    /// there is no translation; with \a n >= 0, the plural form for \a n with "%n" replaced by it.
    QString translate(const char *context, const char *source, const char *disambiguation = nullptr, int n = -1) const;

private:
    Language mLanguage;
    std::unique_ptr<QTranslator> mTranslator;
};

/// \a source through \a translator when there is one, else through the application's installed
/// translators (QCoreApplication::translate: what the screen's widgets show).
QString translateWith(const Translator *translator, const char *context, const char *source,
                      const char *disambiguation = nullptr, int n = -1);

} // namespace atlas
