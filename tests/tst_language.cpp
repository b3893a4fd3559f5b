// SPDX-License-Identifier: GPL-3.0-or-later
// Languages: codes both ways, lenient parsing, and the translations the core itself carries (a
// core-only test: no widget library is linked, so the .qm must come with atlas_core).
#include "models/i18n/language.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QTest>

using namespace atlas;

class tst_Language : public QObject
{
    Q_OBJECT

private slots:
    void codesRoundTrip();
    void fromCodeIsStrict();
    void parse_data();
    void parse();
    void translationsAreInTheCore();
    void installTranslatesAndReverts();
};

void tst_Language::codesRoundTrip()
{
    QCOMPARE(Languages::available(), (QList<Language> { Language::English, Language::Chinese }));
    for (const Language language : Languages::available()) {
        QCOMPARE(Languages::fromCode(Languages::code(language)), language);
        QCOMPARE(Languages::parse(Languages::code(language)), language);
        QVERIFY(!Languages::nativeName(language).isEmpty());
    }
    QCOMPARE(Languages::code(Language::Chinese), QStringLiteral("zh_CN"));
    QCOMPARE(Languages::code(Language::English), QStringLiteral("en"));
}

void tst_Language::fromCodeIsStrict()
{
    QCOMPARE(Languages::fromCode("zh"), std::nullopt);
    QCOMPARE(Languages::fromCode("EN"), std::nullopt);
    QCOMPARE(Languages::fromCode(" en"), std::nullopt);
}

void tst_Language::parse_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("expected"); // -1: rejected
    QTest::newRow("en") << "en" << int(Language::English);
    QTest::newRow("en-US") << "en-US" << int(Language::English);
    QTest::newRow("zh") << "zh" << int(Language::Chinese);
    QTest::newRow("zh-CN blanks") << " zh-CN " << int(Language::Chinese);
    QTest::newRow("ZH_Hans") << "ZH_Hans" << int(Language::Chinese);
    QTest::newRow("fr") << "fr" << -1;
    QTest::newRow("empty") << "" << -1;
}

void tst_Language::parse()
{
    QFETCH(QString, code);
    QFETCH(int, expected);
    const auto parsed = Languages::parse(code);
    QCOMPARE(parsed.has_value(), expected >= 0);
    if (parsed)
        QCOMPARE(int(*parsed), expected);
}

void tst_Language::translationsAreInTheCore()
{
    QCOMPARE(Languages::translationFile(Language::English), QString());
    QCOMPARE(Languages::translationFile(Language::Chinese), QStringLiteral(":/i18n/alliance-atlas_zh_CN.qm"));
    QVERIFY(QFile::exists(Languages::translationFile(Language::Chinese)));
}

void tst_Language::installTranslatesAndReverts()
{
    const char *source = "unexpected argument \"%1\"";
    QVERIFY(Languages::install(Language::Chinese));
    QCOMPARE(QCoreApplication::translate("CommandLine", source), QStringLiteral("多余的参数“%1”"));
    QCOMPARE(QLocale().language(), QLocale::Chinese);
    QVERIFY(Languages::install(Language::English));
    QCOMPARE(QCoreApplication::translate("CommandLine", source), QString::fromLatin1(source));
    QCOMPARE(QLocale().language(), QLocale::English);
}

QTEST_GUILESS_MAIN(tst_Language)
#include "tst_language.moc"
