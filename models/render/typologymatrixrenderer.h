// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/localizedtext.h"

#include <QDate>
#include <QFont>
#include <QHash>
#include <QList>
#include <QRectF>
#include <QSet>
#include <QString>

class QPaintDevice;
class QPainter;

namespace atlas {

class Dataset;
class Translator;
struct Snapshot;
struct TypologyScheme;

/// What the typology matrix shows: one scheme of a dataset at one date, in one language, with the
/// filtering cell, the selected and the hovered tie emphasised.
struct TypologyMatrixInput
{
    const Dataset *dataset = nullptr;
    QString scheme;
    QSet<QString> inForce; //!< ids of the ties in force at \a date (emphasised; the others are greyed)
    QDate date;
    Language language = Language::English;
    QString highlightedCell; //!< the cell that filters the views, or empty
    QString selectedTie;
    QString hoveredTie;
    /// Compare Dates: the ties that appeared (added) and disappeared (ended) between the two dates; their
    /// chips carry a "+" (blue) or a "−" (vermillion, struck through), as on the compare map.
    QSet<QString> appeared;
    QSet<QString> disappeared;
    const Translator *translator = nullptr; //!< the words' language; nullptr: the application's translators
};

/// Paints a 2×2 typology matrix (axes, cell names and definitions, each classified tie in its cell,
/// the ties the source does not classify, and the scheme's citation) into any QPainter: the typology
/// view calls it in paintEvent and figure export with a QImage, QPdfWriter or QSvgGenerator.
/// Stateless: layout() is recomputed from the input and the target, so hit tests agree with paint().
class TypologyMatrixRenderer
{
public:
    struct Chip
    {
        QString tie;
        QString label;
        QString cell; //!< empty for a tie the scheme does not classify
        QRectF rect;
        bool inForce = false;
        int pixelSize = 0; //!< font size of the label
    };
    struct TextBox
    {
        QRectF rect;
        QString text;
    };
    struct CellBox
    {
        QString id;
        QRectF rect;
        TextBox name;
        TextBox definition; //!< empty text when it did not fit
        TextBox more;       //!< "+N more" when not every tie fits
        bool highX = false;
        bool highY = false;
    };
    /// Where everything goes for one target rectangle (device pixels of the painter's device).
    struct Layout
    {
        QFont font;
        QFont boldFont;
        QFont smallFont;
        QFont titleFont;
        QFont chipFont;
        TextBox title;
        TextBox message; //!< shown instead of the matrix when there is no scheme
        QRectF matrix;
        QList<CellBox> cells;
        TextBox xName, xLow, xHigh;
        TextBox yName, yLow, yHigh; //!< drawn rotated by -90°
        TextBox unclassifiedHeading;
        TextBox unclassifiedMore; //!< "+N more" when not all fit
        QList<Chip> chips;        //!< classified ties first, then the unclassified ones
        TextBox caption;
    };

    /// Lays out \a input in \a target; text is measured for \a device (the screen when nullptr).
    static Layout layout(const QRectF &target, const TypologyMatrixInput &input, const QPaintDevice *device = nullptr);
    static void paint(QPainter &painter, const QRectF &target, const TypologyMatrixInput &input);

    /// The id of the cell under \a pos, or empty.
    static QString cellAt(const QRectF &target, const TypologyMatrixInput &input, QPointF pos,
                          const QPaintDevice *device = nullptr);
    /// The id of the tie whose label is under \a pos (classified or not), or empty.
    static QString tieAt(const QRectF &target, const TypologyMatrixInput &input, QPointF pos,
                         const QPaintDevice *device = nullptr);

    /// The ids of the ties of \a snapshot whose status is in force (not suspended or proposed).
    static QSet<QString> inForceTies(const Dataset &dataset, const Snapshot &snapshot);
    /// li2024 when the dataset has it, else its first scheme, else nullptr.
    static const TypologyScheme *defaultScheme(const Dataset &dataset);

private:
    struct Compaction;
    /// layout() at one level of compaction; layout() takes the first level that keeps every tie.
    static Layout layoutAt(const QRectF &target, const TypologyMatrixInput &input, const QPaintDevice *device,
                           const Compaction &level);
};

} // namespace atlas
