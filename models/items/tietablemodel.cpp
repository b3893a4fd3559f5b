// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/items/tietablemodel.h"

#include "models/query/atlasdocument.h"
#include "models/text/plaintext.h"
#include "models/domain/vocabulary.h"

namespace atlas {

TieTableModel::TieTableModel(AtlasDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , mDocument(document)
{
    connect(document, &AtlasDocument::snapshotChanged, this, &TieTableModel::refresh);
    connect(document, &AtlasDocument::languageChanged, this, [this] {
        mForceReset = true;
        refresh();
    });
    connect(document, &AtlasDocument::datasetChanged, this, [this] { mForceReset = true; });
    refresh();
}

void TieTableModel::refresh()
{
    Snapshot next = mDocument ? mDocument->snapshot() : Snapshot();
    // While the timeline is dragged most dates change nothing the table shows: skip the reset then.
    const auto sameRows = [&] {
        if (next.ties.size() != mSnapshot.ties.size())
            return false;
        for (qsizetype i = 0; i < next.ties.size(); ++i) {
            const TieState &a = next.ties[i];
            const TieState &b = mSnapshot.ties[i];
            if (a.tie != b.tie || a.status != b.status || a.members != b.members || a.suspendedMembers != b.suspendedMembers)
                return false;
        }
        return true;
    };
    if (!mForceReset && sameRows()) {
        mSnapshot.date = next.date;
        return;
    }
    mForceReset = false;
    beginResetModel();
    mSnapshot = std::move(next);
    endResetModel();
}

int TieTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(mSnapshot.ties.size());
}

int TieTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TieTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !mDocument)
        return {};
    const TieState &state = mSnapshot.ties[index.row()];
    const Dataset &d = mDocument->dataset();
    if (state.tie < 0 || state.tie >= d.ties.size())
        return {};
    const Tie &tie = d.ties[state.tie];
    const Language lang = mDocument->language();

    if (role == TieIdRole)
        return tie.id;
    if (role == Qt::ToolTipRole && index.column() == NameColumn)
        return plainToolTip(tie.name.text(lang)); // dataset text: never interpreted as markup
    if (role != Qt::DisplayRole && role != SortRole)
        return {};

    switch (index.column()) {
    case NameColumn:
        return tie.label().text(lang);
    case KindColumn:
        return role == SortRole ? QVariant(static_cast<int>(tie.kind)) : QVariant(Vocabulary::label(tie.kind));
    case StatusColumn:
        return role == SortRole ? QVariant(static_cast<int>(state.status)) : QVariant(Vocabulary::label(state.status));
    case RegionColumn:
        return role == SortRole ? QVariant(static_cast<int>(tie.region)) : QVariant(Vocabulary::label(tie.region));
    case MembersColumn: {
        if (role == SortRole)
            return static_cast<int>(state.allMembers().size());
        QStringList names = state.members;
        for (const QString &s : state.suspendedMembers)
            names.append(tr("%1 (suspended)").arg(s));
        return names.join(QStringLiteral(", "));
    }
    case StartColumn:
        return role == SortRole ? QVariant(tie.fromDay) : QVariant(tie.start.displayString(lang));
    case EndColumn:
        if (role == SortRole)
            return tie.toDay;
        return tie.end.isValid() ? tie.end.displayString(lang) : tr("ongoing");
    default:
        break;
    }
    return {};
}

QVariant TieTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Tie");
    case KindColumn: return tr("Kind");
    case StatusColumn: return tr("Status");
    case RegionColumn: return tr("Region");
    case MembersColumn: return tr("Members");
    case StartColumn: return tr("Start");
    case EndColumn: return tr("End");
    default: break;
    }
    return {};
}

int TieTableModel::rowOf(const QString &tieId) const
{
    if (!mDocument)
        return -1;
    for (int row = 0; row < mSnapshot.ties.size(); ++row)
        if (mDocument->dataset().ties[mSnapshot.ties[row].tie].id == tieId)
            return row;
    return -1;
}

} // namespace atlas
