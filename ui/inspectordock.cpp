// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/inspectordock.h"

#include "models/query/atlasdocument.h"
#include "models/domain/dataset.h"
#include "models/query/timecontroller.h"
#include "models/text/plaintext.h"
#include "ui/disagreementlist.h"
#include "ui/inspectorwidgets.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace atlas {


InspectorDock::InspectorDock(AtlasDocument *document, QWidget *parent)
    : QDockWidget(parent)
    , mDocument(document)
{
    setObjectName(QStringLiteral("inspectorDock"));
    auto *container = new QWidget(this);
    auto *layout = new QVBoxLayout(container);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *bar = new QHBoxLayout;
    mDateLabel = new QLabel(container);
    mDateLabel->setObjectName(QStringLiteral("inspectorDate"));
    mDateLabel->setTextFormat(Qt::PlainText);
    mDateLabel->setStyleSheet(kGrey);
    bar->addWidget(mDateLabel, 1);
    mExportButton = new QPushButton(container);
    mExportButton->setObjectName(QStringLiteral("exportSourcesButton"));
    bar->addWidget(mExportButton);
    layout->addLayout(bar);
    mScroll = new QScrollArea(container);
    mScroll->setObjectName(QStringLiteral("inspectorScroll"));
    mScroll->setWidgetResizable(true);
    mScroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(mScroll, 1);
    setWidget(container);

    // Rebuilding is deferred to the event loop: a click in the events list moves the date, and the
    // list must not be deleted inside its own signal.
    mRefreshTimer.setSingleShot(true);
    mRefreshTimer.setInterval(0);
    connect(&mRefreshTimer, &QTimer::timeout, this, [this] { refresh(mForceRefresh); });
    connect(mExportButton, &QPushButton::clicked, this, &InspectorDock::exportSourcesDialog);
    connect(document, &AtlasDocument::selectionChanged, this, &InspectorDock::scheduleRefresh);
    connect(document, &AtlasDocument::datasetChanged, this, [this] {
        mForceRefresh = true;
        scheduleRefresh();
    });
    connect(document, &AtlasDocument::languageChanged, this, [this] {
        mForceRefresh = true;
        scheduleRefresh();
    });
    connect(document->time(), &TimeController::dateChanged, this, &InspectorDock::scheduleRefresh);

    retranslateUi();
    refresh(true);
}

void InspectorDock::scheduleRefresh()
{
    mRefreshTimer.start();
}

void InspectorDock::refresh(bool force)
{
    mForceRefresh = false;
    InspectorContent content = InspectorContent::build(mDocument->dataset(), mDocument->selection(), mDocument->time()->date(),
                                                       mDocument->language());
    const bool same = !force && mScroll->widget() && content.sameAsideFromDate(mContent);
    mContent = std::move(content);
    mDateLabel->setText(mContent.isEmpty() ? QString() : tr("On %1").arg(mContent.dateText));
    if (!same)
        rebuild(); // Scrubbing the date seldom changes anything else: the widgets stay otherwise.
}

QList<Source> InspectorDock::selectionSources() const
{
    QList<Source> sources;
    for (const QString &key : mContent.sources)
        if (const Source *s = mDocument->dataset().source(key))
            sources.append(*s);
    return sources;
}

bool InspectorDock::exportSources(const QString &path, QString *errorString) const
{
    const auto style = path.endsWith(QStringLiteral(".ris"), Qt::CaseInsensitive) ? CitationFormatter::Style::Ris
                                                                                  : CitationFormatter::Style::BibTeX;
    return CitationFormatter::writeBibliography(path, selectionSources(), style, errorString);
}

void InspectorDock::copyCitation(const QString &sourceKey, CitationFormatter::Style style) const
{
    if (const Source *s = mDocument->dataset().source(sourceKey))
        QGuiApplication::clipboard()->setText(CitationFormatter::format(*s, style));
}

void InspectorDock::exportSourcesDialog()
{
    const QString bib = tr("BibTeX (*.bib)");
    const QString ris = tr("RIS (*.ris)");
    QString filter = bib;
    const QString suggested = (mContent.id.isEmpty() ? QStringLiteral("sources") : mContent.id) + QStringLiteral(".bib");
    QString path = QFileDialog::getSaveFileName(this, tr("Export Sources"), suggested, bib + QStringLiteral(";;") + ris, &filter);
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"bib" && suffix != u"ris")
        path += filter == ris ? QStringLiteral(".ris") : QStringLiteral(".bib");
    QString error;
    if (!exportSources(path, &error))
        QMessageBox::warning(this, tr("Export Failed"),
                             tr("Export failed: %1\nAny existing file was left unchanged.").arg(error));
}

QWidget *InspectorDock::citeButtons(const QString &sourceKey, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *cite = new QToolButton(row);
    cite->setObjectName(QStringLiteral("copyCitationButton"));
    cite->setText(tr("Copy citation"));
    cite->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(cite);
    const struct {
        const char *name;
        QString text;
        CitationFormatter::Style style;
    } styles[] = {
        { "copyGbt7714", tr("GB/T 7714-2015"), CitationFormatter::Style::GbT7714 },
        { "copyChicago", tr("Chicago (author-date)"), CitationFormatter::Style::ChicagoAuthorDate },
        { "copyBibtex", tr("BibTeX"), CitationFormatter::Style::BibTeX },
    };
    for (const auto &s : styles) {
        QAction *action = menu->addAction(s.text);
        action->setObjectName(QLatin1String(s.name));
        const CitationFormatter::Style style = s.style;
        connect(action, &QAction::triggered, this, [this, sourceKey, style] { copyCitation(sourceKey, style); });
    }
    cite->setMenu(menu);
    layout->addWidget(cite);

    const Source *source = mDocument->dataset().source(sourceKey);
    const QString link = source ? CitationFormatter::link(*source) : QString();
    if (!link.isEmpty()) {
        QLabel *shown = plainLabel(link, row, false);
        shown->setStyleSheet(kGrey);
        shown->setMinimumWidth(10);
        auto *open = new QToolButton(row);
        open->setObjectName(QStringLiteral("openLinkButton"));
        open->setText(tr("Open link"));
        open->setToolTip(plainToolTip(tr("Open %1 in the web browser").arg(link)));
        connect(open, &QToolButton::clicked, this, [link] { QDesktopServices::openUrl(QUrl(link)); });
        layout->addWidget(open);
        layout->addWidget(shown, 1);
    } else {
        layout->addStretch(1);
    }
    return row;
}

QWidget *InspectorDock::evidenceWidget(const InspectorEvidence &e, QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setObjectName(QStringLiteral("evidenceItem"));
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setProperty("evidenceId", e.id);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);

    QString about = e.aspect;
    if (e.date.isValid())
        about = tr("%1 · %2").arg(about, e.date.displayString(mDocument->language()));
    if (e.after)
        about = tr("%1 · after this date").arg(about);
    QLabel *aboutLabel = plainLabel(about, frame);
    aboutLabel->setStyleSheet(kGrey);
    layout->addWidget(aboutLabel);

    QLabel *claim = plainLabel(e.claim, frame);
    claim->setObjectName(QStringLiteral("evidenceClaim"));
    layout->addWidget(claim);
    if (!e.quote.isEmpty())
        layout->addWidget(quoteFrame(e.quote, frame));
    QLabel *source = plainLabel(tr("Source: %1").arg(e.sourceReference), frame);
    layout->addWidget(source);
    if (!e.section.isEmpty())
        layout->addWidget(plainLabel(tr("Section: %1").arg(e.section), frame));
    for (const QString &cited : e.citedReferences)
        layout->addWidget(plainLabel(tr("Primary document cited: %1").arg(cited), frame));
    if (!e.note.isEmpty())
        layout->addWidget(noteFrame(e.note, frame));
    layout->addWidget(citeButtons(e.sourceKey, frame));
    return frame;
}

void InspectorDock::addEvidenceList(const QList<InspectorEvidence> &list, QVBoxLayout *layout, QWidget *parent)
{
    QString group;
    for (const InspectorEvidence &e : list) {
        if (e.group != group) { // a heading per date (and event); the list is in date order
            group = e.group;
            QLabel *heading = plainLabel(group, parent);
            heading->setObjectName(QStringLiteral("evidenceGroup"));
            heading->setStyleSheet(kGrey);
            setBold(heading, true);
            layout->addWidget(heading);
        }
        layout->addWidget(evidenceWidget(e, parent));
    }
}

// One table for many near-identical membership records (NATO's accessions), folded until asked for.
QWidget *InspectorDock::memberRecordsWidget(QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(rule(box));
    auto *toggle = new QToolButton(box);
    toggle->setObjectName(QStringLiteral("memberRecordsToggle"));
    toggle->setCheckable(true);
    toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toggle->setArrowType(Qt::RightArrow);
    toggle->setAutoRaise(true);
    toggle->setText(tr("Membership records (%n)", nullptr, static_cast<int>(mContent.memberRecords.size())));
    setBold(toggle, true);
    layout->addWidget(toggle);
    auto *tree = new QTreeWidget(box);
    tree->setObjectName(QStringLiteral("memberRecords"));
    tree->setRootIsDecorated(false);
    tree->setColumnCount(4);
    tree->setHeaderLabels({ tr("Member"), tr("Date"), tr("Evidence"), tr("Source") });
    tree->setWordWrap(false);
    const Language language = mDocument->language();
    for (const InspectorEvidence &e : mContent.memberRecords) {
        auto *item = new QTreeWidgetItem(tree, { e.member, e.date.displayString(language), e.claim, e.sourceReference });
        item->setData(0, Qt::UserRole, e.id);
        QString tip = e.claim + QStringLiteral("\n\n") + tr("Source: %1").arg(e.sourceReference);
        if (!e.section.isEmpty())
            tip += QStringLiteral("\n") + tr("Section: %1").arg(e.section);
        for (int c = 0; c < 4; ++c)
            item->setToolTip(c, plainToolTip(tip)); // the cells are plain item text; the tooltip escaped
        if (e.after)
            for (int c = 0; c < 4; ++c)
                item->setForeground(c, QColor(0x6b, 0x6b, 0x6b));
    }
    tree->resizeColumnToContents(0);
    tree->resizeColumnToContents(1);
    tree->setColumnWidth(2, 360);
    const int rows = static_cast<int>(std::min<qsizetype>(mContent.memberRecords.size(), 12));
    tree->setFixedHeight(tree->header()->sizeHint().height() + rows * (tree->sizeHintForRow(0) + 1) + 2 * tree->frameWidth() + 2);
    tree->setVisible(false);
    layout->addWidget(tree);
    connect(toggle, &QToolButton::toggled, tree, [toggle, tree](bool open) {
        tree->setVisible(open);
        toggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
    return box;
}

QWidget *InspectorDock::sourceWidget(const Source &source, QWidget *parent)
{
    auto *box = new QWidget(parent);
    box->setObjectName(QStringLiteral("sourceItem"));
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 2, 0, 6);
    layout->setSpacing(2);
    layout->addWidget(plainLabel(CitationFormatter::reference(source, mDocument->language()), box));
    if (!source.note.isEmpty()) {
        QLabel *note = plainLabel(tr("Note: %1").arg(source.note.text(mDocument->language())), box);
        note->setStyleSheet(kGrey);
        layout->addWidget(note);
    }
    layout->addWidget(citeButtons(source.key, box));
    return box;
}

/// The "Sources disagree" section: every disagreement (\a tie empty) or those about \a tie; nothing
/// when there is none. Clicking a row selects its tie.
void InspectorDock::addDisagreements(const QString &tie, QVBoxLayout *layout, QWidget *parent)
{
    auto *list = new DisagreementList(parent);
    list->populate(mDocument->dataset(), mDocument->language(), tie);
    if (list->topLevelItemCount() == 0) {
        delete list;
        return;
    }
    layout->addWidget(rule(parent));
    layout->addWidget(headingLabel(tr("Sources disagree (%1)").arg(list->topLevelItemCount()), parent));
    if (!tie.isEmpty())
        list->collapseAll();
    const int rows = tie.isEmpty() ? 14 : std::min(list->topLevelItemCount(), 6);
    list->setMinimumHeight(list->header()->sizeHint().height() + rows * (list->sizeHintForRow(0) + 1) + 2 * list->frameWidth() + 2);
    connect(list, &DisagreementList::tieActivated, this, [this, tie](const QString &id) {
        if (id != tie)
            QTimer::singleShot(0, mDocument, [doc = mDocument, id] { doc->setSelection({ Selection::Kind::Tie, id }); });
    });
    layout->addWidget(list, tie.isEmpty() ? 1 : 0);
}

void InspectorDock::rebuild()
{
    ++mRebuildCount;
    const int scroll = mScroll->verticalScrollBar()->value();
    const bool sameSelection = mScroll->widget() && mScroll->widget()->property("selectionId").toString() == mContent.id;
    if (QWidget *old = mScroll->takeWidget())
        old->deleteLater();

    auto *body = new QWidget;
    body->setObjectName(QStringLiteral("inspectorBody"));
    body->setProperty("selectionId", mContent.id);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    mExportButton->setEnabled(!mContent.sources.isEmpty());

    if (mContent.isEmpty()) {
        QLabel *empty = plainLabel(tr("Select a tie, a country or an event (on the map, the timeline, the table or the typology "
                                      "matrix) to see its details here."),
                                   body);
        empty->setObjectName(QStringLiteral("inspectorEmpty"));
        empty->setStyleSheet(kGrey);
        layout->addWidget(empty);
        addDisagreements(QString(), layout, body);
        layout->addStretch(1);
        mScroll->setWidget(body);
        return;
    }

    QLabel *title = headingLabel(mContent.title, body, 1.35);
    title->setObjectName(QStringLiteral("inspectorTitle"));
    layout->addWidget(title);
    if (!mContent.subtitle.isEmpty() && mContent.subtitle != mContent.title) {
        QLabel *subtitle = plainLabel(mContent.subtitle, body);
        subtitle->setStyleSheet(kGrey);
        layout->addWidget(subtitle);
    }

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    for (const InspectorField &f : mContent.fields) {
        QLabel *label = plainLabel(f.label, body, false);
        label->setStyleSheet(kGrey);
        form->addRow(label, plainLabel(f.value, body));
    }
    layout->addLayout(form);
    if (!mContent.note.isEmpty())
        layout->addWidget(noteFrame(mContent.note, body));

    if (!mContent.members.isEmpty()) {
        layout->addWidget(rule(body));
        layout->addWidget(headingLabel(tr("Members"), body));
        auto *grid = new QGridLayout;
        grid->setHorizontalSpacing(10);
        grid->setVerticalSpacing(2);
        const QString headers[] = { tr("Member"), tr("Joined"), tr("Left"), tr("On this date") };
        for (int c = 0; c < 4; ++c) {
            QLabel *h = plainLabel(headers[c], body, false);
            h->setStyleSheet(kGrey);
            grid->addWidget(h, 0, c);
        }
        int row = 1;
        for (const InspectorMember &m : mContent.members) {
            const QString state = !m.current ? tr("not a member") : (m.suspended ? tr("suspended") : tr("member"));
            const QString cells[] = { m.name, m.joined, m.left.isEmpty() ? tr("—") : m.left, state };
            for (int c = 0; c < 4; ++c) {
                QLabel *cell = plainLabel(cells[c], body); // every column wraps: four unwrapped columns outgrow a laptop's column
                if (m.current && !m.suspended)
                    setBold(cell, c == 0);
                else
                    cell->setStyleSheet(kGrey);
                grid->addWidget(cell, row, c);
            }
            ++row;
        }
        grid->setColumnStretch(0, 1);
        layout->addLayout(grid);
    }

    if (!mContent.ties.isEmpty()) {
        layout->addWidget(rule(body));
        layout->addWidget(headingLabel(mContent.kind == Selection::Kind::Actor ? tr("Ties over time") : tr("Ties"), body));
        auto *tree = new QTreeWidget(body);
        tree->setObjectName(QStringLiteral("inspectorTies"));
        tree->setRootIsDecorated(false);
        tree->setColumnCount(3);
        tree->setHeaderLabels({ tr("Tie"), tr("Period"), tr("On this date") });
        tree->header()->setStretchLastSection(true);
        for (const InspectorTieRow &r : mContent.ties) {
            auto *item = new QTreeWidgetItem(tree, { r.label, r.period, r.status });
            item->setData(0, Qt::UserRole, r.tie);
            for (int c = 0; c < 3; ++c) {
                QFont font = item->font(c);
                font.setBold(r.current);
                item->setFont(c, font);
                if (!r.current)
                    item->setForeground(c, QColor(0x6b, 0x6b, 0x6b));
            }
        }
        tree->resizeColumnToContents(0);
        tree->resizeColumnToContents(1);
        const int rows = static_cast<int>(std::min<qsizetype>(mContent.ties.size(), 10));
        tree->setFixedHeight(tree->header()->sizeHint().height() + rows * (tree->sizeHintForRow(0) + 1) + 2 * tree->frameWidth() + 2);
        connect(tree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
            const QString id = item->data(0, Qt::UserRole).toString();
            QTimer::singleShot(0, mDocument, [doc = mDocument, id] { doc->setSelection({ Selection::Kind::Tie, id }); });
        });
        layout->addWidget(tree);
        if (mContent.kind == Selection::Kind::Actor) {
            QLabel *hint = plainLabel(tr("Bold: in force on this date. Click a tie to inspect it."), body);
            hint->setStyleSheet(kGrey);
            layout->addWidget(hint);
        }
    }

    if (!mContent.events.isEmpty()) {
        layout->addWidget(rule(body));
        layout->addWidget(headingLabel(tr("Events"), body));
        auto *list = new QListWidget(body);
        list->setObjectName(QStringLiteral("inspectorEvents"));
        list->setWordWrap(true);
        for (const InspectorEvent &e : mContent.events) {
            QString text = tr("%1 · %2: %3").arg(e.dateText, e.kind, e.text);
            if (e.after)
                text = tr("%1 (after this date)").arg(text);
            auto *item = new QListWidgetItem(text, list);
            item->setData(Qt::UserRole, e.id);
            item->setData(Qt::UserRole + 1, e.date.firstDay());
            if (e.after)
                item->setForeground(QColor(0x6b, 0x6b, 0x6b));
            item->setToolTip(plainToolTip(tr("Click to move the date to %1").arg(e.dateText)));
        }
        const int rows = static_cast<int>(std::min<qsizetype>(mContent.events.size(), 6));
        list->setFixedHeight(rows * (list->sizeHintForRow(0) + 2) + 2 * list->frameWidth() + 4);
        connect(list, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
            const QDate date = item->data(Qt::UserRole + 1).toDate();
            if (date.isValid())
                mDocument->time()->setDate(date);
        });
        layout->addWidget(list);
    }

    if (!mContent.placements.isEmpty()) {
        layout->addWidget(rule(body));
        layout->addWidget(headingLabel(tr("Typology placements"), body));
        for (const InspectorPlacement &p : mContent.placements) {
            // A framed box with a wrapping heading (a QGroupBox title never wraps: a long scheme name
            // would widen the whole inspector past a laptop's column).
            auto *group = new QFrame(body);
            group->setObjectName(QStringLiteral("placement_") + p.scheme);
            group->setFrameShape(QFrame::StyledPanel);
            auto *g = new QVBoxLayout(group);
            g->setContentsMargins(6, 6, 6, 6);
            QLabel *schemeName = plainLabel(withoutMnemonic(p.schemeName), group);
            schemeName->setStyleSheet(kGrey);
            g->addWidget(schemeName);
            QLabel *cell = plainLabel(p.cellName, group);
            if (p.cell.isEmpty())
                cell->setStyleSheet(kGrey);
            else
                setBold(cell, true);
            g->addWidget(cell);
            if (!p.reasoning.isEmpty())
                g->addWidget(plainLabel(tr("Reasoning: %1").arg(p.reasoning), group));
            QLabel *scheme = plainLabel(tr("Scheme: %1").arg(p.schemeReference), group);
            scheme->setStyleSheet(kGrey);
            g->addWidget(scheme);
            for (const InspectorEvidence &e : p.evidence)
                g->addWidget(evidenceWidget(e, group));
            layout->addWidget(group);
        }
    }

    if (mContent.kind == Selection::Kind::Tie)
        addDisagreements(mContent.id, layout, body);

    layout->addWidget(rule(body));
    layout->addWidget(headingLabel(tr("Evidence up to this date"), body));

    if (mContent.evidence.isEmpty()) {
        QLabel *none = plainLabel(tr("No evidence recorded for dates up to this one."), body);
        none->setStyleSheet(kGrey);
        layout->addWidget(none);
    }
    addEvidenceList(mContent.evidence, layout, body);
    if (!mContent.laterEvidence.isEmpty()) {
        QLabel *after = headingLabel(tr("After this date"), body);
        after->setObjectName(QStringLiteral("afterThisDate"));
        layout->addWidget(after);
        QLabel *hint = plainLabel(tr("Evidence about dates later than the one shown."), body);
        hint->setStyleSheet(kGrey);
        layout->addWidget(hint);
        auto *later = new QWidget(body);
        later->setObjectName(QStringLiteral("laterEvidence"));
        auto *l = new QVBoxLayout(later);
        l->setContentsMargins(0, 0, 0, 0);
        addEvidenceList(mContent.laterEvidence, l, later);
        layout->addWidget(later);
    }

    if (!mContent.memberRecords.isEmpty())
        layout->addWidget(memberRecordsWidget(body));

    const QList<Source> sources = selectionSources();
    if (!sources.isEmpty()) {
        layout->addWidget(rule(body));
        layout->addWidget(headingLabel(tr("Sources"), body));
        for (const Source &s : sources)
            layout->addWidget(sourceWidget(s, body));
    }
    layout->addStretch(1);
    mScroll->setWidget(body);
    if (sameSelection)
        mScroll->verticalScrollBar()->setValue(scroll);
}

void InspectorDock::retranslateUi()
{
    setWindowTitle(tr("Inspector"));
    mExportButton->setText(tr("Export sources…"));
    mExportButton->setToolTip(tr("Save every source of the selection as BibTeX (.bib) or RIS (.ris)"));
}

void InspectorDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        mForceRefresh = true;
        scheduleRefresh();
    }
    QDockWidget::changeEvent(event);
}

} // namespace atlas
