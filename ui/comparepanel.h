// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>
#include <QPointer>

class QAction;
class QDateEdit;
class QLabel;
class QTreeWidget;

namespace atlas {

class AtlasDocument;

/// View > Compare Dates: the first date A (movable here or by Shift-dragging on the timeline), the
/// second date B (the window's date, moved with the timeline), and the change list: each tie added or ended and each member
/// joined or left or status changed between them, with its date, the event behind it and its evidence.
/// Clicking a change selects its tie everywhere. Compare mode lives in the document
/// (AtlasDocument::setCompareFrom): the panel shows itself when it is on and turns it off when closed.
class ComparePanel : public QDockWidget
{
    Q_OBJECT

public:
    explicit ComparePanel(AtlasDocument *document, QWidget *parent = nullptr);

    /// The checkable View > Compare Dates action: turns compare mode on (A ten years before the date)
    /// and off.
    QAction *compareAction() const { return mAction; }
    /// The change list (one top-level item per change; the tie id in Qt::UserRole).
    QTreeWidget *changeList() const { return mList; }
    QDateEdit *firstDateEdit() const { return mFirst; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void retranslateUi();
    void setComparing(bool on);
    void followCompareMode();
    void rebuildList();
    void followSelection();

    QPointer<AtlasDocument> mDocument;
    QAction *mAction = nullptr;
    QLabel *mFirstLabel = nullptr;
    QLabel *mSecondLabel = nullptr;
    QDateEdit *mFirst = nullptr;
    QLabel *mSecond = nullptr; //!< B, the window's date
    QLabel *mSummary = nullptr;
    QTreeWidget *mList = nullptr;
};

} // namespace atlas
