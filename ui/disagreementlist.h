// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/i18n/language.h"

#include <QTreeWidget>

namespace atlas {

class Dataset;

/// The "Sources disagree" list: one row per SourceDisagreement (the tie or event and the aspect, and
/// the value the dataset records), its note as the first child and then a child per source on the
/// same claim (the source and what it says), so that the sources read one under the other. One
/// wrapped column, for a narrow panel; dataset text is plain; excerpts and sections are in the
/// tooltips. Clicking a row asks for its tie to be selected (tieActivated()).
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
