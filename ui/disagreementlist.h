// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/i18n/language.h"

#include <QTreeWidget>

namespace atlas {

class Dataset;

/// The "Sources disagree" list: one row per SourceDisagreement (the tie or event and the aspect, the
/// value the dataset records, the note) with a child row per source on the same claim (the source,
/// what it says, its excerpt), so that the sources read side by side. Dataset text is plain; full
/// texts are in the tooltips. Clicking a row asks for its tie to be selected (tieActivated()).
class DisagreementList : public QTreeWidget
{
    Q_OBJECT

public:
    explicit DisagreementList(QWidget *parent = nullptr);

    /// Lists the disagreements of \a dataset in \a language: all of them, or those about \a tie.
    void populate(const Dataset &dataset, Language language, const QString &tie = {});

signals:
    void tieActivated(const QString &tie);
};

} // namespace atlas
