// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QObject>

namespace atlas {

/// The current date of every view (QGIS's temporal controller idea): views set it and follow
/// dateChanged; none writes to another. Holds the date range the views span.
class TimeController : public QObject
{
    Q_OBJECT

public:
    explicit TimeController(QObject *parent = nullptr);

    QDate date() const { return mDate; }
    QDate minimum() const { return mMinimum; }
    QDate maximum() const { return mMaximum; }

    /// Clamps \a date into [minimum, maximum]; emits dateChanged when it changes. \see date()
    void setDate(QDate date);
    void setRange(QDate minimum, QDate maximum);

signals:
    void dateChanged(QDate date);
    void rangeChanged(QDate minimum, QDate maximum);

private:
    QDate mMinimum;
    QDate mMaximum;
    QDate mDate;
};

} // namespace atlas
