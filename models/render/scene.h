// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/localizedtext.h"
#include "models/i18n/translator.h"
#include "models/query/atlasdocument.h"
#include "models/query/snapshot.h"
#include "models/render/maprenderer.h"

#include <QDate>
#include <QSet>
#include <QString>

#include <memory>

namespace atlas {

class Dataset;

/**
 * What a renderer paints, as a value: built once from the document (the screen, Copy figure) or from
 * parts (export, the command line) and handed to the map, timeline, typology, network and figure
 * renderers. It refers to the dataset (which must outlive it) and holds everything else by value,
 * including the translator of its language: painting a scene never reads the live document nor the
 * application's installed translators, so a figure can be made in another language than the window's.
 *
 * The colours are Palette's (one palette for every view); textScale multiplies text sizes.
 */
struct Scene
{
    const Dataset *dataset = nullptr;
    Snapshot snapshot;   //!< what is in force at \a date with \a hidden and the type filter
    QDate date;
    QDate firstDay;      //!< the timeline's range (the time controller's minimum and maximum)
    QDate lastDay;
    QSet<QString> hidden;
    Selection selection;
    QString typeFilterScheme; //!< the typology cell that filters the snapshot, if any
    QString typeFilterCell;
    QString scheme;      //!< typology scheme that colours minilaterals; empty: the dataset's default
    Language language = Language::English; //!< of the dataset's texts and of translate()
    double textScale = 1.0;
    std::shared_ptr<const Translator> translator; //!< \a language's words; \see translate()
    /// Compare mode: what changed from an earlier date to \a date (drawn by the map's CompareLayer); null: off.
    std::shared_ptr<const DateComparison> compare;

    /// The document's state now: its dataset (referenced), snapshot, date, range, hidden actors,
    /// selection, type filter and language.
    static Scene fromDocument(const AtlasDocument &document);
    /// A scene without a document: the snapshot of \a dataset at \a date with \a hidden, nothing
    /// selected or filtered, the timeline's range from 1945 (or \a date) to \a date.
    static Scene fromParts(const Dataset &dataset, QDate date, const QSet<QString> &hidden, Language language);

    /// Switches the language of the dataset's texts and of the words, and the translator with it.
    void setLanguage(Language language);

    /// \a source in the scene's language. Pass the text as QT_TRANSLATE_NOOP(context, source) so
    /// lupdate finds it. Without a translator (a default-built scene), the application's translators.
    QString translate(const char *context, const char *source, const char *disambiguation = nullptr, int n = -1) const
    {
        return translateWith(translator.get(), context, source, disambiguation, n);
    }

    /// The map's view of the scene (pointers into this scene: keep it alive while the input is used).
    MapInput mapInput() const { return { dataset, &snapshot, &hidden, selection, compare.get() }; }
    /// The id of the selected tie, or empty.
    QString selectedTie() const { return selection.kind == Selection::Kind::Tie ? selection.id : QString(); }
    /// The typology scheme to show: \a scheme, or li2024 / the dataset's first when empty.
    QString schemeOrDefault() const;
};

} // namespace atlas
