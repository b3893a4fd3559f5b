// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/partialdate.h"

#include <QLocale>

namespace atlas {

PartialDate::PartialDate(int year, int month, int day)
    : mYear(year)
    , mMonth(month)
    , mDay(day)
{
}

std::optional<PartialDate> PartialDate::parse(QStringView text)
{
    const auto digits = [](QStringView s) {
        for (QChar c : s)
            if (c < u'0' || c > u'9')
                return false;
        return !s.isEmpty();
    };
    const qsizetype n = text.size();
    if (n != 4 && n != 7 && n != 10)
        return std::nullopt;
    if (!digits(text.left(4)))
        return std::nullopt;
    const int year = text.left(4).toInt();
    if (year < 1)
        return std::nullopt;
    int month = 0;
    int day = 0;
    if (n >= 7) {
        if (text[4] != u'-' || !digits(text.mid(5, 2)))
            return std::nullopt;
        month = text.mid(5, 2).toInt();
        if (month < 1 || month > 12)
            return std::nullopt;
    }
    if (n == 10) {
        if (text[7] != u'-' || !digits(text.mid(8, 2)))
            return std::nullopt;
        day = text.mid(8, 2).toInt();
        if (!QDate::isValid(year, month, day))
            return std::nullopt;
    }
    return PartialDate(year, month, day);
}

PartialDate::Precision PartialDate::precision() const
{
    if (mYear == 0)
        return Precision::None;
    if (mMonth == 0)
        return Precision::Year;
    return mDay == 0 ? Precision::Month : Precision::Day;
}

QDate PartialDate::firstDay() const
{
    if (!isValid())
        return {};
    return QDate(mYear, mMonth ? mMonth : 1, mDay ? mDay : 1);
}

QDate PartialDate::lastDay() const
{
    if (!isValid())
        return {};
    if (mMonth == 0)
        return QDate(mYear, 12, 31);
    if (mDay == 0)
        return QDate(mYear, mMonth, 1).addMonths(1).addDays(-1);
    return QDate(mYear, mMonth, mDay);
}

QString PartialDate::toString() const
{
    switch (precision()) {
    case Precision::None:
        return {};
    case Precision::Year:
        return QStringLiteral("%1").arg(mYear, 4, 10, QLatin1Char('0'));
    case Precision::Month:
        return QStringLiteral("%1-%2").arg(mYear, 4, 10, QLatin1Char('0')).arg(mMonth, 2, 10, QLatin1Char('0'));
    case Precision::Day:
        break;
    }
    return QStringLiteral("%1-%2-%3")
        .arg(mYear, 4, 10, QLatin1Char('0'))
        .arg(mMonth, 2, 10, QLatin1Char('0'))
        .arg(mDay, 2, 10, QLatin1Char('0'));
}

QString PartialDate::displayString(Language language) const
{
    if (language == Language::Chinese) {
        switch (precision()) {
        case Precision::None:
            return {};
        case Precision::Year:
            return QStringLiteral("%1年").arg(mYear);
        case Precision::Month:
            return QStringLiteral("%1年%2月").arg(mYear).arg(mMonth);
        case Precision::Day:
            return QStringLiteral("%1年%2月%3日").arg(mYear).arg(mMonth).arg(mDay);
        }
    }
    const QLocale c(QLocale::English, QLocale::UnitedStates);
    switch (precision()) {
    case Precision::None:
        return {};
    case Precision::Year:
        return QString::number(mYear);
    case Precision::Month:
        return c.toString(firstDay(), QStringLiteral("MMM yyyy"));
    case Precision::Day:
        break;
    }
    return c.toString(firstDay(), QStringLiteral("d MMM yyyy"));
}

} // namespace atlas
