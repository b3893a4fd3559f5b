// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/render/figurerenderer.h"
#include "models/domain/localizedtext.h"
#include "models/query/textsize.h"

#include <QMainWindow>

class QAction;
class QMenu;
class QDockWidget;
class QDragEnterEvent;
class QDropEvent;

namespace atlas {

class AtlasDocument;
class InspectorDock;
class IssuesPanel;
class RecentFilesMenu;
class TiesPanel;
class MapView;
class MemberPanel;
class ComparePanel;
class MetricsChart;
class NetworkView;
class TimelineWidget;
class TypologyView;

/// Composes the views around one AtlasDocument and wires them; owns no domain logic.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(AtlasDocument *document, QWidget *parent = nullptr);

    /// Opens \a path; on failure shows the issues and keeps the current dataset. Returns success.
    bool openDataset(const QString &path);
    /// Imports ATOP's member-level and alliance-level CSV files as the dataset; on failure shows the
    /// issues and keeps the current dataset. Returns success.
    bool importAtop(const QString &memberCsv, const QString &allianceCsv);

    /// Opens a view file (*.atlasview): its dataset, date, toggles, selection, zoom, scheme and
    /// language. On failure shows the issues and changes nothing. Returns success.
    bool openViewFile(const QString &path);
    /// Saves the current view to \a path atomically; returns an empty string or the reason it failed.
    QString saveViewFile(const QString &path) const;
    /// Switches the UI and the dataset text to \a language (also View > Language).
    void setLanguage(Language language);
    /// Opens presentation mode (View > Present, F5).
    void present();

    /// Version of the saved dock layout (QMainWindow::saveState); a state of another version is not restored.
    static constexpr int LayoutVersion = 2;
    /// Puts every panel back in the default layout around the map (View > Reset Layout).
    void resetLayout();
    /// Hides every panel so the map fills the window, or brings them back as they were (View > Focus Map, Ctrl+M).
    void setMapFocused(bool focused);
    /// Sets the text size of every view (View > Text Size, Ctrl+= and Ctrl+−); saved in the settings.
    void setTextSize(TextSize size);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createDocks();
    void createLayoutActions();
    QList<QDockWidget *> docks() const;
    /// Docks every panel in the default places (right column, timeline under the map).
    void arrangeDocks();
    /// Sizes the docks in proportion to the window.
    void fitDocks();
    void applyTextSize(TextSize size);
    void retranslateUi();
    void openDatasetDialog();
    void importAtopDialog();
    void createSessionActions();
    void retranslateSessionActions();
    void exportFigureDialog();
    void copyFigure();
    /// The view holding the keyboard focus, for Export Figure and Copy Figure (the map by default).
    FigureView currentFigureView() const;
    void saveViewDialog();
    void openViewDialog();
    void readSettings();
    void writeSettings() const;

    AtlasDocument *mDocument;
    IssuesPanel *mIssuesDock = nullptr;
    TiesPanel *mTiesDock = nullptr;
    MapView *mMapView = nullptr;
    MemberPanel *mMemberPanel = nullptr;
    QAction *mResetMapAction = nullptr;
    QDockWidget *mTimelineDock = nullptr;
    TimelineWidget *mTimeline = nullptr;
    InspectorDock *mInspectorDock = nullptr;
    QDockWidget *mTypologyDock = nullptr;
    TypologyView *mTypologyView = nullptr;
    QDockWidget *mNetworkDock = nullptr;
    NetworkView *mNetworkView = nullptr;
    QDockWidget *mMetricsDock = nullptr;
    MetricsChart *mMetricsChart = nullptr;
    ComparePanel *mComparePanel = nullptr;
    QMenu *mFileMenu = nullptr;
    QMenu *mEditMenu = nullptr;
    RecentFilesMenu *mRecentMenu = nullptr;
    QMenu *mLanguageMenu = nullptr;
    QAction *mExportAction = nullptr;
    QAction *mExportAnimationAction = nullptr;
    QAction *mCopyFigureAction = nullptr;
    QAction *mOpenViewAction = nullptr;
    QAction *mSaveViewAction = nullptr;
    QAction *mPresentAction = nullptr;
    QAction *mDarkAction = nullptr;
    QAction *mEnglishAction = nullptr;
    QAction *mChineseAction = nullptr;
    QString mDatasetPath; //!< file of the open dataset; empty for the built-in one
    QMenu *mViewMenu = nullptr;
    QAction *mOpenAction = nullptr;
    QAction *mImportAtopAction = nullptr;
    QAction *mQuitAction = nullptr;
    QAction *mFocusMapAction = nullptr;
    QAction *mResetLayoutAction = nullptr;
    QMenu *mTextSizeMenu = nullptr;
    QAction *mLargerTextAction = nullptr;
    QAction *mSmallerTextAction = nullptr;
    QByteArray mStateBeforeFocus;
    bool mLayoutRestored = false;
    bool mShownOnce = false;
};

} // namespace atlas
