// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/screenshotcommand.h"
#include "models/domain/dataset.h"
#include "models/io/datasetreader.h"

#include <QApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace atlas;

/// `alliance-atlas screenshot`: a PNG of the requested size and a layout report that parses, for the
/// main window and for the presentation at a bookmark once its animation (on) has ended.
class tst_ScreenshotCommand : public QObject
{
    Q_OBJECT

private slots:
    void mainWindow_data();
    void mainWindow();
    void presentationAtABookmark();
    void badArguments();

private:
    int run(const QStringList &args, QString *errors = nullptr);
    QTemporaryDir mDir;
};

int tst_ScreenshotCommand::run(const QStringList &args, QString *errors)
{
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    const int code = ScreenshotCommand::run(QStringList{ QStringLiteral("alliance-atlas"), QStringLiteral("screenshot") } + args, outStream, errStream);
    errStream.flush();
    if (errors)
        *errors = err;
    return code;
}

void tst_ScreenshotCommand::mainWindow_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("lang");
    QTest::addRow("1366x768 en") << QSize(1366, 768) << "en";
    QTest::addRow("1920x1080 zh_CN") << QSize(1920, 1080) << "zh_CN";
}

void tst_ScreenshotCommand::mainWindow()
{
    QFETCH(QSize, size);
    QFETCH(QString, lang);
    const QString png = mDir.filePath(QStringLiteral("w.png"));
    const QString json = mDir.filePath(QStringLiteral("w.json"));
    QString err;
    QCOMPARE(run({ "--at", "2021-09-15", "--size", QStringLiteral("%1x%2").arg(size.width()).arg(size.height()), "--lang", lang,
                   "--select", "aukus", "--out", png, "--layout-report", json },
                 &err),
             0);
    QVERIFY2(err.isEmpty(), qPrintable(err));
    const QImage image(png);
    QCOMPARE(image.size(), size);
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonObject report = QJsonDocument::fromJson(file.readAll(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(report.value("size").toArray(), (QJsonArray{ size.width(), size.height() }));
    QCOMPARE(report.value("date").toString(), QStringLiteral("2021-09-15"));
    const QJsonObject widgets = report.value("widgets").toObject();
    QVERIFY(widgets.contains("map"));
    QVERIFY(widgets.contains("timeline"));
    const QJsonArray map = widgets.value("map").toArray();
    QCOMPARE(map.size(), 4);
    const double share = map[2].toDouble() * map[3].toDouble() / (size.width() * size.height());
    QVERIFY2(share >= 0.45, qPrintable(QString::number(share)));
    // The map renderer's regions, in window coordinates: inside the map widget.
    const QJsonArray region = report.value("regions").toObject().value("map").toArray();
    QCOMPARE(region.size(), 4);
    QVERIFY(region[0].toDouble() >= map[0].toDouble() - 1);
    QVERIFY(region[1].toDouble() >= map[1].toDouble() - 1);
    QVERIFY(report.value("ties").isArray());
    QVERIFY(report.value("labels").isArray());
}

void tst_ScreenshotCommand::presentationAtABookmark()
{
    LoadResult builtIn = DatasetReader::readFile(QStringLiteral(":/atlas/dataset/alliance-atlas.json"));
    QVERIFY(builtIn.dataset);
    QVERIFY(builtIn.dataset->bookmarks.size() >= 2);
    const QDate expected = builtIn.dataset->bookmarks[1].date.firstDay();
    const QString png = mDir.filePath(QStringLiteral("p.png"));
    const QString json = mDir.filePath(QStringLiteral("p.json"));
    QCOMPARE(run({ "--present", "2", "--size", "1920x1080", "--out", png, "--layout-report", json }), 0);
    QCOMPARE(QImage(png).size(), QSize(1920, 1080));
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject report = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(report.value("date").toString(), expected.toString(Qt::ISODate));
    // Projector text while presenting: map labels of at least 18 px.
    for (const QJsonValue &label : report.value("labels").toArray())
        if (label.toObject().value("kind").toString() == QLatin1String("country"))
            QVERIFY2(label.toObject().value("px").toDouble() >= 18, qPrintable(label.toObject().value("text").toString()));
}

void tst_ScreenshotCommand::badArguments()
{
    const QString png = mDir.filePath(QStringLiteral("x.png"));
    QCOMPARE(run({ "--size", "big", "--out", png }), 2);
    QCOMPARE(run({ "--size", "800x600" }), 2);
    QCOMPARE(run({ "--size", "800x600", "--out", png, "--select", "no-such-tie" }), 2);
    QCOMPARE(run({ "--size", "800x600", "--out", png, "--present", "999" }), 2);
    QCOMPARE(run({ "--size", "800x600", "--out", png, "--text-size", "huge" }), 2);
    QVERIFY(!QFile::exists(png));
}

QTEST_MAIN(tst_ScreenshotCommand)
#include "tst_screenshotcommand.moc"
