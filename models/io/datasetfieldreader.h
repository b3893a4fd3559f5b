// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/issue.h"
#include "models/domain/localizedtext.h"
#include "models/domain/partialdate.h"
#include "models/io/datasetreader.h"
#include "models/io/jsonlocator.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <initializer_list>
#include <optional>
#include <utility>

namespace atlas {

class JsonSections;

/// The typed field accessors of DatasetReader, one per kind of value in the format, each recording
/// an Issue (with the JSON pointer of the value) for every problem it finds. Problems are located in
/// the text (line, column) only when issues() is asked for, in one pass, and at most
/// DatasetReader::kMaxListedIssues of them are kept; the rest are counted in one last "and N more".
class DatasetFieldReader
{
public:
    /// \a utf8 is the text the values come from (for locating problems), \a fileName names it in the issues.
    DatasetFieldReader(const QByteArray &utf8, const QString &fileName);

    /// The problems found, located, at most DatasetReader::kMaxListedIssues of them, then one "and N more" for the rest.
    QList<Issue> issues() const;

    void error(const QString &path, const QString &message, const QString &context = {});
    void warning(const QString &path, const QString &message, const QString &context = {});
    /// error(path(), message(), context), with the path and the message built only when the problem
    /// is listed: past DatasetReader::kMaxListedIssues problems it is only counted. For problems that
    /// a large file can have once per element.
    template<typename Path, typename Message>
    void lazyError(const Path &path, const Message &message, const QString &context = {})
    {
        if (mIssues.size() < DatasetReader::kMaxListedIssues)
            error(path(), message(), context);
        else
            countUnlisted(Issue::Severity::Error);
    }

    /// Warns about each key of \a o that is not in \a known.
    void checkKeys(const QJsonObject &o, const QString &path, std::initializer_list<const char *> known);
    /// Whether \a o has a non-null \a key; an error when it has not and it is \a required.
    bool present(const QJsonObject &o, const char *key, const QString &path, bool required);
    QString string(const QJsonObject &o, const char *key, const QString &path, bool required);
    /// \a value, or an empty string and an error located at \a path when it holds a C0 control
    /// character other than tab and newline (such text breaks SVG export and terminals).
    QString withoutControls(const QString &value, const QString &path);
    /// A required string that must not be in \a seen (then added to it); \a what names it in the error.
    QString id(const QJsonObject &o, const char *key, const QString &path, QSet<QString> &seen, const QString &what);
    LocalizedText text(const QJsonObject &o, const char *key, const QString &path, bool required);
    PartialDate date(const QJsonObject &o, const char *key, const QString &path, bool required);
    /// A boolean that files should state; an older file without it gets a warning and false.
    bool boolean(const QJsonObject &o, const char *key, const QString &path);
    std::optional<double> number(const QJsonObject &o, const char *key, const QString &path, bool required);
    QStringList strings(const QJsonObject &o, const char *key, const QString &path, bool required);
    /// The elements of an array field with their JSON pointers.
    QList<std::pair<QJsonValue, QString>> array(const QJsonObject &o, const char *key, const QString &path, bool required);
    /// The objects of an array field; non-objects are reported and skipped.
    QList<std::pair<QJsonObject, QString>> objects(const QJsonObject &o, const char *key, const QString &path, bool required);
    /// Calls \a visit with each object of the top-level array \a key of \a doc and its JSON pointer,
    /// one at a time (the array is parsed in chunks); non-objects are reported and skipped.
    void eachObject(const JsonSections &doc, const char *key, bool required,
                    const std::function<void(const QJsonObject &, const QString &)> &visit);

    template<typename E>
    E keyword(const QJsonObject &o, const char *key, const QString &path, std::optional<E> (*parse)(QStringView), E fallback,
              const char *allowed)
    {
        const QString s = string(o, key, path, true);
        if (s.isEmpty())
            return fallback;
        const std::optional<E> value = parse(s);
        if (!value) {
            error(path + u'/' + QLatin1String(key), DatasetReader::tr("unknown %1 \"%2\" (expected one of: %3)").arg(QLatin1String(key), s, QLatin1String(allowed)));
            return fallback;
        }
        return *value;
    }

private:
    /// The index of the first C0 control character (other than tab and newline) or DEL in \a value, or -1.
    static qsizetype controlAt(const QString &value);
    /// The value of \a key in \a o unless it is missing or null (an error then when it is \a required).
    std::optional<QJsonValue> field(const QJsonObject &o, const char *key, const QString &path, bool required);
    void add(Issue::Severity severity, const QString &path, const QString &message, const QString &context);
    /// Counts a problem that is not listed (in the last issue, "and N more").
    void countUnlisted(Issue::Severity severity);
    /// The array at \a key of \a o, or an empty array and an error when it is there but not an array.
    std::optional<QJsonValue> arrayValue(const QJsonObject &o, const char *key, const QString &path, bool required);
    /// Reports \a value at \a path unless it is an object.
    bool isObject(const QJsonValue &value, const QString &path);

    JsonLocator mLocator;
    QString mFile;
    QList<Issue> mIssues;
    QStringList mPaths; //!< JSON pointer of each of mIssues
    int mUnlisted = 0;
    bool mUnlistedError = false;
};

} // namespace atlas
