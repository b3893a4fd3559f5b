// SPDX-License-Identifier: GPL-3.0-or-later
// Wiring of the typology view: scheme chooser, tie click selects, cell click filters (and back), tooltips.
#include "models/query/atlasdocument.h"
#include "models/io/datasetreader.h"
#include "models/query/snapshot.h"
#include "models/query/timecontroller.h"
#include "tests/typologylayoutcheck.h"
#include "ui/mainwindow.h"
#include "ui/typologyview.h"

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QHelpEvent>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>

using namespace atlas;

class tst_TypologyView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void defaultSchemeAndChooser();
    void cellClickFilters();
    void clearButtonClears();
    void tieClickSelects();
    void otherSchemeClearsFilter();
    void hoverShowsReasoning();
    void fitsTheMainWindow_data();
    void fitsTheMainWindow();

private:
    TypologyMatrixRenderer::Layout layout() const;
    QPoint inCellClearOfTies(const QString &cell) const;
    QPoint onTie(const QString &tie) const;
    QStringList snapshotIds() const;

    std::unique_ptr<AtlasDocument> mDoc;
    std::unique_ptr<TypologyView> mView;
};

void tst_TypologyView::init()
{
    LoadResult result = DatasetReader::readFile(QStringLiteral(ATLAS_TEST_DATA_DIR "/typology/dataset.json"));
    QVERIFY(result.dataset);
    mDoc = std::make_unique<AtlasDocument>();
    mDoc->setDataset(*result.dataset);
    mDoc->time()->setRange(QDate(1945, 1, 1), QDate(2030, 12, 31));
    mDoc->time()->setDate(QDate(2022, 1, 1));
    mView = std::make_unique<TypologyView>(mDoc.get());
    mView->resize(760, 640);
    mView->show();
    QVERIFY(QTest::qWaitForWindowExposed(mView.get()));
}

void tst_TypologyView::cleanup()
{
    mView.reset();
    mDoc.reset();
}

TypologyMatrixRenderer::Layout tst_TypologyView::layout() const
{
    return TypologyMatrixRenderer::layout(mView->matrixRect(), mView->input(), mView.get());
}

QPoint tst_TypologyView::inCellClearOfTies(const QString &cell) const
{
    for (const auto &c : layout().cells)
        if (c.id == cell)
            return (c.rect.bottomRight() - QPointF(6, 6)).toPoint();
    return {};
}

QPoint tst_TypologyView::onTie(const QString &tie) const
{
    for (const auto &c : layout().chips)
        if (c.tie == tie)
            return c.rect.center().toPoint();
    return {};
}

QStringList tst_TypologyView::snapshotIds() const
{
    QStringList ids;
    for (const TieState &s : mDoc->snapshot().ties)
        ids.append(mDoc->dataset().ties[s.tie].id);
    ids.sort();
    return ids;
}

void tst_TypologyView::defaultSchemeAndChooser()
{
    QCOMPARE(mView->scheme(), QStringLiteral("li2024"));
    auto *combo = mView->findChild<QComboBox *>(QStringLiteral("schemeCombo"));
    QVERIFY(combo);
    QCOMPARE(combo->count(), 2);
    QCOMPARE(combo->currentData().toString(), QStringLiteral("li2024"));
    combo->setCurrentIndex(combo->findData(QStringLiteral("ling2022")));
    QCOMPARE(mView->scheme(), QStringLiteral("ling2022"));
    QCOMPARE(mView->input().scheme, QStringLiteral("ling2022"));
}

void tst_TypologyView::cellClickFilters()
{
    QSignalSpy spy(mDoc.get(), &AtlasDocument::typeFilterChanged);
    const QStringList all = snapshotIds();
    QTest::mouseClick(mView.get(), Qt::LeftButton, {}, inCellClearOfTies(QStringLiteral("expansive")));
    QCOMPARE(spy.size(), 1);
    QCOMPARE(mDoc->typeFilterScheme(), QStringLiteral("li2024"));
    QCOMPARE(mDoc->typeFilterCell(), QStringLiteral("expansive"));
    QCOMPARE(snapshotIds(), (QStringList { QStringLiteral("fra-aus-ind"), QStringLiteral("quad") }));
    QCOMPARE(mView->input().highlightedCell, QStringLiteral("expansive"));
    QVERIFY(mView->findChild<QPushButton *>(QStringLiteral("clearTypeFilterButton"))->isEnabled());
    QVERIFY(mDoc->selection().kind == Selection::Kind::None); // a cell click selects nothing

    // Another cell switches the filter; the same cell again clears it.
    QTest::mouseClick(mView.get(), Qt::LeftButton, {}, inCellClearOfTies(QStringLiteral("integrative")));
    QCOMPARE(mDoc->typeFilterCell(), QStringLiteral("integrative"));
    QTest::mouseClick(mView.get(), Qt::LeftButton, {}, inCellClearOfTies(QStringLiteral("integrative")));
    QVERIFY(!mDoc->hasTypeFilter());
    QCOMPARE(snapshotIds(), all);
    QCOMPARE(spy.size(), 3);
}

void tst_TypologyView::clearButtonClears()
{
    mDoc->setTypeFilter(QStringLiteral("li2024"), QStringLiteral("integrative"));
    auto *clear = mView->findChild<QPushButton *>(QStringLiteral("clearTypeFilterButton"));
    QTRY_VERIFY(clear->isVisible() && clear->isEnabled());
    QTest::mouseClick(clear, Qt::LeftButton);
    QVERIFY(!mDoc->hasTypeFilter());
    QVERIFY(!clear->isEnabled());
}

void tst_TypologyView::tieClickSelects()
{
    QSignalSpy spy(mDoc.get(), &AtlasDocument::selectionChanged);
    QTest::mouseClick(mView.get(), Qt::LeftButton, {}, onTie(QStringLiteral("aukus")));
    QCOMPARE(spy.size(), 1);
    QCOMPARE(mDoc->selection(), (Selection { Selection::Kind::Tie, QStringLiteral("aukus") }));
    QVERIFY(!mDoc->hasTypeFilter()); // a tie click does not filter
    QCOMPARE(mView->input().selectedTie, QStringLiteral("aukus"));
    // Unclassified ties below the matrix are selectable too.
    QTest::mouseClick(mView.get(), Qt::LeftButton, {}, onTie(QStringLiteral("anzus")));
    QCOMPARE(mDoc->selection().id, QStringLiteral("anzus"));
}

void tst_TypologyView::otherSchemeClearsFilter()
{
    mDoc->setTypeFilter(QStringLiteral("li2024"), QStringLiteral("expansive"));
    mView->setScheme(QStringLiteral("ling2022"));
    QVERIFY(!mDoc->hasTypeFilter());
    QTest::mouseClick(mView.get(), Qt::LeftButton, {}, inCellClearOfTies(QStringLiteral("alliance")));
    QCOMPARE(mDoc->typeFilterScheme(), QStringLiteral("ling2022"));
    QCOMPARE(snapshotIds(), QStringList { QStringLiteral("aukus") });
}

void tst_TypologyView::hoverShowsReasoning()
{
    const QPoint pos = onTie(QStringLiteral("aukus"));
    QHelpEvent help(QEvent::ToolTip, pos, mView->mapToGlobal(pos));
    QApplication::sendEvent(mView.get(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    const QString tip = QToolTip::text();
    QVERIFY2(tip.contains(QStringLiteral("Allies only (US, UK, Australia), issue-focused on defence technology, coordinated by the US.")),
             qPrintable(tip));
    QVERIFY(tip.contains(QStringLiteral("Integrative minilateral")));
    QVERIFY(tip.startsWith(QStringLiteral("<p"))); // escaped dataset text inside one paragraph: shown literally
    QToolTip::hideText();
}

void tst_TypologyView::fitsTheMainWindow_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<Language>("language");
    QTest::newRow("1366x768 en") << QSize(1366, 768) << Language::English;
    QTest::newRow("1366x768 zh_CN") << QSize(1366, 768) << Language::Chinese;
    QTest::newRow("1920x1080 en") << QSize(1920, 1080) << Language::English;
    QTest::newRow("1920x1080 zh_CN") << QSize(1920, 1080) << Language::Chinese;
}

// The matrix as the real window lays it out by default: both schemes, with and without a cell filter
// and a selection, on dates from the Cold War to today.
void tst_TypologyView::fitsTheMainWindow()
{
    QFETCH(QSize, size);
    QFETCH(Language, language);
    AtlasDocument document;
    MainWindow window(&document);
    QVERIFY(window.openDataset(QStringLiteral(ATLAS_SOURCE_DIR "/resources/dataset/alliance-atlas.json")));
    document.setLanguage(language);
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("typologyDock"));
    auto *view = window.findChild<TypologyView *>(QStringLiteral("typologyView"));
    QVERIFY(dock && view);
    dock->raise();
    QApplication::processEvents();
    qInfo("typology matrix at %dx%d: %.0fx%.0f", size.width(), size.height(), view->matrixRect().width(),
          view->matrixRect().height());
    QVERIFY(view->matrixRect().width() > 200 && view->matrixRect().height() > 150);

    // The filter line above the matrix is the only state that changes the matrix's rectangle: measure
    // both, then lay out every state for them (the renderer is what the view paints).
    const QRectF plain = view->matrixRect();
    document.setTypeFilter(QStringLiteral("li2024"), QStringLiteral("integrative"));
    QApplication::processEvents();
    const QRectF filtered = view->matrixRect();
    QVERIFY(filtered.height() >= plain.height() - 30);
    document.clearTypeFilter();

    const Dataset &d = document.dataset();
    QStringList problems;
    auto check = [&](TypologyMatrixInput in, const QString &state) {
        const QRectF target = in.highlightedCell.isEmpty() ? plain : filtered;
        const auto l = TypologyMatrixRenderer::layout(target, in, view);
        for (const QString &p : atlas::test::typologyLayoutProblems(l, target, in, view))
            problems << state + QStringLiteral(": ") + p;
    };
    for (const TypologyScheme &scheme : d.typologies) {
        for (const QDate date : { QDate(1985, 6, 1), QDate(2021, 9, 15), QDate(2023, 6, 1), QDate(2025, 6, 30) }) {
            TypologyMatrixInput in;
            in.dataset = &d;
            in.scheme = scheme.id;
            in.date = date;
            in.language = language;
            in.inForce = TypologyMatrixRenderer::inForceTies(d, takeSnapshot(d, date));
            const QString at = scheme.id + QLatin1Char(' ') + date.toString(Qt::ISODate);
            check(in, at);
            for (const TypologyCell &cell : scheme.cells) {
                in.highlightedCell = cell.id;
                check(in, at + QStringLiteral(" filter ") + cell.id);
            }
            for (const Placement &p : d.placements) {
                if (p.scheme != scheme.id)
                    continue;
                in.selectedTie = p.tie;
                in.highlightedCell.clear();
                check(in, at + QStringLiteral(" selected ") + p.tie);
                in.highlightedCell = p.cell;
                check(in, at + QStringLiteral(" filter+selected ") + p.tie);
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 12).join(QLatin1Char('\n'))));
}

QTEST_MAIN(tst_TypologyView)
#include "tst_typologyview.moc"
