// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/memberpanel.h"

#include "models/query/atlasdocument.h"
#include "models/items/membermodel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace atlas {

MemberPanel::MemberPanel(AtlasDocument *document, QWidget *parent)
    : QDockWidget(parent)
    , mDocument(document)
{
    setObjectName(QStringLiteral("memberPanel"));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 6, 6, 6);

    auto *presetRow = new QHBoxLayout;
    mPresetLabel = new QLabel(content);
    mPresetCombo = new QComboBox(content);
    mPresetCombo->setObjectName(QStringLiteral("memberPresets"));
    mPresetCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    mPresetCombo->setMinimumContentsLength(12);
    mPresetLabel->setBuddy(mPresetCombo);
    presetRow->addWidget(mPresetLabel);
    presetRow->addWidget(mPresetCombo, 1);
    layout->addLayout(presetRow);

    mSearch = new QLineEdit(content);
    mSearch->setObjectName(QStringLiteral("memberSearch"));
    mSearch->setClearButtonEnabled(true);
    layout->addWidget(mSearch);

    mModel = new MemberModel(document, this);
    mProxy = new QSortFilterProxyModel(this);
    mProxy->setSourceModel(mModel);
    mProxy->setFilterRole(MemberModel::SearchRole);
    mProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    mProxy->setRecursiveFilteringEnabled(true);
    mProxy->setAutoAcceptChildRows(true); // a matching region shows all its members
    mTree = new QTreeView(content);
    mTree->setObjectName(QStringLiteral("memberTree"));
    mTree->setModel(mProxy);
    mTree->setHeaderHidden(true);
    mTree->setUniformRowHeights(true);
    mTree->setSelectionMode(QAbstractItemView::SingleSelection);
    mTree->expandAll();
    layout->addWidget(mTree, 1);

    mCount = new QLabel(content);
    mCount->setObjectName(QStringLiteral("memberCount"));
    mCount->setTextFormat(Qt::PlainText);
    layout->addWidget(mCount);
    setWidget(content);

    connect(mSearch, &QLineEdit::textChanged, this, [this](const QString &text) {
        mProxy->setFilterFixedString(text.trimmed());
        mTree->expandAll();
    });
    connect(mProxy, &QAbstractItemModel::modelReset, mTree, &QTreeView::expandAll);
    connect(mPresetCombo, &QComboBox::activated, this, [this](int index) {
        if (index >= 0 && index < mPresets.size())
            applyPreset(mPresets[index].id);
    });
    // Selecting a member in the list selects it in every view.
    connect(mTree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        const QString id = current.data(MemberModel::ActorIdRole).toString();
        if (mDocument && !id.isEmpty())
            mDocument->setSelection({ Selection::Kind::Actor, id });
    });
    connect(document, &AtlasDocument::datasetChanged, this, &MemberPanel::rebuildPresets);
    connect(document, &AtlasDocument::languageChanged, this, &MemberPanel::rebuildPresets);
    connect(document, &AtlasDocument::hiddenActorsChanged, this, &MemberPanel::syncPresetAndCount);
    retranslateUi();
}

bool MemberPanel::applyPreset(const QString &id)
{
    if (!mDocument)
        return false;
    for (const MemberPreset &preset : std::as_const(mPresets))
        if (preset.id == id) {
            mDocument->setHiddenActors(MemberPresets::hiddenFor(preset, mDocument->dataset()));
            syncPresetAndCount();
            emit presetApplied(id);
            return true;
        }
    return false;
}

void MemberPanel::rebuildPresets()
{
    if (!mDocument)
        return;
    mPresets = MemberPresets::forDataset(mDocument->dataset(), mDocument->language());
    const QSignalBlocker blocker(mPresetCombo);
    mPresetCombo->clear();
    for (const MemberPreset &preset : std::as_const(mPresets))
        mPresetCombo->addItem(preset.label, preset.id);
    syncPresetAndCount();
}

void MemberPanel::syncPresetAndCount()
{
    if (!mDocument)
        return;
    const Dataset &d = mDocument->dataset();
    const QSignalBlocker blocker(mPresetCombo);
    mPresetCombo->setCurrentIndex(MemberPresets::matching(mPresets, d, mDocument->hiddenActors()));
    qsizetype hidden = 0;
    for (const Actor &a : d.actors)
        hidden += mDocument->isHidden(a.id) ? 1 : 0;
    mCount->setText(tr("%1 of %2 members shown").arg(d.actors.size() - hidden).arg(d.actors.size()));
}

void MemberPanel::retranslateUi()
{
    setWindowTitle(tr("Members"));
    mPresetLabel->setText(tr("&Show:"));
    mPresetCombo->setPlaceholderText(tr("Custom selection"));
    mPresetCombo->setToolTip(tr("Switch on exactly these members; everyone else is hidden on every view."));
    mSearch->setPlaceholderText(tr("Search members…"));
    mTree->setToolTip(tr("Unchecked members are removed from every tie, on every view and at every date."));
    mModel->retranslate();
    rebuildPresets();
}

void MemberPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDockWidget::changeEvent(event);
}

} // namespace atlas
