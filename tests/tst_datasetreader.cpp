// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/datasetreader.h"
#include "models/io/jsonlocator.h"
#include "models/io/jsonsections.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace atlas;

class tst_DatasetReader : public QObject
{
    Q_OBJECT

private slots:
    void readsValidFile();
    void brokenFiles_data();
    void brokenFiles();
    void missingFile();
    void directoryIsNotAFile();
    void unknownFieldIsWarningOnly();
    void locatesIssueAndContext();
    void capsListedProblems();
    void cappedErrorStillBlocksLoading();
    void unknownActorsPastTheListAreCounted();
    void locatesManyProblemsOnOneLine();
    void successorEndsPredecessorTheDayBefore();
    void unknownSuccessorReferenceIsLocated();
    void placementInferredIsReadAndDefaultsToFalse();
    void pairPhaseIsReadAndChecked();
    void schemeWideEvidenceNeedsNoTie();
    void readsLargeFileInChunks();
    void locatesProblemsBeyondTheFirstChunk();
    void malformedChunkIsReportedAsTheWholeText();
    void progressCanCancel();
};

static QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(path));
    return f.readAll();
}

void tst_DatasetReader::readsValidFile()
{
    const LoadResult result = DatasetReader::readFile(QStringLiteral(ATLAS_TEST_DATA_DIR "/valid/small.json"));
    QVERIFY2(result.issues.isEmpty(), qPrintable(result.issues.value(0).toString()));
    QVERIFY(result.dataset);
    const Dataset &d = *result.dataset;
    QCOMPARE(d.hub, QStringLiteral("USA"));
    QCOMPARE(d.ties.size(), 5);
    QCOMPARE(d.actors.size(), 7);
    const Tie *anzus = d.tie(QStringLiteral("anzus"));
    QVERIFY(anzus);
    QCOMPARE(anzus->members.size(), 4);
    QVERIFY(anzus->members[3].suspended);
    QCOMPARE(anzus->members[2].left, PartialDate(1986));
    // Defaults: a spell without dates spans the tie's life.
    QCOMPARE(anzus->members[0].fromDay, QDate(1951, 9, 1).toJulianDay());
    QVERIFY(anzus->members[0].toDay > QDate(2100, 1, 1).toJulianDay());
    const Tie *quad = d.tie(QStringLiteral("quad"));
    QCOMPARE(quad->start.precision(), PartialDate::Precision::Month);
    QCOMPARE(quad->phases.size(), 1);
    QCOMPARE(quad->phases[0].toDay, QDate(2017, 10, 31).toJulianDay());
    QCOMPARE(d.placement(QStringLiteral("li2024"), QStringLiteral("quad"))->cell, QStringLiteral("expansive"));
    QCOMPARE(d.evidenceFor(QStringLiteral("quad")).size(), 1);
    QCOMPARE(d.typology(QStringLiteral("li2024"))->cells.size(), 4);
    QCOMPARE(d.actor(QStringLiteral("JPN"))->name.zh, QStringLiteral("日本"));
    // Bookmarks come sorted by date, whatever their order in the file.
    QCOMPARE(d.bookmarks.size(), 2);
    QCOMPARE(d.bookmarks[0].id, QStringLiteral("b1"));
    QCOMPARE(d.bookmarks[1].date, PartialDate(2017, 11));
}

void tst_DatasetReader::brokenFiles_data()
{
    QTest::addColumn<QString>("name");
    const QDir dir(QStringLiteral(ATLAS_TEST_DATA_DIR "/broken"));
    const QStringList files = dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 15);
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << f;
}

// Each broken file comes with the exact messages it must produce (FILE:LINE:COL: path: message).
void tst_DatasetReader::brokenFiles()
{
    QFETCH(QString, name);
    const QString dir = QStringLiteral(ATLAS_TEST_DATA_DIR "/broken/");
    const LoadResult result = DatasetReader::read(readAll(dir + name), name);
    QVERIFY2(!result.dataset, "a file with errors must not yield a dataset");
    QStringList actual;
    for (const Issue &issue : result.issues)
        actual.append(issue.toString());
    QString expectedName = name;
    expectedName.replace(QStringLiteral(".json"), QStringLiteral(".expected"));
    const QStringList expected = QString::fromUtf8(readAll(dir + expectedName)).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(actual, expected);
}

void tst_DatasetReader::missingFile()
{
    const LoadResult result = DatasetReader::readFile(QStringLiteral("/nonexistent/dir/x.json"));
    QVERIFY(!result.dataset);
    QCOMPARE(result.issues.size(), 1);
    QVERIFY(result.issues[0].toString().startsWith(QStringLiteral("/nonexistent/dir/x.json: cannot open")));
}

void tst_DatasetReader::directoryIsNotAFile()
{
    const LoadResult result = DatasetReader::readFile(QStringLiteral(ATLAS_TEST_DATA_DIR));
    QVERIFY(!result.dataset);
    QVERIFY(result.issues[0].message.contains(QStringLiteral("directory")));
}

void tst_DatasetReader::unknownFieldIsWarningOnly()
{
    QByteArray data = readAll(QStringLiteral(ATLAS_TEST_DATA_DIR "/valid/small.json"));
    data.replace("\"hub\": \"USA\"", "\"hub\": \"USA\", \"colour\": \"red\"");
    const LoadResult result = DatasetReader::read(data, QStringLiteral("x.json"));
    QVERIFY(result.dataset);
    QCOMPARE(result.issues.size(), 1);
    QCOMPARE(result.issues[0].severity, Issue::Severity::Warning);
    QVERIFY(result.issues[0].toString().contains(QStringLiteral("warning: /colour: unknown field")));
}

void tst_DatasetReader::locatesIssueAndContext()
{
    QByteArray data = readAll(QStringLiteral(ATLAS_TEST_DATA_DIR "/broken/unknown-actor.json"));
    const LoadResult result = DatasetReader::read(data, QStringLiteral("f.json"));
    QCOMPARE(result.issues.size(), 1);
    QCOMPARE(result.issues[0].path, QStringLiteral("/ties/2/members/3/actor"));
    QCOMPARE(result.issues[0].contextId, QStringLiteral("quad"));
    // The line really holds the offending value.
    const QList<QByteArray> lines = data.split('\n');
    QVERIFY(lines[result.issues[0].line - 1].contains("XXX"));
}

/// small.json with \a count unknown top-level fields "zz0".. (one warning each), compact or indented.
static QByteArray withUnknownFields(int count, QJsonDocument::JsonFormat format = QJsonDocument::Indented)
{
    QJsonObject root = QJsonDocument::fromJson(readAll(QStringLiteral(ATLAS_TEST_DATA_DIR "/valid/small.json"))).object();
    for (int i = 0; i < count; ++i)
        root.insert(QStringLiteral("zz%1").arg(i), QStringLiteral("v%1").arg(i));
    return QJsonDocument(root).toJson(format);
}

void tst_DatasetReader::capsListedProblems()
{
    const LoadResult result = DatasetReader::read(withUnknownFields(DatasetReader::kMaxListedIssues + 5), QStringLiteral("x.json"));
    QVERIFY(result.dataset); // warnings only
    QCOMPARE(result.issues.size(), DatasetReader::kMaxListedIssues + 1);
    for (qsizetype i = 0; i < DatasetReader::kMaxListedIssues; ++i)
        QVERIFY(result.issues[i].line > 0 && result.issues[i].message.contains(QStringLiteral("unknown field")));
    const Issue &more = result.issues.constLast();
    QCOMPARE(more.toString(), QStringLiteral("x.json: warning: and 5 more problem(s)"));
    QCOMPARE(more.severity, Issue::Severity::Warning);

    const LoadResult exact = DatasetReader::read(withUnknownFields(DatasetReader::kMaxListedIssues), QStringLiteral("x.json"));
    QCOMPARE(exact.issues.size(), DatasetReader::kMaxListedIssues); // nothing to add
    QVERIFY(exact.issues.constLast().message.contains(QStringLiteral("unknown field")));
}

void tst_DatasetReader::cappedErrorStillBlocksLoading()
{
    // The unknown fields fill the list; the error after them is only counted, and still an error.
    QByteArray data = withUnknownFields(DatasetReader::kMaxListedIssues);
    data.replace("\"hub\": \"USA\"", "\"hub\": \"NOPE\"");
    const LoadResult result = DatasetReader::read(data, QStringLiteral("x.json"));
    QVERIFY(!result.dataset);
    QCOMPARE(result.issues.size(), DatasetReader::kMaxListedIssues + 1);
    QCOMPARE(result.issues.constLast().toString(), QStringLiteral("x.json: and 1 more problem(s)"));
    QCOMPARE(result.issues.constLast().severity, Issue::Severity::Error);
}

void tst_DatasetReader::unknownActorsPastTheListAreCounted()
{
    // An unknown member actor (a problem a large file can have once per tie) is listed with its
    // place while the list has room, and past it only counted, as an error.
    QByteArray data = withUnknownFields(DatasetReader::kMaxListedIssues - 1);
    for (const QByteArray &actor : { QByteArray("\"actor\": \"JPN\""), QByteArray("\"actor\": \"AUS\"") }) // the first of each
        data.replace(data.indexOf(actor), actor.size(), "\"actor\": \"NOPE\"");
    const LoadResult result = DatasetReader::read(data, QStringLiteral("x.json"));
    QVERIFY(!result.dataset);
    QCOMPARE(result.issues.size(), DatasetReader::kMaxListedIssues + 1);
    const Issue &listed = result.issues[DatasetReader::kMaxListedIssues - 1];
    QCOMPARE(listed.message, QStringLiteral("/ties/0/members/1/actor: unknown actor \"NOPE\""));
    QCOMPARE(listed.path, QStringLiteral("/ties/0/members/1/actor"));
    QVERIFY(data.split('\n').value(listed.line - 1).contains("NOPE"));
    QCOMPARE(result.issues.constLast().toString(), QStringLiteral("x.json: and 1 more problem(s)"));
    QCOMPARE(result.issues.constLast().severity, Issue::Severity::Error);
}

void tst_DatasetReader::locatesManyProblemsOnOneLine()
{
    // One line: every column is found by the one pass of the lazy locator, and points at its value
    // (columns count characters; the file has Chinese text before the fields, none beyond the BMP).
    const QByteArray data = withUnknownFields(300, QJsonDocument::Compact);
    QVERIFY(!data.contains('\n'));
    const QString text = QString::fromUtf8(data);
    const LoadResult result = DatasetReader::read(data, QStringLiteral("x.json"));
    QCOMPARE(result.issues.size(), 300);
    for (const Issue &issue : result.issues) {
        QCOMPARE(issue.line, 1);
        const QString key = issue.path.mid(1);
        QVERIFY2(text.mid(issue.column - 1).startsWith(QStringLiteral("\"v%1\"").arg(key.mid(2))), qPrintable(issue.toString()));
    }
}

namespace {

/// small.json with \a change applied to its root object.
QByteArray changedSmall(const std::function<void(QJsonObject &)> &change)
{
    QJsonObject root = QJsonDocument::fromJson(readAll(QStringLiteral(ATLAS_TEST_DATA_DIR "/valid/small.json"))).object();
    change(root);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

/// Appends a 1960 US-Japan treaty that supersedes "us-jpn" (1951-09-08 to 1960-06-23) with \a supersedes.
void addSuccessor(QJsonObject &root, const QString &supersedes)
{
    QJsonArray ties = root.value(QStringLiteral("ties")).toArray();
    ties.append(QJsonObject {
        { QStringLiteral("id"), QStringLiteral("us-jpn-1960") },
        { QStringLiteral("name"), QJsonObject { { QStringLiteral("en"), QStringLiteral("US-Japan 1960") }, { QStringLiteral("zh"), QStringLiteral("日美1960") } } },
        { QStringLiteral("kind"), QStringLiteral("bilateral-alliance") },
        { QStringLiteral("status"), QStringLiteral("in-force") },
        { QStringLiteral("region"), QStringLiteral("asia-pacific") },
        { QStringLiteral("start"), QStringLiteral("1960-01-19") },
        { QStringLiteral("members"), QJsonArray { QJsonObject { { QStringLiteral("actor"), QStringLiteral("USA") } },
                                                  QJsonObject { { QStringLiteral("actor"), QStringLiteral("JPN") } } } },
        { QStringLiteral("supersedes"), supersedes },
    });
    root.insert(QStringLiteral("ties"), ties);
}

void setFirst(QJsonObject &root, const QString &section, const std::function<void(QJsonObject &)> &change)
{
    QJsonArray list = root.value(section).toArray();
    QJsonObject first = list.at(0).toObject();
    change(first);
    list.replace(0, first);
    root.insert(section, list);
}

} // namespace

// FORMAT.md: a predecessor ends the day before its successor starts; its recorded end stays.
void tst_DatasetReader::successorEndsPredecessorTheDayBefore()
{
    const LoadResult result = DatasetReader::read(changedSmall([](QJsonObject &root) { addSuccessor(root, QStringLiteral("us-jpn")); }),
                                                  QStringLiteral("x.json"));
    QVERIFY2(result.dataset, qPrintable(result.issues.value(0).toString()));
    QVERIFY(result.issues.isEmpty());
    const Tie *old = result.dataset->tie(QStringLiteral("us-jpn"));
    const Tie *successor = result.dataset->tie(QStringLiteral("us-jpn-1960"));
    QCOMPARE(successor->supersedes, QStringLiteral("us-jpn"));
    QCOMPARE(successor->fromDay, QDate(1960, 1, 19).toJulianDay());
    QCOMPARE(old->toDay, QDate(1960, 1, 18).toJulianDay());
    for (const MembershipSpell &s : old->members)
        QCOMPARE(s.toDay, QDate(1960, 1, 18).toJulianDay());
    QCOMPARE(old->end, PartialDate(1960, 6, 23)); // the record is kept
    // Without the field the two overlap as recorded.
    const LoadResult plain = DatasetReader::read(changedSmall([](QJsonObject &root) { addSuccessor(root, QString()); }), QStringLiteral("x.json"));
    QVERIFY(plain.dataset);
    QCOMPARE(plain.dataset->tie(QStringLiteral("us-jpn"))->toDay, QDate(1960, 6, 23).toJulianDay());
}

void tst_DatasetReader::unknownSuccessorReferenceIsLocated()
{
    const QByteArray data = changedSmall([](QJsonObject &root) { addSuccessor(root, QStringLiteral("us-jpn-1952")); });
    const LoadResult result = DatasetReader::read(data, QStringLiteral("x.json"));
    QVERIFY(!result.dataset);
    QCOMPARE(result.issues.size(), 1);
    QCOMPARE(result.issues[0].path, QStringLiteral("/ties/5/supersedes"));
    QCOMPARE(result.issues[0].contextId, QStringLiteral("us-jpn-1960"));
    QVERIFY(result.issues[0].message.contains(QStringLiteral("unknown tie \"us-jpn-1952\"")));
    QVERIFY(data.split('\n')[result.issues[0].line - 1].contains("us-jpn-1952"));
    // A tie cannot supersede one that starts after it.
    const LoadResult later = DatasetReader::read(changedSmall([](QJsonObject &root) { addSuccessor(root, QStringLiteral("quad")); }),
                                                 QStringLiteral("x.json"));
    QVERIFY(!later.dataset);
    QCOMPARE(later.issues.value(0).path, QStringLiteral("/ties/5/supersedes"));
}

void tst_DatasetReader::placementInferredIsReadAndDefaultsToFalse()
{
    const LoadResult inferred = DatasetReader::read(changedSmall([](QJsonObject &root) {
                                                        setFirst(root, QStringLiteral("placements"),
                                                                 [](QJsonObject &p) { p.insert(QStringLiteral("inferred"), true); });
                                                    }),
                                                    QStringLiteral("x.json"));
    QVERIFY(inferred.dataset);
    QVERIFY(inferred.dataset->placement(QStringLiteral("li2024"), QStringLiteral("quad"))->inferred);

    // An older file without the field still loads, with a warning, and the placement counts as stated.
    const LoadResult older = DatasetReader::read(changedSmall([](QJsonObject &root) {
                                                     setFirst(root, QStringLiteral("placements"), [](QJsonObject &p) { p.remove(QStringLiteral("inferred")); });
                                                 }),
                                                 QStringLiteral("x.json"));
    QVERIFY(older.dataset);
    QVERIFY(!older.dataset->placement(QStringLiteral("li2024"), QStringLiteral("quad"))->inferred);
    QCOMPARE(older.issues.size(), 1);
    QCOMPARE(older.issues[0].severity, Issue::Severity::Warning);
    QCOMPARE(older.issues[0].path, QStringLiteral("/placements/0"));
    QVERIFY(older.issues[0].message.contains(QStringLiteral("inferred")));

    const LoadResult wrong = DatasetReader::read(changedSmall([](QJsonObject &root) {
                                                     setFirst(root, QStringLiteral("placements"),
                                                              [](QJsonObject &p) { p.insert(QStringLiteral("inferred"), QStringLiteral("yes")); });
                                                 }),
                                                 QStringLiteral("x.json"));
    QVERIFY(!wrong.dataset);
    QCOMPARE(wrong.issues.value(0).path, QStringLiteral("/placements/0/inferred"));
}

// FORMAT.md: a status phase with "between" applies to one pair of the tie's members.
void tst_DatasetReader::pairPhaseIsReadAndChecked()
{
    auto withPhase = [](const QJsonArray &between) {
        return changedSmall([between](QJsonObject &root) {
            QJsonArray ties = root.value(QStringLiteral("ties")).toArray();
            QJsonObject anzus = ties.at(1).toObject();
            anzus.insert(QStringLiteral("phases"), QJsonArray { QJsonObject { { QStringLiteral("from"), QStringLiteral("1987") },
                                                                               { QStringLiteral("status"), QStringLiteral("suspended") },
                                                                               { QStringLiteral("between"), between } } });
            ties.replace(1, anzus);
            root.insert(QStringLiteral("ties"), ties);
        });
    };
    const LoadResult ok = DatasetReader::read(withPhase({ "USA", "NZL" }), QStringLiteral("x.json"));
    QVERIFY2(ok.dataset, qPrintable(ok.issues.value(0).toString()));
    QVERIFY(ok.issues.isEmpty());
    const Tie *anzus = ok.dataset->tie(QStringLiteral("anzus"));
    QCOMPARE(anzus->phases.size(), 1);
    QCOMPARE(anzus->phases[0].between, QStringList({ "USA", "NZL" }));
    QCOMPARE(anzus->phases[0].status, TieStatus::Suspended);

    const LoadResult stranger = DatasetReader::read(withPhase({ "USA", "JPN" }), QStringLiteral("x.json"));
    QVERIFY(!stranger.dataset);
    QCOMPARE(stranger.issues.value(0).path, QStringLiteral("/ties/1/phases/0/between/1"));
    QVERIFY(stranger.issues.value(0).message.contains(QStringLiteral("\"JPN\" is not a member")));
    const LoadResult single = DatasetReader::read(withPhase({ "USA" }), QStringLiteral("x.json"));
    QVERIFY(!single.dataset);
    QCOMPARE(single.issues.value(0).path, QStringLiteral("/ties/1/phases/0/between"));
}

void tst_DatasetReader::schemeWideEvidenceNeedsNoTie()
{
    const auto toScheme = [](const QString &scheme) {
        return [scheme](QJsonObject &root) {
            setFirst(root, QStringLiteral("evidence"), [scheme](QJsonObject &e) {
                e.remove(QStringLiteral("tie"));
                e.remove(QStringLiteral("event"));
                e.insert(QStringLiteral("typology"), scheme);
            });
        };
    };
    const LoadResult result = DatasetReader::read(changedSmall(toScheme(QStringLiteral("li2024"))), QStringLiteral("x.json"));
    QVERIFY2(result.dataset, qPrintable(result.issues.value(0).toString()));
    QCOMPARE(result.dataset->evidence[0].typology, QStringLiteral("li2024"));
    QVERIFY(result.dataset->evidence[0].tie.isEmpty());

    const LoadResult unknown = DatasetReader::read(changedSmall(toScheme(QStringLiteral("nope"))), QStringLiteral("x.json"));
    QVERIFY(!unknown.dataset);
    QCOMPARE(unknown.issues.value(0).path, QStringLiteral("/evidence/0/typology"));
}

namespace {

/// small.json with its ties repeated under new ids until the text spans several JsonSections chunks;
/// \a change is applied to the last copy of the first tie.
QByteArray manyTies(int *count, const std::function<void(QJsonObject &)> &change = {})
{
    return changedSmall([&](QJsonObject &root) {
        const QJsonArray ties = root.value(QStringLiteral("ties")).toArray();
        QJsonArray all;
        const int copies = int(3 * JsonSections::kChunkBytes / QJsonDocument(ties).toJson().size()) + 1;
        for (int copy = 0; copy < copies; ++copy)
            for (const QJsonValue &v : ties) {
                QJsonObject tie = v.toObject();
                if (copy > 0) {
                    tie[QStringLiteral("id")] = QStringLiteral("%1-%2").arg(tie[QStringLiteral("id")].toString()).arg(copy);
                    tie.remove(QStringLiteral("supersedes"));
                }
                all.append(tie);
            }
        if (change) {
            QJsonObject last = all.at(all.size() - qsizetype(ties.size())).toObject();
            change(last);
            all.replace(all.size() - qsizetype(ties.size()), last);
        }
        *count = int(all.size());
        root.insert(QStringLiteral("ties"), all);
    });
}

} // namespace

// The top-level arrays are parsed a chunk at a time; what is read is the same, from memory or a mapped file.
void tst_DatasetReader::readsLargeFileInChunks()
{
    int count = 0;
    const QByteArray text = manyTies(&count);
    QVERIFY(text.size() > 3 * JsonSections::kChunkBytes);
    QList<qint64> done;
    const LoadResult fromMemory = DatasetReader::read(text, QStringLiteral("x.json"), [&](qint64 bytes, qint64 total) {
        done.append(bytes);
        return bytes <= total;
    });
    QVERIFY(fromMemory.dataset);
    QCOMPARE(fromMemory.dataset->ties.size(), count);
    QVERIFY2(done.size() >= 3, "progress is told after each chunk");
    QVERIFY(std::is_sorted(done.cbegin(), done.cend()));

    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("large.json")));
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(text) == text.size());
    file.close();
    const LoadResult fromFile = DatasetReader::readFile(file.fileName()); // mapped, its pages released as parsed
    QVERIFY(fromFile.dataset);
    QCOMPARE(fromFile.dataset->ties.size(), count);
    for (qsizetype i = 0; i < count; ++i)
        QCOMPARE(fromFile.dataset->ties[i].id, fromMemory.dataset->ties[i].id);
}

void tst_DatasetReader::locatesProblemsBeyondTheFirstChunk()
{
    int count = 0;
    const QByteArray text = manyTies(&count, [](QJsonObject &tie) { tie[QStringLiteral("kind")] = QStringLiteral("treaty-of-nothing"); });
    const LoadResult result = DatasetReader::read(text, QStringLiteral("x.json"));
    QVERIFY(!result.dataset);
    QCOMPARE(result.issues.size(), 1);
    const Issue &issue = result.issues.constFirst();
    QVERIFY2(issue.path.endsWith(QStringLiteral("/kind")), qPrintable(issue.path));
    QVERIFY(issue.message.contains(QStringLiteral("unknown kind \"treaty-of-nothing\"")));
    const QList<QByteArray> lines = text.split('\n');
    QVERIFY(issue.line > 1000);
    QVERIFY2(lines.value(issue.line - 1).mid(issue.column - 1).startsWith("\"treaty-of-nothing\""), qPrintable(issue.toString()));
}

// A syntax error inside a chunk: the text is then parsed whole and the error worded and placed as Qt does.
void tst_DatasetReader::malformedChunkIsReportedAsTheWholeText()
{
    int count = 0;
    QByteArray text = manyTies(&count, [](QJsonObject &tie) { tie[QStringLiteral("kind")] = QStringLiteral("BROKEN"); });
    text.replace("\"BROKEN\"", "\"bilateral-alliance\" \"x\"");
    QJsonParseError expected;
    QJsonDocument::fromJson(text, &expected);
    QVERIFY(expected.error != QJsonParseError::NoError);
    const JsonLocator::Position at = JsonLocator(text).positionOfOffset(expected.offset);
    QVERIFY(at.line > 1000);
    const LoadResult result = DatasetReader::read(text, QStringLiteral("x.json"));
    QVERIFY(!result.dataset);
    QCOMPARE(result.issues.size(), 1);
    QCOMPARE(result.issues.constFirst().toString(),
             QStringLiteral("x.json:%1:%2: malformed JSON: %3").arg(at.line).arg(at.column).arg(expected.errorString()));
}

void tst_DatasetReader::progressCanCancel()
{
    int count = 0;
    const QByteArray text = manyTies(&count);
    int calls = 0;
    const LoadResult result = DatasetReader::read(text, QStringLiteral("x.json"), [&](qint64, qint64) { return ++calls < 2; });
    QVERIFY(result.cancelled);
    QCOMPARE(calls, 2);
    QVERIFY(!result.dataset);
    QVERIFY(result.issues.isEmpty());
}

QTEST_GUILESS_MAIN(tst_DatasetReader)
#include "tst_datasetreader.moc"
