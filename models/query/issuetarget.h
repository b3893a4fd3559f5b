// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/query/atlasdocument.h"

#include <optional>

namespace atlas {

class Dataset;
struct Issue;

/// The record an Issue names (Issue::contextId), as a Selection in a dataset: what the Issues list
/// selects when an issue is double-clicked.
class IssueTarget
{
public:
    /// The tie, event or actor \a issue is about, when \a dataset has it. The kind comes from the
    /// issue's JSON path (/ties/..., /events/..., /actors/...); for other paths (evidence,
    /// bookmarks) the id is looked up as a tie, then an event, then an actor. std::nullopt when
    /// the issue names nothing or \a dataset has no such record (e.g. the file did not load and
    /// another dataset is open).
    static std::optional<Selection> selection(const Issue &issue, const Dataset &dataset);
};

} // namespace atlas
