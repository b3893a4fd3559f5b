// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/datasetfieldreader.h"

#include "models/io/jsonsections.h"

#include <QJsonArray>

#include <algorithm>

namespace atlas {

namespace {

QString jsonTypeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("nothing");
}

/// \a prefix followed by the decimal \a index, in one allocation (a path per element of a large array).
QString indexPath(const QString &prefix, qsizetype index)
{
    char16_t digits[24];
    qsizetype n = 0;
    do {
        digits[n++] = char16_t(u'0' + index % 10);
        index /= 10;
    } while (index > 0);
    QString path;
    path.reserve(prefix.size() + n);
    path.append(prefix);
    while (n > 0)
        path.append(QChar(digits[--n]));
    return path;
}

} // namespace

DatasetFieldReader::DatasetFieldReader(const QByteArray &utf8, const QString &fileName)
    : mLocator(utf8)
    , mFile(fileName)
{
}

QList<Issue> DatasetFieldReader::issues() const
{
    QList<Issue> result = mIssues;
    const QList<JsonLocator::Position> positions = mLocator.positions(mPaths);
    for (qsizetype k = 0; k < result.size(); ++k) {
        result[k].line = positions[k].line;
        result[k].column = positions[k].column;
    }
    if (mUnlisted > 0) {
        Issue more = Issue::at(mFile, DatasetReader::tr("and %n more problem(s)", nullptr, mUnlisted));
        more.severity = mUnlistedError ? Issue::Severity::Error : Issue::Severity::Warning;
        result.append(more);
    }
    return result;
}

void DatasetFieldReader::error(const QString &path, const QString &message, const QString &context)
{
    add(Issue::Severity::Error, path, message, context);
}

void DatasetFieldReader::warning(const QString &path, const QString &message, const QString &context)
{
    add(Issue::Severity::Warning, path, message, context);
}

void DatasetFieldReader::add(Issue::Severity severity, const QString &path, const QString &message, const QString &context)
{
    if (mIssues.size() >= DatasetReader::kMaxListedIssues) {
        countUnlisted(severity);
        return;
    }
    Issue issue = Issue::at(mFile, message, 0, 0, path); // located in issues()
    issue.severity = severity;
    issue.contextId = context;
    mIssues.append(issue);
    mPaths.append(path);
}

void DatasetFieldReader::countUnlisted(Issue::Severity severity)
{
    ++mUnlisted;
    mUnlistedError = mUnlistedError || severity == Issue::Severity::Error;
}

void DatasetFieldReader::checkKeys(const QJsonObject &o, const QString &path, std::initializer_list<const char *> known)
{
    qsizetype knownPresent = 0; // without building a QString per key: the usual case has no unknown one
    for (const char *k : known)
        if (o.contains(QLatin1String(k)) && ++knownPresent == o.size())
            return;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        bool ok = false;
        for (const char *k : known)
            ok = ok || it.key() == QLatin1String(k);
        if (!ok)
            warning(path + u'/' + it.key(), DatasetReader::tr("unknown field \"%1\" ignored").arg(it.key()));
    }
}

bool DatasetFieldReader::present(const QJsonObject &o, const char *key, const QString &path, bool required)
{
    return field(o, key, path, required).has_value();
}

std::optional<QJsonValue> DatasetFieldReader::field(const QJsonObject &o, const char *key, const QString &path, bool required)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isUndefined() && !v.isNull())
        return v;
    if (required)
        error(path, DatasetReader::tr("missing required field \"%1\"").arg(QLatin1String(key)));
    return std::nullopt;
}

QString DatasetFieldReader::string(const QJsonObject &o, const char *key, const QString &path, bool required)
{
    const std::optional<QJsonValue> v = field(o, key, path, required);
    if (!v)
        return {};
    if (!v->isString()) {
        error(path + u'/' + QLatin1String(key), DatasetReader::tr("\"%1\" must be a string, not %2").arg(QLatin1String(key), jsonTypeName(*v)));
        return {};
    }
    const QString s = v->toString();
    if (required && std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c.isSpace(); }))
        error(path + u'/' + QLatin1String(key), DatasetReader::tr("\"%1\" must not be empty").arg(QLatin1String(key)));
    return controlAt(s) < 0 ? s : withoutControls(s, path + u'/' + QLatin1String(key)); // the path only when needed
}

qsizetype DatasetFieldReader::controlAt(const QString &value)
{
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t c = value.at(i).unicode();
        if ((c < 0x20 && c != u'\t' && c != u'\n') || c == 0x7f)
            return i;
    }
    return -1;
}

QString DatasetFieldReader::withoutControls(const QString &value, const QString &path)
{
    const qsizetype i = controlAt(value);
    if (i < 0)
        return value;
    error(path, DatasetReader::tr("control character U+%1 at character %2 (only tab and newline are allowed)")
                    .arg(int(value.at(i).unicode()), 4, 16, QLatin1Char('0'))
                    .arg(i + 1));
    return {};
}

QString DatasetFieldReader::id(const QJsonObject &o, const char *key, const QString &path, QSet<QString> &seen, const QString &what)
{
    const QString value = string(o, key, path, true);
    if (value.isEmpty())
        return value;
    const qsizetype before = seen.size();
    seen.insert(value); // one lookup: it was there when the set did not grow
    if (seen.size() == before)
        error(path + u'/' + QLatin1String(key), DatasetReader::tr("duplicate %1 \"%2\"").arg(what, value), value);
    return value;
}

LocalizedText DatasetFieldReader::text(const QJsonObject &o, const char *key, const QString &path, bool required)
{
    const std::optional<QJsonValue> v = field(o, key, path, required);
    if (!v)
        return {};
    if (v->isObject()) { // the usual {"en": "…", "zh": "…"} with nothing to report, without building a path
        const QJsonObject t = v->toObject();
        const auto fine = [required](const QString &s) {
            return controlAt(s) < 0 && !(required && std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c.isSpace(); }));
        };
        if (t.size() == 2) {
            const QJsonValue en = t.value(QLatin1String("en"));
            const QJsonValue zh = t.value(QLatin1String("zh"));
            if (en.isString() && zh.isString()) {
                LocalizedText result { en.toString(), zh.toString() };
                if (fine(result.en) && fine(result.zh))
                    return result;
            }
        }
    }
    const QString p = path + u'/' + QLatin1String(key);
    if (!v->isObject()) {
        error(p, DatasetReader::tr("\"%1\" must be an object {\"en\", \"zh\"}, not %2").arg(QLatin1String(key), jsonTypeName(*v)));
        return {};
    }
    const QJsonObject t = v->toObject();
    checkKeys(t, p, { "en", "zh" });
    LocalizedText result;
    result.en = string(t, "en", p, required);
    result.zh = string(t, "zh", p, required);
    return result;
}

PartialDate DatasetFieldReader::date(const QJsonObject &o, const char *key, const QString &path, bool required)
{
    const QString s = string(o, key, path, required);
    if (s.isEmpty())
        return {};
    const auto d = PartialDate::parse(s);
    if (!d) {
        error(path + u'/' + QLatin1String(key), DatasetReader::tr("invalid date \"%1\" (expected YYYY, YYYY-MM or YYYY-MM-DD)").arg(s));
        return {};
    }
    return *d;
}

bool DatasetFieldReader::boolean(const QJsonObject &o, const char *key, const QString &path)
{
    if (!o.contains(QLatin1String(key))) {
        warning(path, DatasetReader::tr("no \"%1\" field: assumed false").arg(QLatin1String(key)));
        return false;
    }
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isBool())
        error(path + u'/' + QLatin1String(key),
              DatasetReader::tr("\"%1\" must be true or false, not %2").arg(QLatin1String(key), jsonTypeName(v)));
    return v.toBool();
}

std::optional<double> DatasetFieldReader::number(const QJsonObject &o, const char *key, const QString &path, bool required)
{
    const std::optional<QJsonValue> v = field(o, key, path, required);
    if (!v)
        return std::nullopt;
    if (!v->isDouble()) {
        error(path + u'/' + QLatin1String(key), DatasetReader::tr("\"%1\" must be a number, not %2").arg(QLatin1String(key), jsonTypeName(*v)));
        return std::nullopt;
    }
    return v->toDouble();
}

QStringList DatasetFieldReader::strings(const QJsonObject &o, const char *key, const QString &path, bool required)
{
    QStringList result;
    for (const auto &[value, p] : array(o, key, path, required)) {
        if (!value.isString())
            error(p, DatasetReader::tr("must be a string, not %1").arg(jsonTypeName(value)));
        else
            result.append(withoutControls(value.toString(), p));
    }
    return result;
}

std::optional<QJsonValue> DatasetFieldReader::arrayValue(const QJsonObject &o, const char *key, const QString &path, bool required)
{
    const std::optional<QJsonValue> v = field(o, key, path, required);
    if (v && !v->isArray()) {
        error(path + u'/' + QLatin1String(key), DatasetReader::tr("\"%1\" must be an array, not %2").arg(QLatin1String(key), jsonTypeName(*v)));
        return std::nullopt;
    }
    return v;
}

QList<std::pair<QJsonValue, QString>> DatasetFieldReader::array(const QJsonObject &o, const char *key, const QString &path, bool required)
{
    QList<std::pair<QJsonValue, QString>> result;
    const std::optional<QJsonValue> v = arrayValue(o, key, path, required);
    if (!v)
        return result;
    const QString p = path + u'/' + QLatin1String(key);
    const QJsonArray a = v->toArray();
    result.reserve(a.size());
    for (qsizetype i = 0; i < a.size(); ++i)
        result.append({ a.at(i), p + u'/' + QString::number(i) });
    return result;
}

bool DatasetFieldReader::isObject(const QJsonValue &value, const QString &path)
{
    if (value.isObject())
        return true;
    error(path, DatasetReader::tr("must be an object, not %1").arg(jsonTypeName(value)));
    return false;
}

QList<std::pair<QJsonObject, QString>> DatasetFieldReader::objects(const QJsonObject &o, const char *key, const QString &path, bool required)
{
    QList<std::pair<QJsonObject, QString>> result;
    const std::optional<QJsonValue> v = arrayValue(o, key, path, required);
    if (!v)
        return result;
    const QString p = path + u'/' + QLatin1String(key) + u'/';
    const QJsonArray a = v->toArray();
    result.reserve(a.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QJsonValue value = a.at(i);
        const QString elementPath = indexPath(p, i);
        if (isObject(value, elementPath))
            result.append({ value.toObject(), elementPath });
    }
    return result;
}

void DatasetFieldReader::eachObject(const JsonSections &doc, const char *key, bool required,
                                    const std::function<void(const QJsonObject &, const QString &)> &visit)
{
    if (!arrayValue(doc.root(), key, QString(), required))
        return;
    const QString p = u'/' + QLatin1String(key) + u'/';
    qsizetype i = 0;
    doc.forEach(QLatin1String(key), [&](const QJsonValue &value) {
        const QString elementPath = indexPath(p, i++);
        if (isObject(value, elementPath))
            visit(value.toObject(), elementPath);
    });
}

} // namespace atlas
