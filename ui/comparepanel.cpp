// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/comparepanel.h"

#include "models/domain/dataset.h"
#include "models/query/atlasdocument.h"
#include "models/query/changelist.h"
#include "models/query/datecomparison.h"
#include "models/query/timecontroller.h"
#include "models/render/map/comparelayer.h"
#include "models/text/figurecaption.h"

#include <QAction>
#include <QCloseEvent>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace atlas {

namespace {

enum Column { DateColumn, ChangeColumn, EventColumn, EvidenceColumn, ColumnCount };

/// A small swatch of a change's line style for the list.
QIcon swatch(CompareLayer::Change change)
{
    QPixmap pixmap(24, 12);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(CompareLayer::pen(change, 1.0));
    p.drawLine(QPointF(2, 6), QPointF(22, 6));
    return QIcon(pixmap);
}

CompareLayer::Change changeOf(ChangeItem::Kind kind)
{
    switch (kind) {
    case ChangeItem::Kind::Added: return CompareLayer::Change::Added;
    case ChangeItem::Kind::Ended: return CompareLayer::Change::Ended;
    default: break;
    }
    return CompareLayer::Change::Changed;
}

} // namespace

ComparePanel::ComparePanel(AtlasDocument *document, QWidget *parent)
    : QDockWidget(parent)
    , mDocument(document)
{
    setObjectName(QStringLiteral("comparePanel"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    auto *dates = new QGridLayout;
    mFirstLabel = new QLabel(body);
    mFirst = new QDateEdit(body);
    mFirst->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    mFirst->setCalendarPopup(true);
    mSecondLabel = new QLabel(body);
    // B is the window's date: shown here, set with the timeline's one date entry.
    mSecond = new QLabel(body);
    mSecond->setTextFormat(Qt::PlainText);
    mFirstLabel->setBuddy(mFirst);
    dates->addWidget(mFirstLabel, 0, 0);
    dates->addWidget(mFirst, 0, 1);
    dates->addWidget(mSecondLabel, 1, 0);
    dates->addWidget(mSecond, 1, 1);
    layout->addLayout(dates);
    mSummary = new QLabel(body);
    mSummary->setTextFormat(Qt::PlainText);
    mSummary->setWordWrap(true);
    layout->addWidget(mSummary);
    mList = new QTreeWidget(body);
    mList->setColumnCount(ColumnCount);
    mList->setRootIsDecorated(false);
    mList->setUniformRowHeights(true);
    mList->setSelectionMode(QAbstractItemView::SingleSelection);
    mList->header()->setStretchLastSection(true);
    layout->addWidget(mList, 1);
    setWidget(body);

    mAction = new QAction(this);
    mAction->setCheckable(true);
    connect(mAction, &QAction::toggled, this, &ComparePanel::setComparing);
    connect(mFirst, &QDateEdit::dateChanged, this, [this](QDate date) {
        if (mDocument && mDocument->isComparing())
            mDocument->setCompareFrom(date);
    });
    connect(mList, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item && mDocument)
            mDocument->setSelection({ Selection::Kind::Tie, item->data(DateColumn, Qt::UserRole).toString() });
    });
    connect(document, &AtlasDocument::compareChanged, this, &ComparePanel::followCompareMode);
    connect(document, &AtlasDocument::snapshotChanged, this, &ComparePanel::rebuildList);
    connect(document, &AtlasDocument::languageChanged, this, &ComparePanel::rebuildList);
    connect(document, &AtlasDocument::selectionChanged, this, &ComparePanel::followSelection);
    retranslateUi();
    followCompareMode();
}

void ComparePanel::setComparing(bool on)
{
    if (!mDocument || on == mDocument->isComparing())
        return;
    // A starts ten years before the window's date (kept inside the timeline's range).
    const QDate date = mDocument->time()->date();
    mDocument->setCompareFrom(on ? std::max(date.addYears(-10), mDocument->time()->minimum()) : QDate());
}

void ComparePanel::followCompareMode()
{
    const bool on = mDocument && mDocument->isComparing();
    {
        const QSignalBlocker blocker(mAction);
        mAction->setChecked(on);
    }
    if (on) {
        const QSignalBlocker blocker(mFirst);
        mFirst->setDateRange(mDocument->time()->minimum(), mDocument->time()->maximum());
        mFirst->setDate(mDocument->compareFrom());
    }
    setVisible(on);
    if (on)
        raise();
    rebuildList();
}

void ComparePanel::rebuildList()
{
    const QSignalBlocker blocker(mList);
    mList->clear();
    if (!mDocument || !mDocument->isComparing())
        return;
    mSecond->setText(PartialDate::fromDate(mDocument->time()->date()).displayString(mDocument->language()));
    const DateComparison *comparison = mDocument->comparison();
    if (!comparison) {
        mSummary->setText(DateComparison::check(mDocument->compareFrom(), mDocument->time()->date()));
        return;
    }
    mSummary->setText(tr("%1 added, %2 ended, %3 with members or status changed")
                          .arg(comparison->added.size())
                          .arg(comparison->ended.size())
                          .arg(comparison->changed.size()));
    const Dataset &dataset = mDocument->dataset();
    const Language language = mDocument->language();
    for (const ChangeItem &change : ChangeList::build(dataset, *comparison)) {
        auto *item = new QTreeWidgetItem(mList);
        item->setData(DateColumn, Qt::UserRole, dataset.ties[change.tie].id);
        item->setText(DateColumn, change.date.isValid() ? PartialDate::fromDate(change.date).displayString(language) : tr("undated"));
        item->setText(ChangeColumn, ChangeList::describe(dataset, change, language));
        item->setIcon(ChangeColumn, swatch(changeOf(change.kind)));
        if (change.event) {
            item->setText(EventColumn, change.event->text.text(language));
            item->setToolTip(EventColumn, change.event->text.text(language).toHtmlEscaped());
        }
        QStringList cited, claims;
        for (const Evidence *evidence : change.evidence) {
            const Source *source = dataset.source(evidence->source);
            const QString citation = source ? FigureCaption::shortCitation(*source, language) : evidence->source;
            if (!cited.contains(citation))
                cited.append(citation);
            claims.append(QStringLiteral("%1 (%2)").arg(evidence->claim.text(language), citation).toHtmlEscaped());
        }
        item->setText(EvidenceColumn, cited.isEmpty() ? tr("no evidence recorded") : cited.join(QStringLiteral("; ")));
        item->setToolTip(EvidenceColumn, claims.join(QStringLiteral("<br>")));
    }
    for (int column = 0; column < EvidenceColumn; ++column)
        mList->resizeColumnToContents(column);
    followSelection();
}

void ComparePanel::followSelection()
{
    if (!mDocument)
        return;
    const Selection &selection = mDocument->selection();
    if (selection.kind != Selection::Kind::Tie)
        return;
    QTreeWidgetItem *current = mList->currentItem();
    if (current && current->data(DateColumn, Qt::UserRole).toString() == selection.id)
        return;
    const QSignalBlocker blocker(mList);
    for (int i = 0; i < mList->topLevelItemCount(); ++i)
        if (mList->topLevelItem(i)->data(DateColumn, Qt::UserRole).toString() == selection.id) {
            mList->setCurrentItem(mList->topLevelItem(i));
            mList->scrollToItem(mList->topLevelItem(i));
            return;
        }
    mList->setCurrentItem(nullptr);
}

void ComparePanel::retranslateUi()
{
    setWindowTitle(tr("Compare Dates"));
    mAction->setText(tr("&Compare Dates"));
    mAction->setStatusTip(tr("Show what changed between two dates on the map, the timeline and a list"));
    mFirstLabel->setText(tr("From (A):"));
    mFirst->setToolTip(tr("The first date; Shift-drag on the timeline to move it"));
    mSecondLabel->setText(tr("To (B):"));
    mList->setHeaderLabels({ tr("Date"), tr("Change"), tr("Event"), tr("Evidence") });
    rebuildList();
}

void ComparePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDockWidget::changeEvent(event);
}

void ComparePanel::closeEvent(QCloseEvent *event)
{
    // Closing the panel leaves compare mode: no map in compare mode without its list.
    setComparing(false);
    QDockWidget::closeEvent(event);
}

} // namespace atlas
