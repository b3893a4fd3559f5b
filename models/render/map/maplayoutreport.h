// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <optional>

namespace atlas {

/// What a paint of the map drew and where, as the layers record it when MapRenderOptions::layoutReport
/// is set: the regions (map, legend, date), every label and every tie in force. Rectangles are in the
/// painter's target coordinates (output pixels for an image painted 1:1). toJson() writes the
/// "layout report" of the screenshot and export commands (regions, labels, ties, date).
struct MapLayoutReport
{
    /// A length for the reports' JSON: rounded to 1/100, so that output is stable across platforms.
    static double rounded(double v);
    /// A rectangle for the reports' JSON: [x, y, w, h], rounded(). Shared with FigureLayout.
    static QJsonArray rectJson(const QRectF &r);

    struct Label
    {
        QString text;
        QString kind; //!< country, tie, legend, caption or title (also lane and axis for other views)
        QRectF rect;
        double px = 0; //!< the font's pixel size as painted
    };
    struct Tie
    {
        QString id;
        bool visible = false;          //!< drawn, and at least partly inside the map
        std::optional<QRectF> glyph;   //!< a star's marker; none for arcs and outlined groups
        std::optional<QRectF> bounds;  //!< everything drawn for the tie (lines, marker, outlined countries)
        bool clipped = false;          //!< drawn but not wholly inside the map
    };

    QSizeF size;                    //!< of the target
    QRectF map;                     //!< the part of the target the map is fitted into
    std::optional<QRectF> legend;
    std::optional<QRectF> date;
    std::optional<QRectF> controls; //!< the view's zoom buttons; the renderer draws none
    QList<Label> labels;
    QList<Tie> ties;
    QDate day;                      //!< the date shown

    /// {"size":[w,h], "regions":{"map":[x,y,w,h], "legend":[..]|null, "date":[..]|null, "controls":[..]|null},
    ///  "labels":[{"text","kind","rect","px"}], "ties":[{"id","visible","glyph","bounds","clipped"}], "date":"YYYY-MM-DD"}
    QJsonObject toJson() const;
};

} // namespace atlas
