// SPDX-License-Identifier: GPL-3.0-or-later
// Writing never loses data: SafeWriter itself, and every writer of the application (SVG, PDF and PNG
// export, numbered frames, view files, import-atop, .bib/.ris) in a child process whose writes fail
// (RLIMIT_FSIZE, SIGXFSZ ignored: write() fails with EFBIG "File too large" as on a full disk).
#include "clirun.h"

#include "models/io/animationwriter.h"
#include "models/io/safewriter.h"
#include "models/io/viewstate.h"
#include "models/text/citationformatter.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>

#include <sys/resource.h>
#include <sys/stat.h>

using namespace atlas;

namespace {

const QString kSmall = QStringLiteral(ATLAS_TEST_DATA_DIR "/valid/small.json");
const QString kMembers = QStringLiteral(ATLAS_TEST_DATA_DIR "/atop/atop-member-level.csv");
const QString kAlliances = QStringLiteral(ATLAS_TEST_DATA_DIR "/atop/atop-alliance-level.csv");
const QByteArray kOriginal = "the user's original file, which must survive\n";

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

/// The child: limits the size of the files it may write, then runs one writer.
/// Arguments: <limit in bytes> <what> <args...>; what = cli (the command line), view, bib.
int child(const QStringList &args)
{
    struct rlimit limit = {};
    limit.rlim_cur = limit.rlim_max = args.at(0).toULongLong();
    std::signal(SIGXFSZ, SIG_IGN);
    if (setrlimit(RLIMIT_FSIZE, &limit) != 0) {
        std::perror("setrlimit");
        return 99;
    }
    const QString what = args.at(1);
    QString error;
    if (what == u"cli") {
        const test::CliRun r = test::runCli(args.mid(2));
        std::fputs(qPrintable(r.out), stdout);
        std::fputs(qPrintable(r.err), stderr);
        return r.code;
    }
    if (what == u"view") {
        ViewState state;
        state.dataset = kSmall;
        state.date = QDate(1990, 1, 1);
        state.hidden = { QStringLiteral("JPN") };
        error = ViewFile::save(args.at(2), state);
    } else if (what == u"video") {
        FigurePage page;
        page.sizePoints = QSizeF(160, 120);
        page.dpi = 72;
        const QList<AnimationFrame> frames { { QDate(1950, 1, 1), QString() }, { QDate(1951, 1, 1), QString() },
                                             { QDate(1952, 1, 1), QString() } };
        error = AnimationWriter::write(args.at(2), frames, page, 2, [](QPainter &p, const QRectF &r, const AnimationFrame &f) {
            p.fillRect(r, QColor::fromHsv(f.date.year() % 360, 200, 200));
        });
    } else if (what == u"bib" || what == u"ris") {
        Source s;
        s.key = QStringLiteral("li2024");
        s.title = { QStringLiteral("The Fetters of the System"), QStringLiteral("体系的羁绊") };
        s.year = 2024;
        QString reason;
        if (!CitationFormatter::writeBibliography(args.at(2), QList<Source>(20, s),
                                                  what == u"bib" ? CitationFormatter::Style::BibTeX : CitationFormatter::Style::Ris, &reason))
            error = reason;
    }
    if (error.isEmpty())
        return 0;
    std::fprintf(stderr, "%s\n", qPrintable(error));
    return 1;
}

} // namespace

class tst_SafeWriting : public QObject
{
    Q_OBJECT

private slots:
    void writesAndReplaces();
    void keepsPermissionsAndFollowsLinks();
    void refusesWhatItCannotWrite();
    void failedWritesLoseNothing_data();
    void failedWritesLoseNothing();

private:
    QTemporaryDir mDir;
};

void tst_SafeWriting::writesAndReplaces()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.txt"));
    QCOMPARE(SafeWriter::write(path, "first"), QString());
    QCOMPARE(readAll(path), QByteArray("first"));
    QCOMPARE(SafeWriter::write(path, "second, longer"), QString());
    QCOMPARE(readAll(path), QByteArray("second, longer"));
    QCOMPARE(SafeWriter::write(path, QByteArray()), QString());
    QCOMPARE(readAll(path), QByteArray());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList { QStringLiteral("out.txt") });
}

void tst_SafeWriting::keepsPermissionsAndFollowsLinks()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lesson.atlasview"));
    writeFile(path, kOriginal);
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0640) == 0);
    QCOMPARE(SafeWriter::write(path, "new"), QString());
    struct stat st = {};
    QVERIFY(::stat(QFile::encodeName(path).constData(), &st) == 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0640));

    const QString link = dir.filePath(QStringLiteral("link.atlasview"));
    QVERIFY(QFile::link(path, link));
    QCOMPARE(SafeWriter::write(link, "through the link"), QString());
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(readAll(path), QByteArray("through the link"));
}

void tst_SafeWriting::refusesWhatItCannotWrite()
{
    QTemporaryDir dir;
    QCOMPARE(SafeWriter::write(dir.path(), "x"), dir.path() + QStringLiteral(" is a directory"));
    const QString missing = dir.filePath(QStringLiteral("no/such/dir/out.svg"));
    QVERIFY(SafeWriter::write(missing, "x").startsWith(QStringLiteral("cannot write ") + missing));
    QVERIFY(SafeWriter::write(QStringLiteral("/dev/null"), "x").contains(QStringLiteral("not a regular file")));
    QCOMPARE(SafeWriter::write(QString(), "x"), QStringLiteral("no output file given"));
}

void tst_SafeWriting::failedWritesLoseNothing_data()
{
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<QString>("fileName"); // the file that exists and must survive
    QTest::addColumn<QStringList>("args"); // %1 = the output file or directory

    const QStringList exportMap { "cli", "export", "--view", "map", "--at", "1990-01-01", "--dataset", kSmall,
                                  "--size", "800x600", "--dpi", "96", "--title", "US & Japan <2023>" };
    QTest::newRow("svg export") << qint64(4096) << "map.svg" << (exportMap + QStringList { "--out", "%1" });
    QTest::newRow("pdf export") << qint64(4096) << "map.pdf" << (exportMap + QStringList { "--out", "%1" });
    QTest::newRow("png export") << qint64(4096) << "map.png" << (exportMap + QStringList { "--out", "%1" });
    QTest::newRow("numbered frames") << qint64(4096) << "frame-0001.svg"
                                     << QStringList { "cli", "export", "--view", "timeline", "--from", "1950-01-01", "--to", "1953-01-01",
                                                      "--step", "1y", "--format", "svg", "--dataset", kSmall, "--out", "%dir" };
    QTest::newRow("import-atop") << qint64(1024) << "atop.json"
                                 << QStringList { "cli", "import-atop", "--members", kMembers, "--alliances", kAlliances, "--out", "%1" };
    QTest::newRow("video (GIF)") << qint64(256) << "film.gif" << QStringList { "video", "%1" };
    QTest::newRow("view file") << qint64(64) << "lesson.atlasview" << QStringList { "view", "%1" };
    QTest::newRow("bib") << qint64(256) << "sources.bib" << QStringList { "bib", "%1" };
    QTest::newRow("ris") << qint64(256) << "sources.ris" << QStringList { "ris", "%1" };
}

void tst_SafeWriting::failedWritesLoseNothing()
{
    QFETCH(qint64, limit);
    QFETCH(QString, fileName);
    QFETCH(QStringList, args);
    QTemporaryDir dir;
    const QString path = dir.filePath(fileName);
    writeFile(path, kOriginal);
    for (QString &a : args)
        a = a == u"%1" ? path : a == u"%dir" ? dir.path() : a;

    QProcess process;
    process.start(QCoreApplication::applicationFilePath(), QStringList { QStringLiteral("--child"), QString::number(limit) } + args);
    QVERIFY(process.waitForFinished(120000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() != 0 && process.exitCode() != 99, qPrintable(err));
    // The error names the file and the operating system's reason.
    QVERIFY2(err.contains(QStringLiteral("cannot write ") + path + QStringLiteral(": File too large")), qPrintable(err));
    QVERIFY2(!QString::fromUtf8(process.readAllStandardOutput()).contains(QStringLiteral("Wrote")), "no success reported");
    // The original is byte-identical and nothing else was left behind.
    QCOMPARE(readAll(path), kOriginal);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System), QStringList { fileName });
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc > 3 && qstrcmp(argv[1], "--child") == 0)
        return child(app.arguments().mid(2));
    tst_SafeWriting test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_safewriting.moc"
