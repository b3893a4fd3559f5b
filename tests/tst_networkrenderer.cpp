// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/datasetreader.h"
#include "models/render/networkrenderer.h"
#include "models/render/palette.h"
#include "models/query/snapshot.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace atlas;

class tst_NetworkRenderer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void hitTestsMatchThePainting();
    void paintsTheHubInItsMapColour();
    void emptyNetwork();
    void toolTips();
    void labelsFollowTheLanguage();

private:
    QImage render(const NetworkRenderer &renderer) const
    {
        QImage image(mTarget.size().toSize(), QImage::Format_ARGB32);
        image.fill(Qt::black);
        QPainter painter(&image);
        renderer.paint(painter, mTarget);
        return image;
    }

    Dataset mDataset;
    NetworkRenderer mRenderer;
    const QRectF mTarget { 0, 0, 640, 420 };
};

void tst_NetworkRenderer::initTestCase()
{
    LoadResult result = DatasetReader::readFile(QStringLiteral(ATLAS_TEST_DATA_DIR "/network/metrics.json"));
    QVERIFY(result.dataset);
    mDataset = *result.dataset;
    mRenderer.setSnapshot(mDataset, takeSnapshot(mDataset, QDate(2018, 1, 1)), false);
    QCOMPARE(mRenderer.graph().actors.size(), 6);
}

void tst_NetworkRenderer::hitTestsMatchThePainting()
{
    const NetworkGraph &g = mRenderer.graph();
    for (int i = 0; i < g.actors.size(); ++i) {
        const QPointF p = mRenderer.mapToTarget(mTarget, mRenderer.layout().position(g.actors[i]));
        QVERIFY2(mTarget.contains(p), qPrintable(g.actors[i]));
        QCOMPARE(mRenderer.actorAt(mTarget, p), i);
    }
    // Off the nodes, on an edge: FRA-IND is the last edge and FRA's only one.
    const QPointF fra = mRenderer.mapToTarget(mTarget, mRenderer.layout().position(QStringLiteral("FRA")));
    const QPointF ind = mRenderer.mapToTarget(mTarget, mRenderer.layout().position(QStringLiteral("IND")));
    const QPointF onEdge = fra + (ind - fra) * 0.4;
    QCOMPARE(mRenderer.actorAt(mTarget, onEdge), -1);
    QCOMPARE(mRenderer.edgeAt(mTarget, onEdge), int(g.edges.size()) - 1);
    QCOMPARE(mRenderer.edgeAt(mTarget, QPointF(mTarget.right() - 2, mTarget.top() + 2)), -1);
}

void tst_NetworkRenderer::paintsTheHubInItsMapColour()
{
    const QImage image = render(mRenderer);
    const QPointF usa = mRenderer.mapToTarget(mTarget, mRenderer.layout().position(QStringLiteral("USA")));
    QCOMPARE(QColor(image.pixel(usa.toPoint())), Palette::roleColour(ActorRole::Hub));
    QCOMPARE(QColor(image.pixel(5, int(mTarget.height()) / 2)), QColor(Qt::white)); // the background is filled
}

void tst_NetworkRenderer::emptyNetwork()
{
    NetworkRenderer empty;
    empty.setSnapshot(mDataset, takeSnapshot(mDataset, QDate(1940, 1, 1)), false);
    QVERIFY(empty.graph().actors.isEmpty());
    const QImage image = render(empty);
    QCOMPARE(QColor(image.pixel(5, 5)), QColor(Qt::white));
    QCOMPARE(empty.actorAt(mTarget, mTarget.center()), -1);
    QCOMPARE(empty.edgeAt(mTarget, mTarget.center()), -1);
}

void tst_NetworkRenderer::toolTips()
{
    const NetworkGraph &g = mRenderer.graph();
    const QString jpn = mRenderer.actorToolTip(g.indexOf(QStringLiteral("JPN")));
    QVERIFY2(jpn.startsWith(QStringLiteral("Japan (JPN)")), qPrintable(jpn));
    QVERIFY2(jpn.contains(QStringLiteral("Degree: 3")), qPrintable(jpn));
    const QString usaJpn = mRenderer.edgeToolTip(0);
    QVERIFY2(usaJpn.contains(QStringLiteral("us-jpn")) && usaJpn.contains(QStringLiteral("quad")), qPrintable(usaJpn));
    QVERIFY(!usaJpn.contains(QStringLiteral("spoke to spoke")));
    QVERIFY(mRenderer.edgeToolTip(4).contains(QStringLiteral("spoke to spoke"))); // JPN-AUS
    QVERIFY(mRenderer.actorToolTip(-1).isEmpty());
}

void tst_NetworkRenderer::labelsFollowTheLanguage()
{
    NetworkRenderer renderer = mRenderer;
    const int jpn = renderer.graph().indexOf(QStringLiteral("JPN"));
    QCOMPARE(renderer.actorLabel(jpn), QStringLiteral("Japan"));
    renderer.setLanguage(Language::Chinese);
    QCOMPARE(renderer.actorLabel(jpn), QStringLiteral("日本"));
}

QTEST_MAIN(tst_NetworkRenderer)
#include "tst_networkrenderer.moc"
