// SPDX-License-Identifier: GPL-3.0-or-later
// worldmapgen TOPOJSON OUT: the build-time step that decodes the Natural Earth TopoJSON, projects and
// simplifies every country (WorldMap::fromTopoJson) and writes the result as WorldMap::toBinary(),
// which the application reads as a resource (WorldMap::builtIn) instead of doing this at every start.
#include "models/geo/worldmap.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: worldmapgen TOPOJSON OUT\n");
        return 2;
    }
    QFile in(args[1]);
    if (!in.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "worldmapgen: cannot read %s\n", qPrintable(args[1]));
        return 1;
    }
    QString error;
    const atlas::WorldMap map = atlas::WorldMap::fromTopoJson(in.readAll(), atlas::EqualEarth(), &error);
    if (!error.isEmpty() || map.isEmpty()) {
        std::fprintf(stderr, "worldmapgen: %s: %s\n", qPrintable(args[1]), qPrintable(error.isEmpty() ? QStringLiteral("no countries") : error));
        return 1;
    }
    QSaveFile out(args[2]);
    if (!out.open(QIODevice::WriteOnly) || out.write(map.toBinary()) < 0 || !out.commit()) {
        std::fprintf(stderr, "worldmapgen: cannot write %s\n", qPrintable(args[2]));
        return 1;
    }
    return 0;
}
