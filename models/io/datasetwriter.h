// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace atlas {

class Dataset;

/// Writes a Dataset as a format v1 document (resources/dataset/FORMAT.md), the inverse of
/// DatasetReader: reading what it writes gives back the same dataset. Optional fields that are empty
/// are left out; derived fields (Julian days, indexes) are not written.
class DatasetWriter
{
    Q_DECLARE_TR_FUNCTIONS(DatasetWriter)

public:
    static QJsonObject toJson(const Dataset &dataset);
    /// The document as indented UTF-8 JSON.
    static QByteArray write(const Dataset &dataset);
    /// Writes \a path atomically (SafeWriter): on failure the file that was there is left intact and
    /// \a errorString (when given) says why.
    static bool writeFile(const Dataset &dataset, const QString &path, QString *errorString = nullptr);
};

} // namespace atlas
