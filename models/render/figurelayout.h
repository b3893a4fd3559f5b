// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

namespace atlas {

/// One text drawn on a figure: what it is ("title", "lane", "legend", "axis", "caption", "reference",
/// "map-tie", "map-actor", ...), the text, where (points) and its size in points at print size.
struct FigureLabel
{
    QString kind;
    QString text;
    QRectF rect;
    double pt = 0;
};

/// Where a painted figure put its parts, for `export --layout-report` and the tests: the regions
/// (title, map, legend, timeline, caption, references), every label with its point size, and the ties
/// the map draws. Coordinates are the figure's logical points (FigurePage::logicalRect()).
struct FigureLayout
{
    QSizeF size;
    QMap<QString, QRectF> regions;
    QList<FigureLabel> labels;
    QStringList ties;  //!< ids of the ties the map draws, in snapshot order
    QStringList lanes; //!< ids of the ties with a lane in the timeline strip, top to bottom
    bool selectionHighlighted = false;

    void addLabel(const QString &kind, const QString &text, const QRectF &rect, double pt)
    {
        labels.append({ kind, text, rect, pt });
    }
    /// { "size": [w, h], "regions": { name: [x, y, w, h] }, "labels": [ { kind, text, rect, pt } ],
    ///   "ties": [ { id, visible } ], "lanes": [ id ], "selection_highlighted": bool } (the classroom-view contract).
    QJsonObject toJson() const;
};

} // namespace atlas
