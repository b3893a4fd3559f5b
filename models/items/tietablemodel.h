// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/query/snapshot.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace atlas {

class AtlasDocument;

/// The ties in force at the document's current date, one row each. Follows the document: resets when
/// the snapshot, the dataset or the language changes. Sort through a QSortFilterProxyModel on SortRole.
class TieTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, KindColumn, StatusColumn, RegionColumn, MembersColumn, StartColumn, EndColumn, ColumnCount };
    enum Role { TieIdRole = Qt::UserRole + 1, SortRole };

    explicit TieTableModel(AtlasDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Row of \a tieId, or -1.
    int rowOf(const QString &tieId) const;

private:
    void refresh();

    QPointer<AtlasDocument> mDocument;
    Snapshot mSnapshot;
    bool mForceReset = true; //!< the next refresh resets even if the rows look the same (language, dataset)
};

} // namespace atlas
