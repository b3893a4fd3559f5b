// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/localizedtext.h"
#include "models/domain/partialdate.h"

#include <QStringList>

namespace atlas {

/// A key date for teaching (the San Francisco System, AUKUS, ...): a title and a short note in both
/// languages, with the evidence that supports the note. Presentation mode steps through them.
struct Bookmark
{
    QString id;
    PartialDate date;
    LocalizedText title;
    LocalizedText note;
    QStringList evidence;
    /// Optional: a bookmark naming two dates ("1991 and today"); presentation mode shows it in compare
    /// mode, from this date to \a date. Invalid: a single date.
    PartialDate compareFrom;
};

} // namespace atlas
