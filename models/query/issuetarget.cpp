// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/query/issuetarget.h"

#include "models/domain/dataset.h"
#include "models/domain/issue.h"

namespace atlas {

namespace {
bool has(const Dataset &dataset, Selection::Kind kind, const QString &id)
{
    switch (kind) {
    case Selection::Kind::Tie: return dataset.tie(id) != nullptr;
    case Selection::Kind::Event: return dataset.event(id) != nullptr;
    case Selection::Kind::Actor: return dataset.actor(id) != nullptr;
    case Selection::Kind::None: break;
    }
    return false;
}
} // namespace

std::optional<Selection> IssueTarget::selection(const Issue &issue, const Dataset &dataset)
{
    const QString &id = issue.contextId;
    if (id.isEmpty())
        return std::nullopt;
    QList<Selection::Kind> kinds { Selection::Kind::Tie, Selection::Kind::Event, Selection::Kind::Actor };
    if (issue.path.startsWith(u"/ties/"))
        kinds = { Selection::Kind::Tie };
    else if (issue.path.startsWith(u"/events/"))
        kinds = { Selection::Kind::Event };
    else if (issue.path.startsWith(u"/actors/"))
        kinds = { Selection::Kind::Actor };
    for (const Selection::Kind kind : kinds)
        if (has(dataset, kind, id))
            return Selection { kind, id };
    return std::nullopt;
}

} // namespace atlas
