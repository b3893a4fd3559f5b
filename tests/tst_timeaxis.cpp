// SPDX-License-Identifier: GPL-3.0-or-later
// The date axis's tick logic (TimeAxis), shared by the screen's timeline and exported timeline strips.
#include "models/render/timeaxis.h"

#include <QDate>
#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QTest>

using namespace atlas;

class tst_TimeAxis : public QObject
{
    Q_OBJECT

private slots:
    void labelsNeverOverlap_data();
    void labelsNeverOverlap();
    void precisionFollowsTheSpan_data();
    void precisionFollowsTheSpan();
    void emptyOrInvertedRange();
};

namespace {

double jd(QDate d)
{
    return double(d.toJulianDay());
}

} // namespace

void tst_TimeAxis::labelsNeverOverlap_data()
{
    QTest::addColumn<double>("pointSize");
    QTest::addColumn<int>("language");
    const QList<double> sizes { 5.0, 9.0, 14.0 };
    for (double size : sizes)
        for (int language : { int(Language::English), int(Language::Chinese) })
            QTest::addRow("%gpt-%s", size, language == int(Language::Chinese) ? "zh" : "en") << size << language;
}

void tst_TimeAxis::labelsNeverOverlap()
{
    QFETCH(double, pointSize);
    QFETCH(int, language);
    QFont font;
    font.setPointSizeF(pointSize);
    const QFontMetricsF metrics(font);
    const double gap = TimeAxis::gap(metrics);
    QVERIFY(gap > 0);
    const QDate start(1948, 5, 17);
    const QList<QDate> ends { start.addMonths(1), start.addMonths(3), start.addYears(1), start.addYears(5),
                              start.addYears(30), start.addYears(80), start.addYears(200) };
    for (const QDate &end : ends) {
        for (int width = 200; width <= 4000; width += 95) {
            const double from = jd(start);
            const double to = jd(end) + 1;
            const TimeAxisTicks ticks = TimeAxis::ticks(from, to, width, metrics, Language(language));
            const QString where = QStringLiteral("%1 to %2 in %3 px").arg(start.toString(Qt::ISODate), end.toString(Qt::ISODate)).arg(width);
            // Enough room for a year's label always gets at least one labelled tick within a span
            // of more than a year, and none falls outside the range.
            if (end >= start.addYears(2))
                QVERIFY2(!ticks.major.isEmpty(), qPrintable(where));
            double previousRight = -1e300;
            double previousDay = -1e300;
            for (const TimeAxisTick &tick : ticks.major) {
                QVERIFY2(tick.day >= from && tick.day <= to, qPrintable(where));
                QVERIFY2(tick.day > previousDay, qPrintable(where));
                QVERIFY2(!tick.label.isEmpty(), qPrintable(where));
                const double x = (tick.day - from) / (to - from) * width;
                const double half = metrics.horizontalAdvance(tick.label) / 2;
                QVERIFY2(x - half >= previousRight + gap - 1e-6, qPrintable(where + QStringLiteral(": ") + tick.label));
                previousRight = x + half;
                previousDay = tick.day;
            }
            for (double day : ticks.minor)
                QVERIFY2(day >= from && day <= to, qPrintable(where));
        }
    }
}

void tst_TimeAxis::precisionFollowsTheSpan_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("width");
    QTest::addColumn<QStringList>("firstLabels");
    QTest::newRow("a month, wide: days") << QDate(2021, 9, 1) << QDate(2021, 9, 30) << 4000
                                         << QStringList { QStringLiteral("1 Sep 2021"), QStringLiteral("2 Sep 2021") };
    QTest::newRow("a year: months") << QDate(2021, 1, 1) << QDate(2021, 12, 31) << 1900
                                    << QStringList { QStringLiteral("Jan 2021"), QStringLiteral("Feb 2021") };
    QTest::newRow("eighty years: years") << QDate(1945, 1, 1) << QDate(2025, 1, 1) << 800
                                         << QStringList { QStringLiteral("1945"), QStringLiteral("1950") };
    QTest::newRow("two hundred years, narrow") << QDate(1825, 1, 1) << QDate(2025, 1, 1) << 200
                                               << QStringList { QStringLiteral("1850"), QStringLiteral("1900") };
}

void tst_TimeAxis::precisionFollowsTheSpan()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, width);
    QFETCH(QStringList, firstLabels);
    QFont font;
    font.setPixelSize(12);
    const TimeAxisTicks ticks = TimeAxis::ticks(jd(from), jd(to) + 1, width, QFontMetricsF(font), Language::English);
    QVERIFY(ticks.major.size() >= firstLabels.size());
    for (int i = 0; i < firstLabels.size(); ++i)
        QCOMPARE(ticks.major[i].label, firstLabels[i]);
}

void tst_TimeAxis::emptyOrInvertedRange()
{
    const QFontMetricsF metrics { QFont() };
    QVERIFY(TimeAxis::ticks(100, 100, 800, metrics, Language::English).major.isEmpty());
    QVERIFY(TimeAxis::ticks(200, 100, 800, metrics, Language::English).major.isEmpty());
    QVERIFY(TimeAxis::ticks(100, 200, 0, metrics, Language::English).major.isEmpty());
}

QTEST_MAIN(tst_TimeAxis)
#include "tst_timeaxis.moc"
