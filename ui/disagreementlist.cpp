// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/disagreementlist.h"

#include "models/domain/dataset.h"
#include "models/text/inspectorcontent.h"
#include "models/text/plaintext.h"
#include "models/text/sourcedisagreements.h"

#include <QHeaderView>

namespace atlas {

namespace {
enum Column { Where, Recorded, Says, ColumnCount };
constexpr int kTieRole = Qt::UserRole;
constexpr int kEvidenceRole = Qt::UserRole + 1;
} // namespace

DisagreementList::DisagreementList(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("disagreementList"));
    setColumnCount(ColumnCount);
    setHeaderLabels({ tr("Where"), tr("Recorded (better attested)"), tr("What each source says") });
    setUniformRowHeights(true);
    setTextElideMode(Qt::ElideRight);
    header()->setStretchLastSection(true);
    connect(this, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        const QString tie = item->data(Where, kTieRole).toString();
        if (!tie.isEmpty())
            emit tieActivated(tie);
    });
}

void DisagreementList::populate(const Dataset &dataset, Language language, const QString &tie)
{
    clear();
    for (const SourceDisagreement &d : SourceDisagreements::find(dataset)) {
        const Evidence &noted = dataset.evidence[d.evidence];
        if (!tie.isEmpty() && noted.tie != tie)
            continue;
        QString where;
        if (const Tie *t = dataset.tie(noted.tie))
            where = t->label().text(language);
        else if (const TypologyScheme *scheme = dataset.typology(noted.typology))
            where = scheme->name.text(language);
        if (const Event *event = dataset.event(noted.event))
            where += QStringLiteral(" · ") + event->date.displayString(language);
        else
            where += QStringLiteral(" · ") + InspectorContent::aspectLabel(dataset, noted.aspect, language);
        const QString note = noted.note.text(language);
        auto *row = new QTreeWidgetItem(this, { where, d.recorded.isEmpty() ? tr("see the note") : d.recorded, note });
        row->setData(Where, kTieRole, noted.tie);
        row->setData(Where, kEvidenceRole, noted.id);
        row->setToolTip(Says, plainToolTip(note));
        row->setToolTip(Where, plainToolTip(where));
        for (int i : d.sides) {
            const Evidence &e = dataset.evidence[i];
            QString says = e.claim.text(language);
            if (!e.quote.isEmpty())
                says += QStringLiteral(" «") + e.quote + QStringLiteral("»");
            auto *side = new QTreeWidgetItem(row, { e.source, i == d.evidence ? tr("noted") : QString(), says });
            side->setData(Where, kTieRole, noted.tie);
            side->setData(Where, kEvidenceRole, e.id);
            side->setToolTip(Says, plainToolTip(says));
            if (!e.section.isEmpty())
                side->setToolTip(Where, plainToolTip(tr("Section: %1").arg(e.section)));
        }
    }
    expandAll();
    resizeColumnToContents(Where);
    resizeColumnToContents(Recorded);
}

} // namespace atlas
