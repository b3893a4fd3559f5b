// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QStringList>

namespace atlas {

class Dataset;
struct Bookmark;

/// What a bookmark is about, for presenting it: the ties its evidence speaks of, and the day of its
/// (possibly partial) date on which they show. "2007 · Quad 1.0" is a year; on 1 January 2007 the
/// Quad had not met yet, so the presentation goes to the first day of 2007 on which it holds.
namespace BookmarkFocus {

/// The ids of the ties of \a bookmark's evidence, in its order, each once; unknown ids left out.
QStringList ties(const Dataset &dataset, const Bookmark &bookmark);

/// The first day within \a bookmark's date on which the most of its ties are on the map (by the one
/// in-force rule, nothing hidden: in force, suspended or proposed); the date's first day when it has no ties or none holds within it.
QDate date(const Dataset &dataset, const Bookmark &bookmark);

} // namespace BookmarkFocus

} // namespace atlas
