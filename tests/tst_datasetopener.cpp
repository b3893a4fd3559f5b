// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a large dataset from the GUI: it is read on a worker thread while a progress dialog with
// Cancel shows, and the event loop keeps turning (a timer ticks during the load). Cancel keeps the
// dataset that was open; a load that completes replaces it.
#include "app/commandline.h"
#include "models/query/atlasdocument.h"
#include "ui/datasetopener.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProgressDialog>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace atlas;

namespace {

/// The built-in dataset with its ties repeated under new ids until the text passes \a bytes.
QByteArray largeDataset(qint64 bytes, qsizetype *tieCount)
{
    QFile builtIn(CommandLine::builtInDatasetPath());
    if (!builtIn.open(QIODevice::ReadOnly))
        return {};
    QJsonObject root = QJsonDocument::fromJson(builtIn.readAll()).object();
    const QJsonArray ties = root.value("ties").toArray();
    QJsonArray all = ties;
    const qint64 perCopy = QJsonDocument(ties).toJson().size();
    for (int copy = 1; perCopy * copy < bytes; ++copy)
        for (const QJsonValue &v : ties) {
            QJsonObject tie = v.toObject();
            tie["id"] = QStringLiteral("%1-copy%2").arg(tie["id"].toString()).arg(copy);
            if (tie.contains("supersedes"))
                tie["supersedes"] = QStringLiteral("%1-copy%2").arg(tie["supersedes"].toString()).arg(copy);
            all.append(tie);
        }
    root["ties"] = all;
    *tieCount = all.size();
    return QJsonDocument(root).toJson();
}

/// Ticks every few milliseconds while it lives, noting what the progress dialog shows and cancelling
/// it when asked to.
struct LoadWatch
{
    LoadWatch(QWidget *window, bool cancel)
    {
        clock.start();
        QObject::connect(&timer, &QTimer::timeout, [this, window, cancel] {
            ++ticks;
            const qint64 gap = clock.restart();
            longestGapMs = std::max(longestGapMs, gap); // reported, never asserted
            auto *dialog = window->findChild<QProgressDialog *>(QStringLiteral("datasetOpenerProgress"));
            if (!dialog || !dialog->isVisible())
                return;
            ++ticksWithDialog;
            maximum = dialog->maximum();
            label = dialog->labelText();
            if (auto *button = dialog->findChild<QPushButton *>(); cancel && button)
                button->click();
        });
        timer.start(2);
    }
    QTimer timer;
    QElapsedTimer clock;
    qint64 longestGapMs = 0;
    int ticks = 0;
    int ticksWithDialog = 0;
    int maximum = 0;
    QString label;
};

} // namespace

class tst_DatasetOpener : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cancelKeepsTheOpenDataset();
    void completedLoadReplacesIt();
    void smallFileIsReadAtOnce();

private:
    QTemporaryDir mDir;
    QString mLarge;
    qsizetype mLargeTies = 0;
};

void tst_DatasetOpener::initTestCase()
{
    QVERIFY(mDir.isValid());
    mLarge = mDir.filePath("large.json");
    const QByteArray text = largeDataset(DatasetOpener::kBackgroundSize * 5 / 4, &mLargeTies);
    QVERIFY(text.size() >= DatasetOpener::kBackgroundSize);
    QFile file(mLarge);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(text), text.size());
}

void tst_DatasetOpener::cancelKeepsTheOpenDataset()
{
    AtlasDocument document;
    MainWindow window(&document);
    window.show();
    QVERIFY(window.openDataset(CommandLine::builtInDatasetPath()));
    const qsizetype before = document.dataset().ties.size();
    QVERIFY(before < mLargeTies);

    LoadWatch watch(&window, true);
    QVERIFY(!window.openDataset(mLarge));
    QVERIFY(watch.ticksWithDialog > 0); // the dialog showed, and Cancel was pressed in it
    QCOMPARE(document.dataset().ties.size(), before);
    QVERIFY(!window.findChild<QProgressDialog *>(QStringLiteral("datasetOpenerProgress"))); // gone
}

void tst_DatasetOpener::completedLoadReplacesIt()
{
    AtlasDocument document;
    MainWindow window(&document);
    window.show();
    QVERIFY(window.openDataset(CommandLine::builtInDatasetPath()));
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(200); // painted with the built-in dataset, as a window is when File > Open is chosen

    LoadWatch watch(&window, false);
    QVERIFY(window.openDataset(mLarge));
    QCOMPARE(document.dataset().ties.size(), mLargeTies);
    // The event loop turned while the file was read: the timer ticked, with the dialog showing.
    QVERIFY2(watch.ticks >= 3, qPrintable(QString::number(watch.ticks)));
    QVERIFY(watch.ticksWithDialog >= 1);
    QCOMPARE(watch.maximum, 1000);
    QVERIFY(watch.label.contains("large.json"));
    qInfo("%d ticks during the load, longest gap between two %lld ms", watch.ticks, watch.longestGapMs);
}

void tst_DatasetOpener::smallFileIsReadAtOnce()
{
    AtlasDocument document;
    MainWindow window(&document);
    LoadWatch watch(&window, false);
    QVERIFY(window.openDataset(CommandLine::builtInDatasetPath()));
    QCOMPARE(watch.ticks, 0); // no event loop ran: nothing else could happen meanwhile
}

QTEST_MAIN(tst_DatasetOpener)
#include "tst_datasetopener.moc"
