// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/analysis/comparisonformat.h"

#include "models/analysis/metricsformat.h"
#include "models/domain/dataset.h"
#include "models/domain/vocabulary.h"
#include "models/query/datecomparison.h"
#include "models/text/texttable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace atlas {

QString ComparisonFormat::json(const Dataset &dataset, const DateComparison &comparison, const NetworkMetrics &from,
                               const NetworkMetrics &to, const QSet<QString> &hidden)
{
    QJsonObject root = comparison.toJson(dataset);
    QStringList hiddenList(hidden.cbegin(), hidden.cend());
    hiddenList.sort();
    root.insert(QStringLiteral("hidden"), QJsonArray::fromStringList(hiddenList));
    root.insert(QStringLiteral("metrics"), QJsonObject { { QStringLiteral("from"), MetricsFormat::sampleJson(from) },
                                                         { QStringLiteral("to"), MetricsFormat::sampleJson(to) } });
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

QString ComparisonFormat::table(const Dataset &dataset, const DateComparison &comparison, const NetworkMetrics &from,
                                const NetworkMetrics &to)
{
    const auto none = QStringLiteral("-");
    QList<QStringList> changes { { QStringLiteral("CHANGE"), QStringLiteral("ID"), QStringLiteral("DATE"), QStringLiteral("DETAIL") } };
    const auto addTies = [&](const QString &change, const QList<int> &ties, bool end) {
        for (int index : ties) {
            const Tie &tie = dataset.ties[index];
            const PartialDate &date = end ? tie.end : tie.start;
            changes.append({ change, tie.id, date.isValid() ? date.toString() : none, tie.name.en });
        }
    };
    addTies(QStringLiteral("added"), comparison.added, false);
    addTies(QStringLiteral("ended"), comparison.ended, true);
    for (const TieChange &change : comparison.changed) {
        const Tie &tie = dataset.ties[change.tie];
        QStringList details;
        if (!change.joined.isEmpty())
            details.append(QStringLiteral("joined ") + change.joined.join(u','));
        if (!change.left.isEmpty())
            details.append(QStringLiteral("left ") + change.left.join(u','));
        if (change.statusFrom != change.statusTo)
            details.append(Vocabulary::keyword(change.statusFrom) + QStringLiteral(" -> ") + Vocabulary::keyword(change.statusTo));
        const QString detail = tie.name.en + QStringLiteral(": ") + details.join(QStringLiteral("; "));
        changes.append({ QStringLiteral("changed"), tie.id, none, detail });
    }
    addTies(QStringLiteral("proposed-from"), comparison.proposedFrom, false);
    addTies(QStringLiteral("proposed-to"), comparison.proposedTo, false);

    QList<QStringList> metrics { { QStringLiteral("METRIC"), comparison.from.toString(Qt::ISODate), comparison.to.toString(Qt::ISODate),
                                   QStringLiteral("CHANGE") } };
    const QList<MetricsFormat::Field> before = MetricsFormat::fields(from), after = MetricsFormat::fields(to);
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int decimals = before[i].decimals;
        const double scale = std::pow(10.0, decimals);
        // Rounded first, so a difference below the last decimal is "0", never "-0.0000".
        const double difference = std::round((after[i].value - before[i].value) * scale) / scale + 0.0;
        metrics.append({ before[i].name, QString::number(before[i].value, 'f', decimals), QString::number(after[i].value, 'f', decimals),
                         difference == 0 ? QStringLiteral("0")
                                         : (difference > 0 ? QStringLiteral("+") : QString()) + QString::number(difference, 'f', decimals) });
    }
    return tr("From %1 to %2: %3 added, %4 ended, %5 continuing (%6 changed)")
               .arg(comparison.from.toString(Qt::ISODate), comparison.to.toString(Qt::ISODate))
               .arg(comparison.added.size())
               .arg(comparison.ended.size())
               .arg(comparison.continuing.size())
               .arg(comparison.changed.size())
        + u'\n' + TextTable::aligned(changes) + u'\n' + TextTable::aligned(metrics);
}

} // namespace atlas
