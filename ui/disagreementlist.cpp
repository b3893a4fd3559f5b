// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/disagreementlist.h"

#include "models/domain/dataset.h"
#include "models/text/inspectorcontent.h"
#include "models/text/plaintext.h"
#include "models/text/sourcedisagreements.h"

#include <QHeaderView>

namespace atlas {

namespace {
constexpr int kTieRole = Qt::UserRole;
constexpr int kEvidenceRole = Qt::UserRole + 1;
} // namespace

DisagreementList::DisagreementList(QWidget *parent)
    : QTreeWidget(parent)
{
    // One wrapped column: the panel is narrow, and the sources read one under the other.
    setObjectName(QStringLiteral("disagreementList"));
    setColumnCount(1);
    setHeaderHidden(true);
    setWordWrap(true);
    setUniformRowHeights(false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    header()->setStretchLastSection(true);
    connect(this, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        const QString tie = item->data(0, kTieRole).toString();
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
        const QString recorded = tr("Recorded (better attested): %1").arg(d.recorded.isEmpty() ? tr("see the note") : d.recorded);
        auto *row = new QTreeWidgetItem(this, { where + u'\n' + recorded });
        QFont bold = row->font(0);
        bold.setBold(true);
        row->setFont(0, bold);
        row->setData(0, kTieRole, noted.tie);
        row->setData(0, kEvidenceRole, noted.id);
        row->setToolTip(0, plainToolTip(where + u'\n' + recorded));
        const QString note = tr("Note: %1").arg(noted.note.text(language));
        auto *noteRow = new QTreeWidgetItem(row, { note });
        QFont italic = noteRow->font(0);
        italic.setItalic(true);
        noteRow->setFont(0, italic);
        noteRow->setData(0, kTieRole, noted.tie);
        noteRow->setToolTip(0, plainToolTip(note));
        for (int i : d.sides) {
            const Evidence &e = dataset.evidence[i];
            const QString says = tr("%1: %2").arg(e.source, e.claim.text(language));
            auto *side = new QTreeWidgetItem(row, { says });
            side->setData(0, kTieRole, noted.tie);
            side->setData(0, kEvidenceRole, e.id);
            QString tip = says;
            if (!e.quote.isEmpty())
                tip += u'\n' + tr("Excerpt: %1").arg(e.quote);
            if (!e.section.isEmpty())
                tip += u'\n' + tr("Section: %1").arg(e.section);
            side->setToolTip(0, plainToolTip(tip));
        }
    }
    expandAll();
}

} // namespace atlas
