// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/localizedtext.h"

#include <QHash>
#include <QString>

namespace atlas {

/// The country code table (ISO 3166-1 alpha-3 and numeric, Correlates of War codes, names in English
/// and Chinese), read once from the built-in resource. Maps Natural Earth's numeric ids and ATOP's COW
/// codes to the alpha-3 ids the dataset uses.
class CountryCodes
{
public:
    struct Country
    {
        QString alpha3;
        int numeric = 0;
        int cow = 0;
        LocalizedText name;
    };

    static const CountryCodes &instance();

    bool isAlpha3(const QString &code) const { return mByAlpha3.contains(code); }
    const Country *byAlpha3(const QString &code) const;
    QString alpha3FromNumeric(int numeric) const { return mNumericToAlpha3.value(numeric); }
    QString alpha3FromCow(int cow) const { return mCowToAlpha3.value(cow); }

private:
    CountryCodes();

    QHash<QString, Country> mByAlpha3;
    QHash<int, QString> mNumericToAlpha3;
    QHash<int, QString> mCowToAlpha3;
};

} // namespace atlas
