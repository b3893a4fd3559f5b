// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/dataset.h"
#include "models/domain/issue.h"
#include "models/domain/localizedtext.h"
#include "models/query/datecomparison.h"
#include "models/query/snapshot.h"
#include "models/query/textsize.h"

#include <QObject>
#include <QSet>

#include <optional>

namespace atlas {

class TimeController;

/// What is selected across views: a tie, an actor or an event, by id.
struct Selection
{
    enum class Kind { None, Tie, Actor, Event };
    Kind kind = Kind::None;
    QString id;

    friend bool operator==(const Selection &, const Selection &) = default;
};

/// The open document that every view shares (Tiled's MapDocument): the dataset, the hidden members,
/// the selection, the dataset language and the time controller. Views change state only through it
/// and follow its signals; snapshot() is the cached answer for the current date and toggles.
class AtlasDocument : public QObject
{
    Q_OBJECT

public:
    explicit AtlasDocument(QObject *parent = nullptr);
    ~AtlasDocument() override;

    const Dataset &dataset() const { return mDataset; }
    /// Replaces the dataset whole; clears the selection and hidden actors that no longer exist.
    void setDataset(Dataset dataset);

    TimeController *time() const { return mTime; }

    const QSet<QString> &hiddenActors() const { return mHidden; }
    bool isHidden(const QString &actor) const { return mHidden.contains(actor); }
    void setActorHidden(const QString &actor, bool hidden);
    void setHiddenActors(const QSet<QString> &hidden);

    const Selection &selection() const { return mSelection; }
    void setSelection(const Selection &selection);

    Language language() const { return mLanguage; }
    void setLanguage(Language language);

    /// The text size every view multiplies its text by (View > Text Size); \see TextSizes::scale()
    TextSize textSize() const { return mTextSize; }
    double textScale() const { return TextSizes::scale(mTextSize); }
    void setTextSize(TextSize size);

    /// Issues of the last dataset that failed to open (the open dataset stays), or warnings of the
    /// open one.
    const QList<Issue> &issues() const { return mIssues; }
    void setIssues(const QList<Issue> &issues);

    /// What is in force at the current date with the current toggles (cached until either changes).
    /// With a type filter active, only ties that pass it. \see passesTypeFilter()
    const Snapshot &snapshot() const;

    /// Restricts snapshot() (so the map, the table and the timeline) to the ties placed in \a cell of
    /// typology \a scheme; an empty \a cell clears the filter. Emits typeFilterChanged and snapshotChanged.
    void setTypeFilter(const QString &scheme, const QString &cell);
    void clearTypeFilter() { setTypeFilter({}, {}); }
    bool hasTypeFilter() const { return !mTypeFilterCell.isEmpty(); }
    QString typeFilterScheme() const { return mTypeFilterScheme; }
    QString typeFilterCell() const { return mTypeFilterCell; }
    /// True when no type filter is active or \a tieId is placed in the filtered cell. For views that
    /// build on the dataset rather than on snapshot() (the timeline's lanes).
    bool passesTypeFilter(const QString &tieId) const;

    /// Compare mode (View > Compare Dates): the first date, compared with the current one; invalid: off.
    QDate compareFrom() const { return mCompareFrom; }
    bool isComparing() const { return mCompareFrom.isValid(); }
    /// Turns compare mode on with \a from as its first date, or off with an invalid date; emits
    /// compareChanged when it changed.
    void setCompareFrom(QDate from);
    /// What changed from compareFrom() to the current date with the hidden actors (cached like
    /// snapshot()); nullptr when compare mode is off or the first date is after the current one
    /// (DateComparison::check() says why).
    const DateComparison *comparison() const;

signals:
    void datasetChanged();
    void hiddenActorsChanged();
    void selectionChanged(const atlas::Selection &selection);
    void languageChanged(atlas::Language language);
    void textSizeChanged(atlas::TextSize size);
    void issuesChanged();
    /// Emitted when the current date or the toggles or the dataset changed the snapshot.
    void snapshotChanged();
    void typeFilterChanged();
    /// Compare mode was turned on or off or its first date moved (the current date moving emits snapshotChanged).
    void compareChanged();

private:
    void invalidate();

    Dataset mDataset;
    TimeController *mTime = nullptr;
    QSet<QString> mHidden;
    Selection mSelection;
    Language mLanguage = Language::English;
    TextSize mTextSize = TextSize::Normal;
    QList<Issue> mIssues;
    QString mTypeFilterScheme;
    QString mTypeFilterCell;
    mutable Snapshot mSnapshot;
    mutable bool mSnapshotValid = false;
    QDate mCompareFrom;
    mutable std::optional<DateComparison> mComparison; //!< reset with the snapshot
};

} // namespace atlas
