// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/localizedtext.h"
#include "models/domain/partialdate.h"

#include <QStringList>

namespace atlas {

/// A claim a source makes about a tie, an event, a date, a typology placement or a typology scheme, with the verbatim
/// excerpt and section that locate it, and the primary documents the source cites for it.
struct Evidence
{
    QString id;
    QString tie;
    QString event;
    QString typology; //!< scheme-wide evidence (axes, definitions, tables): the scheme it is about, no tie
    QString aspect; //!< existence, start, end, members, member:ISO3, status, event, placement:<scheme>, other
    PartialDate asOf;
    LocalizedText claim;
    QString source;
    QString section;
    QString quote;
    QStringList cites;
    LocalizedText note;
};

} // namespace atlas
