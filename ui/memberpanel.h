// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/query/memberpresets.h"

#include <QDockWidget>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace atlas {

class AtlasDocument;
class MemberModel;

/// The member toggles: every actor of the dataset, searchable, grouped by region, with check boxes and
/// presets. Writes only through the document (AtlasDocument::setHiddenActors), so the toggles hold
/// across date changes and every view follows them.
class MemberPanel : public QDockWidget
{
    Q_OBJECT

public:
    explicit MemberPanel(AtlasDocument *document, QWidget *parent = nullptr);

    /// Switches on exactly the members of the preset with \a id (see MemberPreset::id). Returns
    /// false when the dataset has no such preset.
    bool applyPreset(const QString &id);

signals:
    /// A preset was chosen (after the document's hidden actors changed): the map frames what it shows,
    /// or the whole world for "all".
    void presetApplied(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuildPresets();
    void syncPresetAndCount();

    QPointer<AtlasDocument> mDocument;
    MemberModel *mModel = nullptr;
    QSortFilterProxyModel *mProxy = nullptr;
    QList<MemberPreset> mPresets;
    QLabel *mPresetLabel = nullptr;
    QComboBox *mPresetCombo = nullptr;
    QLineEdit *mSearch = nullptr;
    QTreeView *mTree = nullptr;
    QLabel *mCount = nullptr;
};

} // namespace atlas
