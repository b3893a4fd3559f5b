// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/dataset.h"

#include <QHash>
#include <QSet>
#include <QString>

namespace atlas {

class DatasetFieldReader;
class JsonSections;

/// DatasetReader's readers of the top-level sections of a dataset file, in the order it calls them:
/// each appends what it reads to the dataset and reports problems through the field reader; the id
/// sets are those of the sections read before, for checking references.
namespace datasetsections {

void readSources(DatasetFieldReader &r, const JsonSections &doc, Dataset &d);
void readActors(DatasetFieldReader &r, const JsonSections &doc, Dataset &d);
/// Ties, their spells and phases; then clamps the ties that a later one supersedes (tiesection.cpp).
/// Returns the ids of the ties.
QSet<QString> readTies(DatasetFieldReader &r, const JsonSections &doc, Dataset &d, const QSet<QString> &actorIds);
void readEvents(DatasetFieldReader &r, const JsonSections &doc, Dataset &d, const QSet<QString> &tieIds);
void readEvidence(DatasetFieldReader &r, const JsonSections &doc, Dataset &d, const QSet<QString> &tieIds, const QSet<QString> &eventIds,
                  const QHash<QString, SourceKind> &sourceKinds);
void readTypologies(DatasetFieldReader &r, const JsonSections &doc, Dataset &d, const QSet<QString> &evidenceIds,
                    const QHash<QString, SourceKind> &sourceKinds);
void readPlacements(DatasetFieldReader &r, const JsonSections &doc, Dataset &d, const QSet<QString> &tieIds, const QSet<QString> &evidenceIds);
void readBookmarks(DatasetFieldReader &r, const JsonSections &doc, Dataset &d, const QSet<QString> &evidenceIds);

} // namespace datasetsections

} // namespace atlas
