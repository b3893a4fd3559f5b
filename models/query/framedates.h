// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace atlas {

/// The dates of numbered frames (export --from --to --step): from \a first to \a last inclusive,
/// every \a step ("1y", "6m": a positive count of years or months).
class FrameDates
{
    Q_DECLARE_TR_FUNCTIONS(FrameDates)

public:
    static constexpr qsizetype kMaxFrames = 10000;

    /// The dates, or std::nullopt with \a error (when given) saying why: a malformed step, a step
    /// that leaves the calendar (QDate::addYears gives an invalid date for 2147483647y, which must not
    /// be taken for a date before \a last), or more than kMaxFrames frames.
    static std::optional<QList<QDate>> compute(QDate first, QDate last, const QString &step, QString *error = nullptr);
};

} // namespace atlas
