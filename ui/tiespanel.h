// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace atlas {

class AtlasDocument;
class TieTableModel;

/// The "Ties in Force" dock: the ties in force at the document's date in a sortable table, with a
/// note on partial dates under it. Its highlight is the document's selection, both ways: choosing a
/// row selects the tie everywhere, and a tie selected elsewhere (map, timeline, inspector) is the
/// highlighted row, while a country, an event or nothing selected leaves no row highlighted.
class TiesPanel : public QDockWidget
{
    Q_OBJECT

public:
    explicit TiesPanel(AtlasDocument *document, QWidget *parent = nullptr);

    QTableView *table() const { return mTable; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    /// Highlights the row of the selected tie, or none.
    void showSelection();

    AtlasDocument *mDocument;
    TieTableModel *mModel = nullptr;
    QSortFilterProxyModel *mProxy = nullptr;
    QTableView *mTable = nullptr;
    QLabel *mDateNote = nullptr;
    bool mShowingSelection = false;
};

} // namespace atlas
