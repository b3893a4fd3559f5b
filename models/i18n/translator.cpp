// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/i18n/translator.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMutex>
#include <QTranslator>

namespace atlas {

Translator::Translator(Language language)
    : mLanguage(language)
{
    if (language == Language::English)
        return;
    auto translator = std::make_unique<QTranslator>();
    if (translator->load(QString::fromLatin1(kCatalogue)))
        mTranslator = std::move(translator);
}

Translator::~Translator() = default;

std::shared_ptr<const Translator> Translator::forLanguage(Language language)
{
    static QMutex mutex;
    static std::shared_ptr<const Translator> cache[2];
    const QMutexLocker lock(&mutex);
    auto &slot = cache[language == Language::Chinese ? 1 : 0];
    if (!slot)
        slot = std::make_shared<const Translator>(language);
    return slot;
}

QString Translator::translate(const char *context, const char *source, const char *disambiguation, int n) const
{
    QString text;
    if (mTranslator)
        text = mTranslator->translate(context, source, disambiguation, n);
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    if (n >= 0) {
        // As QCoreApplication::translate does: "%n" is the number, "%Ln" the number in the locale.
        const QLocale locale(mLanguage == Language::Chinese ? QLocale(QLocale::Chinese, QLocale::China)
                                                            : QLocale(QLocale::English, QLocale::UnitedStates));
        text.replace(QLatin1String("%Ln"), locale.toString(n));
        text.replace(QLatin1String("%n"), QString::number(n));
    }
    return text;
}

QString translateWith(const Translator *translator, const char *context, const char *source, const char *disambiguation, int n)
{
    return translator ? translator->translate(context, source, disambiguation, n)
                      : QCoreApplication::translate(context, source, disambiguation, n);
}

} // namespace atlas
