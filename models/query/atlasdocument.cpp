// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/query/atlasdocument.h"

#include "models/query/timecontroller.h"

namespace atlas {

AtlasDocument::AtlasDocument(QObject *parent)
    : QObject(parent)
    , mTime(new TimeController(this))
{
    connect(mTime, &TimeController::dateChanged, this, &AtlasDocument::invalidate);
}

AtlasDocument::~AtlasDocument() = default;

void AtlasDocument::setDataset(Dataset dataset)
{
    // Every piece of derived state is brought in line with the new dataset before any signal: a
    // slot that reads the snapshot, the toggles or the selection must never see the old dataset's
    // indices next to the new dataset (a use-after-free in NetworkView::rebuild once did).
    mDataset = std::move(dataset);
    mDataset.buildIndex();
    mSnapshotValid = false;
    mSnapshot = {};
    mComparison.reset();
    QSet<QString> hidden;
    for (const QString &id : std::as_const(mHidden))
        if (mDataset.actor(id))
            hidden.insert(id);
    const bool hiddenChanged = hidden != mHidden;
    mHidden = hidden;
    const bool filterChanged = hasTypeFilter() && !mDataset.typology(mTypeFilterScheme);
    if (filterChanged) {
        mTypeFilterScheme.clear();
        mTypeFilterCell.clear();
    }
    const bool selectionWasSet = mSelection != Selection {};
    mSelection = {};

    emit datasetChanged();
    if (filterChanged)
        emit typeFilterChanged();
    if (hiddenChanged)
        emit hiddenActorsChanged();
    if (selectionWasSet)
        emit selectionChanged(mSelection);
    emit snapshotChanged();
}

void AtlasDocument::setActorHidden(const QString &actor, bool hidden)
{
    QSet<QString> set = mHidden;
    if (hidden)
        set.insert(actor);
    else
        set.remove(actor);
    setHiddenActors(set);
}

void AtlasDocument::setHiddenActors(const QSet<QString> &hidden)
{
    if (hidden == mHidden)
        return;
    mHidden = hidden;
    emit hiddenActorsChanged();
    invalidate();
}

void AtlasDocument::setSelection(const Selection &selection)
{
    if (selection == mSelection)
        return;
    mSelection = selection;
    emit selectionChanged(mSelection);
}

void AtlasDocument::setLanguage(Language language)
{
    if (language == mLanguage)
        return;
    mLanguage = language;
    emit languageChanged(mLanguage);
}

void AtlasDocument::setTextSize(TextSize size)
{
    if (size == mTextSize)
        return;
    mTextSize = size;
    emit textSizeChanged(mTextSize);
}

void AtlasDocument::setIssues(const QList<Issue> &issues)
{
    mIssues = issues;
    emit issuesChanged();
}

const Snapshot &AtlasDocument::snapshot() const
{
    if (!mSnapshotValid) {
        mSnapshot = takeSnapshot(mDataset, mTime->date(), mHidden);
        if (hasTypeFilter())
            mSnapshot.ties.removeIf([this](const TieState &s) { return !passesTypeFilter(mDataset.ties[s.tie].id); });
        mSnapshotValid = true;
    }
    return mSnapshot;
}

void AtlasDocument::setTypeFilter(const QString &scheme, const QString &cell)
{
    const QString s = cell.isEmpty() ? QString() : scheme;
    if (s == mTypeFilterScheme && cell == mTypeFilterCell)
        return;
    mTypeFilterScheme = s;
    mTypeFilterCell = cell;
    emit typeFilterChanged();
    invalidate();
}

bool AtlasDocument::passesTypeFilter(const QString &tieId) const
{
    if (!hasTypeFilter())
        return true;
    const Placement *p = mDataset.placement(mTypeFilterScheme, tieId);
    return p && p->cell == mTypeFilterCell;
}

void AtlasDocument::setCompareFrom(QDate from)
{
    if (from == mCompareFrom)
        return;
    mCompareFrom = from;
    mComparison.reset();
    emit compareChanged();
}

const DateComparison *AtlasDocument::comparison() const
{
    if (!isComparing() || !DateComparison::check(mCompareFrom, mTime->date()).isEmpty())
        return nullptr;
    if (!mComparison)
        mComparison = DateComparison::compare(mDataset, mCompareFrom, mTime->date(), mHidden);
    return &*mComparison;
}

void AtlasDocument::invalidate()
{
    mSnapshotValid = false;
    mComparison.reset();
    emit snapshotChanged();
}

} // namespace atlas
