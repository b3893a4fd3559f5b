// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include "models/atlasdocument.h"
#include "models/datasetreader.h"
#include "models/tietablemodel.h"
#include "models/timecontroller.h"
#include "ui/timelinewidget.h"

#include <QAction>
#include <QApplication>
#include <QDateEdit>
#include <QDockWidget>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSlider>
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

    auto *dateRow = new QHBoxLayout;
    mDateLabel = new QLabel(central);
    mDateEdit = new QDateEdit(central);
    mDateEdit->setObjectName(QStringLiteral("dateEdit"));
    mDateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    mDateEdit->setCalendarPopup(true);
    mDateSlider = new QSlider(Qt::Horizontal, central);
    mDateSlider->setObjectName(QStringLiteral("dateSlider"));
    mDateLabel->setBuddy(mDateEdit);
    dateRow->addWidget(mDateLabel);
    dateRow->addWidget(mDateEdit);
    dateRow->addWidget(mDateSlider, 1);
    layout->addLayout(dateRow);
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
    layout->addWidget(mTieTable, 1);
    setCentralWidget(central);

    TimeController *time = document->time();
    mDateEdit->setDateRange(time->minimum(), time->maximum());
    mDateSlider->setRange(static_cast<int>(time->minimum().toJulianDay()), static_cast<int>(time->maximum().toJulianDay()));
    connect(mDateEdit, &QDateEdit::dateChanged, time, &TimeController::setDate);
    connect(mDateSlider, &QSlider::valueChanged, time, [time](int day) { time->setDate(QDate::fromJulianDay(day)); });
    connect(time, &TimeController::dateChanged, this, &MainWindow::syncDateControls);
    connect(mTieTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            mDocument->setSelection({ Selection::Kind::Tie, current.data(TieTableModel::TieIdRole).toString() });
    });

    createActions();
    createDocks();
    connect(document, &AtlasDocument::issuesChanged, this, &MainWindow::showIssues);
    retranslateUi();
    syncDateControls();
    showIssues();
    resize(1400, 900);
}

void MainWindow::createActions()
{
    mFileMenu = menuBar()->addMenu(QString());
    mOpenAction = mFileMenu->addAction(QString(), this, &MainWindow::openDatasetDialog);
    mOpenAction->setShortcut(QKeySequence::Open);
    mOpenAction->setObjectName(QStringLiteral("openAction"));
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
    mIssuesDock->setWidget(mIssueList);
    addDockWidget(Qt::BottomDockWidgetArea, mIssuesDock);
    mViewMenu->addAction(mIssuesDock->toggleViewAction());

    mTimelineDock = new QDockWidget(this);
    mTimelineDock->setObjectName(QStringLiteral("timelineDock"));
    mTimeline = new TimelineWidget(mDocument, mTimelineDock);
    mTimelineDock->setWidget(mTimeline);
    addDockWidget(Qt::BottomDockWidgetArea, mTimelineDock);
    splitDockWidget(mTimelineDock, mIssuesDock, Qt::Horizontal);
    resizeDocks({ mTimelineDock }, { 330 }, Qt::Vertical);
    resizeDocks({ mTimelineDock, mIssuesDock }, { 1100, 300 }, Qt::Horizontal);
    mViewMenu->addAction(mTimelineDock->toggleViewAction());
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Alliance Atlas"));
    mDateLabel->setText(tr("&Date:"));
    mDateNote->setText(tr("A date known only to the year or month counts as in force for that whole year or month."));
    mFileMenu->setTitle(tr("&File"));
    mViewMenu->setTitle(tr("&View"));
    mOpenAction->setText(tr("&Open Dataset…"));
    mQuitAction->setText(tr("&Quit"));
    mIssuesDock->setWindowTitle(tr("Issues"));
    mTimelineDock->setWindowTitle(tr("Timeline"));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::syncDateControls()
{
    const QDate date = mDocument->time()->date();
    const QSignalBlocker blockEdit(mDateEdit);
    const QSignalBlocker blockSlider(mDateSlider);
    mDateEdit->setDate(date);
    mDateSlider->setValue(static_cast<int>(date.toJulianDay()));
}

void MainWindow::showIssues()
{
    mIssueList->clear();
    for (const Issue &issue : mDocument->issues()) {
        auto *item = new QListWidgetItem(issue.toString(), mIssueList);
        item->setData(Qt::UserRole, issue.contextId);
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

bool MainWindow::openDataset(const QString &path)
{
    LoadResult result = DatasetReader::readFile(path);
    mDocument->setIssues(result.issues);
    if (!result.dataset) {
        statusBar()->showMessage(tr("Could not open %1 (problems: %2); the current dataset stays open.").arg(path).arg(result.issues.size()));
        return false;
    }
    mDocument->setDataset(std::move(*result.dataset));
    statusBar()->showMessage(tr("Opened %1").arg(path), 5000);
    return true;
}

} // namespace atlas
