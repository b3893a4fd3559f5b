// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/query/framedates.h"

namespace atlas {

std::optional<QList<QDate>> FrameDates::compute(QDate first, QDate last, const QString &step, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<QList<QDate>> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const bool years = step.endsWith(u'y');
    bool ok = false;
    const int count = step.left(step.size() - 1).toInt(&ok);
    if (!ok || count < 1 || (!years && !step.endsWith(u'm')))
        return fail(tr("invalid --step \"%1\" (expected 1y or 1m)").arg(step));
    if (!first.isValid() || !last.isValid() || last < first)
        return fail(tr("invalid --from or --to date"));
    QList<QDate> dates;
    for (QDate d = first; d <= last; ) {
        if (dates.size() == kMaxFrames)
            return fail(tr("more than %1 frames from %2 to %3 every %4")
                            .arg(kMaxFrames)
                            .arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate), step));
        dates.append(d);
        const QDate next = years ? d.addYears(count) : d.addMonths(count);
        if (!next.isValid() || next <= d)
            return fail(tr("the step \"%1\" leaves the calendar after %2").arg(step, d.toString(Qt::ISODate)));
        d = next;
    }
    return dates;
}

} // namespace atlas
