// SPDX-License-Identifier: GPL-3.0-or-later
// FFmpeg is loaded on the first use of video, not at every start (VideoBackend): the program does
// not map FFmpeg's libraries until a film is asked for, and a missing module is a clear error that
// leaves no file behind.
#include "models/io/videoencoder.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace atlas;

namespace {

bool mapped(const QByteArray &library)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    return maps.open(QIODevice::ReadOnly) && maps.readAll().contains(library);
}

} // namespace

class TestVideoModule : public QObject
{
    Q_OBJECT

private slots:
    void ffmpegIsLoadedOnFirstUse()
    {
        QVERIFY2(!mapped("libavcodec"), "FFmpeg is linked into the program: every start pays for it");
        QVERIFY(!mapped("alliance-atlas-video"));
        const QStringList formats = VideoEncoder::availableFormats();
        QVERIFY2(formats.contains(QStringLiteral("mp4")), qPrintable(VideoEncoder::unavailableReason()));
        QVERIFY(formats.contains(QStringLiteral("gif")));
        QVERIFY(VideoEncoder::unavailableReason().isEmpty());
        QVERIFY(mapped("alliance-atlas-video"));
        QVERIFY(mapped("libavcodec"));

        VideoEncoder encoder;
        QCOMPARE(encoder.open({ VideoFormat::Gif, QSize(32, 32), 10, {} }), QString());
        QImage frame(32, 32, QImage::Format_RGB32);
        frame.fill(Qt::darkBlue);
        QCOMPARE(encoder.addFrame(frame), QString());
        QByteArray bytes;
        QCOMPARE(encoder.finish(&bytes), QString());
        QVERIFY(bytes.startsWith("GIF89a"));
    }

    void missingModuleIsAClearError()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString out = dir.filePath(QStringLiteral("film.mp4"));
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("ATLAS_VIDEO_MODULE"), dir.filePath(QStringLiteral("missing/alliance-atlas-video.so")));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(ATLAS_APP), { QStringLiteral("export"), QStringLiteral("--view"), QStringLiteral("map"),
                                                    QStringLiteral("--from"), QStringLiteral("2020-01-01"), QStringLiteral("--to"),
                                                    QStringLiteral("2021-01-01"), QStringLiteral("--step"), QStringLiteral("1y"),
                                                    QStringLiteral("--size"), QStringLiteral("640x360"), QStringLiteral("--out"), out });
        QVERIFY(process.waitForFinished(120000));
        const QString errors = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(process.exitCode() != 0, qPrintable(errors));
        QVERIFY2(errors.contains(QStringLiteral("video support is not installed")), qPrintable(errors));
        QVERIFY2(errors.contains(QStringLiteral("missing/alliance-atlas-video.so")), qPrintable(errors));
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestVideoModule)
#include "tst_videomodule.moc"
