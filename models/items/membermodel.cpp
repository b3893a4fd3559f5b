// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/items/membermodel.h"

#include "models/query/atlasdocument.h"
#include "models/domain/vocabulary.h"
#include "models/text/plaintext.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>

namespace atlas {

namespace {
// Internal id of a group row; an actor row carries its group's row + 1.
constexpr quintptr kGroupRow = 0;
} // namespace

MemberModel::MemberModel(AtlasDocument *document, QObject *parent)
    : QAbstractItemModel(parent)
    , mDocument(document)
{
    connect(document, &AtlasDocument::datasetChanged, this, &MemberModel::rebuild);
    connect(document, &AtlasDocument::languageChanged, this, &MemberModel::rebuild);
    connect(document, &AtlasDocument::hiddenActorsChanged, this, &MemberModel::refreshChecks);
    rebuild();
}

void MemberModel::rebuild()
{
    beginResetModel();
    mGroups.clear();
    if (mDocument) {
        const Dataset &d = mDocument->dataset();
        const Language lang = mDocument->language();
        QCollator collator(lang == Language::Chinese ? QLocale(QLocale::Chinese, QLocale::China) : QLocale(QLocale::English));
        const ActorRegion order[] = { ActorRegion::NorthAmerica, ActorRegion::Europe, ActorRegion::EastAsia, ActorRegion::SoutheastAsia,
                                      ActorRegion::SouthAsia, ActorRegion::Oceania, ActorRegion::Other };
        auto sorted = [&](QStringList ids) {
            std::sort(ids.begin(), ids.end(), [&](const QString &a, const QString &b) {
                return collator.compare(d.actor(a)->name.text(lang), d.actor(b)->name.text(lang)) < 0;
            });
            return ids;
        };
        for (ActorRegion region : order) {
            QStringList ids;
            for (const Actor &a : d.actors)
                if (a.kind == ActorKind::Country && a.region == region)
                    ids.append(a.id);
            if (!ids.isEmpty())
                mGroups.append({ false, region, sorted(ids) });
        }
        QStringList organisations;
        for (const Actor &a : d.actors)
            if (a.kind == ActorKind::Organisation)
                organisations.append(a.id);
        if (!organisations.isEmpty())
            mGroups.append({ true, ActorRegion::Other, sorted(organisations) });
    }
    endResetModel();
}

void MemberModel::refreshChecks()
{
    for (int g = 0; g < mGroups.size(); ++g) {
        const QModelIndex group = index(g, 0);
        emit dataChanged(group, group, { Qt::CheckStateRole });
        if (!mGroups[g].actors.isEmpty())
            emit dataChanged(index(0, 0, group), index(static_cast<int>(mGroups[g].actors.size()) - 1, 0, group), { Qt::CheckStateRole });
    }
}

void MemberModel::retranslate()
{
    if (!mGroups.isEmpty())
        emit dataChanged(index(0, 0), index(static_cast<int>(mGroups.size()) - 1, 0), { Qt::DisplayRole, SearchRole });
}

QModelIndex MemberModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < mGroups.size() ? createIndex(row, 0, kGroupRow) : QModelIndex();
    if (parent.internalId() != kGroupRow || parent.row() >= mGroups.size() || row >= mGroups[parent.row()].actors.size())
        return {};
    return createIndex(row, 0, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex MemberModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kGroupRow)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kGroupRow);
}

int MemberModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(mGroups.size());
    if (parent.column() != 0 || parent.internalId() != kGroupRow || parent.row() >= mGroups.size())
        return 0;
    return static_cast<int>(mGroups[parent.row()].actors.size());
}

int MemberModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QString MemberModel::groupName(const Group &group) const
{
    return group.organisations ? tr("Organisations") : Vocabulary::label(group.region);
}

Qt::CheckState MemberModel::groupState(const Group &group) const
{
    qsizetype hidden = 0;
    for (const QString &id : group.actors)
        hidden += mDocument->isHidden(id) ? 1 : 0;
    if (hidden == 0)
        return Qt::Checked;
    return hidden == group.actors.size() ? Qt::Unchecked : Qt::PartiallyChecked;
}

QVariant MemberModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !mDocument)
        return {};
    if (index.internalId() == kGroupRow) {
        const Group &g = mGroups[index.row()];
        switch (role) {
        case Qt::DisplayRole:
            return tr("%1 (%2)").arg(groupName(g)).arg(g.actors.size());
        case Qt::CheckStateRole:
            return groupState(g);
        case SearchRole:
            return groupName(g);
        case ActorIdRole:
            return QString();
        default:
            return {};
        }
    }
    const QString &id = mGroups[index.internalId() - 1].actors[index.row()];
    const Actor *actor = mDocument->dataset().actor(id);
    if (!actor)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return actor->name.text(mDocument->language());
    case Qt::ToolTipRole:
        return plainToolTip(id); // ids are free text: never let Qt guess rich text
    case Qt::CheckStateRole:
        return mDocument->isHidden(id) ? Qt::Unchecked : Qt::Checked;
    case ActorIdRole:
        return id;
    case SearchRole:
        return id + u' ' + actor->name.en + u' ' + actor->name.zh;
    default:
        break;
    }
    return {};
}

bool MemberModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || !mDocument)
        return false;
    const bool visible = value.toInt() != Qt::Unchecked;
    if (index.internalId() == kGroupRow) {
        QSet<QString> hidden = mDocument->hiddenActors();
        for (const QString &id : mGroups[index.row()].actors) {
            if (visible)
                hidden.remove(id);
            else
                hidden.insert(id);
        }
        mDocument->setHiddenActors(hidden);
    } else {
        mDocument->setActorHidden(mGroups[index.internalId() - 1].actors[index.row()], !visible);
    }
    return true; // dataChanged comes from the document's hiddenActorsChanged
}

Qt::ItemFlags MemberModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
}

QModelIndex MemberModel::indexOf(const QString &actorId) const
{
    for (int g = 0; g < mGroups.size(); ++g) {
        const qsizetype row = mGroups[g].actors.indexOf(actorId);
        if (row >= 0)
            return index(static_cast<int>(row), 0, index(g, 0));
    }
    return {};
}

} // namespace atlas
