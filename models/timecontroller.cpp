// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/timecontroller.h"

#include <algorithm>

namespace atlas {

TimeController::TimeController(QObject *parent)
    : QObject(parent)
    , mMinimum(1945, 1, 1)
    , mMaximum(QDate::currentDate())
    , mDate(mMaximum)
{
}

void TimeController::setDate(QDate date)
{
    if (!date.isValid())
        return;
    date = std::clamp(date, mMinimum, mMaximum);
    if (date == mDate)
        return;
    mDate = date;
    emit dateChanged(mDate);
}

void TimeController::setRange(QDate minimum, QDate maximum)
{
    if (!minimum.isValid() || !maximum.isValid() || maximum < minimum)
        return;
    if (minimum == mMinimum && maximum == mMaximum)
        return;
    mMinimum = minimum;
    mMaximum = maximum;
    emit rangeChanged(mMinimum, mMaximum);
    setDate(mDate);
}

} // namespace atlas
