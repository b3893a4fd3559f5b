// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/datasetreader.h"
#include "models/render/palette.h"
#include "models/query/snapshot.h"
#include "models/render/typologymatrixrenderer.h"
#include "tests/typologylayoutcheck.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace atlas;

namespace {

const QRectF kTarget(0, 0, 900, 700);

const TypologyMatrixRenderer::Chip *chipOf(const TypologyMatrixRenderer::Layout &l, const QString &tie)
{
    for (const auto &c : l.chips)
        if (c.tie == tie)
            return &c;
    return nullptr;
}

const TypologyMatrixRenderer::CellBox *cellOf(const TypologyMatrixRenderer::Layout &l, const QString &cell)
{
    for (const auto &c : l.cells)
        if (c.id == cell)
            return &c;
    return nullptr;
}

} // namespace

class tst_TypologyMatrixRenderer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void defaultSchemeIsLi2024();
    void placesTiesInTheirCells_data();
    void placesTiesInTheirCells();
    void cellsFollowTheAxes();
    void inForceEmphasised_data();
    void inForceEmphasised();
    void paintsEmphasisAndGrey();
    void compareMarksAppearedAndDisappeared();
    void unclassifiedListed();
    void manyTiesStayInsideTheirCell();
    void smallTargetKeepsEveryTie_data();
    void smallTargetKeepsEveryTie();
    void fitsMeasuredDocks_data();
    void fitsMeasuredDocks();
    void noSchemeShowsMessage();
    void chineseLabels();

private:
    TypologyMatrixInput input(const QString &scheme, QDate date, Language language = Language::English) const;
    Dataset mDataset;
};

void tst_TypologyMatrixRenderer::initTestCase()
{
    LoadResult result = DatasetReader::readFile(QStringLiteral(ATLAS_TEST_DATA_DIR "/typology/dataset.json"));
    QVERIFY(result.dataset);
    mDataset = *result.dataset;
}

TypologyMatrixInput tst_TypologyMatrixRenderer::input(const QString &scheme, QDate date, Language language) const
{
    TypologyMatrixInput in;
    in.dataset = &mDataset;
    in.scheme = scheme;
    in.date = date;
    in.language = language;
    in.inForce = TypologyMatrixRenderer::inForceTies(mDataset, takeSnapshot(mDataset, date));
    return in;
}

void tst_TypologyMatrixRenderer::defaultSchemeIsLi2024()
{
    QCOMPARE(TypologyMatrixRenderer::defaultScheme(mDataset)->id, QStringLiteral("li2024"));
    Dataset other = mDataset;
    other.typologies.removeFirst();
    other.buildIndex();
    QCOMPARE(TypologyMatrixRenderer::defaultScheme(other)->id, QStringLiteral("ling2022"));
    QVERIFY(!TypologyMatrixRenderer::defaultScheme(Dataset()));
}

void tst_TypologyMatrixRenderer::placesTiesInTheirCells_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("tie");
    QTest::addColumn<QString>("cell");
    QTest::newRow("li2024: AUKUS integrative") << "li2024" << "aukus" << "integrative";
    QTest::newRow("li2024: Quad expansive") << "li2024" << "quad" << "expansive";
    QTest::newRow("li2024: TSD integrative") << "li2024" << "tsd" << "integrative";
    QTest::newRow("li2024: US-Japan-ROK integrative") << "li2024" << "us-jpn-kor-intel" << "integrative";
    QTest::newRow("li2024: France-Australia-India expansive") << "li2024" << "fra-aus-ind" << "expansive";
    QTest::newRow("ling2022: AUKUS alliance") << "ling2022" << "aukus" << "alliance";
    QTest::newRow("ling2022: Quad flexible") << "ling2022" << "quad" << "flexible-single";
    QTest::newRow("ling2022: Five Eyes multiple threats") << "ling2022" << "five-eyes" << "flexible-multiple-large";
}

void tst_TypologyMatrixRenderer::placesTiesInTheirCells()
{
    QFETCH(QString, scheme);
    QFETCH(QString, tie);
    QFETCH(QString, cell);
    const TypologyMatrixInput in = input(scheme, QDate(2023, 1, 1));
    const auto l = TypologyMatrixRenderer::layout(kTarget, in);
    const auto *chip = chipOf(l, tie);
    QVERIFY(chip);
    QCOMPARE(chip->cell, cell);
    const auto *box = cellOf(l, cell);
    QVERIFY(box);
    QVERIFY2(box->rect.contains(chip->rect), qPrintable(tie));
    QCOMPARE(TypologyMatrixRenderer::tieAt(kTarget, in, chip->rect.center()), tie);
    QCOMPARE(TypologyMatrixRenderer::cellAt(kTarget, in, chip->rect.center()), cell);
    // The tie appears once, in no other cell.
    int count = 0;
    for (const auto &c : l.chips)
        count += c.tie == tie ? 1 : 0;
    QCOMPARE(count, 1);
}

void tst_TypologyMatrixRenderer::cellsFollowTheAxes()
{
    const auto l = TypologyMatrixRenderer::layout(kTarget, input(QStringLiteral("li2024"), QDate(2023, 1, 1)));
    QCOMPARE(l.cells.size(), 4);
    // x: low left, high right; y: high on top.
    const QRectF hub = cellOf(l, QStringLiteral("hub-and-spoke"))->rect;
    const QRectF integrative = cellOf(l, QStringLiteral("integrative"))->rect;
    const QRectF expansive = cellOf(l, QStringLiteral("expansive"))->rect;
    const QRectF loose = cellOf(l, QStringLiteral("loose"))->rect;
    QVERIFY(integrative.left() < hub.left() && qFuzzyCompare(integrative.top(), hub.top()));
    QVERIFY(loose.left() < expansive.left() && qFuzzyCompare(loose.top(), expansive.top()));
    QVERIFY(hub.top() < expansive.top());
    QCOMPARE(l.xName.text, QStringLiteral("Unidirectionality of security dependence on the US"));
    QCOMPARE(l.yName.text, QStringLiteral("Closedness of the alliance system"));
    QCOMPARE(l.xLow.text, QStringLiteral("weak"));
    QCOMPARE(l.yHigh.text, QStringLiteral("strong"));
    QVERIFY(l.caption.text.contains(QStringLiteral("Li Dejie, “The Fetters of the System")));
    QVERIFY(kTarget.contains(l.caption.rect));
    QVERIFY(!cellOf(l, QStringLiteral("integrative"))->definition.text.isEmpty());
}

void tst_TypologyMatrixRenderer::inForceEmphasised_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("quad");
    QTest::addColumn<bool>("aukus");
    QTest::newRow("2010: Quad dormant, AUKUS not yet") << QDate(2010, 1, 1) << false << false;
    QTest::newRow("2019: Quad revived") << QDate(2019, 1, 1) << true << false;
    QTest::newRow("2022: both") << QDate(2022, 1, 1) << true << true;
}

void tst_TypologyMatrixRenderer::inForceEmphasised()
{
    QFETCH(QDate, date);
    QFETCH(bool, quad);
    QFETCH(bool, aukus);
    const auto l = TypologyMatrixRenderer::layout(kTarget, input(QStringLiteral("li2024"), date));
    QCOMPARE(chipOf(l, QStringLiteral("quad"))->inForce, quad);
    QCOMPARE(chipOf(l, QStringLiteral("aukus"))->inForce, aukus);
    QVERIFY(chipOf(l, QStringLiteral("tsd"))->inForce);
}

void tst_TypologyMatrixRenderer::paintsEmphasisAndGrey()
{
    const TypologyMatrixInput in = input(QStringLiteral("li2024"), QDate(2010, 1, 1));
    QImage image(kTarget.size().toSize(), QImage::Format_ARGB32);
    image.fill(Qt::black);
    {
        QPainter painter(&image);
        TypologyMatrixRenderer::paint(painter, kTarget, in);
    }
    const auto l = TypologyMatrixRenderer::layout(kTarget, in, &image);
    // Sample inside the chip's left padding, clear of the label text.
    auto sample = [&](const QString &tie) {
        const QRectF r = chipOf(l, tie)->rect;
        return image.pixelColor(QPointF(r.left() + r.height() * 0.3, r.center().y()).toPoint());
    };
    QCOMPARE(sample(QStringLiteral("tsd")), Palette::kBluishGreen); // in force: solid in its cell's colour
    QCOMPARE(sample(QStringLiteral("quad")), QColor(0xF4, 0xF4, 0xF4)); // dormant: greyed
    QCOMPARE(image.pixelColor(2, 2), QColor(Qt::white));
}

// Compare Dates: an arrangement that appeared between the two dates carries a blue "+" badge on its
// chip's corner, one that disappeared a vermillion one (and is struck through); the others none.
void tst_TypologyMatrixRenderer::compareMarksAppearedAndDisappeared()
{
    TypologyMatrixInput in = input(QStringLiteral("li2024"), QDate(2010, 1, 1));
    in.appeared = { QStringLiteral("tsd") };
    in.disappeared = { QStringLiteral("quad") };
    QImage image(kTarget.size().toSize(), QImage::Format_ARGB32);
    image.fill(Qt::black);
    {
        QPainter painter(&image);
        TypologyMatrixRenderer::paint(painter, kTarget, in);
    }
    const auto l = TypologyMatrixRenderer::layout(kTarget, in, &image);
    // The badge's centre, a little inside the chip's top right corner, on its white cross or bar.
    auto badge = [&](const QString &tie) {
        const QRectF r = chipOf(l, tie)->rect;
        const double radius = std::max(5.0, r.height() * 0.32);
        return image.pixelColor(QPointF(r.right() - radius * 0.3 + radius * 0.75, r.top() + radius * 0.3).toPoint());
    };
    QCOMPARE(badge(QStringLiteral("tsd")), Palette::kBlue);
    QCOMPARE(badge(QStringLiteral("quad")), Palette::kVermillion);
    in.appeared.clear();
    in.disappeared.clear();
    QImage plain(kTarget.size().toSize(), QImage::Format_ARGB32);
    plain.fill(Qt::black);
    {
        QPainter painter(&plain);
        TypologyMatrixRenderer::paint(painter, kTarget, in);
    }
    const QRectF r = chipOf(l, QStringLiteral("tsd"))->rect;
    const double radius = std::max(5.0, r.height() * 0.32);
    QVERIFY(plain.pixelColor(QPointF(r.right() - radius * 0.3 + radius * 0.75, r.top() + radius * 0.3).toPoint()) != Palette::kBlue);
}

void tst_TypologyMatrixRenderer::unclassifiedListed()
{
    const auto l = TypologyMatrixRenderer::layout(kTarget, input(QStringLiteral("li2024"), QDate(2022, 1, 1)));
    QStringList unclassified;
    for (const auto &c : l.chips)
        if (c.cell.isEmpty())
            unclassified.append(c.tie);
    // In force and not placed by li2024; the 1951 treaty has ended and is not listed.
    QCOMPARE(unclassified, (QStringList { QStringLiteral("anzus"), QStringLiteral("five-eyes") }));
    QCOMPARE(l.unclassifiedHeading.text, QStringLiteral("Not classified by this source (in force on 1 Jan 2022):"));
    const auto *anzus = chipOf(l, QStringLiteral("anzus"));
    QVERIFY(anzus->rect.top() > l.matrix.bottom());
    for (const auto &cell : l.cells)
        QVERIFY(!cell.rect.intersects(anzus->rect));

    const auto ling = TypologyMatrixRenderer::layout(kTarget, input(QStringLiteral("ling2022"), QDate(2022, 1, 1)));
    QVERIFY(chipOf(ling, QStringLiteral("tsd")));
    QVERIFY(chipOf(ling, QStringLiteral("tsd"))->cell.isEmpty());
    QVERIFY(!chipOf(ling, QStringLiteral("five-eyes"))->cell.isEmpty());
}

void tst_TypologyMatrixRenderer::manyTiesStayInsideTheirCell()
{
    Dataset d = mDataset;
    for (int i = 0; i < 30; ++i) {
        Tie t = d.ties[d.tieIndex(QStringLiteral("tsd"))];
        t.id = QStringLiteral("extra-%1").arg(i);
        t.shortName.en = QStringLiteral("Extra arrangement %1").arg(i);
        d.ties.append(t);
        d.placements.append({ QStringLiteral("li2024"), t.id, QStringLiteral("integrative"), {}, {} });
    }
    d.buildIndex();
    TypologyMatrixInput in = input(QStringLiteral("li2024"), QDate(2022, 1, 1));
    in.dataset = &d;
    const QRectF small(0, 0, 420, 360);
    const auto l = TypologyMatrixRenderer::layout(small, in);
    const QRectF integrative = cellOf(l, QStringLiteral("integrative"))->rect;
    for (const auto &c : l.chips)
        if (c.cell == u"integrative")
            QVERIFY2(integrative.contains(c.rect), qPrintable(c.tie));
}

void tst_TypologyMatrixRenderer::smallTargetKeepsEveryTie_data()
{
    QTest::addColumn<QSizeF>("size");
    QTest::newRow("dock") << QSizeF(400, 240);
    QTest::newRow("narrow") << QSizeF(300, 300);
    QTest::newRow("figure") << QSizeF(2400, 1800);
}

void tst_TypologyMatrixRenderer::smallTargetKeepsEveryTie()
{
    QFETCH(QSizeF, size);
    const QRectF target(QPointF(0, 0), size);
    const auto l = TypologyMatrixRenderer::layout(target, input(QStringLiteral("li2024"), QDate(2022, 1, 1)));
    QStringList classified;
    for (const auto &c : l.chips) {
        if (c.cell.isEmpty())
            continue;
        classified.append(c.tie);
        const auto *cell = cellOf(l, c.cell);
        QVERIFY2(cell->rect.contains(c.rect), qPrintable(c.tie));
    }
    classified.sort();
    QCOMPARE(classified, (QStringList { QStringLiteral("aukus"), QStringLiteral("fra-aus-ind"), QStringLiteral("quad"),
                                        QStringLiteral("tsd"), QStringLiteral("us-jpn-kor-intel") }));
    for (const auto &cell : l.cells)
        QVERIFY(cell.more.text.isEmpty());
    QVERIFY(l.matrix.height() >= (target.height() - 16) * 0.3);
    const QStringList problems = atlas::test::typologyLayoutProblems(l, target, input(QStringLiteral("li2024"), QDate(2022, 1, 1)), nullptr);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void tst_TypologyMatrixRenderer::fitsMeasuredDocks_data()
{
    QTest::addColumn<QSizeF>("size");
    // Measured from the main window's default layout (tst_typologyview::fitsTheMainWindow prints them),
    // with the filter line shown (20 px less), and a few smaller docks.
    for (const QSizeF size : { QSizeF(509, 229), QSizeF(509, 209), QSizeF(509, 257), QSizeF(460, 230), QSizeF(600, 400),
                               QSizeF(900, 700), QSizeF(1900, 1000) })
        QTest::addRow("%.0fx%.0f", size.width(), size.height()) << size;
}

// Both schemes, both languages, with and without a filtering cell and a selection: every classified
// tie in force has an 11 px chip, nothing is folded, clipped, outside or overlapping.
void tst_TypologyMatrixRenderer::fitsMeasuredDocks()
{
    QFETCH(QSizeF, size);
    const QRectF target(QPointF(0, 0), size);
    QStringList problems;
    for (const QString &scheme : { QStringLiteral("li2024"), QStringLiteral("ling2022") })
        for (const Language language : { Language::English, Language::Chinese })
            for (const QDate date : { QDate(1985, 6, 1), QDate(2021, 9, 15), QDate(2023, 6, 1) })
                for (const QString &cell : { QString(), QStringLiteral("integrative"), QStringLiteral("alliance") })
                    for (const QString &tie : { QString(), QStringLiteral("aukus"), QStringLiteral("quad") }) {
                        TypologyMatrixInput in = input(scheme, date, language);
                        in.highlightedCell = cell;
                        in.selectedTie = tie;
                        const auto l = TypologyMatrixRenderer::layout(target, in);
                        for (const QString &p : atlas::test::typologyLayoutProblems(l, target, in, nullptr))
                            problems << QStringLiteral("%1 %2 %3 %4 %5: %6")
                                            .arg(scheme, language == Language::English ? QStringLiteral("en") : QStringLiteral("zh"),
                                                 date.toString(Qt::ISODate), cell, tie, p);
                    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 12).join(QLatin1Char('\n'))));
}

void tst_TypologyMatrixRenderer::noSchemeShowsMessage()
{
    TypologyMatrixInput in = input(QStringLiteral("missing"), QDate(2022, 1, 1));
    auto l = TypologyMatrixRenderer::layout(kTarget, in);
    QCOMPARE(l.message.text, QStringLiteral("No typology scheme chosen."));
    QVERIFY(l.chips.isEmpty());
    QVERIFY(TypologyMatrixRenderer::cellAt(kTarget, in, kTarget.center()).isEmpty());
    const Dataset empty;
    in.dataset = &empty;
    l = TypologyMatrixRenderer::layout(kTarget, in);
    QCOMPARE(l.message.text, QStringLiteral("This dataset has no typology schemes."));
    QImage image(200, 200, QImage::Format_ARGB32);
    QPainter painter(&image);
    TypologyMatrixRenderer::paint(painter, QRectF(0, 0, 200, 200), in); // must not crash
}

void tst_TypologyMatrixRenderer::chineseLabels()
{
    const auto l = TypologyMatrixRenderer::layout(kTarget, input(QStringLiteral("li2024"), QDate(2022, 1, 1), Language::Chinese));
    QCOMPARE(cellOf(l, QStringLiteral("integrative"))->name.text, QStringLiteral("整合型小多边安全合作"));
    QCOMPARE(chipOf(l, QStringLiteral("quad"))->label, QStringLiteral("四国机制"));
    QCOMPARE(l.xName.text, QStringLiteral("对美安全依赖的单向性"));
    QVERIFY(l.caption.text.contains(QStringLiteral("李德杰：《体系的羁绊")));
}

QTEST_MAIN(tst_TypologyMatrixRenderer)
#include "tst_typologymatrixrenderer.moc"
