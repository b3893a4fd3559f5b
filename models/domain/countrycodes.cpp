// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/countrycodes.h"

#include <QFile>

namespace atlas {

namespace {
// The table has no quoted fields with commas except in a few English names; split on commas that are
// outside double quotes.
QStringList splitCsvLine(const QString &line)
{
    QStringList fields;
    QString current;
    bool quoted = false;
    for (QChar c : line) {
        if (c == u'"')
            quoted = !quoted;
        else if (c == u',' && !quoted) {
            fields.append(current);
            current.clear();
        } else
            current.append(c);
    }
    fields.append(current);
    return fields;
}
} // namespace

const CountryCodes &CountryCodes::instance()
{
    static const CountryCodes codes;
    return codes;
}

CountryCodes::CountryCodes()
{
    QFile file(QStringLiteral(":/atlas/country-codes.csv"));
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    // name_en,name_zh,iso3,iso_numeric,iso2,cow_code,cow_abbrev,continent,region
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList f = splitCsvLine(lines[i].trimmed());
        if (f.size() < 7 || f[2].isEmpty())
            continue;
        Country c;
        c.alpha3 = f[2];
        c.numeric = f[3].toInt();
        c.cow = f[5].toInt();
        c.name = { f[0], f[1] };
        mByAlpha3.insert(c.alpha3, c);
        if (c.numeric)
            mNumericToAlpha3.insert(c.numeric, c.alpha3);
        if (c.cow && !mCowToAlpha3.contains(c.cow))
            mCowToAlpha3.insert(c.cow, c.alpha3);
    }
}

const CountryCodes::Country *CountryCodes::byAlpha3(const QString &code) const
{
    const auto it = mByAlpha3.constFind(code);
    return it == mByAlpha3.constEnd() ? nullptr : &*it;
}

} // namespace atlas
