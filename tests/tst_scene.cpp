// SPDX-License-Identifier: GPL-3.0-or-later
// Scene: the value the renderers paint from, built from a document or from parts; and its Translator.
#include "models/io/datasetreader.h"
#include "models/query/atlasdocument.h"
#include "models/query/timecontroller.h"
#include "models/render/figurerenderer.h"
#include "models/render/maprenderer.h"
#include "models/render/scene.h"
#include "models/i18n/translator.h"
#include "models/domain/vocabulary.h"
#include "models/query/actorroles.h"
#include "models/query/timelinemodel.h"
#include "models/render/map/legendlayer.h"
#include "models/render/map/mapinput.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgGenerator>
#include <QTest>

using namespace atlas;

class tst_Scene : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void fromDocumentIsTheDocumentsState();
    void fromPartsTakesTheSnapshot();
    void mapFromSceneEqualsMapFromDocument();
    void figureFromSceneEqualsFigureFromDocument_data();
    void figureFromSceneEqualsFigureFromDocument();
    void timelineStripLabelsItsAxis();
    void englishTranslatorGivesTheSource();
    void chineseWordsWithoutTheApplicationsTranslators();

private:
    std::unique_ptr<AtlasDocument> mDocument;
};

namespace {

QImage paintFigure(const std::function<void(QPainter &, const QRectF &)> &paint)
{
    QImage image(QSize(842, 595), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(painter, QRectF(0, 0, 842, 595));
    return image;
}

QString svgOf(const FigureRenderer &renderer, const Scene &scene, const FigureOptions &options)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(QSize(842, 595));
    svg.setViewBox(QRect(0, 0, 842, 595));
    QPainter painter(&svg);
    renderer.paint(painter, QRectF(0, 0, 842, 595), scene, options);
    painter.end();
    return QString::fromUtf8(buffer.data());
}

} // namespace

void tst_Scene::init()
{
    mDocument = std::make_unique<AtlasDocument>();
    LoadResult r = DatasetReader::readFile(QStringLiteral(ATLAS_TEST_DATA_DIR "/valid/small.json"));
    QVERIFY(r.dataset);
    mDocument->setDataset(std::move(*r.dataset));
    mDocument->time()->setRange(QDate(1945, 1, 1), QDate(2025, 12, 31));
    mDocument->time()->setDate(QDate(2010, 1, 1));
}

void tst_Scene::fromDocumentIsTheDocumentsState()
{
    const QString actor = mDocument->dataset().actors.last().id;
    mDocument->setActorHidden(actor, true);
    mDocument->setSelection({ Selection::Kind::Tie, mDocument->dataset().ties.first().id });
    mDocument->setLanguage(Language::Chinese);
    const Scene scene = Scene::fromDocument(*mDocument);
    QCOMPARE(scene.dataset, &mDocument->dataset()); // referenced, not copied
    QCOMPARE(scene.date, QDate(2010, 1, 1));
    QCOMPARE(scene.firstDay, QDate(1945, 1, 1));
    QCOMPARE(scene.lastDay, QDate(2025, 12, 31));
    QCOMPARE(scene.hidden, QSet<QString> { actor });
    QCOMPARE(scene.selection, mDocument->selection());
    QCOMPARE(scene.selectedTie(), mDocument->dataset().ties.first().id);
    QCOMPARE(scene.language, Language::Chinese);
    QVERIFY(scene.translator);
    QCOMPARE(scene.translator->language(), Language::Chinese);
    QCOMPARE(scene.snapshot.date, mDocument->snapshot().date);
    QCOMPARE(scene.snapshot.ties.size(), mDocument->snapshot().ties.size());
    for (int i = 0; i < scene.snapshot.ties.size(); ++i) {
        QCOMPARE(scene.snapshot.ties[i].tie, mDocument->snapshot().ties[i].tie);
        QCOMPARE(scene.snapshot.ties[i].members, mDocument->snapshot().ties[i].members);
    }
    QCOMPARE(scene.schemeOrDefault(), QStringLiteral("li2024"));

    // A value: later changes of the document do not reach it.
    mDocument->time()->setDate(QDate(1950, 1, 1));
    QCOMPARE(scene.date, QDate(2010, 1, 1));
}

void tst_Scene::fromPartsTakesTheSnapshot()
{
    const Scene scene = Scene::fromParts(mDocument->dataset(), QDate(2010, 1, 1), {}, Language::English);
    QCOMPARE(scene.dataset, &mDocument->dataset());
    QCOMPARE(scene.snapshot.ties.size(), takeSnapshot(mDocument->dataset(), QDate(2010, 1, 1)).ties.size());
    QCOMPARE(scene.firstDay, QDate(1945, 1, 1));
    QCOMPARE(scene.lastDay, QDate(2010, 1, 1));
    QCOMPARE(scene.selection.kind, Selection::Kind::None);
    QCOMPARE(scene.translator->language(), Language::English);
}

void tst_Scene::mapFromSceneEqualsMapFromDocument()
{
    mDocument->setSelection({ Selection::Kind::Tie, mDocument->dataset().ties.first().id });
    const MapRenderer renderer;
    const MapRenderOptions options;
    const Scene scene = Scene::fromDocument(*mDocument);
    // The first paint fills the renderer's caches (label sprites), which shifts antialiasing a little.
    paintFigure([&](QPainter &p, const QRectF &r) { renderer.paint(p, r, *mDocument, options); });
    const QImage fromDocument = paintFigure([&](QPainter &p, const QRectF &r) { renderer.paint(p, r, *mDocument, options); });
    const QImage fromScene = paintFigure([&](QPainter &p, const QRectF &r) { renderer.paint(p, r, scene.mapInput(), options); });
    QCOMPARE(fromScene, fromDocument);
}

void tst_Scene::figureFromSceneEqualsFigureFromDocument_data()
{
    QTest::addColumn<int>("view");
    for (FigureView v : { FigureView::Map, FigureView::Timeline, FigureView::Typology, FigureView::Network, FigureView::Report })
        QTest::newRow(qPrintable(FigureRenderer::keyword(v))) << int(v);
}

void tst_Scene::figureFromSceneEqualsFigureFromDocument()
{
    QFETCH(int, view);
    FigureOptions options;
    options.view = FigureView(view);
    options.title = FigureRenderer::defaultTitle(options.view, *mDocument);
    options.scheme = QStringLiteral("li2024");
    Scene scene = Scene::fromDocument(*mDocument);
    scene.scheme = options.scheme;
    QCOMPARE(FigureRenderer::defaultTitle(options.view, scene), options.title);
    const FigureRenderer renderer;
    paintFigure([&](QPainter &p, const QRectF &r) { renderer.paint(p, r, *mDocument, options); }); // warm the caches
    const QImage fromDocument = paintFigure([&](QPainter &p, const QRectF &r) { renderer.paint(p, r, *mDocument, options); });
    const QImage fromScene = paintFigure([&](QPainter &p, const QRectF &r) { renderer.paint(p, r, scene, options); });
    QCOMPARE(fromScene, fromDocument);
    int inked = 0;
    for (int y = 0; y < fromScene.height(); y += 7)
        for (int x = 0; x < fromScene.width(); x += 7)
            inked += fromScene.pixel(x, y) != qRgb(255, 255, 255);
    QVERIFY(inked > 200);
}

void tst_Scene::timelineStripLabelsItsAxis()
{
    FigureOptions options;
    options.view = FigureView::Timeline;
    Scene scene = Scene::fromDocument(*mDocument);
    const FigureRenderer renderer;
    // The axis of an exported timeline carries year labels in the scene's language (TimeAxis).
    const QString english = svgOf(renderer, scene, options);
    QVERIFY(english.contains(QStringLiteral(">1980<")));
    QVERIFY(!english.contains(QStringLiteral("年")));
    scene.setLanguage(Language::Chinese);
    const QString chinese = svgOf(renderer, scene, options);
    QVERIFY(chinese.contains(QStringLiteral(">1980<"))); // the SVG writes "1980年" as two runs, digits and 年
    QVERIFY(chinese.count(QStringLiteral(">年<")) >= 4);
}

void tst_Scene::englishTranslatorGivesTheSource()
{
    const Translator english(Language::English);
    QVERIFY(!english.isLoaded());
    QCOMPARE(english.translate("TypologyMatrixRenderer", "Source: %1"), QStringLiteral("Source: %1"));
    QCOMPARE(english.translate("TypologyMatrixRenderer", "+%n more", nullptr, 3), QStringLiteral("+3 more"));
    QCOMPARE(Translator::forLanguage(Language::English).get(), Translator::forLanguage(Language::English).get()); // shared
    // Without a translator, a scene falls back on the application's (none installed here).
    Scene scene;
    QCOMPARE(scene.translate("FigureRenderer", "Timeline of US alliance ties"), QStringLiteral("Timeline of US alliance ties"));
}

void tst_Scene::chineseWordsWithoutTheApplicationsTranslators()
{
    // A Chinese figure from an English window: no translator is installed in the application, the
    // scene's carries every word — the legend's, the roles', the vocabulary's, the timeline groups'.
    const Translator *zh = Translator::forLanguage(Language::Chinese).get();
    QVERIFY(zh->isLoaded());
    QCOMPARE(ActorRoles::label(ActorRole::TreatyAlly, zh), QStringLiteral("条约盟国"));
    QCOMPARE(ActorRoles::label(ActorRole::TreatyAlly), QStringLiteral("Treaty ally"));
    QCOMPARE(Vocabulary::label(TieKind::BilateralAlliance, zh), QStringLiteral("双边条约同盟"));
    QCOMPARE(TimelineModel::groupLabel(TimelineGroup::AsiaPacificAlliances, zh), QStringLiteral("亚太双边同盟"));

    const Scene scene = Scene::fromParts(mDocument->dataset(), QDate(2021, 9, 15), {}, Language::Chinese);
    MapRenderOptions options;
    options.language = scene.language;
    options.translator = scene.translator.get();
    const QList<LegendLayer::Entry> entries = LegendLayer::entries(scene.mapInput(), options);
    QVERIFY(entries.size() > 3);
    QCOMPARE(entries.first().text, QStringLiteral("国家"));
    static const QRegularExpression english(QStringLiteral("[A-Za-z]{3,}"));
    for (const LegendLayer::Entry &e : entries)
        QVERIFY2(!english.match(e.text).hasMatch() || e.text.contains(u'（') || e.text.contains(u'('), qPrintable(e.text));

    // The same words reach the exported figure.
    FigureOptions figure;
    figure.view = FigureView::Map;
    const QString svg = svgOf(FigureRenderer(), scene, figure);
    QVERIFY2(svg.contains(QStringLiteral("国家")), "the map's legend is not in Chinese");
    QVERIFY(!svg.contains(QStringLiteral(">Countries<")));
}

QTEST_MAIN(tst_Scene)
#include "tst_scene.moc"
