// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tiespanel.h"

#include "models/items/tietablemodel.h"
#include "models/query/atlasdocument.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QScopedValueRollback>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace atlas {

TiesPanel::TiesPanel(AtlasDocument *document, QWidget *parent)
    : QDockWidget(parent)
    , mDocument(document)
{
    setObjectName(QStringLiteral("tiesDock"));
    mModel = new TieTableModel(document, this);
    mProxy = new QSortFilterProxyModel(this);
    mProxy->setSourceModel(mModel);
    mProxy->setSortRole(TieTableModel::SortRole);

    auto *content = new QWidget(this);
    mTable = new QTableView(content);
    mTable->setObjectName(QStringLiteral("tieTable"));
    mTable->setModel(mProxy);
    mTable->setSortingEnabled(true);
    mTable->sortByColumn(TieTableModel::StartColumn, Qt::AscendingOrder);
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->setSelectionMode(QAbstractItemView::SingleSelection);
    mTable->horizontalHeader()->setStretchLastSection(true);
    mTable->verticalHeader()->hide();
    mDateNote = new QLabel(content);
    mDateNote->setTextFormat(Qt::PlainText);
    mDateNote->setWordWrap(true);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(mTable, 1);
    layout->addWidget(mDateNote);
    setWidget(content);

    connect(mTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (current.isValid() && !mShowingSelection)
            mDocument->setSelection({ Selection::Kind::Tie, current.data(TieTableModel::TieIdRole).toString() });
    });
    connect(document, &AtlasDocument::selectionChanged, this, &TiesPanel::showSelection);
    connect(mProxy, &QAbstractItemModel::modelReset, this, &TiesPanel::showSelection);
    retranslateUi();
}

void TiesPanel::showSelection()
{
    const Selection &selection = mDocument->selection();
    const int row = selection.kind == Selection::Kind::Tie ? mModel->rowOf(selection.id) : -1;
    const QModelIndex index = row >= 0 ? mProxy->mapFromSource(mModel->index(row, 0)) : QModelIndex();
    if (index.isValid() && mTable->selectionModel()->isRowSelected(index.row(), {}))
        return;
    const QScopedValueRollback<bool> guard(mShowingSelection, true);
    if (index.isValid()) {
        mTable->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        mTable->scrollTo(index);
    } else {
        mTable->selectionModel()->clear();
    }
}

void TiesPanel::retranslateUi()
{
    setWindowTitle(tr("Ties in Force"));
    mTable->setAccessibleName(tr("Ties in force"));
    mDateNote->setText(tr("A date known only to the year or month counts as in force for that whole year or month."));
}

void TiesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDockWidget::changeEvent(event);
}

} // namespace atlas
