// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/presentationwindow.h"

#include "models/query/atlasdocument.h"
#include "models/query/bookmarkfocus.h"
#include "models/text/figurecaption.h"
#include "models/query/timecontroller.h"
#include "ui/mapview.h"
#include "ui/timelinewidget.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QShortcut>
#include <QVBoxLayout>

#include <algorithm>

namespace atlas {

PresentationWindow::PresentationWindow(AtlasDocument *document, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , mDocument(document)
{
    setObjectName(QStringLiteral("presentationWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    setFont(big);

    mMap = new MapView(document, this);
    mMap->setObjectName(QStringLiteral("presentationMap"));
    mTimeline = new TimelineWidget(document, this);
    mTimeline->setObjectName(QStringLiteral("presentationTimeline"));
    mTimeline->setMaximumHeight(260);

    auto *notes = new QWidget(this);
    notes->setObjectName(QStringLiteral("presentationNotes"));
    notes->setMinimumWidth(380);
    notes->setMaximumWidth(520);
    auto *noteLayout = new QVBoxLayout(notes);
    mTitle = new QLabel(notes);
    mNote = new QLabel(notes);
    mCitation = new QLabel(notes);
    mHint = new QLabel(notes);
    for (QLabel *label : { mTitle, mNote, mCitation, mHint }) {
        label->setTextFormat(Qt::PlainText); // dataset text is never rich text
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        noteLayout->addWidget(label);
    }
    // Sizes for the back row of a room: notes 26 px, the title 34 px (pixels: a projector's dpi lies).
    const auto sized = [&big](int px, bool bold) {
        QFont f = big;
        f.setPixelSize(px);
        f.setBold(bold);
        return f;
    };
    mTitle->setFont(sized(34, true));
    mTitle->setObjectName(QStringLiteral("presentationTitle"));
    mNote->setFont(sized(26, false));
    mNote->setObjectName(QStringLiteral("presentationNote"));
    mCitation->setFont(sized(18, false));
    mCitation->setStyleSheet(QStringLiteral("color: #555;"));
    mHint->setFont(sized(16, false));
    mHint->setStyleSheet(QStringLiteral("color: #777;"));
    noteLayout->addStretch(1);

    auto *top = new QHBoxLayout;
    top->addWidget(mMap, 1);
    top->addWidget(notes);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(top, 1);
    layout->addWidget(mTimeline);

    // The map and timeline draw at projector size while presenting; the window's size comes back after.
    mTextSizeBefore = document->textSize();
    mCompareBefore = document->compareFrom();
    document->setTextSize(TextSize::Projector);

    connect(document, &AtlasDocument::languageChanged, this, &PresentationWindow::showNote);
    // Window shortcuts win over the map's and timeline's own arrow keys while presenting.
    const auto shortcut = [this](QKeySequence key, auto slot) {
        auto *s = new QShortcut(key, this, this, slot, Qt::WindowShortcut);
        s->setAutoRepeat(false);
    };
    shortcut(QKeySequence(Qt::Key_Right), [this] { goToBookmark(mCurrent + 1); });
    shortcut(QKeySequence(Qt::Key_PageDown), [this] { goToBookmark(mCurrent + 1); });
    shortcut(QKeySequence(Qt::Key_Left), [this] { goToBookmark(std::max(0, mCurrent - 1)); });
    shortcut(QKeySequence(Qt::Key_PageUp), [this] { goToBookmark(std::max(0, mCurrent - 1)); });
    shortcut(QKeySequence(Qt::Key_Escape), [this] { close(); });
    showNote();
}

void PresentationWindow::goToBookmark(int index)
{
    const auto &bookmarks = mDocument->dataset().bookmarks;
    if (bookmarks.isEmpty())
        return;
    mCurrent = std::clamp(index, 0, static_cast<int>(bookmarks.size()) - 1);
    // The shared controller moves the date, so the map, the timeline and every other view follow.
    // A window not on screen has nothing to animate.
    // The bookmark's subject is highlighted (selected: the map frames it, the others step back), on the
    // day of the bookmark's date on which it shows.
    const Bookmark &bookmark = bookmarks[mCurrent];
    const QStringList ties = BookmarkFocus::ties(mDocument->dataset(), bookmark);
    mDocument->setSelection(ties.isEmpty() ? Selection() : Selection { Selection::Kind::Tie, ties.first() });
    mDocument->time()->animateTo(BookmarkFocus::date(mDocument->dataset(), bookmark), isVisible() ? TimeController::kDefaultAnimationMs : 0);
    // A bookmark naming two dates is shown in compare mode; any other leaves it.
    mDocument->setCompareFrom(bookmark.compareFrom.firstDay());
    showNote();
}

void PresentationWindow::showNote()
{
    const Language lang = mDocument->language();
    const auto &bookmarks = mDocument->dataset().bookmarks;
    mHint->setText(tr("← → key dates · Esc leaves presentation"));
    if (mCurrent < 0 || mCurrent >= bookmarks.size()) {
        mTitle->setText(bookmarks.isEmpty() ? tr("Presentation") : tr("Key dates"));
        mNote->setText(bookmarks.isEmpty() ? tr("This dataset has no bookmarks; drag the timeline to move through time.")
                                           : tr("Press → to go to the first of %1 key dates.").arg(bookmarks.size()));
        mCitation->clear();
        return;
    }
    const Bookmark &b = bookmarks[mCurrent];
    mTitle->setText(QStringLiteral("%1  ·  %2").arg(b.date.displayString(lang), b.title.text(lang)));
    mNote->setText(b.note.text(lang));
    QStringList cited;
    for (const QString &id : b.evidence)
        if (const Evidence *e = mDocument->dataset().evidenceItem(id))
            if (const Source *s = mDocument->dataset().source(e->source)) {
                QString line = FigureCaption::shortCitation(*s, lang);
                if (!e->section.isEmpty())
                    line += QStringLiteral(", ") + e->section;
                if (!cited.contains(line))
                    cited.append(line);
            }
    mCitation->setText(cited.isEmpty() ? QString() : tr("Sources: %1").arg(cited.join(QStringLiteral("; "))));
}

void PresentationWindow::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        goToBookmark(mCurrent + 1);
        return;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
        goToBookmark(std::max(0, mCurrent - 1));
        return;
    case Qt::Key_Escape:
        close();
        return;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void PresentationWindow::closeEvent(QCloseEvent *event)
{
    mDocument->time()->stopAnimation();
    mDocument->setTextSize(mTextSizeBefore);
    mDocument->setCompareFrom(mCompareBefore);
    emit closed();
    QWidget::closeEvent(event);
}

void PresentationWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        showNote();
    QWidget::changeEvent(event);
}

} // namespace atlas
