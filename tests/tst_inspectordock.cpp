// SPDX-License-Identifier: GPL-3.0-or-later
// Wiring of the inspector dock: what it shows for a selection, plain text, the events list, citations.
#include "models/query/atlasdocument.h"
#include "models/io/datasetreader.h"
#include "models/query/timecontroller.h"
#include "ui/disagreementlist.h"
#include "ui/inspectordock.h"
#include "ui/mainwindow.h"
#include "app/commandline.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QLayout>
#include <QScrollBar>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace atlas;

class tst_InspectorDock : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void emptySelection();
    void showsTieAtTwoDates();
    void everyLabelIsPlainText();
    void claimWithMarkupShownLiterally();
    void discrepancyAndQuotationSetOff();
    void eventClickMovesDate();
    void scrubbingKeepsWidgets();
    void copyCitation();
    void contentFitsTheDockWidth();
    void exportSources();
    void actorTieClickSelectsTie();
    void followsLanguage();
    void dockedInMainWindow();
    void opensTallInTheWindow_data();
    void opensTallInTheWindow();
    void natoMembershipInOneTable();
    void sourcesDisagreeListed();

private:
    QLabel *labelWithText(const QString &text) const;
    std::unique_ptr<AtlasDocument> mDoc;
    std::unique_ptr<InspectorDock> mDock;
};

void tst_InspectorDock::init()
{
    LoadResult result = DatasetReader::readFile(QStringLiteral(ATLAS_TEST_DATA_DIR "/typology/dataset.json"));
    QVERIFY(result.dataset);
    mDoc = std::make_unique<AtlasDocument>();
    mDoc->setDataset(*result.dataset);
    mDoc->time()->setRange(QDate(1945, 1, 1), QDate(2030, 12, 31));
    mDoc->time()->setDate(QDate(2021, 12, 1));
    mDock = std::make_unique<InspectorDock>(mDoc.get());
    mDock->resize(480, 900);
    mDock->show();
}

void tst_InspectorDock::cleanup()
{
    mDock.reset();
    mDoc.reset();
}

QLabel *tst_InspectorDock::labelWithText(const QString &text) const
{
    for (QLabel *label : mDock->findChildren<QLabel *>())
        if (label->text() == text)
            return label;
    return nullptr;
}

void tst_InspectorDock::emptySelection()
{
    QTRY_VERIFY(mDock->findChild<QLabel *>(QStringLiteral("inspectorEmpty")));
    QVERIFY(!mDock->findChild<QPushButton *>(QStringLiteral("exportSourcesButton"))->isEnabled());
}

void tst_InspectorDock::showsTieAtTwoDates()
{
    mDoc->setSelection({ Selection::Kind::Tie, QStringLiteral("aukus") });
    QTRY_COMPARE(mDock->content().id, QStringLiteral("aukus"));
    QTRY_VERIFY(mDock->findChild<QLabel *>(QStringLiteral("inspectorTitle")));
    QCOMPARE(mDock->findChild<QLabel *>(QStringLiteral("inspectorTitle"))->text(), QStringLiteral("AUKUS"));
    QVERIFY(labelWithText(QStringLiteral("15 Sep 2021, announcement")));
    auto *later = mDock->findChild<QWidget *>(QStringLiteral("laterEvidence"));
    QVERIFY(later);
    QCOMPARE(later->findChildren<QFrame *>(QStringLiteral("evidenceItem")).size(), 1);
    QVERIFY(mDock->findChild<QPushButton *>(QStringLiteral("exportSourcesButton"))->isEnabled());

    mDoc->time()->setDate(QDate(2023, 1, 1));
    QTRY_COMPARE(mDock->content().date, QDate(2023, 1, 1));
    QTRY_VERIFY(!mDock->findChild<QWidget *>(QStringLiteral("laterEvidence")));
    QVERIFY(labelWithText(QStringLiteral("On 1 Jan 2023")));
}

void tst_InspectorDock::everyLabelIsPlainText()
{
    for (const QString &tie : { QStringLiteral("aukus"), QStringLiteral("quad") }) {
        mDoc->setSelection({ Selection::Kind::Tie, tie });
        QTRY_COMPARE(mDock->content().id, tie);
        QTRY_VERIFY(mDock->findChild<QLabel *>(QStringLiteral("inspectorTitle")));
        const auto labels = mDock->findChildren<QLabel *>();
        QVERIFY(labels.size() > 20);
        for (const QLabel *label : labels) {
            if (label->text() == QStringLiteral("\u26A0"))
                continue;
            QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->text()));
            QVERIFY(!label->openExternalLinks());
        }
    }
}

void tst_InspectorDock::claimWithMarkupShownLiterally()
{
    mDoc->setSelection({ Selection::Kind::Tie, QStringLiteral("aukus") });
    const QString claim = QStringLiteral("<b>Pillar II</b> adds <a href=\"https://evil.example/\">hypersonics</a> &amp; more.");
    QTRY_VERIFY(labelWithText(claim));
    QLabel *label = labelWithText(claim);
    QCOMPARE(label->textFormat(), Qt::PlainText);
    QCOMPARE(label->objectName(), QStringLiteral("evidenceClaim"));
    // Laid out as the literal tags: taller at the same width than the same text rendered as rich text.
    QLabel rich(claim);
    rich.setFont(label->font());
    rich.setWordWrap(true);
    QCOMPARE(rich.textFormat(), Qt::AutoText);
    QVERIFY(label->heightForWidth(160) > rich.heightForWidth(160));
}

void tst_InspectorDock::discrepancyAndQuotationSetOff()
{
    mDoc->setSelection({ Selection::Kind::Tie, QStringLiteral("quad") });
    QTRY_VERIFY(mDock->findChild<QFrame *>(QStringLiteral("discrepancyNote")));
    const auto notes = mDock->findChildren<QFrame *>(QStringLiteral("discrepancyNote"));
    QLabel *text = notes.first()->findChild<QLabel *>(QStringLiteral("discrepancyText"));
    QCOMPARE(text->text(), QStringLiteral("Fixture note: the sources date the revival differently."));
    QVERIFY(notes.first()->styleSheet().contains(QStringLiteral("#D55E00")));
    auto *quote = mDock->findChild<QLabel *>(QStringLiteral("quotationText"));
    QVERIFY(quote);
    QVERIFY(quote->font().italic());
    QCOMPARE(quote->text(), QStringLiteral("“美国、日本、澳大利亚、印度\t“四国机制””"));
    QVERIFY(quote->parentWidget()->styleSheet().contains(QStringLiteral("border-left")));
}

void tst_InspectorDock::eventClickMovesDate()
{
    mDoc->setSelection({ Selection::Kind::Tie, QStringLiteral("aukus") });
    QTRY_VERIFY(mDock->findChild<QListWidget *>(QStringLiteral("inspectorEvents")));
    auto *list = mDock->findChild<QListWidget *>(QStringLiteral("inspectorEvents"));
    QCOMPARE(list->count(), 2);
    QVERIFY(list->item(1)->text().endsWith(QStringLiteral("(after this date)")));
    const QRect rect = list->visualItemRect(list->item(1));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(mDoc->time()->date(), QDate(2022, 4, 5));
    // The dock rebuilds after the click has returned, and the event is no longer ahead.
    QTRY_COMPARE(mDock->content().date, QDate(2022, 4, 5));
    QTRY_VERIFY(mDock->findChild<QListWidget *>(QStringLiteral("inspectorEvents")));
    list = mDock->findChild<QListWidget *>(QStringLiteral("inspectorEvents"));
    QVERIFY(!list->item(1)->text().endsWith(QStringLiteral("(after this date)")));
}

void tst_InspectorDock::scrubbingKeepsWidgets()
{
    mDoc->time()->setDate(QDate(2022, 1, 1));
    mDoc->setSelection({ Selection::Kind::Tie, QStringLiteral("aukus") });
    QTRY_COMPARE(mDock->content().id, QStringLiteral("aukus"));
    const int rebuilds = mDock->rebuildCount();
    auto *date = mDock->findChild<QLabel *>(QStringLiteral("inspectorDate"));
    for (int day = 2; day <= 28; ++day) {
        mDoc->time()->setDate(QDate(2022, 2, day));
        QTRY_COMPARE(mDock->content().date, QDate(2022, 2, day));
    }
    QCOMPARE(date->text(), QStringLiteral("On 28 Feb 2022"));
    QCOMPARE(mDock->rebuildCount(), rebuilds); // only the date label changed
    mDoc->time()->setDate(QDate(2022, 5, 1));     // the Pillar II evidence is no longer ahead
    QTRY_COMPARE(mDock->rebuildCount(), rebuilds + 1);
}

void tst_InspectorDock::copyCitation()
{
    mDoc->setSelection({ Selection::Kind::Tie, QStringLiteral("aukus") });
    QTRY_VERIFY(mDock->findChild<QToolButton *>(QStringLiteral("copyCitationButton")));
    // The first evidence item is the li2024 placement's.
    auto *button = mDock->findChild<QToolButton *>(QStringLiteral("copyCitationButton"));
    QAction *gbt = button->menu()->findChild<QAction *>(QStringLiteral("copyGbt7714"));
    QVERIFY(gbt);
    gbt->trigger();
    QCOMPARE(QApplication::clipboard()->text(),
             QStringLiteral("李德杰. 体系的羁绊：亚太小多边安全合作的互动逻辑[J]. 国际展望, 2024(2): 121-140. DOI:10.13851/j.cnki.gjzw.202402007."));
    button->menu()->findChild<QAction *>(QStringLiteral("copyBibtex"))->trigger();
    QVERIFY(QApplication::clipboard()->text().startsWith(QStringLiteral("@article{li2024,")));
    button->menu()->findChild<QAction *>(QStringLiteral("copyChicago"))->trigger();
    QVERIFY(QApplication::clipboard()->text().startsWith(QStringLiteral("Li Dejie 李德杰. 2024.")));
}

void tst_InspectorDock::exportSources()
{
    mDoc->setSelection({ Selection::Kind::Tie, QStringLiteral("aukus") });
    QTRY_COMPARE(mDock->content().id, QStringLiteral("aukus"));
    QCOMPARE(mDock->selectionSources().size(), 4);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    const QString bib = dir.filePath(QStringLiteral("aukus.bib"));
    QVERIFY2(mDock->exportSources(bib, &error), qPrintable(error));
    QFile bibFile(bib);
    QVERIFY(bibFile.open(QIODevice::ReadOnly));
    const QString bibText = QString::fromUtf8(bibFile.readAll());
    QCOMPARE(bibText.count(u'@'), 4);
    QVERIFY(bibText.contains(QStringLiteral("@article{li2024,")));
    QVERIFY(bibText.contains(QStringLiteral("@misc{aukus-2021-statement,")));
    const QString ris = dir.filePath(QStringLiteral("aukus.ris"));
    QVERIFY2(mDock->exportSources(ris, &error), qPrintable(error));
    QFile risFile(ris);
    QVERIFY(risFile.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(risFile.readAll()).count(QStringLiteral("ER  - ")), 4);
    QVERIFY(!mDock->exportSources(dir.path(), &error)); // a directory: fails with a reason
    QVERIFY(!error.isEmpty());
}

void tst_InspectorDock::actorTieClickSelectsTie()
{
    mDoc->time()->setDate(QDate(2000, 1, 1));
    mDoc->setSelection({ Selection::Kind::Actor, QStringLiteral("NZL") });
    QTRY_VERIFY(mDock->findChild<QTreeWidget *>(QStringLiteral("inspectorTies")));
    auto *tree = mDock->findChild<QTreeWidget *>(QStringLiteral("inspectorTies"));
    QCOMPARE(tree->topLevelItemCount(), 2);
    QVERIFY(!tree->topLevelItem(0)->font(0).bold()); // ANZUS: membership suspended
    QVERIFY(tree->topLevelItem(1)->font(0).bold());  // Five Eyes: in force
    const QRect rect = tree->visualItemRect(tree->topLevelItem(1));
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_COMPARE(mDoc->selection(), (Selection { Selection::Kind::Tie, QStringLiteral("five-eyes") }));
}

void tst_InspectorDock::followsLanguage()
{
    mDoc->setSelection({ Selection::Kind::Tie, QStringLiteral("quad") });
    QTRY_VERIFY(mDock->findChild<QLabel *>(QStringLiteral("inspectorTitle")));
    mDoc->setLanguage(Language::Chinese);
    QTRY_COMPARE(mDock->findChild<QLabel *>(QStringLiteral("inspectorTitle"))->text(), QStringLiteral("四国机制"));
    QTRY_VERIFY(labelWithText(QStringLiteral("李德杰将“四国机制”归为拓展型小多边安全合作。")));
}

void tst_InspectorDock::dockedInMainWindow()
{
    MainWindow window(mDoc.get());
    auto *inspector = window.findChild<QDockWidget *>(QStringLiteral("inspectorDock"));
    auto *typology = window.findChild<QDockWidget *>(QStringLiteral("typologyDock"));
    QVERIFY(inspector);
    QVERIFY(typology);
    QCOMPARE(window.dockWidgetArea(inspector), Qt::RightDockWidgetArea);
    QVERIFY(typology->widget()->objectName() == QStringLiteral("typologyView"));
}

void tst_InspectorDock::opensTallInTheWindow_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1366x768") << QSize(1366, 768);
    QTest::newRow("1920x1080") << QSize(1920, 1080);
}

// The default layout gives the inspector at least 40 % of the window's height, and separators to grab.
void tst_InspectorDock::opensTallInTheWindow()
{
    QFETCH(QSize, size);
    MainWindow window(mDoc.get());
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *inspector = window.findChild<QDockWidget *>(QStringLiteral("inspectorDock"));
    QVERIFY(inspector);
    QVERIFY2(inspector->height() >= window.height() * 0.4,
             qPrintable(QStringLiteral("%1 of %2").arg(inspector->height()).arg(window.height())));
    QVERIFY(window.style()->pixelMetric(QStyle::PM_DockWidgetSeparatorExtent, nullptr, &window) >= 6);
}

// NATO's membership records (one per member and source) are one folded table, not dozens of cards;
// the rest of the evidence is in date order under its date headings.
void tst_InspectorDock::natoMembershipInOneTable()
{
    LoadResult result = DatasetReader::readFile(QStringLiteral(ATLAS_SOURCE_DIR "/resources/dataset/alliance-atlas.json"));
    QVERIFY(result.dataset);
    mDoc->setDataset(*result.dataset);
    mDoc->time()->setDate(QDate(2025, 6, 30));
    mDoc->setSelection({ Selection::Kind::Tie, QStringLiteral("nato") });
    QTRY_VERIFY(mDock->findChild<QTreeWidget *>(QStringLiteral("memberRecords")));
    auto *table = mDock->findChild<QTreeWidget *>(QStringLiteral("memberRecords"));
    auto *toggle = mDock->findChild<QToolButton *>(QStringLiteral("memberRecordsToggle"));
    QVERIFY(toggle);
    QCOMPARE(table->topLevelItemCount(), mDock->content().memberRecords.size());
    QVERIFY(table->topLevelItemCount() >= 32);
    QVERIFY(!table->isVisible());
    toggle->click();
    QVERIFY(table->isVisible());
    QCOMPARE(table->topLevelItem(0)->text(0), QStringLiteral("United States"));
    // No card is a membership record; the cards follow their date headings in date order.
    for (const InspectorEvidence &e : mDock->content().evidence)
        QVERIFY2(e.member.isEmpty(), qPrintable(e.id));
    qint64 last = 0;
    for (const InspectorEvidence &e : mDock->content().evidence) {
        QVERIFY(e.date.isValid());
        QVERIFY2(e.date.firstDay().toJulianDay() >= last, qPrintable(e.id));
        last = e.date.firstDay().toJulianDay();
    }
    const auto headings = mDock->findChildren<QLabel *>(QStringLiteral("evidenceGroup"));
    QVERIFY(!headings.isEmpty());
    QCOMPARE(headings.first()->text(), mDock->content().evidence.first().group);
}

// With nothing selected the inspector lists every place where sources disagree; a tie lists its own,
// each with a child row per source on the same claim; clicking a row selects its tie.
void tst_InspectorDock::sourcesDisagreeListed()
{
    LoadResult result = DatasetReader::readFile(QStringLiteral(ATLAS_SOURCE_DIR "/resources/dataset/alliance-atlas.json"));
    QVERIFY(result.dataset);
    mDoc->setDataset(*result.dataset);
    mDoc->setSelection({});
    auto list = [this] { return mDock->findChild<DisagreementList *>(QStringLiteral("disagreementList")); };
    QTRY_VERIFY(list() && list()->topLevelItemCount() >= 50);
    auto *all = list();
    QVERIFY(labelWithText(QStringLiteral("Sources disagree (%1)").arg(all->topLevelItemCount())));
    QTreeWidgetItem *grc = nullptr;
    for (int i = 0; i < all->topLevelItemCount() && !grc; ++i)
        if (all->topLevelItem(i)->text(0).contains(QStringLiteral("Greece")))
            grc = all->topLevelItem(i);
    QVERIFY(grc);
    QCOMPARE(grc->childCount(), 3); // the note, then ATOP and NATO's own record, one under the other
    QVERIFY(grc->text(0).contains(QStringLiteral("Recorded (better attested): 1952-02-18")));
    QVERIFY(grc->child(0)->text(0).startsWith(QStringLiteral("Note: ATOP")));
    QVERIFY(grc->child(1)->text(0).startsWith(QStringLiteral("atop4: ")));
    all->setCurrentItem(grc);
    emit all->itemClicked(grc, 0);
    QTRY_COMPARE(mDock->content().id, QStringLiteral("nato"));
    QTRY_VERIFY(list() && list()->topLevelItemCount() < 50);
    QVERIFY(list()->topLevelItemCount() >= 15);
}

// At the width of the laptop layout's right column, nothing in the inspector needs a horizontal
// scroll bar: long names, notes, member tables and evidence wrap or elide (every tie of the
// built-in dataset, in English and in Chinese).
void tst_InspectorDock::contentFitsTheDockWidth()
{
    LoadResult result = DatasetReader::readFile(CommandLine::builtInDatasetPath());
    QVERIFY(result.dataset);
    mDoc->setDataset(*result.dataset);
    mDock->resize(360, 700);
    auto *scroll = mDock->findChild<QScrollArea *>(QStringLiteral("inspectorScroll"));
    QVERIFY(scroll);
    for (Language language : { Language::English, Language::Chinese }) {
        mDoc->setLanguage(language);
        for (const Tie &tie : mDoc->dataset().ties) {
            // English the day after it began, Chinese today: each tie's members, notes and evidence once.
            for (QDate date : { language == Language::English ? tie.start.lastDay().addDays(1) : QDate(2026, 1, 1) }) {
                mDoc->time()->setDate(date);
                mDoc->setSelection({ Selection::Kind::Tie, tie.id });
                QCoreApplication::processEvents(); // the deferred refresh
                QApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
                QWidget *body = scroll->widget();
                QVERIFY(body);
                const int need = body->minimumSizeHint().width();
                QString widest;
                int widestWidth = 0;
                for (QWidget *w : body->findChildren<QWidget *>()) {
                    const int min = w->minimumWidth() > 0 ? w->minimumWidth() : w->minimumSizeHint().width();
                    if (w->isVisibleTo(body) && min > widestWidth && min > 0) {
                        widestWidth = min;
                        widest = QString::fromLatin1(w->metaObject()->className()) + u' ' + w->objectName();
                        if (auto *label = qobject_cast<QLabel *>(w))
                            widest += u' ' + label->text().left(40);
                    }
                }
                for (QLayout *l : body->findChildren<QLayout *>())
                    if (l->minimumSize().width() > widestWidth && l != body->layout()) {
                        widestWidth = l->minimumSize().width();
                        widest = QString::fromLatin1(l->metaObject()->className()) + QStringLiteral(" in ") + QString::fromLatin1(l->parentWidget()->metaObject()->className());
                    }
                QVERIFY2(need <= scroll->viewport()->width(),
                         qPrintable(QStringLiteral("%1 on %2: needs %3 px in %4 (widest: %5, %6 px)")
                                        .arg(tie.id, date.toString(Qt::ISODate)).arg(need).arg(scroll->viewport()->width()).arg(widest).arg(widestWidth)));
            }
        }
    }
}

QTEST_MAIN(tst_InspectorDock)
#include "tst_inspectordock.moc"
