// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/localizedtext.h"

#include <QMainWindow>

class QAction;
class QDateEdit;
class QLabel;
class QListWidget;
class QMenu;
class QSlider;
class QSortFilterProxyModel;
class QTableView;
class QDockWidget;

namespace atlas {

class AtlasDocument;
class TieTableModel;
class TimelineWidget;

/// Composes the views around one AtlasDocument and wires them; owns no domain logic.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(AtlasDocument *document, QWidget *parent = nullptr);

    /// Opens \a path; on failure shows the issues and keeps the current dataset. Returns success.
    bool openDataset(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createDocks();
    void retranslateUi();
    void syncDateControls();
    void showIssues();
    void openDatasetDialog();

    AtlasDocument *mDocument;
    TieTableModel *mTieModel = nullptr;
    QSortFilterProxyModel *mTieProxy = nullptr;
    QTableView *mTieTable = nullptr;
    QDateEdit *mDateEdit = nullptr;
    QSlider *mDateSlider = nullptr;
    QLabel *mDateLabel = nullptr;
    QLabel *mDateNote = nullptr;
    QListWidget *mIssueList = nullptr;
    QDockWidget *mIssuesDock = nullptr;
    QDockWidget *mTiesDock = nullptr;
    QDockWidget *mTimelineDock = nullptr;
    TimelineWidget *mTimeline = nullptr;
    QMenu *mFileMenu = nullptr;
    QMenu *mViewMenu = nullptr;
    QAction *mOpenAction = nullptr;
    QAction *mQuitAction = nullptr;
};

} // namespace atlas
