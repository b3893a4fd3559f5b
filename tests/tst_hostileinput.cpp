// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile input is refused with a clear, located message: non-regular and oversized files, control
// characters, out-of-range numbers, frame steps that leave the calendar; text for terminals is made
// harmless.
#include "models/io/csvreader.h"
#include "models/io/datasetreader.h"
#include "models/io/figurewriter.h"
#include "models/io/inputfile.h"
#include "models/io/viewstate.h"
#include "models/query/framedates.h"
#include "models/text/plaintext.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace atlas;

namespace {

const QString kSmall = QStringLiteral(ATLAS_TEST_DATA_DIR "/valid/small.json");

QByteArray smallDataset()
{
    QFile f(kSmall);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString allIssues(const QList<Issue> &issues)
{
    QStringList lines;
    for (const Issue &i : issues)
        lines.append(i.toString());
    return lines.join(u'\n');
}

} // namespace

class tst_HostileInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void nonRegularFilesAreRefused_data();
    void nonRegularFilesAreRefused();
    void oversizedFilesAreRefused();
    void viewFileNamingDevZero();
    void controlCharactersAreLocatedErrors_data();
    void controlCharactersAreLocatedErrors();
    void tabAndNewlineAreAllowed();
    void yearOutOfRange_data();
    void yearOutOfRange();
    void terminalSafe();
    void frameSteps_data();
    void frameSteps();
    void hugePageIsRefused();

private:
    QTemporaryDir mDir;
    QString mFifo;
};

void tst_HostileInput::initTestCase()
{
    QVERIFY(mDir.isValid());
    mFifo = mDir.filePath(QStringLiteral("fifo.json"));
    QVERIFY(::mkfifo(QFile::encodeName(mFifo).constData(), 0600) == 0);
}

void tst_HostileInput::nonRegularFilesAreRefused_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::newRow("/dev/zero") << "/dev/zero" << "is not a regular file (a device, pipe or socket); refused";
    QTest::newRow("FIFO without a writer") << "%fifo" << "is not a regular file (a device, pipe or socket); refused";
    QTest::newRow("directory") << "%dir" << "is a directory";
}

void tst_HostileInput::nonRegularFilesAreRefused()
{
    QFETCH(QString, path);
    QFETCH(QString, message);
    path = path == u"%fifo" ? mFifo : path == u"%dir" ? mDir.path() : path;
    // Each reader returns at once (a FIFO would block, /dev/zero would read until memory runs out).
    QString error;
    QVERIFY(!InputFile::read(path, InputFile::kDefaultMaxSize, &error));
    QCOMPARE(error, message);
    const LoadResult dataset = DatasetReader::readFile(path);
    QVERIFY(!dataset.dataset);
    QCOMPARE(allIssues(dataset.issues), path + QStringLiteral(": ") + message);
    QCOMPARE(allIssues(CsvReader::readFile(path).issues), path + QStringLiteral(": ") + message);
    QList<Issue> issues;
    QVERIFY(!ViewFile::load(path, &issues));
    QCOMPARE(allIssues(issues), path + QStringLiteral(": ") + message);
}

void tst_HostileInput::oversizedFilesAreRefused()
{
    const QString path = mDir.filePath(QStringLiteral("big.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QVERIFY(f.resize(2 * 1024 * 1024)); // sparse: 2 MiB
    f.close();
    QString error;
    QVERIFY(!InputFile::read(path, 1024 * 1024, &error));
    QCOMPARE(error, QStringLiteral("file is larger than 1 MiB; refused"));
    QList<Issue> issues;
    QVERIFY(!ViewFile::load(path, &issues)); // view files are at most 1 MiB
    QCOMPARE(allIssues(issues), path + QStringLiteral(": file is larger than 1 MiB; refused"));
    QCOMPARE(InputFile::kDefaultMaxSize, qint64(256) * 1024 * 1024);
    QCOMPARE(DatasetReader::kMaxFileSize, InputFile::kDefaultMaxSize);
    QCOMPARE(CsvReader::kMaxFileSize, InputFile::kDefaultMaxSize);
    const auto ok = InputFile::read(kSmall, 1024 * 1024, &error);
    QVERIFY(ok);
    QCOMPARE(*ok, smallDataset());
}

void tst_HostileInput::viewFileNamingDevZero()
{
    // A shared view file may name any dataset: the dataset is read through the same refusing reader.
    QList<Issue> issues;
    const auto state = ViewState::fromJson(R"({"format":"alliance-atlas-view","version":1,"dataset":"/dev/zero","date":"1990-01-01"})",
                                           QStringLiteral("lesson.atlasview"), &issues);
    QVERIFY(state);
    const LoadResult r = DatasetReader::readFile(state->dataset);
    QVERIFY(!r.dataset);
    QCOMPARE(allIssues(r.issues), QStringLiteral("/dev/zero: is not a regular file (a device, pipe or socket); refused"));
}

void tst_HostileInput::controlCharactersAreLocatedErrors_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("issue");
    QTest::newRow("ESC in a name") << QByteArray("\"en\": \"Japan\"") << QByteArray("\"en\": \"Ja\\u001b[31mpan\"")
                                   << "small.json:52:11: /actors/1/name/en: control character U+001b at character 3 (only tab and newline are allowed)";
    QTest::newRow("NUL in an author") << QByteArray("\"en\": \"Li Dejie\"") << QByteArray("\"en\": \"Li\\u0000Dejie\"")
                                      << "small.json:15:12: /sources/0/authors/0/en: control character U+0000 at character 3 (only tab and newline are allowed)";
    QTest::newRow("CR in a title") << QByteArray("\"en\": \"A title\"") << QByteArray("\"en\": \"A\\rtitle\"")
                                   << "small.json:20:11: /sources/0/title/en: control character U+000d at character 2 (only tab and newline are allowed)";
}

void tst_HostileInput::controlCharactersAreLocatedErrors()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, issue);
    QByteArray json = smallDataset();
    QVERIFY(json.contains(from));
    json.replace(json.indexOf(from), from.size(), to);
    const LoadResult r = DatasetReader::read(json, QStringLiteral("small.json"));
    QVERIFY(!r.dataset);
    QVERIFY2(allIssues(r.issues).contains(issue), qPrintable(allIssues(r.issues)));
}

void tst_HostileInput::tabAndNewlineAreAllowed()
{
    QByteArray json = smallDataset();
    json.replace("\"en\": \"Japan\"", "\"en\": \"Ja\\tp\\nan\"");
    const LoadResult r = DatasetReader::read(json, QStringLiteral("small.json"));
    QVERIFY2(r.dataset, qPrintable(allIssues(r.issues)));
    QCOMPARE(r.dataset->actor(QStringLiteral("JPN"))->name.en, QStringLiteral("Ja\tp\nan"));
}

void tst_HostileInput::yearOutOfRange_data()
{
    QTest::addColumn<QByteArray>("year");
    QTest::newRow("1e300") << QByteArray("1e300");
    QTest::newRow("-1e300") << QByteArray("-1e300");
    QTest::newRow("2147483648") << QByteArray("2147483648");
    QTest::newRow("fraction") << QByteArray("2024.5");
    QTest::newRow("zero") << QByteArray("0");
}

void tst_HostileInput::yearOutOfRange()
{
    QFETCH(QByteArray, year);
    QByteArray json = smallDataset();
    json.replace("\"year\": 2024", "\"year\": " + year);
    const LoadResult r = DatasetReader::read(json, QStringLiteral("small.json"));
    QVERIFY(!r.dataset);
    const QString issues = allIssues(r.issues);
    QVERIFY2(issues.startsWith(QStringLiteral("small.json:23:")) && issues.contains(QStringLiteral("/sources/0/year: year "))
                 && issues.contains(QStringLiteral("is not a whole number from 1 to 9999")),
             qPrintable(issues));
}

void tst_HostileInput::terminalSafe()
{
    QCOMPARE(atlas::terminalSafe(QStringLiteral("a\x1b]0;owned\x07 b\tc\nd")), QStringLiteral("a\\u{1b}]0;owned\\u{07} b\tc\nd"));
    QCOMPARE(atlas::terminalSafe(QStringLiteral("\r\x7f") + QChar(0x9b) + QStringLiteral("日本")), QStringLiteral("\\u{0d}\\u{7f}\\u{9b}日本"));
}

void tst_HostileInput::frameSteps_data()
{
    QTest::addColumn<QString>("step");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("frames");
    QTest::addColumn<QString>("error");
    QTest::newRow("1y") << "1y" << QDate(1953, 6, 1) << 4 << "";
    QTest::newRow("6m") << "6m" << QDate(1951, 1, 1) << 3 << "";
    QTest::newRow("2147483647y") << "2147483647y" << QDate(2000, 1, 1) << 0
                                 << "the step \"2147483647y\" leaves the calendar after 1950-01-01";
    QTest::newRow("2147483647m") << "2147483647m" << QDate(2000, 1, 1) << 0
                                 << "the step \"2147483647m\" leaves the calendar after 1950-01-01";
    QTest::newRow("overflowing count") << "99999999999y" << QDate(2000, 1, 1) << 0 << "invalid --step \"99999999999y\" (expected 1y or 1m)";
    QTest::newRow("negative") << "-1y" << QDate(2000, 1, 1) << 0 << "invalid --step \"-1y\" (expected 1y or 1m)";
    QTest::newRow("too many") << "1m" << QDate(2900, 1, 1) << 0 << "more than 10000 frames from 1950-01-01 to 2900-01-01 every 1m";
}

void tst_HostileInput::frameSteps()
{
    QFETCH(QString, step);
    QFETCH(QDate, to);
    QFETCH(int, frames);
    QFETCH(QString, error);
    QString message;
    const auto dates = FrameDates::compute(QDate(1950, 1, 1), to, step, &message);
    QCOMPARE(message, error);
    QCOMPARE(dates.has_value(), error.isEmpty());
    if (dates) {
        QCOMPARE(dates->size(), frames);
        for (const QDate &d : *dates)
            QVERIFY(d.isValid() && d <= to);
    }
}

void tst_HostileInput::hugePageIsRefused()
{
    // No float-to-int cast out of range (UBSan's float-cast-overflow checks this in the asan run).
    FigurePage page;
    page.sizePoints = QSizeF(1e300, 1e300);
    QVERIFY(!page.pixelSize().isValid());
    const QString path = mDir.filePath(QStringLiteral("huge.png"));
    QCOMPARE(FigureWriter::write(path, page, QString(), [](QPainter &, const QRectF &) {}),
             QStringLiteral("the figure is too large (4.17e+300×4.17e+300 pixels)"));
    QVERIFY(!QFile::exists(path));
    QVERIFY(InputFile::read(QStringLiteral(":/atlas/capitals.csv"))); // Qt resources are read too
}

QTEST_GUILESS_MAIN(tst_HostileInput)
#include "tst_hostileinput.moc"
