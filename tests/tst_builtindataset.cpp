// SPDX-License-Identifier: GPL-3.0-or-later
// Checks of the curated, built-in dataset: it validates cleanly, every record is cited, and every
// quoted excerpt really stands in its source article (../shared/tools/verify-quotes).
#include "app/commandline.h"
#include "models/io/datasetreader.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryFile>
#include <QTest>
#include <QTextStream>

using namespace atlas;

class tst_BuiltInDataset : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void validatesWithoutProblems();
    void everyTieAndPlacementHasEvidence();
    void everyActorIsComplete();
    void everyTextIsBilingual();
    void quotesStandInTheirArticles();

private:
    LoadResult mResult;
};

void tst_BuiltInDataset::initTestCase()
{
    mResult = DatasetReader::readFile(CommandLine::builtInDatasetPath());
    QVERIFY(mResult.dataset);
    const Dataset &d = *mResult.dataset;
    qInfo("built-in dataset: %lld ties, %lld events, %lld evidence items, %lld sources, %lld actors, %lld placements",
          qlonglong(d.ties.size()), qlonglong(d.events.size()), qlonglong(d.evidence.size()), qlonglong(d.sources.size()),
          qlonglong(d.actors.size()), qlonglong(d.placements.size()));
}

void tst_BuiltInDataset::validatesWithoutProblems()
{
    QStringList problems;
    for (const Issue &i : mResult.issues)
        problems.append(i.toString());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void tst_BuiltInDataset::everyTieAndPlacementHasEvidence()
{
    const Dataset &d = *mResult.dataset;
    QStringList missing;
    for (const Tie &t : d.ties) {
        QSet<QString> aspects;
        for (const Evidence *e : d.evidenceFor(t.id))
            if (e->tie == t.id)
                aspects.insert(e->aspect);
        if (aspects.isEmpty())
            missing.append(QStringLiteral("tie %1 has no evidence").arg(t.id));
        else if (!aspects.contains(QStringLiteral("start")))
            missing.append(QStringLiteral("tie %1 has no evidence for its start").arg(t.id));
        if (t.end.isValid() && !aspects.contains(QStringLiteral("end")))
            missing.append(QStringLiteral("tie %1 has no evidence for its end").arg(t.id));
    }
    for (const Event &e : d.events) {
        bool cited = false;
        for (const Evidence &v : d.evidence)
            cited = cited || v.event == e.id;
        if (!cited)
            missing.append(QStringLiteral("event %1 has no evidence").arg(e.id));
    }
    for (const Placement &p : d.placements)
        if (p.evidence.isEmpty())
            missing.append(QStringLiteral("placement %1/%2 has no evidence").arg(p.scheme, p.tie));
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
}

void tst_BuiltInDataset::everyActorIsComplete()
{
    const Dataset &d = *mResult.dataset;
    QStringList problems;
    for (const Tie &t : d.ties)
        for (const QString &id : t.memberIds()) {
            const Actor *a = d.actor(id);
            if (!a)
                problems.append(QStringLiteral("%1: unknown actor %2").arg(t.id, id));
            else if (!a->name.isComplete() || (a->lon == 0 && a->lat == 0))
                problems.append(QStringLiteral("actor %1 lacks names or coordinates").arg(id));
        }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void tst_BuiltInDataset::everyTextIsBilingual()
{
    const Dataset &d = *mResult.dataset;
    QStringList problems;
    for (const Tie &t : d.ties) {
        if (!t.name.isComplete())
            problems.append(QStringLiteral("tie %1: name").arg(t.id));
        if (!t.note.isEmpty() && !t.note.isComplete())
            problems.append(QStringLiteral("tie %1: note").arg(t.id));
    }
    for (const Event &e : d.events)
        if (!e.text.isComplete())
            problems.append(QStringLiteral("event %1: text").arg(e.id));
    for (const Evidence &e : d.evidence) {
        if (!e.claim.isComplete())
            problems.append(QStringLiteral("evidence %1: claim").arg(e.id));
        if (!e.note.isEmpty() && !e.note.isComplete())
            problems.append(QStringLiteral("evidence %1: note").arg(e.id));
    }
    for (const Placement &p : d.placements)
        if (!p.reasoning.isComplete())
            problems.append(QStringLiteral("placement %1/%2: reasoning").arg(p.scheme, p.tie));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void tst_BuiltInDataset::quotesStandInTheirArticles()
{
    const QString tool = QStringLiteral(ATLAS_SOURCE_DIR "/../shared/tools/verify-quotes");
    if (!QFileInfo::exists(tool))
        QSKIP("../shared/tools/verify-quotes is not present: quotes not checked");
    QString json;
    QString errors;
    QTextStream out(&json);
    QTextStream err(&errors);
    QCOMPARE(CommandLine::run({ QStringLiteral("alliance-atlas"), QStringLiteral("evidence"), QStringLiteral("--format"), QStringLiteral("json") }, out, err), 0);
    out.flush();
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write(json.toUtf8());
    file.flush();
    QProcess process;
    process.start(QStringLiteral("python3"), { tool, file.fileName() });
    QVERIFY(process.waitForFinished(60000));
    const QString report = QString::fromUtf8(process.readAllStandardOutput());
    qInfo("verify-quotes: %s", qPrintable(report.trimmed().split(u'\n').last()));
    QVERIFY2(process.exitCode() == 0, qPrintable(report));
    QVERIFY(report.contains(QStringLiteral(" 0 failed")));
}

QTEST_GUILESS_MAIN(tst_BuiltInDataset)
#include "tst_builtindataset.moc"
