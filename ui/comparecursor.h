// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QObject>
#include <QPointer>

class QCPItemRect;
class QCPItemStraightLine;
class QCPItemText;
class QCustomPlot;

namespace atlas {

class AtlasDocument;

/// Compare mode on the timeline's plot: a second cursor at the first date A (the window's date is the
/// plot's own cursor, B) and the interval between them shaded. Shift-drag on the plot sets A (and turns
/// compare mode on). Added to the plot from outside (an event filter and items on its cursor layer), so
/// the timeline widget itself knows nothing of compare mode.
class CompareCursor : public QObject
{
    Q_OBJECT

public:
    CompareCursor(AtlasDocument *document, QCustomPlot *plot);

    /// Where the cursor of A is drawn (plot x in pixels), or -1 when compare mode is off. For tests.
    double cursorX() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update();
    QDate dateAt(double x) const;

    QPointer<AtlasDocument> mDocument;
    QCustomPlot *mPlot;
    QCPItemRect *mInterval = nullptr;
    QCPItemStraightLine *mLine = nullptr;
    QCPItemText *mLabel = nullptr;
    bool mDragging = false;
};

} // namespace atlas
