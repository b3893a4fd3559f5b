// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/i18n/language.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontInfo>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace atlas {

namespace {
QTranslator *sAppTranslator = nullptr;
QTranslator *sQtTranslator = nullptr;
} // namespace

QList<Language> Languages::available()
{
    return { Language::English, Language::Chinese };
}

QString Languages::code(Language language)
{
    return language == Language::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

std::optional<Language> Languages::fromCode(const QString &code)
{
    for (const Language language : available())
        if (code == Languages::code(language))
            return language;
    return std::nullopt;
}

std::optional<Language> Languages::parse(const QString &code)
{
    const QString c = code.trimmed().toLower().replace(u'-', u'_');
    if (c == u"en" || c == u"en_us" || c == u"en_gb")
        return Language::English;
    if (c == u"zh" || c == u"zh_cn" || c == u"zh_hans")
        return Language::Chinese;
    return std::nullopt;
}

QString Languages::nativeName(Language language)
{
    return language == Language::Chinese ? QStringLiteral("中文（简体）") : QStringLiteral("English");
}

Language Languages::systemLanguage()
{
    return QLocale().language() == QLocale::Chinese ? Language::Chinese : Language::English;
}

QString Languages::translationFile(Language language)
{
    if (language == Language::English)
        return {};
    return QStringLiteral(":/i18n/alliance-atlas_%1.qm").arg(code(language));
}

void Languages::preferSimplifiedChineseGlyphs()
{
    // Without this, fontconfig may pick the Japanese cut of Noto CJK for Chinese text (e.g. under
    // LANG=C), whose glyph shapes differ. Latin text keeps the default family.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return;
    QFont font = QGuiApplication::font();
    QStringList families = font.families();
    if (families.isEmpty())
        families.append(font.family());
    // Generic names ("Sans Serif") are aliases, not families: in a list, Qt skips them.
    const QString resolved = QFontInfo(font).family();
    if (!resolved.isEmpty() && !families.contains(resolved))
        families.prepend(resolved);
    for (const QString &cjk : { QStringLiteral("Noto Sans CJK SC"), QStringLiteral("WenQuanYi Zen Hei") })
        if (!families.contains(cjk))
            families.append(cjk);
    font.setFamilies(families);
    QGuiApplication::setFont(font);
}

bool Languages::install(Language language)
{
    auto *app = QCoreApplication::instance();
    if (!app)
        return false;
    preferSimplifiedChineseGlyphs();
    for (QTranslator **t : { &sAppTranslator, &sQtTranslator }) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    if (language == Language::English) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        return true; // removing the translators above already sent LanguageChange
    }
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    sQtTranslator = new QTranslator(app);
    if (sQtTranslator->load(QStringLiteral("qtbase_%1").arg(code(language)), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(sQtTranslator);
    sAppTranslator = new QTranslator(app);
    const bool ok = sAppTranslator->load(translationFile(language));
    if (ok)
        QCoreApplication::installTranslator(sAppTranslator);
    return ok;
}

} // namespace atlas
