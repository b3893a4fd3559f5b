// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/localizedtext.h"
#include "models/domain/partialdate.h"

#include <QStringList>

namespace atlas {

/// A dated happening in the life of one or more ties (a signature, a summit, an accession).
struct Event
{
    QString id;
    PartialDate date;
    QStringList ties;
    QString kind;
    LocalizedText text;
};

} // namespace atlas
