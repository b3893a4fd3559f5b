// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include "models/query/atlasdocument.h"
#include "models/io/atopimporter.h"
#include "models/io/datasetreader.h"
#include "models/items/tietablemodel.h"
#include "models/query/timecontroller.h"
#include "models/text/figurecaption.h"
#include "models/io/viewstate.h"
#include "models/query/issuetarget.h"
#include "models/i18n/language.h"
#include "ui/appearance.h"
#include "ui/animationdialog.h"
#include "ui/exportdialog.h"
#include "ui/inspectordock.h"
#include "ui/languageswitcher.h"
#include "ui/dateentry.h"
#include "ui/presentationwindow.h"
#include "ui/settingskeys.h"
#include "ui/mapview.h"
#include "ui/memberpanel.h"
#include "ui/metricschart.h"
#include "ui/networkview.h"
#include "ui/timelinewidget.h"
#include "ui/typologyview.h"

#include <QAction>
#include <QActionGroup>
#include <QClipboard>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QMimeData>
#include <QSettings>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace atlas {

MainWindow::MainWindow(AtlasDocument *document, QWidget *parent)
    : QMainWindow(parent)
    , mDocument(document)
{
    setObjectName(QStringLiteral("mainWindow"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);

    // The date is entered and shown in the timeline (its DateEntry, a view on the TimeController).
    mDateNote = new QLabel(central);
    mDateNote->setTextFormat(Qt::PlainText);
    mDateNote->setWordWrap(true);
    layout->addWidget(mDateNote);

    mTieModel = new TieTableModel(document, this);
    mTieProxy = new QSortFilterProxyModel(this);
    mTieProxy->setSourceModel(mTieModel);
    mTieProxy->setSortRole(TieTableModel::SortRole);
    mTieTable = new QTableView(central);
    mTieTable->setObjectName(QStringLiteral("tieTable"));
    mTieTable->setModel(mTieProxy);
    mTieTable->setSortingEnabled(true);
    mTieTable->sortByColumn(TieTableModel::StartColumn, Qt::AscendingOrder);
    mTieTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTieTable->setSelectionMode(QAbstractItemView::SingleSelection);
    mTieTable->horizontalHeader()->setStretchLastSection(true);
    mTieTable->verticalHeader()->hide();
    // The map is the centre of the window; the table of ties in force lives in a dock (createDocks).
    mMapView = new MapView(document, central);
    layout->addWidget(mMapView, 1);
    setCentralWidget(central);

    connect(mTieTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            mDocument->setSelection({ Selection::Kind::Tie, current.data(TieTableModel::TieIdRole).toString() });
    });

    createActions();
    createDocks();
    connect(document, &AtlasDocument::issuesChanged, this, &MainWindow::showIssues);
    createSessionActions();
    retranslateUi();
    showIssues();
    resize(1400, 900);
    resizeDocks({ mTimelineDock }, { 320 }, Qt::Vertical); // after resize(): else the map takes all the height
    // The inspector opens tall enough to read: 40 % of the window, the matrix and the network below it.
    resizeDocks({ mInspectorDock, mNetworkDock }, { height() * 2 / 5, height() * 2 / 5 }, Qt::Vertical);
    setAcceptDrops(true);
    readSettings();
}

void MainWindow::createActions()
{
    mFileMenu = menuBar()->addMenu(QString());
    mOpenAction = mFileMenu->addAction(QString(), this, &MainWindow::openDatasetDialog);
    mOpenAction->setShortcut(QKeySequence::Open);
    mOpenAction->setObjectName(QStringLiteral("openAction"));
    mImportAtopAction = mFileMenu->addAction(QString(), this, &MainWindow::importAtopDialog);
    mImportAtopAction->setObjectName(QStringLiteral("importAtopAction"));
    mFileMenu->addSeparator();
    mQuitAction = mFileMenu->addAction(QString(), qApp, &QApplication::closeAllWindows);
    mQuitAction->setShortcut(QKeySequence::Quit);
    mViewMenu = menuBar()->addMenu(QString());
}

void MainWindow::createDocks()
{
    mIssuesDock = new QDockWidget(this);
    mIssuesDock->setObjectName(QStringLiteral("issuesDock"));
    mIssueList = new QListWidget(mIssuesDock);
    mIssueList->setObjectName(QStringLiteral("issueList"));
    // Double-click (or Enter) on an issue selects the tie, event or actor it names, when the open
    // dataset has it (e.g. the previous version of a file that failed to load).
    connect(mIssueList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int row = mIssueList->row(item);
        if (row < 0 || row >= mDocument->issues().size())
            return;
        if (const auto selection = IssueTarget::selection(mDocument->issues().at(row), mDocument->dataset()))
            mDocument->setSelection(*selection);
    });
    mIssuesDock->setWidget(mIssueList);
    addDockWidget(Qt::BottomDockWidgetArea, mIssuesDock);
    mViewMenu->addAction(mIssuesDock->toggleViewAction());

    mTiesDock = new QDockWidget(this);
    mTiesDock->setObjectName(QStringLiteral("tiesDock"));
    mTiesDock->setWidget(mTieTable);
    addDockWidget(Qt::BottomDockWidgetArea, mTiesDock);
    tabifyDockWidget(mIssuesDock, mTiesDock);
    mTiesDock->raise();
    mViewMenu->addAction(mTiesDock->toggleViewAction());

    mMemberPanel = new MemberPanel(mDocument, this);
    addDockWidget(Qt::LeftDockWidgetArea, mMemberPanel);
    resizeDocks({ mMemberPanel }, { 250 }, Qt::Horizontal);
    mViewMenu->addAction(mMemberPanel->toggleViewAction());
    mResetMapAction = mViewMenu->addAction(QString(), mMapView, &MapView::resetView);
    mResetMapAction->setObjectName(QStringLiteral("resetMapAction"));
    mResetMapAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    mViewMenu->addSeparator();

    mTimelineDock = new QDockWidget(this);
    mTimelineDock->setObjectName(QStringLiteral("timelineDock"));
    mTimeline = new TimelineWidget(mDocument, mTimelineDock);
    mTimelineDock->setWidget(mTimeline);
    addDockWidget(Qt::BottomDockWidgetArea, mTimelineDock, Qt::Horizontal); // beside the ties/issues tabs
    resizeDocks({ mTiesDock, mTimelineDock }, { 300, 1100 }, Qt::Horizontal);
    mViewMenu->addAction(mTimelineDock->toggleViewAction());
    // Alt+D puts the keyboard in the date entry, as the "&Date:" label above the map once did.
    connect(new QShortcut(QKeySequence(Qt::ALT | Qt::Key_D), this), &QShortcut::activated, this, [this] {
        mTimelineDock->show();
        mTimeline->dateEntry()->setFocus(Qt::ShortcutFocusReason);
        mTimeline->dateEntry()->selectAll();
    });

    // The right column runs the full height: the inspector and the matrix keep their height beside the timeline.
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    // Separators between docks wide enough to grab (the style's default is 2-4 px).
    setStyleSheet(QStringLiteral("QMainWindow::separator { width: 7px; height: 7px; }"));
    mInspectorDock = new InspectorDock(mDocument, this);
    addDockWidget(Qt::RightDockWidgetArea, mInspectorDock);
    mViewMenu->addAction(mInspectorDock->toggleViewAction());
    mTypologyDock = new QDockWidget(this);
    mTypologyDock->setObjectName(QStringLiteral("typologyDock"));
    mTypologyView = new TypologyView(mDocument, mTypologyDock);
    mTypologyDock->setWidget(mTypologyView);
    addDockWidget(Qt::RightDockWidgetArea, mTypologyDock);
    resizeDocks({ mInspectorDock }, { 470 }, Qt::Horizontal);
    mViewMenu->addAction(mTypologyDock->toggleViewAction());

    // Network and its metrics over time share one tabbed place.
    mNetworkDock = new QDockWidget(this);
    mNetworkDock->setObjectName(QStringLiteral("networkDock"));
    mNetworkView = new NetworkView(mDocument, mNetworkDock);
    mNetworkDock->setWidget(mNetworkView);
    addDockWidget(Qt::RightDockWidgetArea, mNetworkDock);
    mMetricsDock = new QDockWidget(this);
    mMetricsDock->setObjectName(QStringLiteral("metricsDock"));
    mMetricsChart = new MetricsChart(mDocument, mMetricsDock);
    mMetricsDock->setWidget(mMetricsChart);
    tabifyDockWidget(mNetworkDock, mMetricsDock);
    mNetworkDock->raise();
    mViewMenu->addAction(mNetworkDock->toggleViewAction());
    mViewMenu->addAction(mMetricsDock->toggleViewAction());

    // The typology matrix shares the network's tabbed place, so the inspector keeps half the right column.
    tabifyDockWidget(mNetworkDock, mTypologyDock);
    resizeDocks({ mInspectorDock, mNetworkDock }, { 450, 400 }, Qt::Vertical);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Alliance Atlas"));
    mDateNote->setText(tr("A date known only to the year or month counts as in force for that whole year or month."));
    mFileMenu->setTitle(tr("&File"));
    mViewMenu->setTitle(tr("&View"));
    mOpenAction->setText(tr("&Open Dataset…"));
    mImportAtopAction->setText(tr("Import &ATOP…"));
    mQuitAction->setText(tr("&Quit"));
    mIssuesDock->setWindowTitle(tr("Issues"));
    mTiesDock->setWindowTitle(tr("Ties in Force"));
    mResetMapAction->setText(tr("&Reset Map View"));
    mTimelineDock->setWindowTitle(tr("Timeline"));
    mTypologyDock->setWindowTitle(tr("Typology"));
    mNetworkDock->setWindowTitle(tr("Network"));
    mMetricsDock->setWindowTitle(tr("Network Metrics"));
    if (mIssueList->count() == 1 && mIssueList->item(0)->data(Qt::UserRole + 1).toBool())
        showIssues();
    retranslateSessionActions();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::showIssues()
{
    mIssueList->clear();
    for (const Issue &issue : mDocument->issues()) {
        new QListWidgetItem(issue.toString(), mIssueList); // row i shows issues()[i]
    }
    if (mDocument->issues().isEmpty()) { // say so: a blank list reads as broken
        const QString file = mDatasetPath.isEmpty() ? tr("the built-in dataset") : QFileInfo(mDatasetPath).fileName();
        auto *item = new QListWidgetItem(tr("No problems found in %1.").arg(file), mIssueList);
        item->setFlags(Qt::NoItemFlags);
        item->setData(Qt::UserRole + 1, true); // not an issue
    }
    if (!mDocument->issues().isEmpty())
        mIssuesDock->show();
}

void MainWindow::openDatasetDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Dataset"), QString(), tr("Alliance Atlas datasets (*.json);;All files (*)"));
    if (!path.isEmpty())
        openDataset(path);
}

void MainWindow::importAtopDialog()
{
    const QString filter = tr("CSV files (*.csv);;All files (*)");
    const QString members = QFileDialog::getOpenFileName(this, tr("Import ATOP: Member-Level File"), AtopImporter::memberFileName(), filter);
    if (members.isEmpty())
        return;
    const QDir dir = QFileInfo(members).dir();
    const QString alliances = QFileDialog::getOpenFileName(this, tr("Import ATOP: Alliance-Level File"),
                                                           dir.filePath(AtopImporter::allianceFileName()), filter);
    if (!alliances.isEmpty())
        importAtop(members, alliances);
}

bool MainWindow::importAtop(const QString &memberCsv, const QString &allianceCsv)
{
    LoadResult result = AtopImporter::import(memberCsv, allianceCsv);
    mDocument->setIssues(result.issues);
    if (!result.dataset) {
        statusBar()->showMessage(tr("Could not import ATOP (problems: %1); the current dataset stays open.").arg(result.issues.size()));
        return false;
    }
    const qsizetype ties = result.dataset->ties.size();
    mDocument->setDataset(std::move(*result.dataset));
    statusBar()->showMessage(tr("Imported ATOP: %n alliance(s), warnings: %1", nullptr, int(ties)).arg(result.issues.size()), 5000);
    return true;
}

bool MainWindow::openDataset(const QString &path)
{
    LoadResult result = DatasetReader::readFile(path);
    mDocument->setIssues(result.issues);
    if (!result.dataset) {
        statusBar()->showMessage(tr("Could not open %1 (problems: %2); the current dataset stays open.").arg(path).arg(result.issues.size()));
        return false;
    }
    mDocument->setDataset(std::move(*result.dataset));
    mDatasetPath = path;
    showIssues(); // names the file when there are none
    addRecentFile(path);
    statusBar()->showMessage(tr("Opened %1").arg(path), 5000);
    return true;
}

} // namespace atlas

namespace atlas {

void MainWindow::createSessionActions()
{
    // File: view files, recent files, export.
    QAction *before = mImportAtopAction;
    mRecentMenu = new QMenu(this);
    mRecentMenu->setObjectName(QStringLiteral("recentMenu"));
    mFileMenu->insertMenu(before, mRecentMenu);
    mOpenViewAction = new QAction(this);
    mOpenViewAction->setObjectName(QStringLiteral("openViewAction"));
    mOpenViewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(mOpenViewAction, &QAction::triggered, this, &MainWindow::openViewDialog);
    mSaveViewAction = new QAction(this);
    mSaveViewAction->setObjectName(QStringLiteral("saveViewAction"));
    mSaveViewAction->setShortcut(QKeySequence::Save);
    connect(mSaveViewAction, &QAction::triggered, this, &MainWindow::saveViewDialog);
    mExportAction = new QAction(this);
    mExportAction->setObjectName(QStringLiteral("exportAction"));
    mExportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(mExportAction, &QAction::triggered, this, &MainWindow::exportFigureDialog);
    mExportAnimationAction = new QAction(this);
    mExportAnimationAction->setObjectName(QStringLiteral("exportAnimationAction"));
    mExportAnimationAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(mExportAnimationAction, &QAction::triggered, this, [this] {
        AnimationDialog dialog(mDocument, this);
        if (dialog.exec() == QDialog::Accepted)
            statusBar()->showMessage(tr("Animation exported"), 5000);
    });
    mFileMenu->insertSeparator(before);
    mFileMenu->insertActions(before, { mOpenViewAction, mSaveViewAction });
    mFileMenu->insertSeparator(before);
    mFileMenu->insertActions(before, { mExportAction, mExportAnimationAction });
    mFileMenu->insertSeparator(before);

    // Edit: copy figure.
    mEditMenu = new QMenu(this);
    menuBar()->insertMenu(mViewMenu->menuAction(), mEditMenu);
    mCopyFigureAction = mEditMenu->addAction(QString(), this, &MainWindow::copyFigure);
    mCopyFigureAction->setObjectName(QStringLiteral("copyFigureAction"));
    mCopyFigureAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));

    // View: present, language.
    mViewMenu->addSeparator();
    mPresentAction = mViewMenu->addAction(QString(), this, &MainWindow::present);
    mPresentAction->setObjectName(QStringLiteral("presentAction"));
    mPresentAction->setShortcuts({ QKeySequence(Qt::Key_F5), QKeySequence(Qt::Key_F11) });
    mDarkAction = mViewMenu->addAction(QString());
    mDarkAction->setObjectName(QStringLiteral("darkThemeAction"));
    mDarkAction->setCheckable(true);
    mDarkAction->setChecked(QSettings().value(SettingsKeys::darkTheme, false).toBool());
    Appearance::setDark(mDarkAction->isChecked());
    connect(mDarkAction, &QAction::toggled, this, [](bool dark) {
        Appearance::setDark(dark);
        QSettings().setValue(SettingsKeys::darkTheme, dark);
    });
    mLanguageMenu = mViewMenu->addMenu(QString());
    auto *group = new QActionGroup(this);
    mEnglishAction = mLanguageMenu->addAction(QStringLiteral("English"));
    mChineseAction = mLanguageMenu->addAction(QStringLiteral("中文（简体）"));
    for (QAction *a : { mEnglishAction, mChineseAction }) {
        a->setCheckable(true);
        group->addAction(a);
    }
    mEnglishAction->setObjectName(QStringLiteral("englishAction"));
    mChineseAction->setObjectName(QStringLiteral("chineseAction"));
    (mDocument->language() == Language::Chinese ? mChineseAction : mEnglishAction)->setChecked(true);
    connect(mEnglishAction, &QAction::triggered, this, [this] { setLanguage(Language::English); });
    connect(mChineseAction, &QAction::triggered, this, [this] { setLanguage(Language::Chinese); });
    rebuildRecentMenu();
}

void MainWindow::retranslateSessionActions()
{
    mEditMenu->setTitle(tr("&Edit"));
    mRecentMenu->setTitle(tr("Open &Recent"));
    mOpenViewAction->setText(tr("Open &View File…"));
    mSaveViewAction->setText(tr("&Save View File…"));
    mExportAction->setText(tr("&Export Figure…"));
    mExportAnimationAction->setText(tr("Export &Animation…"));
    mCopyFigureAction->setText(tr("&Copy Figure"));
    mPresentAction->setText(tr("&Present"));
    mLanguageMenu->setTitle(tr("&Language"));
    mDarkAction->setText(tr("&Dark Theme"));
    // Names for screen readers and UI automation on the interactive views.
    mMapView->setAccessibleName(tr("World map of the ties in force"));
    mTieTable->setAccessibleName(tr("Ties in force"));
    mTimeline->setAccessibleName(tr("Timeline"));
    mTypologyView->setAccessibleName(tr("Typology matrix"));
    mNetworkView->setAccessibleName(tr("Network of ties"));
    mMetricsChart->setAccessibleName(tr("Network metrics over time"));
    rebuildRecentMenu();
}

void MainWindow::setLanguage(Language language)
{
    LanguageSwitcher::apply(language); // posts LanguageChange: every widget retranslates
    mDocument->setLanguage(language);  // dataset text follows
    (language == Language::Chinese ? mChineseAction : mEnglishAction)->setChecked(true);
}

FigureView MainWindow::currentFigureView() const
{
    // The view the user last worked in: the one holding the keyboard focus, else the map.
    for (QWidget *w = QApplication::focusWidget(); w; w = w->parentWidget()) {
        if (w == mTimeline)
            return FigureView::Timeline;
        if (w == mTypologyView)
            return FigureView::Typology;
        if (w == mNetworkView)
            return FigureView::Network;
        if (w == mMapView)
            return FigureView::Map;
    }
    return FigureView::Map;
}

void MainWindow::exportFigureDialog()
{
    ExportDialog dialog(mDocument, currentFigureView() == FigureView::Map ? FigureView::Report : currentFigureView(),
                        mMapView->viewport(), mTypologyView->scheme(), this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Figure exported"), 5000);
}

void MainWindow::copyFigure()
{
    const QImage image = ExportDialog::renderImage(*mDocument, currentFigureView(), mMapView->viewport(), mTypologyView->scheme(),
                                                   QSize(1920, 1080));
    QGuiApplication::clipboard()->setImage(image);
    statusBar()->showMessage(tr("The figure is on the clipboard (1920×1080)"), 5000);
}

QString MainWindow::saveViewFile(const QString &path) const
{
    ViewState state;
    state.dataset = mDatasetPath;
    state.date = mDocument->time()->date();
    state.hidden = mDocument->hiddenActors();
    state.selection = mDocument->selection();
    state.mapZoom = mMapView->viewport().zoom;
    state.mapCenterLon = mMapView->centreLonLat().x();
    state.mapCenterLat = mMapView->centreLonLat().y();
    state.scheme = mTypologyView->scheme();
    state.filterScheme = mDocument->typeFilterScheme();
    state.filterCell = mDocument->typeFilterCell();
    state.language = mDocument->language();
    return ViewFile::save(path, state);
}

bool MainWindow::openViewFile(const QString &path)
{
    QList<Issue> issues;
    const auto state = ViewFile::load(path, &issues);
    if (!state) {
        mDocument->setIssues(issues);
        statusBar()->showMessage(tr("Could not open the view file %1").arg(path), 5000);
        return false;
    }
    if (!state->dataset.isEmpty() && state->dataset != mDatasetPath && !openDataset(state->dataset))
        return false;
    QSet<QString> hidden;
    for (const QString &id : state->hidden)
        if (mDocument->dataset().actor(id))
            hidden.insert(id);
    mDocument->setHiddenActors(hidden);
    mDocument->time()->setDate(state->date);
    mDocument->setSelection(state->selection);
    mMapView->setView(state->mapZoom, QPointF(state->mapCenterLon, state->mapCenterLat)); // lon/lat -> map coordinates
    if (mDocument->dataset().typology(state->scheme))
        mTypologyView->setScheme(state->scheme);
    mDocument->setTypeFilter(state->filterScheme, state->filterCell);
    setLanguage(state->language);
    addRecentFile(path);
    statusBar()->showMessage(tr("Opened view %1").arg(path), 5000);
    return true;
}

void MainWindow::saveViewDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save View File"), QString(), tr("Alliance Atlas views (*.atlasview)"));
    if (path.isEmpty())
        return;
    const QString file = QFileInfo(path).suffix().isEmpty() ? path + QStringLiteral(".atlasview") : path;
    const QString error = saveViewFile(file);
    if (error.isEmpty()) {
        addRecentFile(file);
        statusBar()->showMessage(tr("Saved view %1").arg(file), 5000);
    } else {
        statusBar()->showMessage(tr("Could not save the view: %1").arg(error));
    }
}

void MainWindow::openViewDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open View File"), QString(), tr("Alliance Atlas views (*.atlasview);;All files (*)"));
    if (!path.isEmpty())
        openViewFile(path);
}

void MainWindow::addRecentFile(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(SettingsKeys::recentFiles).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    settings.setValue(SettingsKeys::recentFiles, recent.mid(0, 10));
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    if (!mRecentMenu)
        return;
    mRecentMenu->clear();
    const QStringList recent = QSettings().value(SettingsKeys::recentFiles).toStringList();
    for (const QString &path : recent) {
        QAction *a = mRecentMenu->addAction(QFileInfo(path).fileName());
        a->setToolTip(path);
        connect(a, &QAction::triggered, this, [this, path] {
            if (path.endsWith(QStringLiteral(".atlasview")))
                openViewFile(path);
            else
                openDataset(path);
        });
    }
    mRecentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::present()
{
    auto *presentation = new PresentationWindow(mDocument);
    presentation->showFullScreen();
    presentation->activateWindow();
}

void MainWindow::readSettings()
{
    QSettings settings;
    if (settings.contains(SettingsKeys::geometry))
        restoreGeometry(settings.value(SettingsKeys::geometry).toByteArray());
    if (settings.contains(SettingsKeys::windowState))
        restoreState(settings.value(SettingsKeys::windowState).toByteArray());
    const QDate last = settings.value(SettingsKeys::lastDate).toDate();
    if (last.isValid())
        mDocument->time()->setDate(last);
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(SettingsKeys::geometry, saveGeometry());
    settings.setValue(SettingsKeys::windowState, saveState());
    settings.setValue(SettingsKeys::lastDate, mDocument->time()->date());
    settings.setValue(SettingsKeys::language, Languages::code(mDocument->language()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    writeSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = event->mimeData()->urls().value(0).toLocalFile();
    if (path.isEmpty())
        return;
    if (path.endsWith(QStringLiteral(".atlasview")))
        openViewFile(path);
    else
        openDataset(path);
    event->acceptProposedAction();
}

} // namespace atlas
