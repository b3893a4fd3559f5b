// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/csvreader.h"

#include "models/io/inputfile.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStringDecoder>

namespace atlas {

namespace {

/// A cursor over the text that keeps the line and column of the next character.
class Scanner
{
public:
    Scanner(const QString &text, const QString &fileName, QList<Issue> &issues)
        : mText(text)
        , mFile(fileName)
        , mIssues(issues)
    {
        if (mText.startsWith(QChar(0xFEFF)))
            mPos = 1; // byte-order mark: not a character a user sees, so not counted in columns
    }

    bool atEnd() const { return mPos >= mText.size(); }
    QChar peek(qsizetype ahead = 0) const { return mPos + ahead < mText.size() ? mText.at(mPos + ahead) : QChar(); }
    bool atLineEnd() const { return !atEnd() && (peek() == u'\n' || peek() == u'\r'); }
    int line() const { return mLine; }
    int column() const { return mColumn; }

    QChar take()
    {
        const QChar c = mText.at(mPos++);
        if (c == u'\n' || (c == u'\r' && peek() != u'\n')) {
            ++mLine;
            mColumn = 1;
        } else if (c != u'\r') {
            ++mColumn;
        }
        return c;
    }
    /// Consumes one line end (LF, CRLF or CR).
    void takeLineEnd()
    {
        const bool cr = peek() == u'\r';
        if (cr || peek() == u'\n')
            take();
        if (cr && peek() == u'\n') // the LF of a CRLF
            take();
    }

    void issue(Issue::Severity severity, int line, int column, const QString &message)
    {
        Issue i = Issue::at(mFile, message, line, column);
        i.severity = severity;
        mIssues.append(i);
    }

private:
    const QString &mText;
    QString mFile;
    QList<Issue> &mIssues;
    qsizetype mPos = 0;
    int mLine = 1;
    int mColumn = 1;
};

CsvField readField(Scanner &s)
{
    CsvField field;
    field.line = s.line();
    field.column = s.column();
    if (s.peek() == u'"') {
        s.take();
        bool closed = false;
        while (!s.atEnd()) {
            const QChar c = s.take();
            if (c != u'"') {
                field.text.append(c);
            } else if (s.peek() == u'"') {
                s.take();
                field.text.append(u'"');
            } else {
                closed = true;
                break;
            }
        }
        if (!closed) {
            s.issue(Issue::Severity::Error, field.line, field.column, CsvReader::tr("quoted field is not closed before the end of the file"));
            return field;
        }
        if (!s.atEnd() && s.peek() != u',' && !s.atLineEnd()) {
            s.issue(Issue::Severity::Error, s.line(), s.column(), CsvReader::tr("unexpected text after the closing quote of a field"));
            while (!s.atEnd() && s.peek() != u',' && !s.atLineEnd())
                field.text.append(s.take());
        }
        return field;
    }
    bool strayQuote = false;
    while (!s.atEnd() && s.peek() != u',' && !s.atLineEnd()) {
        if (s.peek() == u'"' && !strayQuote) {
            strayQuote = true;
            s.issue(Issue::Severity::Warning, s.line(), s.column(), CsvReader::tr("quote character inside an unquoted field (kept as text)"));
        }
        field.text.append(s.take());
    }
    return field;
}

} // namespace

int CsvTable::column(QStringView name) const
{
    for (qsizetype i = 0; i < header.size(); ++i)
        if (header[i].text == name)
            return int(i);
    return -1;
}

CsvTable CsvReader::readFile(const QString &path)
{
    QString error;
    const auto bytes = InputFile::read(path, kMaxFileSize, &error);
    if (!bytes) {
        CsvTable table;
        table.issues.append(Issue::at(path, error));
        return table;
    }
    return read(*bytes, path);
}

CsvTable CsvReader::read(const QByteArray &utf8, const QString &fileName)
{
    CsvTable table;
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(utf8);
    Scanner s(text, fileName, table.issues);
    if (decoder.hasError())
        s.issue(Issue::Severity::Warning, 0, 0, tr("the file is not valid UTF-8; invalid bytes were replaced"));

    QList<CsvRecord> rows;
    while (!s.atEnd()) {
        if (s.atLineEnd()) { // blank line
            s.takeLineEnd();
            continue;
        }
        CsvRecord record;
        record.line = s.line();
        for (;;) {
            record.fields.append(readField(s));
            if (!s.atEnd() && s.peek() == u',') {
                s.take();
                continue;
            }
            break;
        }
        record.endLine = s.line();
        record.endColumn = s.column();
        if (s.atLineEnd())
            s.takeLineEnd();
        rows.append(std::move(record));
    }
    if (rows.isEmpty())
        return table;

    table.header = rows.takeFirst().fields;
    QSet<QString> names;
    for (const CsvField &f : std::as_const(table.header)) {
        if (names.contains(f.text))
            s.issue(Issue::Severity::Warning, f.line, f.column, tr("duplicate column name \"%1\" (the first one is used)").arg(f.text));
        names.insert(f.text);
    }
    const qsizetype expected = table.header.size();
    table.records.reserve(rows.size());
    for (CsvRecord &record : rows) {
        const qsizetype n = record.fields.size();
        if (n == expected) {
            table.records.append(std::move(record));
            continue;
        }
        const bool tooMany = n > expected;
        s.issue(Issue::Severity::Error, tooMany ? record.fields[expected].line : record.endLine,
                tooMany ? record.fields[expected].column : record.endColumn,
                tr("row has %1 fields, the header has %2").arg(n).arg(expected));
    }
    return table;
}

} // namespace atlas
