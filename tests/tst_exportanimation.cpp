// SPDX-License-Identifier: GPL-3.0-or-later
// `alliance-atlas export --from --to --out FILE.mp4|webm|gif`: the film opened with libavformat has the
// codec, size and frame count asked for, and its first and last frames show the first and last dates
// (compared with still PNG exports of those dates); bad options fail with a message and write nothing.
#include "clirun.h"
#include "videoprobe.h"

#include <QDir>
#include <QImageReader>
#include <QTemporaryDir>
#include <QTest>

using namespace atlas;

namespace {

test::CliRun run(const QStringList &args)
{
    return test::runCli(args, QStringLiteral("export"));
}

/// Mean absolute difference per channel (0..255).
double difference(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return 255;
    const QImage x = a.convertToFormat(QImage::Format_RGB32), y = b.convertToFormat(QImage::Format_RGB32);
    qint64 sum = 0;
    for (int row = 0; row < x.height(); ++row)
        for (int col = 0; col < x.width(); ++col) {
            const QRgb p = x.pixel(col, row), q = y.pixel(col, row);
            sum += qAbs(qRed(p) - qRed(q)) + qAbs(qGreen(p) - qGreen(q)) + qAbs(qBlue(p) - qBlue(q));
        }
    return double(sum) / (3.0 * x.width() * x.height());
}

} // namespace

class tst_ExportAnimation : public QObject
{
    Q_OBJECT

private slots:
    void filmShowsFirstAndLastDates_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<int>("codec");
        QTest::newRow("mp4") << "mp4" << int(AV_CODEC_ID_H264);
        QTest::newRow("webm") << "webm" << int(AV_CODEC_ID_VP9);
        QTest::newRow("gif") << "gif" << int(AV_CODEC_ID_GIF);
    }

    void filmShowsFirstAndLastDates()
    {
        QFETCH(QString, suffix);
        QFETCH(int, codec);
        const QString film = mDir.filePath("film." + suffix);
        const test::CliRun r = run({ "--view", "map", "--from", "1950-01-01", "--to", "2022-01-01", "--step", "8y", "--fps", "4",
                                     "--size", "480x270", "--title", "Alliance Atlas", "--out", film });
        QCOMPARE(r.err, QString());
        QCOMPARE(r.code, 0);
        const Probe probed = probe(film);
        QCOMPARE(int(probed.codec), codec);
        QCOMPARE(probed.size, QSize(480, 270));
        if (suffix == "gif")
            QCOMPARE(QImageReader(film).imageCount(), 10);
        else
            QCOMPARE(probed.packets, 10); // 1950, 1958, ..., 2022

        // The same figures as stills (with the film's title, without the caption a still adds; a still's
        // default title repeats the date, a film's does not): the film's first frame is nearer
        // 1950's, its last 2022's.
        const QString first = mDir.filePath("first.png"), last = mDir.filePath("last.png");
        QCOMPARE(run({ "--view", "map", "--at", "1950-01-01", "--size", "480x270", "--dpi", "96", "--caption", "", "--title", "Alliance Atlas", "--out", first }).code, 0);
        QCOMPARE(run({ "--view", "map", "--at", "2022-01-01", "--size", "480x270", "--dpi", "96", "--caption", "", "--title", "Alliance Atlas", "--out", last }).code, 0);
        const QImage firstStill(first), lastStill(last);
        QVERIFY2(difference(probed.first, firstStill) < difference(probed.first, lastStill),
                 qPrintable(QString("%1 vs %2").arg(difference(probed.first, firstStill)).arg(difference(probed.first, lastStill))));
        QVERIFY(difference(probed.last, lastStill) < difference(probed.last, firstStill));
    }

    void holdsOnEventsAddFrames()
    {
        const QString film = mDir.filePath("holds.mp4");
        const test::CliRun r = run({ "--view", "map", "--from", "2021-01-01", "--to", "2021-12-31", "--step", "1y", "--fps", "2",
                                     "--hold-events", "1", "--size", "320x180", "--out", film });
        QCOMPARE(r.code, 0);
        // One frame for the year, and two (1 s at 2 frames/s) for every event and bookmark of 2021.
        const int packets = probe(film).packets;
        QVERIFY2(packets >= 3 && packets % 2 == 1, qPrintable(QString::number(packets)));
    }

    void badOptionsWriteNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QStringList base { "--view", "map", "--from", "2000-01-01", "--to", "2001-01-01" };
        QTest::newRow("step") << (base + QStringList { "--step", "2147483647y" }) << "--step";
        QTest::newRow("reversed") << QStringList { "--view", "map", "--from", "2001-01-01", "--to", "2000-01-01" } << "after";
        QTest::newRow("fps") << (base + QStringList { "--fps", "0" }) << "frame rate";
        QTest::newRow("hold") << (base + QStringList { "--hold-events", "x" }) << "--hold-events";
        QTest::newRow("too many") << QStringList { "--view", "map", "--from", "1000-01-01", "--to", "2900-01-01", "--step", "1d" } << "frames";
    }

    void badOptionsWriteNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const test::CliRun r = run(args + QStringList { "--out", dir.filePath("film.mp4") });
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    }

private:
    QTemporaryDir mDir;
};

QTEST_MAIN(tst_ExportAnimation)
#include "tst_exportanimation.moc"
