// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/issue.h"
#include "models/io/inputfile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace atlas {

/// One field of a CSV record with the position where it starts (1-based; a quoted field starts at its
/// opening quote). The text is unquoted: `"a ""b"", c"` gives `a "b", c`.
struct CsvField
{
    QString text;
    int line = 0;
    int column = 0;
};

/// One record (row) of a CSV file. A quoted field may span lines, so a record may too.
struct CsvRecord
{
    int line = 0; //!< line where the record starts
    QList<CsvField> fields;
    int endLine = 0;   //!< position just past the last character of the record, for "missing field"
    int endColumn = 0; //!< reports

    const QString &text(int column) const { return fields.at(column).text; }
};

/// A CSV file read whole: the header row, the data rows with as many fields as the header, and the
/// problems found. Rows whose field count differs from the header's are reported and left out.
struct CsvTable
{
    QList<CsvField> header; //!< empty when the file is empty
    QList<CsvRecord> records;
    QList<Issue> issues;

    /// Index of the header field named \a name, or -1.
    int column(QStringView name) const;
};

/// Reads comma-separated values (RFC 4180): fields optionally in double quotes, `""` for a quote
/// inside a quoted field, commas and line breaks inside quoted fields, LF, CRLF or CR line ends, an
/// optional UTF-8 byte-order mark. Blank lines are skipped. Never throws and never shows UI: every
/// problem is an Issue located by file, line and column (in characters).
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    static CsvTable readFile(const QString &path);
    /// \a fileName is only used in the issues' locations.
    static CsvTable read(const QByteArray &utf8, const QString &fileName);

    static constexpr qint64 kMaxFileSize = InputFile::kDefaultMaxSize; //!< larger files are refused
};

} // namespace atlas
