// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/actor.h"

#include <QAbstractItemModel>
#include <QPointer>
#include <QStringList>

namespace atlas {

class AtlasDocument;

/// Every actor of the document's dataset as a checkable tree grouped by region (organisations in a
/// group of their own): checked = visible. Checking writes through AtlasDocument::setHiddenActors, and
/// the model follows the document's hiddenActorsChanged, datasetChanged and languageChanged.
class MemberModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        ActorIdRole = Qt::UserRole + 1, //!< actor id; empty on a group row
        SearchRole,                     //!< id and names in both languages, for filtering
    };

    explicit MemberModel(AtlasDocument *document, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    /// Re-emits the group rows after a change of the UI language (their names are translated).
    void retranslate();

    /// The index of \a actorId, or an invalid one.
    QModelIndex indexOf(const QString &actorId) const;

private:
    struct Group
    {
        bool organisations = false;
        ActorRegion region = ActorRegion::Other;
        QStringList actors; //!< ids, sorted by name in the document's language
    };

    void rebuild();
    void refreshChecks();
    QString groupName(const Group &group) const;
    Qt::CheckState groupState(const Group &group) const;

    QPointer<AtlasDocument> mDocument;
    QList<Group> mGroups;
};

} // namespace atlas
