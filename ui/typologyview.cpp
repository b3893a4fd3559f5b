// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/typologyview.h"

#include "models/query/atlasdocument.h"
#include "models/query/datecomparison.h"
#include "models/query/snapshot.h"
#include "models/query/timecontroller.h"
#include "models/text/plaintext.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QToolTip>
#include <QVBoxLayout>

namespace atlas {

TypologyView::TypologyView(AtlasDocument *document, QWidget *parent)
    : QWidget(parent)
    , mDocument(document)
{
    setObjectName(QStringLiteral("typologyView"));
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent, false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    mBar = new QWidget(this);
    auto *bar = new QHBoxLayout(mBar);
    bar->setContentsMargins(0, 0, 0, 0);
    mSchemeLabel = new QLabel(mBar);
    mSchemeCombo = new QComboBox(mBar);
    mSchemeCombo->setObjectName(QStringLiteral("schemeCombo"));
    mSchemeCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    mSchemeCombo->setMinimumContentsLength(18);
    mSchemeLabel->setBuddy(mSchemeCombo);
    mFilterLabel = new QLabel(mBar);
    mFilterLabel->setObjectName(QStringLiteral("typeFilterLabel"));
    mFilterLabel->setTextFormat(Qt::PlainText);
    mFilterLabel->setWordWrap(false); // one line: the matrix keeps its height while filtering
    mFilterLabel->setMinimumWidth(1);
    mClearButton = new QPushButton(mBar);
    mClearButton->setObjectName(QStringLiteral("clearTypeFilterButton"));
    bar->addWidget(mSchemeLabel);
    bar->addWidget(mSchemeCombo, 1);
    bar->addWidget(mClearButton);
    layout->addWidget(mBar);
    layout->addWidget(mFilterLabel);
    layout->addStretch(1);

    connect(mSchemeCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            setScheme(mSchemeCombo->itemData(index).toString());
    });
    connect(mClearButton, &QPushButton::clicked, mDocument, &AtlasDocument::clearTypeFilter);
    connect(document, &AtlasDocument::datasetChanged, this, &TypologyView::populateSchemes);
    connect(document, &AtlasDocument::languageChanged, this, [this] {
        populateSchemes();
        updateFilterBar();
    });
    connect(document, &AtlasDocument::snapshotChanged, this, &TypologyView::updateInForce);
    connect(document, &AtlasDocument::selectionChanged, this, qOverload<>(&QWidget::update));
    connect(document, &AtlasDocument::compareChanged, this, qOverload<>(&QWidget::update));
    connect(document, &AtlasDocument::typeFilterChanged, this, &TypologyView::updateFilterBar);

    retranslateUi();
    populateSchemes();
    updateInForce();
}

void TypologyView::populateSchemes()
{
    const Dataset &d = mDocument->dataset();
    QString wanted = mScheme;
    if (!d.typology(wanted)) {
        const TypologyScheme *s = TypologyMatrixRenderer::defaultScheme(d);
        wanted = s ? s->id : QString();
    }
    {
        const QSignalBlocker block(mSchemeCombo);
        mSchemeCombo->clear();
        for (const TypologyScheme &s : d.typologies)
            mSchemeCombo->addItem(s.name.text(mDocument->language()), s.id); // item text is plain
        mSchemeCombo->setCurrentIndex(mSchemeCombo->findData(wanted));
        mSchemeCombo->setEnabled(!d.typologies.isEmpty());
    }
    mScheme = wanted;
    mHoveredTie.clear();
    updateFilterBar();
}

void TypologyView::setScheme(const QString &scheme)
{
    if (scheme == mScheme)
        return;
    mScheme = scheme;
    if (mDocument->hasTypeFilter() && mDocument->typeFilterScheme() != scheme)
        mDocument->clearTypeFilter();
    {
        const QSignalBlocker block(mSchemeCombo);
        mSchemeCombo->setCurrentIndex(mSchemeCombo->findData(scheme));
    }
    mHoveredTie.clear();
    updateFilterBar();
    update();
}

void TypologyView::updateInForce()
{
    // The matrix greys what is not in force, whatever type filter the document applies.
    const Snapshot all = takeSnapshot(mDocument->dataset(), mDocument->time()->date(), mDocument->hiddenActors());
    mInForce = TypologyMatrixRenderer::inForceTies(mDocument->dataset(), all);
    update();
}

void TypologyView::updateFilterBar()
{
    const bool active = mDocument->hasTypeFilter();
    mClearButton->setEnabled(active);
    QString text;
    if (active) {
        const TypologyScheme *s = mDocument->dataset().typology(mDocument->typeFilterScheme());
        const TypologyCell *c = s ? s->cell(mDocument->typeFilterCell()) : nullptr;
        text = tr("The map, the table and the timeline show only: %1. Click the cell again to show all.")
                   .arg(c ? c->name.text(mDocument->language()) : mDocument->typeFilterCell());
    }
    mFilterText = text;
    mFilterLabel->setToolTip(text.isEmpty() ? QString() : plainToolTip(text));
    mFilterLabel->setVisible(active);
    elideFilterLabel();
    update();
}

void TypologyView::elideFilterLabel()
{
    mFilterLabel->setText(mFilterLabel->fontMetrics().elidedText(mFilterText, Qt::ElideRight, std::max(1, width() - 8)));
}

void TypologyView::resizeEvent(QResizeEvent *event)
{
    elideFilterLabel();
    QWidget::resizeEvent(event);
}

TypologyMatrixInput TypologyView::input() const
{
    TypologyMatrixInput in;
    in.dataset = &mDocument->dataset();
    in.scheme = mScheme;
    in.inForce = mInForce;
    in.date = mDocument->time()->date();
    in.language = mDocument->language();
    if (mDocument->hasTypeFilter() && mDocument->typeFilterScheme() == mScheme)
        in.highlightedCell = mDocument->typeFilterCell();
    if (mDocument->selection().kind == Selection::Kind::Tie)
        in.selectedTie = mDocument->selection().id;
    in.hoveredTie = mHoveredTie;
    if (const DateComparison *comparison = mDocument->comparison()) {
        for (const int tie : comparison->added)
            in.appeared.insert(mDocument->dataset().ties[tie].id);
        for (const int tie : comparison->ended)
            in.disappeared.insert(mDocument->dataset().ties[tie].id);
    }
    return in;
}

QRectF TypologyView::matrixRect() const
{
    const int top = (mFilterLabel->isVisible() ? mFilterLabel->geometry().bottom() : mBar->geometry().bottom()) + 4;
    return QRectF(0, top, width(), std::max(0, height() - top));
}

QSize TypologyView::sizeHint() const
{
    return { 560, 520 };
}

QSize TypologyView::minimumSizeHint() const
{
    return { 280, 260 };
}

void TypologyView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    TypologyMatrixRenderer::paint(painter, matrixRect(), input());
}

void TypologyView::mouseMoveEvent(QMouseEvent *event)
{
    const TypologyMatrixInput in = input();
    const QString tie = TypologyMatrixRenderer::tieAt(matrixRect(), in, event->position(), this);
    const bool overCell = tie.isEmpty() && !TypologyMatrixRenderer::cellAt(matrixRect(), in, event->position(), this).isEmpty();
    setCursor(tie.isEmpty() && !overCell ? Qt::ArrowCursor : Qt::PointingHandCursor);
    if (tie != mHoveredTie) {
        mHoveredTie = tie;
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void TypologyView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    const TypologyMatrixInput in = input();
    const QString tie = TypologyMatrixRenderer::tieAt(matrixRect(), in, event->position(), this);
    if (!tie.isEmpty()) {
        mDocument->setSelection({ Selection::Kind::Tie, tie });
        return;
    }
    const QString cell = TypologyMatrixRenderer::cellAt(matrixRect(), in, event->position(), this);
    if (cell.isEmpty())
        return;
    if (mDocument->typeFilterScheme() == mScheme && mDocument->typeFilterCell() == cell)
        mDocument->clearTypeFilter();
    else
        mDocument->setTypeFilter(mScheme, cell);
}

void TypologyView::leaveEvent(QEvent *event)
{
    if (!mHoveredTie.isEmpty()) {
        mHoveredTie.clear();
        update();
    }
    QWidget::leaveEvent(event);
}

QString TypologyView::toolTipAt(QPointF pos) const
{
    const TypologyMatrixInput in = input();
    const Dataset &d = mDocument->dataset();
    const Language lang = mDocument->language();
    const TypologyScheme *scheme = d.typology(mScheme);
    if (!scheme)
        return {};
    const QString tie = TypologyMatrixRenderer::tieAt(matrixRect(), in, pos, this);
    if (const Tie *t = d.tie(tie)) {
        QString text = t->name.text(lang);
        if (const Placement *p = d.placement(mScheme, tie)) {
            const TypologyCell *c = scheme->cell(p->cell);
            text += QStringLiteral("\n") + (c ? c->name.text(lang) : p->cell);
            if (!p->reasoning.isEmpty())
                text += QStringLiteral("\n\n") + p->reasoning.text(lang);
        } else {
            text += QStringLiteral("\n") + tr("Not classified by this source");
        }
        text += QStringLiteral("\n\n") + (in.inForce.contains(tie) ? tr("In force on this date.") : tr("Not in force on this date."));
        return text;
    }
    const QString cell = TypologyMatrixRenderer::cellAt(matrixRect(), in, pos, this);
    if (const TypologyCell *c = scheme->cell(cell)) {
        QString text = c->name.text(lang);
        if (!c->definition.isEmpty())
            text += QStringLiteral("\n") + c->definition.text(lang);
        text += QStringLiteral("\n\n") + (in.highlightedCell == cell ? tr("Click to show all types again.")
                                                                      : tr("Click to show only this type on the map and timeline."));
        return text;
    }
    return {};
}

bool TypologyView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), plainToolTip(text), this);
        return true;
    }
    return QWidget::event(event);
}

void TypologyView::retranslateUi()
{
    mSchemeLabel->setText(tr("&Scheme:"));
    mClearButton->setText(tr("Show all types"));
    updateFilterBar();
}

void TypologyView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace atlas
