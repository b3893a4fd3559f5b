// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include "models/query/atlasdocument.h"
#include "models/io/atopimporter.h"
#include "models/io/datasetreader.h"
#include "models/query/timecontroller.h"
#include "models/text/figurecaption.h"
#include "models/io/viewstate.h"
#include "models/i18n/language.h"
#include "ui/appearance.h"
#include "ui/animationdialog.h"
#include "ui/comparecursor.h"
#include "ui/comparepanel.h"
#include "ui/datasetopener.h"
#include "ui/exportdialog.h"
#include "ui/inspectordock.h"
#include "ui/issuespanel.h"
#include "ui/recentfilesmenu.h"
#include "ui/tiespanel.h"
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
#include <QMenuBar>
#include <QShortcut>
#include <QStatusBar>
#include <QScreen>

#include <algorithm>

namespace atlas {

MainWindow::MainWindow(AtlasDocument *document, QWidget *parent)
    : QMainWindow(parent)
    , mDocument(document)
{
    setObjectName(QStringLiteral("mainWindow"));
    // The map is the centre of the window; every other view lives in a dock (createDocks).
    mMapView = new MapView(document, this);
    setCentralWidget(mMapView);

    createActions();
    createDocks();
    createSessionActions();
    createLayoutActions();
    retranslateUi();
    // A first start fits the screen it opens on (a laptop's 1366×768 included).
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1400, 900);
    resize(std::min(1400, available.width()), std::min(900, available.height()));
    setAcceptDrops(true);
    readSettings();
    // The map has the keyboard first: a table in a dock that took it would select its first row.
    mMapView->setFocus(Qt::OtherFocusReason);
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
    const auto dock = [this](const char *name, QWidget *widget) {
        auto *d = new QDockWidget(this);
        d->setObjectName(QLatin1String(name));
        widget->setParent(d);
        d->setWidget(widget);
        return d;
    };
    mIssuesDock = new IssuesPanel(mDocument, this);
    mTiesDock = new TiesPanel(mDocument, this);

    mMemberPanel = new MemberPanel(mDocument, this);
    // A region preset frames its region on the map; "all members" shows the whole world again.
    connect(mMemberPanel, &MemberPanel::presetApplied, mMapView, [this](const QString &id) {
        if (id == u"all")
            mMapView->resetView();
        else
            mMapView->frameShownTies();
    });
    mTimeline = new TimelineWidget(mDocument, this);
    mTimelineDock = dock("timelineDock", mTimeline);
    // Alt+D puts the keyboard in the date entry, as the "&Date:" label above the map once did.
    connect(new QShortcut(QKeySequence(Qt::ALT | Qt::Key_D), this), &QShortcut::activated, this, [this] {
        mTimelineDock->show();
        mTimeline->dateEntry()->setFocus(Qt::ShortcutFocusReason);
        mTimeline->dateEntry()->selectAll();
    });

    // Separators between docks wide enough to grab (the style's default is 2-4 px).
    setStyleSheet(QStringLiteral("QMainWindow::separator { width: 7px; height: 7px; }"));
    mInspectorDock = new InspectorDock(mDocument, this);
    mTypologyView = new TypologyView(mDocument, this);
    mTypologyDock = dock("typologyDock", mTypologyView);
    mNetworkView = new NetworkView(mDocument, this);
    mNetworkDock = dock("networkDock", mNetworkView);
    mMetricsChart = new MetricsChart(mDocument, this);
    mMetricsDock = dock("metricsDock", mMetricsChart);

    mViewMenu->addAction(mMemberPanel->toggleViewAction());
    mResetMapAction = mViewMenu->addAction(QString(), mMapView, &MapView::resetView);
    mResetMapAction->setObjectName(QStringLiteral("resetMapAction"));
    mResetMapAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    mViewMenu->addSeparator();
    for (QDockWidget *d : docks())
        if (d != mMemberPanel)
            mViewMenu->addAction(d->toggleViewAction());
    arrangeDocks();
    // View > Compare Dates: its panel (shown in compare mode, beside the inspector) and the timeline's second cursor.
    mComparePanel = new ComparePanel(mDocument, this);
    tabifyDockWidget(mInspectorDock, mComparePanel);
    mViewMenu->insertAction(mResetMapAction, mComparePanel->compareAction());
    new CompareCursor(mDocument, mTimeline->plot());
}

QList<QDockWidget *> MainWindow::docks() const
{
    return { mMemberPanel, mTiesDock, mIssuesDock, mInspectorDock, mTypologyDock, mNetworkDock, mMetricsDock, mTimelineDock };
}

void MainWindow::arrangeDocks()
{
    // The map is the largest view. One column on the right holds the views about the selection
    // (inspector, typology, network, metrics: tabbed) over the lists (members, ties, issues: tabbed);
    // the timeline runs under the map only, so the right column keeps the full height.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    for (QDockWidget *d : docks())
        d->setFloating(false);
    addDockWidget(Qt::RightDockWidgetArea, mInspectorDock);
    addDockWidget(Qt::RightDockWidgetArea, mMemberPanel, Qt::Vertical);
    for (QDockWidget *d : { mTypologyDock, mNetworkDock, mMetricsDock })
        tabifyDockWidget(mInspectorDock, d);
    for (QDockWidget *d : std::initializer_list<QDockWidget *>{ mTiesDock, mIssuesDock })
        tabifyDockWidget(mMemberPanel, d);
    addDockWidget(Qt::BottomDockWidgetArea, mTimelineDock);
    for (QDockWidget *d : docks())
        d->show();
    mInspectorDock->raise();
    mMemberPanel->raise();
    if (mDocument->issues().isEmpty())
        mIssuesDock->hide();
    fitDocks();
}

void MainWindow::fitDocks()
{
    // Proportions that leave the map at least half of a 1920×1080 window and 45 % of a 1366×768 one.
    const int columnWidth = std::clamp(width() * 27 / 100, 300, 520);
    const int timelineHeight = std::clamp(height() * 25 / 100, 170, 300);
    resizeDocks({ mInspectorDock }, { columnWidth }, Qt::Horizontal);
    resizeDocks({ mInspectorDock, mMemberPanel }, { height() * 60 / 100, height() * 40 / 100 }, Qt::Vertical);
    resizeDocks({ mTimelineDock }, { timelineHeight }, Qt::Vertical);
}

void MainWindow::resetLayout()
{
    if (mFocusMapAction->isChecked()) {
        const QSignalBlocker block(mFocusMapAction);
        mFocusMapAction->setChecked(false);
    }
    arrangeDocks();
}

void MainWindow::setMapFocused(bool focused)
{
    if (focused) {
        mStateBeforeFocus = saveState(LayoutVersion);
        for (QDockWidget *d : docks())
            d->hide();
    } else if (!restoreState(mStateBeforeFocus, LayoutVersion)) {
        arrangeDocks();
    }
    if (mFocusMapAction->isChecked() != focused) {
        const QSignalBlocker block(mFocusMapAction);
        mFocusMapAction->setChecked(focused);
    }
}

void MainWindow::createLayoutActions()
{
    mViewMenu->addSeparator();
    mFocusMapAction = mViewMenu->addAction(QString());
    mFocusMapAction->setObjectName(QStringLiteral("focusMapAction"));
    mFocusMapAction->setCheckable(true);
    mFocusMapAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M)); // F11 is Present's
    connect(mFocusMapAction, &QAction::toggled, this, &MainWindow::setMapFocused);
    mResetLayoutAction = mViewMenu->addAction(QString(), this, &MainWindow::resetLayout);
    mResetLayoutAction->setObjectName(QStringLiteral("resetLayoutAction"));

    // View > Text Size: one setting in the document that the map, timeline, typology and inspector follow.
    mTextSizeMenu = mViewMenu->addMenu(QString());
    auto *sizes = new QActionGroup(this);
    for (TextSize size : { TextSize::Normal, TextSize::Large, TextSize::Projector }) {
        QAction *a = mTextSizeMenu->addAction(QString(), this, [this, size] { setTextSize(size); });
        a->setObjectName(QStringLiteral("textSize_%1").arg(TextSizes::code(size)));
        a->setCheckable(true);
        a->setData(int(size));
        sizes->addAction(a);
    }
    mTextSizeMenu->addSeparator();
    mLargerTextAction = mTextSizeMenu->addAction(QString(), this, [this] { setTextSize(TextSizes::larger(mDocument->textSize())); });
    mLargerTextAction->setObjectName(QStringLiteral("largerTextAction"));
    mLargerTextAction->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus) });
    mSmallerTextAction = mTextSizeMenu->addAction(QString(), this, [this] { setTextSize(TextSizes::smaller(mDocument->textSize())); });
    mSmallerTextAction->setObjectName(QStringLiteral("smallerTextAction"));
    mSmallerTextAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus));
    connect(mDocument, &AtlasDocument::textSizeChanged, this, &MainWindow::applyTextSize);
    applyTextSize(mDocument->textSize());
}

void MainWindow::setTextSize(TextSize size)
{
    mDocument->setTextSize(size); // applyTextSize() follows
}

void MainWindow::applyTextSize(TextSize size)
{
    for (QAction *a : mTextSizeMenu->actions())
        if (a->isCheckable())
            a->setChecked(a->data().toInt() == int(size));
    // The panels' own text (the map draws with MapRenderOptions::scale from the document).
    QFont scaled = QApplication::font();
    scaled.setPointSizeF(scaled.pointSizeF() * TextSizes::scale(size));
    for (QWidget *w : { static_cast<QWidget *>(mTimeline), static_cast<QWidget *>(mTypologyView), mInspectorDock->widget() })
        if (w)
            w->setFont(scaled);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!mShownOnce && !mLayoutRestored)
        fitDocks(); // the proportions need the window's real size
    mShownOnce = true;
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Alliance Atlas"));
    mFileMenu->setTitle(tr("&File"));
    mViewMenu->setTitle(tr("&View"));
    mOpenAction->setText(tr("&Open Dataset…"));
    mImportAtopAction->setText(tr("Import &ATOP…"));
    mQuitAction->setText(tr("&Quit"));
    mResetMapAction->setText(tr("&Reset Map View"));
    mFocusMapAction->setText(tr("&Focus Map"));
    mFocusMapAction->setToolTip(tr("Hide every panel but the map; again to bring them back"));
    mResetLayoutAction->setText(tr("Reset &Layout"));
    mTextSizeMenu->setTitle(tr("&Text Size"));
    const QStringList sizeNames{ tr("&Normal"), tr("&Large"), tr("&Projector") };
    for (QAction *a : mTextSizeMenu->actions())
        if (a->isCheckable())
            a->setText(sizeNames.value(a->data().toInt()));
    mLargerTextAction->setText(tr("L&arger Text"));
    mSmallerTextAction->setText(tr("&Smaller Text"));
    mTimelineDock->setWindowTitle(tr("Timeline"));
    mTypologyDock->setWindowTitle(tr("Typology"));
    mNetworkDock->setWindowTitle(tr("Network"));
    mMetricsDock->setWindowTitle(tr("Network Metrics"));
    retranslateSessionActions();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
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
    LoadResult result = DatasetOpener::read(path, this); // large files on a worker thread, with Cancel
    if (result.cancelled) {
        statusBar()->showMessage(tr("Opening %1 cancelled; the current dataset stays open.").arg(path), 5000);
        return false;
    }
    mDocument->setIssues(result.issues);
    if (!result.dataset) {
        statusBar()->showMessage(tr("Could not open %1 (problems: %2); the current dataset stays open.").arg(path).arg(result.issues.size()));
        return false;
    }
    mDocument->setDataset(std::move(*result.dataset));
    mDatasetPath = path;
    mIssuesDock->setFileName(path); // named when there are no problems
    mRecentMenu->add(path);
    statusBar()->showMessage(tr("Opened %1").arg(path), 5000);
    return true;
}

void MainWindow::createSessionActions()
{
    // File: view files, recent files, export.
    QAction *before = mImportAtopAction;
    mRecentMenu = new RecentFilesMenu(this);
    mFileMenu->insertMenu(before, mRecentMenu);
    connect(mRecentMenu, &RecentFilesMenu::fileChosen, this, [this](const QString &path) {
        if (path.endsWith(QStringLiteral(".atlasview")))
            openViewFile(path);
        else
            openDataset(path);
    });
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
}

void MainWindow::retranslateSessionActions()
{
    mEditMenu->setTitle(tr("&Edit"));
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
    mTimeline->setAccessibleName(tr("Timeline"));
    mTypologyView->setAccessibleName(tr("Typology matrix"));
    mNetworkView->setAccessibleName(tr("Network of ties"));
    mMetricsChart->setAccessibleName(tr("Network metrics over time"));
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
    state.compareFrom = mDocument->compareFrom();
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
    mDocument->setCompareFrom(state->compareFrom);
    mDocument->setSelection(state->selection);
    mMapView->setView(state->mapZoom, QPointF(state->mapCenterLon, state->mapCenterLat)); // lon/lat -> map coordinates
    if (mDocument->dataset().typology(state->scheme))
        mTypologyView->setScheme(state->scheme);
    mDocument->setTypeFilter(state->filterScheme, state->filterCell);
    setLanguage(state->language);
    mRecentMenu->add(path);
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
        mRecentMenu->add(file);
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

void MainWindow::present()
{
    auto *presentation = new PresentationWindow(mDocument);
    // Full screen on the screen this window is on (the projector when it was dragged there).
    if (QScreen *own = screen()) {
        presentation->setScreen(own);
        presentation->setGeometry(own->geometry());
    }
    presentation->showFullScreen();
    presentation->activateWindow();
}

void MainWindow::readSettings()
{
    QSettings settings;
    if (settings.contains(SettingsKeys::geometry))
        restoreGeometry(settings.value(SettingsKeys::geometry).toByteArray());
    // A state saved by an older layout (another version) is not restored: the default layout stays.
    mLayoutRestored = restoreState(settings.value(SettingsKeys::windowState).toByteArray(), LayoutVersion);
    if (const auto size = TextSizes::parse(settings.value(SettingsKeys::textSize).toString()))
        setTextSize(*size);
    const QDate last = settings.value(SettingsKeys::lastDate).toDate();
    if (last.isValid())
        mDocument->time()->setDate(last);
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(SettingsKeys::geometry, saveGeometry());
    settings.setValue(SettingsKeys::windowState, mFocusMapAction->isChecked() ? mStateBeforeFocus : saveState(LayoutVersion));
    settings.setValue(SettingsKeys::lastDate, mDocument->time()->date());
    settings.setValue(SettingsKeys::textSize, TextSizes::code(mDocument->textSize()));
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
