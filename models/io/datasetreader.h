// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/dataset.h"
#include "models/domain/issue.h"
#include "models/io/inputfile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace atlas {

/// What reading a dataset gave: the dataset when it had no errors, and every problem found, located.
struct LoadResult
{
    std::optional<Dataset> dataset;
    QList<Issue> issues;
    bool cancelled = false; //!< the progress callback stopped the reading: no dataset, no issues
};

/// Reads and validates a dataset file (format v1, see resources/dataset/FORMAT.md). Never throws and
/// never shows UI: every problem becomes an Issue with file, line, column and JSON path. A file with
/// any error yields no dataset, so a caller keeps the one it has.
///
/// Linear in the size of the file, and the file is never held as one QJsonDocument: its top-level
/// arrays are parsed a chunk at a time (JsonSections) and problems are located in the text only when
/// there are some (JsonLocator). The fields are read by DatasetFieldReader, the sections by the
/// functions of datasetsections.h.
class DatasetReader
{
    Q_DECLARE_TR_FUNCTIONS(DatasetReader)

public:
    /// Told now and then (from the thread that reads) how many bytes of how many have been parsed;
    /// returning false cancels the reading (the result is then LoadResult::cancelled).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    static LoadResult readFile(const QString &path, const Progress &progress = {});
    /// \a fileName is only used in the issues' locations.
    static LoadResult read(const QByteArray &utf8, const QString &fileName, const Progress &progress = {});

private:
    using Release = std::function<void(qsizetype begin, qsizetype end)>;
    static LoadResult read(const QByteArray &utf8, const QString &fileName, const Progress &progress, const Release &release);

public:
    static constexpr qint64 kMaxFileSize = InputFile::kDefaultMaxSize; //!< larger files are refused
    /// Problems listed one by one; the rest are counted in one last "and N more problems".
    static constexpr int kMaxListedIssues = 1000;
};

} // namespace atlas
