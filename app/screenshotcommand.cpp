// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/screenshotcommand.h"

#include "app/commandline.h"
#include "models/domain/dataset.h"
#include "models/query/atlasdocument.h"
#include "models/query/timecontroller.h"
#include "models/render/map/maplayoutreport.h"
#include "models/render/maprenderer.h"
#include "models/i18n/language.h"
#include "ui/languageswitcher.h"
#include "ui/mainwindow.h"
#include "ui/mapview.h"
#include "ui/presentationwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QEventLoop>
#include <QJsonArray>
#include <QTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>
#include <QToolButton>

namespace atlas {

namespace {

void settle(int rounds = 5)
{
    for (int i = 0; i < rounds; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

QJsonArray rectJson(const QRectF &r)
{
    return { qRound(r.x()), qRound(r.y()), qRound(r.width()), qRound(r.height()) };
}

/// The map's report moved from the map widget's coordinates to the window's.
void translateReport(MapLayoutReport &report, QPointF offset)
{
    report.map.translate(offset);
    for (std::optional<QRectF> *r : { &report.legend, &report.date, &report.controls })
        if (*r)
            (*r)->translate(offset);
    for (MapLayoutReport::Label &label : report.labels)
        label.rect.translate(offset);
    for (MapLayoutReport::Tie &tie : report.ties) {
        if (tie.glyph)
            tie.glyph->translate(offset);
        if (tie.bounds)
            tie.bounds->translate(offset);
    }
}

/// The short name of a view in the report ("timelineDock" -> "timeline").
QString widgetName(const QObject *object)
{
    QString name = object->objectName();
    for (const QLatin1String suffix : { QLatin1String("Dock"), QLatin1String("Panel") })
        if (name.endsWith(suffix))
            name.chop(suffix.size());
    if (name.startsWith(QLatin1String("presentation")) && name.size() > 12)
        name = name.mid(12).toLower();
    return name;
}

QJsonObject layoutReport(QWidget *window, MapView *map, AtlasDocument &document)
{
    MapLayoutReport report;
    QImage scratch(map->size(), QImage::Format_ARGB32_Premultiplied);
    scratch.fill(Qt::transparent);
    {
        QPainter painter(&scratch);
        MapRenderOptions options = map->renderOptions();
        options.layoutReport = &report;
        MapRenderer renderer;
        renderer.paint(painter, QRectF(map->rect()), document, options);
    }
    // The view's own buttons over the map.
    QRectF controls;
    for (QToolButton *button : map->findChildren<QToolButton *>())
        if (button->isVisible())
            controls = controls.united(QRectF(button->geometry()));
    if (!controls.isEmpty())
        report.controls = controls;
    translateReport(report, QPointF(map->mapTo(window, QPoint(0, 0))));
    report.size = window->size();

    QJsonObject json = report.toJson();
    QJsonObject widgets;
    widgets.insert(QStringLiteral("map"), rectJson(QRectF(QRect(map->mapTo(window, QPoint(0, 0)), map->size()))));
    const auto addWidget = [&](QWidget *w) {
        if (w && w != map && w->isVisible() && !w->objectName().isEmpty())
            widgets.insert(widgetName(w), rectJson(QRectF(QRect(w->mapTo(window, QPoint(0, 0)), w->size()))));
    };
    for (QDockWidget *dock : window->findChildren<QDockWidget *>())
        addWidget(dock);
    if (qobject_cast<PresentationWindow *>(window))
        for (const char *name : { "presentationTimeline", "presentationNotes" })
            addWidget(window->findChild<QWidget *>(QLatin1String(name)));
    json.insert(QStringLiteral("widgets"), widgets);
    json.insert(QStringLiteral("date"), document.time()->date().toString(Qt::ISODate));
    return json;
}

bool waitForAnimation(const TimeController *time)
{
    QElapsedTimer timer;
    timer.start();
    while (time->isAnimating()) {
        if (timer.elapsed() > 30000)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

} // namespace

QString ScreenshotCommand::usage()
{
    return tr("Usage: alliance-atlas screenshot [--dataset FILE] [--at DATE] --size WxH [--lang en|zh_CN] [--select TIE]\n"
              "                                 [--present N] [--text-size normal|large|projector] --out FILE.png\n"
              "                                 [--layout-report FILE.json]\n");
}

int ScreenshotCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const auto option = [](const char *name, const char *value) {
        return QCommandLineOption(QLatin1String(name), QString(), QLatin1String(value));
    };
    const QCommandLineOption datasetOption = option("dataset", "FILE");
    const QCommandLineOption atOption = option("at", "DATE");
    const QCommandLineOption sizeOption = option("size", "WxH");
    const QCommandLineOption langOption = option("lang", "LANG");
    const QCommandLineOption selectOption = option("select", "TIE");
    const QCommandLineOption presentOption = option("present", "N");
    const QCommandLineOption textSizeOption = option("text-size", "SIZE");
    const QCommandLineOption outOption = option("out", "FILE");
    const QCommandLineOption reportOption = option("layout-report", "FILE");
    parser.addOptions({ datasetOption, atOption, sizeOption, langOption, selectOption, presentOption, textSizeOption, outOption, reportOption });
    QStringList parsed{ args.value(0) };
    parsed += args.mid(2);
    const auto fail = [&err](const QString &message) {
        err << QStringLiteral("alliance-atlas screenshot: ") << message << '\n' << usage();
        return 2;
    };
    if (!parser.parse(parsed))
        return fail(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst()));
    if (!parser.isSet(outOption))
        return fail(tr("--out FILE.png is required"));
    const QRegularExpressionMatch size = QRegularExpression(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$")).match(parser.value(sizeOption));
    if (!size.hasMatch())
        return fail(tr("--size must be WxH, e.g. 1366x768"));
    const QSize pixels(size.captured(1).toInt(), size.captured(2).toInt());
    Language language = Language::English;
    if (parser.isSet(langOption)) {
        const auto lang = Languages::parse(parser.value(langOption));
        if (!lang)
            return fail(tr("unknown language \"%1\" (expected en or zh_CN)").arg(parser.value(langOption)));
        language = *lang;
    }
    TextSize textSize = TextSize::Normal;
    if (parser.isSet(textSizeOption)) {
        const auto parsedSize = TextSizes::parse(parser.value(textSizeOption));
        if (!parsedSize)
            return fail(tr("--text-size must be normal, large or projector"));
        textSize = *parsedSize;
    }
    QDate at;
    if (parser.isSet(atOption)) {
        at = QDate::fromString(parser.value(atOption), Qt::ISODate);
        if (!at.isValid())
            return fail(tr("--at must be a date YYYY-MM-DD"));
    }
    int present = 0;
    if (parser.isSet(presentOption)) {
        bool ok = false;
        present = parser.value(presentOption).toInt(&ok);
        if (!ok || present < 1)
            return fail(tr("--present must be a bookmark number from 1"));
    }

    std::optional<Dataset> dataset = CommandLine::loadDataset(parser.value(datasetOption), err);
    if (!dataset)
        return 1;
    if (present > dataset->bookmarks.size())
        return fail(tr("--present %1: the dataset has %2 bookmark(s)").arg(present).arg(dataset->bookmarks.size()));
    const QString select = parser.value(selectOption);
    if (!select.isEmpty() && !dataset->tie(select))
        return fail(tr("--select: no tie \"%1\" in the dataset").arg(select));

    // The user's own settings (saved layout, last date) must not change a screenshot.
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    LanguageSwitcher::apply(language);

    AtlasDocument document;
    document.setLanguage(language);
    document.setDataset(std::move(*dataset));
    document.setTextSize(textSize);
    if (at.isValid())
        document.time()->setDate(at);
    MainWindow main(&document);
    main.resize(pixels);
    std::unique_ptr<PresentationWindow> presentation;
    QWidget *window = &main;
    if (present > 0) {
        presentation = std::make_unique<PresentationWindow>(&document);
        presentation->setAttribute(Qt::WA_DeleteOnClose, false);
        presentation->resize(pixels);
        presentation->show();
        window = presentation.get();
        settle();
        presentation->goToBookmark(present - 1);
        if (!waitForAnimation(document.time())) {
            err << tr("alliance-atlas screenshot: the animation did not end") << '\n';
            return 1;
        }
    } else {
        main.show();
    }
    settle();
    if (!select.isEmpty()) {
        // Selected once the window shows, as a user would: the map flies to the tie; wait until it lands.
        document.setSelection({ Selection::Kind::Tie, select });
        QEventLoop flight;
        QTimer::singleShot(MapView::kFlightMs + 150, &flight, &QEventLoop::quit);
        flight.exec();
    }
    settle();
    if (window->size() != pixels) // a window manager could have refused the size; offscreen does not
        window->resize(pixels);
    settle();

    const QImage image = window->grab().toImage();
    if (!image.save(parser.value(outOption), "PNG")) {
        err << tr("alliance-atlas screenshot: could not write %1").arg(parser.value(outOption)) << '\n';
        return 1;
    }
    if (parser.isSet(reportOption)) {
        auto *map = window->findChild<MapView *>();
        if (!map)
            return 1;
        const QJsonObject report = layoutReport(window, map, document);
        QSaveFile file(parser.value(reportOption));
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(report).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
            err << tr("alliance-atlas screenshot: could not write %1").arg(parser.value(reportOption)) << '\n';
            return 1;
        }
    }
    out << tr("Wrote %1 (%2×%3)").arg(parser.value(outOption)).arg(image.width()).arg(image.height()) << '\n';
    if (presentation)
        presentation->close();
    return 0;
}

} // namespace atlas
