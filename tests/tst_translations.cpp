// SPDX-License-Identifier: GPL-3.0-or-later
// Fails when a user-visible string of the UI has no Chinese translation: runs lupdate over the sources
// into a copy of the committed zh_CN .ts and lists every message left unfinished or empty.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

class tst_Translations : public QObject
{
    Q_OBJECT

private slots:
    void everyStringIsTranslated();
};

void tst_Translations::everyStringIsTranslated()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString ts = dir.filePath(QStringLiteral("alliance-atlas_zh_CN.ts"));
    QVERIFY(QFile::copy(QStringLiteral(ATLAS_SOURCE_DIR "/translations/alliance-atlas_zh_CN.ts"), ts));
    QFile::setPermissions(ts, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(ATLAS_SOURCE_DIR));
    lupdate.start(QStringLiteral(ATLAS_LUPDATE),
                  { QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-I"),
                    QStringLiteral(ATLAS_SOURCE_DIR), QStringLiteral("models"), QStringLiteral("ui"), QStringLiteral("app"),
                    QStringLiteral("-ts"), ts });
    QVERIFY(lupdate.waitForFinished(300000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

    QFile file(ts);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    QStringList missing;
    int messages = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name")
            context = xml.readElementText();
        else if (xml.name() == u"source")
            source = xml.readElementText();
        else if (xml.name() == u"translation") {
            ++messages;
            const bool unfinished = xml.attributes().value(QStringLiteral("type")) == u"unfinished";
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (unfinished || text.trimmed().isEmpty())
                missing.append(QStringLiteral("%1: \"%2\"").arg(context, source));
        }
    }
    QVERIFY(!xml.hasError());
    qInfo("%d messages, %lld without a Chinese translation", messages, qlonglong(missing.size()));
    QVERIFY(messages > 50);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
