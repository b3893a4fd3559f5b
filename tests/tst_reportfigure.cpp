// SPDX-License-Identifier: GPL-3.0-or-later
// The report figure (`export --view figure`): regions apart, print type sizes, labelled strip lanes,
// map framed to the data, references in the PDF text, selection only when asked, well-formed captions.
#include "clirun.h"

#include "models/domain/dataset.h"
#include "models/io/datasetreader.h"
#include "models/render/figurerenderer.h"
#include "models/render/reportfigure.h"
#include "models/render/scene.h"
#include "models/geo/projection.h"
#include "models/text/figurecaption.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace atlas;

namespace {

const QString kDataset = QStringLiteral(ATLAS_SOURCE_DIR "/resources/dataset/alliance-atlas.json");

QRectF rectOf(const QJsonValue &v)
{
    const QJsonArray a = v.toArray();
    return a.size() == 4 ? QRectF(a[0].toDouble(), a[1].toDouble(), a[2].toDouble(), a[3].toDouble()) : QRectF();
}

/// The first unbalanced bracket or quote of \a text, or an empty string when all pair up.
QString unbalanced(const QString &text)
{
    const QString open = QStringLiteral("([（【《“");
    const QString close = QStringLiteral(")]）】》”");
    QString stack;
    int straight = 0;
    for (QChar c : text) {
        if (c == u'"')
            ++straight;
        if (open.contains(c)) {
            stack.append(c);
        } else if (const qsizetype i = close.indexOf(c); i >= 0) {
            if (stack.isEmpty() || stack.back() != open[i])
                return QString(c);
            stack.chop(1);
        }
    }
    if (!stack.isEmpty())
        return stack;
    return straight % 2 ? QStringLiteral("\"") : QString();
}

} // namespace

class tst_ReportFigure : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void layoutReport_data();
    void layoutReport();
    void mapViewLayoutReport();
    void pdfTextHasReferencesAndChinese_data();
    void pdfTextHasReferencesAndChinese();
    void highlightOnlyWhenAsked();
    void highlightOption();
    void framedToTheData();
    void legendOnlyWhatAppears();
    void captionsWellFormedForEverySource();
    void shortCitations();
    void sameFigureEveryRun_data();
    void sameFigureEveryRun();

private:
    QTemporaryDir mDir;
    std::optional<Dataset> mDataset;
};

void tst_ReportFigure::initTestCase()
{
    LoadResult r = DatasetReader::readFile(kDataset);
    QVERIFY(r.dataset);
    mDataset = std::move(*r.dataset);
}

void tst_ReportFigure::layoutReport_data()
{
    QTest::addColumn<QString>("size");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("date");
    QTest::addColumn<double>("minPt");
    for (const char *lang : { "en", "zh_CN" }) {
        for (const char *date : { "2021-09-15", "1960-06-01", "2024-03-01" }) {
            QTest::addRow("a4 %s %s", lang, date) << "a4-landscape" << lang << date << 7.0;
            QTest::addRow("slide %s %s", lang, date) << "slide" << lang << date << 14.0;
        }
        QTest::addRow("letter-portrait %s", lang) << "letter-portrait" << lang << "2021-09-15" << 7.0;
    }
}

void tst_ReportFigure::layoutReport()
{
    QFETCH(QString, size);
    QFETCH(QString, lang);
    QFETCH(QString, date);
    QFETCH(double, minPt);
    const QString out = mDir.filePath(QStringLiteral("f.svg"));
    const QString json = mDir.filePath(QStringLiteral("f.json"));
    const test::CliRun r = test::runCli({ "--view", "figure", "--at", date, "--size", size, "--lang", lang, "--out", out,
                                          "--layout-report", json },
                                        QStringLiteral("export"));
    QCOMPARE(r.err, QString());
    QCOMPARE(r.code, 0);
    QFile f(json);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject report = QJsonDocument::fromJson(f.readAll()).object();
    const QJsonArray pageSize = report.value(QStringLiteral("size")).toArray();
    const QRectF page(0, 0, pageSize[0].toDouble(), pageSize[1].toDouble());
    QVERIFY(!page.isEmpty());

    // Every region present, on the page, and apart from every other.
    const QJsonObject regions = report.value(QStringLiteral("regions")).toObject();
    const QStringList names { "title", "map", "legend", "timeline", "caption", "references" };
    for (const QString &name : names) {
        const QRectF region = rectOf(regions.value(name));
        QVERIFY2(!region.isEmpty(), qPrintable(name));
        QVERIFY2(page.contains(region), qPrintable(name));
    }
    for (qsizetype i = 0; i < names.size(); ++i)
        for (qsizetype j = i + 1; j < names.size(); ++j) {
            const QRectF overlap = rectOf(regions.value(names[i])).intersected(rectOf(regions.value(names[j])));
            QVERIFY2(overlap.isEmpty(), qPrintable(names[i] + u'/' + names[j]));
        }

    // On a slide with few sources the references go beside the map, under the legend: the map keeps
    // half the slide's height instead of a third.
    if (size == u"slide" && date == u"1960-06-01") {
        const QRectF map = rectOf(regions.value(QStringLiteral("map")));
        const QRectF references = rectOf(regions.value(QStringLiteral("references")));
        QVERIFY2(references.left() > map.right(), "the references are not beside the map");
        QVERIFY2(map.height() >= 0.45 * page.height(), qPrintable(QString::number(map.height() / page.height())));
    }

    // Every label at print size, lane labels for every lane of the strip.
    const QJsonArray labels = report.value(QStringLiteral("labels")).toArray();
    QVERIFY(labels.size() > 10);
    QStringList laneLabels;
    for (const QJsonValue &v : labels) {
        const QJsonObject l = v.toObject();
        QVERIFY2(l.value(QStringLiteral("pt")).toDouble() >= minPt,
                 qPrintable(QStringLiteral("%1 at %2 pt").arg(l.value(QStringLiteral("text")).toString()).arg(l.value(QStringLiteral("pt")).toDouble())));
        if (l.value(QStringLiteral("kind")).toString() == u"lane") {
            QVERIFY(!l.value(QStringLiteral("text")).toString().isEmpty());
            QVERIFY(rectOf(regions.value(QStringLiteral("timeline"))).contains(rectOf(l.value(QStringLiteral("rect"))).center()));
            laneLabels.append(l.value(QStringLiteral("text")).toString());
        }
    }
    const QJsonArray lanes = report.value(QStringLiteral("lanes")).toArray();
    QVERIFY(!lanes.isEmpty());
    QCOMPARE(laneLabels.size(), lanes.size());
    QVERIFY(!report.value(QStringLiteral("ties")).toArray().isEmpty());
    QCOMPARE(report.value(QStringLiteral("selection_highlighted")).toBool(), false);
}

void tst_ReportFigure::mapViewLayoutReport()
{
    const QString json = mDir.filePath(QStringLiteral("m.json"));
    const test::CliRun r = test::runCli({ "--view", "map", "--at", "2021-09-15", "--out", mDir.filePath(QStringLiteral("m.png")),
                                          "--dpi", "72", "--layout-report", json },
                                        QStringLiteral("export"));
    QCOMPARE(r.code, 0);
    QFile f(json);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject report = QJsonDocument::fromJson(f.readAll()).object();
    const QJsonObject regions = report.value(QStringLiteral("regions")).toObject();
    QVERIFY(!rectOf(regions.value(QStringLiteral("map"))).isEmpty());
    QVERIFY(!rectOf(regions.value(QStringLiteral("title"))).isEmpty());
    QVERIFY(!report.value(QStringLiteral("ties")).toArray().isEmpty());
}

void tst_ReportFigure::pdfTextHasReferencesAndChinese_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("en") << "en" << QStringList { "[1] Leeds, Brett Ashley", "Treaty", "Ties in force on 15 Sep 2021", "2002 [1]" };
    QTest::newRow("zh_CN") << "zh_CN" << QStringList { "[1]", "LEEDS B A", "[J]", "日本", "9月15日", "李德杰" };
}

void tst_ReportFigure::pdfTextHasReferencesAndChinese()
{
    QFETCH(QString, lang);
    QFETCH(QStringList, expected);
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString path = mDir.filePath(QStringLiteral("r.pdf"));
    const test::CliRun r = test::runCli({ "--view", "figure", "--at", "2021-09-15", "--lang", lang, "--out", path },
                                        QStringLiteral("export"));
    QCOMPARE(r.code, 0);
    QProcess p;
    p.start(pdftotext, { path, QStringLiteral("-") });
    QVERIFY(p.waitForFinished());
    // As extracted, without normalisation: the characters written, not Kangxi radicals.
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    for (const QString &e : expected)
        QVERIFY2(text.contains(e), qPrintable(e));
    for (QChar c : text)
        QVERIFY2(c.unicode() < 0x2E80 || c.unicode() > 0x2FDF, qPrintable(QStringLiteral("U+%1").arg(c.unicode(), 4, 16)));
}

void tst_ReportFigure::highlightOnlyWhenAsked()
{
    // A scene with a selected tie: drawn as if nothing were selected unless the option asks.
    Scene selected = Scene::fromParts(*mDataset, QDate(2021, 9, 15), {}, Language::English);
    selected.selection = { Selection::Kind::Tie, QStringLiteral("aukus") };
    Scene plain = selected;
    plain.selection = {};
    const auto render = [](const Scene &scene, bool highlight, FigureLayout *layout) {
        QImage image(842, 595, QImage::Format_ARGB32_Premultiplied);
        image.setDotsPerMeterX(2835); // 72 dpi: a logical unit is a point
        image.setDotsPerMeterY(2835);
        image.fill(Qt::white);
        QPainter painter(&image);
        FigureOptions options;
        options.highlightSelection = highlight;
        FigureRenderer().paint(painter, QRectF(0, 0, 842, 595), scene, options, layout);
        return image;
    };
    FigureLayout off;
    FigureLayout on;
    FigureLayout none;
    const auto differing = [](const QImage &a, const QImage &b) {
        int n = 0;
        for (int y = 0; y < a.height(); ++y)
            for (int x = 0; x < a.width(); ++x)
                n += a.pixel(x, y) != b.pixel(x, y);
        return n;
    };
    const QImage reference = render(plain, false, &none);
    const int withoutOption = differing(render(selected, false, &off), reference);
    const int withOption = differing(render(selected, true, &on), reference);
    QVERIFY2(withOption > withoutOption + 200, qPrintable(QStringLiteral("%1 vs %2").arg(withOption).arg(withoutOption)));
    QVERIFY(!off.selectionHighlighted);
    QVERIFY(on.selectionHighlighted);
}

void tst_ReportFigure::highlightOption()
{
    const auto highlighted = [this](const QStringList &extra) {
        const QString json = mDir.filePath(QStringLiteral("h.json"));
        const test::CliRun r = test::runCli(QStringList { "--view", "figure", "--at", "2021-09-15", "--dpi", "30", "--out",
                                                          mDir.filePath(QStringLiteral("h.png")), "--layout-report", json } + extra,
                                            QStringLiteral("export"));
        if (r.code != 0)
            return QStringLiteral("error: ") + r.err;
        QFile f(json);
        f.open(QIODevice::ReadOnly);
        return QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("selection_highlighted")).toBool() ? QStringLiteral("on") : QStringLiteral("off");
    };
    QCOMPARE(highlighted({}), QStringLiteral("off"));
    QCOMPARE(highlighted({ "--highlight", "aukus" }), QStringLiteral("on"));
    QVERIFY(highlighted({ "--highlight", "no-such-tie" }).contains(QStringLiteral("unknown tie")));
}

void tst_ReportFigure::framedToTheData()
{
    // 1960: Asia-Pacific and Euro-Atlantic treaties. The frame holds every actor and arc of them,
    // and crops what they do not reach.
    const EqualEarth projection;
    for (const QDate date : { QDate(1960, 6, 1), QDate(2021, 9, 15) }) {
        const Scene scene = Scene::fromParts(*mDataset, date, {}, Language::English);
        const QRectF area(0, 0, 600, 400);
        double used = 0;
        ReportFigure::frameToData(scene, projection, area, 20, &used);
        QVERIFY(used > 0 && used <= area.height());
        const QRectF fitted(0, 0, 600, used);
        const Viewport v = ReportFigure::frameToData(scene, projection, fitted, 20);
        const QTransform t = v.transform(fitted);
        for (const TieState &state : scene.snapshot.ties)
            for (const QString &m : state.allMembers())
                if (const Actor *a = mDataset->actor(m))
                    QVERIFY2(fitted.adjusted(-1, -1, 1, 1).contains(t.map(projection.project(a->lon, a->lat))), qPrintable(m));
        // The empty far south (Antarctica) is not shown.
        QVERIFY2(t.map(projection.project(0, -80)).y() > fitted.bottom(), qPrintable(date.toString()));
    }
    // Only Asia-Pacific ties: zoomed in.
    Scene asia = Scene::fromParts(*mDataset, QDate(1952, 6, 1), {}, Language::English);
    QList<TieState> kept;
    for (const TieState &s : asia.snapshot.ties)
        if (mDataset->ties[s.tie].region == TieRegion::AsiaPacific)
            kept.append(s);
    QVERIFY(!kept.isEmpty());
    asia.snapshot.ties = kept;
    QVERIFY(ReportFigure::frameToData(asia, projection, QRectF(0, 0, 600, 400), 20).zoom > 1.5);
}

void tst_ReportFigure::legendOnlyWhatAppears()
{
    const Scene early = Scene::fromParts(*mDataset, QDate(1952, 6, 1), {}, Language::English);
    const Scene late = Scene::fromParts(*mDataset, QDate(2021, 9, 15), {}, Language::English);
    const auto texts = [](const Scene &s) {
        QStringList t;
        for (const FigureLegendEntry &e : ReportFigure::legendEntries(s))
            t.append(e.text);
        return t;
    };
    QVERIFY(!texts(early).join(u'|').contains(QStringLiteral("Minilateral:")));
    QVERIFY(texts(late).join(u'|').contains(QStringLiteral("Minilateral:")));
    QVERIFY(texts(late).size() > texts(early).size());

    // Alliances keyed as the map draws them: NATO's members outlined, ANZUS (three members) marked.
    const auto kindOf = [](const Scene &s, const QString &text) {
        for (const FigureLegendEntry &e : ReportFigure::legendEntries(s))
            if (e.text == text)
                return int(e.kind);
        return -1;
    };
    QCOMPARE(kindOf(late, QStringLiteral("Alliance (members outlined)")), int(FigureLegendEntry::Kind::Outline));
    QCOMPARE(kindOf(early, QStringLiteral("Multilateral alliance")), int(FigureLegendEntry::Kind::Marker));
}

void tst_ReportFigure::captionsWellFormedForEverySource()
{
    const Dataset &d = *mDataset;
    int checked = 0;
    for (const Source &source : d.sources) {
        // A snapshot of one tie whose evidence cites the source (or none), so the caption cites it.
        Snapshot snapshot;
        snapshot.date = QDate(2021, 9, 15);
        for (qsizetype i = 0; i < d.ties.size() && snapshot.ties.isEmpty(); ++i)
            for (const Evidence *e : d.evidenceFor(d.ties[i].id))
                if (e->source == source.key) {
                    snapshot.ties.append({ static_cast<int>(i), TieStatus::InForce, d.ties[i].memberIds(), {}, {} });
                    break;
                }
        for (Language language : { Language::English, Language::Chinese }) {
            const QString shortForm = FigureCaption::shortCitation(source, language);
            QVERIFY2(unbalanced(shortForm).isEmpty(), qPrintable(source.key + QStringLiteral(": ") + shortForm));
            QVERIFY2(!shortForm.contains(source.title.text(language)) || source.title.isEmpty(), qPrintable(source.key + QStringLiteral(": ") + shortForm));
            const QString caption = FigureCaption::build(d, snapshot, {}, QString(), language);
            QVERIFY2(unbalanced(caption).isEmpty(), qPrintable(source.key + QStringLiteral(": ") + caption));
            if (source.kind != SourceKind::Primary && !snapshot.ties.isEmpty())
                QVERIFY2(caption.contains(shortForm), qPrintable(source.key + QStringLiteral(": ") + caption));
            for (const QString &reference : FigureCaption::references(d, snapshot, language))
                QVERIFY2(reference.startsWith(u'['), qPrintable(reference));
            ++checked;
        }
    }
    QCOMPARE(checked, 2 * d.sources.size());
}

void tst_ReportFigure::shortCitations()
{
    const Dataset &d = *mDataset;
    const auto cite = [&d](const char *key, Language language) { return FigureCaption::shortCitation(*d.source(QLatin1String(key)), language); };
    QCOMPARE(cite("ratner2025", Language::English), QStringLiteral("IPP Review 2025")); // was "IPP Review (Institute of Public Policy 2025"
    QCOMPARE(cite("ratner2025", Language::Chinese), QStringLiteral("IPP评论 2025"));
    QCOMPARE(cite("csis-triad-2023", Language::English), QStringLiteral("Poling et al. 2023"));
    QCOMPARE(cite("kh-gsomia-2023", Language::English), QStringLiteral("Shin 2023"));
    QCOMPARE(cite("xinhua-2023-05-25", Language::English), QStringLiteral("Xinhua 2023")); // the outlet, not the headline
    QCOMPARE(cite("atop4", Language::English), QStringLiteral("Leeds et al. 2002"));
    QCOMPARE(cite("li2024", Language::Chinese), QStringLiteral("李德杰 2024"));
}

void tst_ReportFigure::sameFigureEveryRun_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QString>("view");
    QTest::newRow("svg figure") << "svg" << "figure";
    QTest::newRow("png figure") << "png" << "figure";
    QTest::newRow("svg network") << "svg" << "network";
}

// The same scene exported twice gives the same file, byte for byte — also across processes, whose
// hashes iterate in different orders (QT_HASH_SEED): a figure can be regenerated and compared.
void tst_ReportFigure::sameFigureEveryRun()
{
    QFETCH(QString, suffix);
    QFETCH(QString, view);
    QByteArray first;
    for (const char *seed : { "1", "7" }) {
        const QString out = mDir.filePath(QStringLiteral("same-%1.%2").arg(QLatin1String(seed), suffix));
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_HASH_SEED"), QLatin1String(seed));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(ATLAS_APP), { QStringLiteral("export"), QStringLiteral("--view"), view, QStringLiteral("--at"),
                                                    QStringLiteral("2021-09-15"), QStringLiteral("--out"), out });
        QVERIFY(process.waitForFinished(120000));
        QCOMPARE(process.exitCode(), 0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.isEmpty());
        if (first.isEmpty())
            first = bytes;
        else
            QVERIFY2(bytes == first, "two exports of the same scene differ");
    }
}

QTEST_MAIN(tst_ReportFigure)
#include "tst_reportfigure.moc"
