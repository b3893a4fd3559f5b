// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/localizedtext.h"

#include <QDate>
#include <QString>

#include <optional>

namespace atlas {

/// A date known to the year, the month or the day ("1951", "1951-09", "1951-09-08").
/// The precision is kept: a year-only date is never padded into a day.
class PartialDate
{
public:
    enum class Precision { None, Year, Month, Day };

    PartialDate() = default;
    PartialDate(int year, int month = 0, int day = 0);

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; std::nullopt for anything else or an impossible date.
    static std::optional<PartialDate> parse(QStringView text);
    static PartialDate fromDate(QDate date) { return {date.year(), date.month(), date.day()}; }

    bool isValid() const { return mYear != 0; }
    Precision precision() const;
    int year() const { return mYear; }
    int month() const { return mMonth; }
    int day() const { return mDay; }

    /// First and last day of the period the date stands for (the same day at day precision).
    QDate firstDay() const;
    QDate lastDay() const;

    /// The ISO form it was written in: "1951", "1951-09" or "1951-09-08".
    QString toString() const;
    /// For display at its precision: "1951", "Sep 1951", "8 Sep 1951"; "1951年", "1951年9月", "1951年9月8日".
    QString displayString(Language language) const;

    friend bool operator==(const PartialDate &, const PartialDate &) = default;

private:
    int mYear = 0;
    int mMonth = 0;
    int mDay = 0;
};

} // namespace atlas
