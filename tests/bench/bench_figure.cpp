// SPDX-License-Identifier: GPL-3.0-or-later
// Figure export benchmark (not a test: prints figures, asserts nothing).
//   bench_figure [RUNS] [ATOP_DIR]
// Times, in this process, what `alliance-atlas export` does once the dataset is open: paint the figure
// and write the file. The curated report figure (`--view figure`, built-in dataset, 2016-01-01, A4
// landscape, 300-dpi PNG) and, when ATOP v4.01 is in ../shared/data/atop-v4, the ATOP network on
// 2016-01-01 as a 300-dpi PNG and as an SVG (the work compare-peer.py times in fresh processes).
// The first run of each is included: it reads the world map and warms the font caches, as an export does.
#include "app/commandline.h"
#include "models/domain/dataset.h"
#include "models/io/atopimporter.h"
#include "models/io/datasetreader.h"
#include "models/io/figurewriter.h"
#include "models/query/atlasdocument.h"
#include "models/query/timecontroller.h"
#include "models/render/figurerenderer.h"
#include "models/text/figurecaption.h"
#include "tests/bench/benchfigures.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>

using namespace atlas;
using namespace atlas::bench;

namespace {

/// Milliseconds of each of \a runs exports of \a view at 2016-01-01 from \a dataset to \a path.
QList<double> timeExports(Dataset dataset, FigureView view, const QString &path, FigurePage::Format format, int runs)
{
    AtlasDocument document;
    document.time()->setRange(QDate(1945, 1, 1), QDate(2030, 1, 1));
    document.setDataset(std::move(dataset));
    document.time()->setDate(QDate(2016, 1, 1));
    FigurePage page;
    page.format = format;
    const FigureRenderer renderer;
    FigureOptions options;
    options.view = view;
    options.title = FigureRenderer::defaultTitle(view, document);
    options.caption = FigureCaption::build(document.dataset(), document.snapshot(), document.hiddenActors(), QString(), document.language(), nullptr);
    if (view == FigureView::Report)
        options.references = FigureCaption::references(document.dataset(), document.snapshot(), document.language());
    return timeRepeated(runs, [&] {
        const QString error = FigureWriter::write(path, page, options.title,
                                                  [&](QPainter &painter, const QRectF &rect) { renderer.paint(painter, rect, document, options); });
        if (!error.isEmpty())
            std::printf("bench_figure: %s\n", qPrintable(error));
    });
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int runs = std::max(1, app.arguments().value(1, QStringLiteral("10")).toInt());
    const QString atopDir = app.arguments().value(2, QStringLiteral(ATLAS_SOURCE_DIR "/../shared/data/atop-v4"));
    QTemporaryDir dir;
    LoadResult builtIn = DatasetReader::readFile(CommandLine::builtInDatasetPath());
    if (!builtIn.dataset) {
        std::printf("bench_figure: cannot read the built-in dataset\n");
        return 1;
    }
    print(QStringLiteral("report figure, A4 300-dpi PNG (%1 exports)").arg(runs),
          timeExports(std::move(*builtIn.dataset), FigureView::Report, dir.filePath(QStringLiteral("figure.png")), FigurePage::Format::Png, runs),
          QStringLiteral("built-in"));

    if (!QFileInfo::exists(QDir(atopDir).filePath(AtopImporter::memberFileName()))) {
        std::printf("bench_figure: no ATOP data in %s; ATOP network not measured\n", qPrintable(QDir::cleanPath(atopDir)));
        return 0;
    }
    LoadResult atop = AtopImporter::importDirectory(atopDir);
    if (!atop.dataset) {
        std::printf("bench_figure: could not import ATOP from %s\n", qPrintable(atopDir));
        return 1;
    }
    const Dataset atopDataset = *atop.dataset;
    print(QStringLiteral("network figure 2016-01-01, A4 300-dpi PNG (%1 exports)").arg(runs),
          timeExports(atopDataset, FigureView::Network, dir.filePath(QStringLiteral("network.png")), FigurePage::Format::Png, runs),
          QStringLiteral("ATOP v4.01"));
    print(QStringLiteral("network figure 2016-01-01, SVG (%1 exports)").arg(runs),
          timeExports(atopDataset, FigureView::Network, dir.filePath(QStringLiteral("network.svg")), FigurePage::Format::Svg, runs),
          QStringLiteral("ATOP v4.01"));
    return 0;
}
