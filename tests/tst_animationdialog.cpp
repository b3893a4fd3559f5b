// SPDX-License-Identifier: GPL-3.0-or-later
// File › Export Animation: the dialog previews the first and last frame, writes a film that libavformat
// reads back with the frames the settings ask for, and Cancel leaves no file and keeps an existing one.
#include "models/io/datasetreader.h"
#include "models/query/atlasdocument.h"
#include "ui/animationdialog.h"
#include "videoprobe.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace atlas;

class tst_AnimationDialog : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        LoadResult result = DatasetReader::readFile(QStringLiteral(":/atlas/dataset/alliance-atlas.json"));
        QVERIFY(result.dataset);
        mDocument = std::make_unique<AtlasDocument>();
        mDocument->setDataset(std::move(*result.dataset));
        mDialog = std::make_unique<AnimationDialog>(mDocument.get());
        mDialog->findChild<QDateEdit *>("animationFrom")->setDate(QDate(2000, 1, 1));
        mDialog->findChild<QDateEdit *>("animationTo")->setDate(QDate(2004, 1, 1));
        auto *step = mDialog->findChild<QComboBox *>("animationStep");
        step->setCurrentIndex(step->findData(QStringLiteral("1y")));
        auto *size = mDialog->findChild<QComboBox *>("animationSize");
        size->setCurrentIndex(size->findData(QSize(1280, 720)));
    }

    void previewsFirstAndLastFrame()
    {
        QCOMPARE(mDialog->frames().size(), 5);
        auto *first = mDialog->findChild<QLabel *>("animationFirstFrame");
        auto *last = mDialog->findChild<QLabel *>("animationLastFrame");
        QTRY_VERIFY(!first->pixmap().isNull());
        QTRY_VERIFY(!last->pixmap().isNull());
        QVERIFY(first->pixmap().toImage() != last->pixmap().toImage());
        QVERIFY(mDialog->findChild<QLabel *>("animationSummary")->text().contains("5"));
    }

    void writesTheFilm()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("film.mp4");
        int progress = 0;
        connect(mDialog.get(), &AnimationDialog::progressed, this, [&](int done, int) { progress = done; });
        QCOMPARE(mDialog->exportTo(path), QString());
        QCOMPARE(progress, 5);
        const Probe film = probe(path);
        QCOMPARE(int(film.codec), int(AV_CODEC_ID_H264));
        QCOMPARE(film.size, QSize(1280, 720));
        QCOMPARE(film.packets, 5);
    }

    void cancelKeepsExistingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("film.mp4");
        QFile existing(path);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("last week's film");
        existing.close();
        connect(mDialog.get(), &AnimationDialog::progressed, this, [&](int done, int) {
            if (done == 2)
                mDialog->cancel();
        });
        QCOMPARE(mDialog->exportTo(path), QStringLiteral("cancelled"));
        QFile kept(path);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("last week's film"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { "film.mp4" });
    }

    void reversedDatesDisableExport()
    {
        mDialog->findChild<QDateEdit *>("animationFrom")->setDate(QDate(2010, 1, 1));
        mDialog->findChild<QDateEdit *>("animationTo")->setDate(QDate(2000, 1, 1));
        QString error;
        QVERIFY(mDialog->frames(&error).isEmpty());
        QVERIFY(mDialog->findChild<QLabel *>("animationSummary")->text().contains("2010-01-01"));
    }

private:
    std::unique_ptr<AtlasDocument> mDocument;
    std::unique_ptr<AnimationDialog> mDialog;
};

QTEST_MAIN(tst_AnimationDialog)
#include "tst_animationdialog.moc"
