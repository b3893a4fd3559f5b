// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dateentry.h"

#include "models/domain/partialdate.h"
#include "models/query/timecontroller.h"

#include <QEvent>
#include <QFocusEvent>
#include <QKeyEvent>
#include <QMouseEvent>

namespace atlas {

DateEntry::DateEntry(TimeController *time, QWidget *parent)
    : QLineEdit(parent)
    , mTime(time)
{
    setObjectName(QStringLiteral("dateEntry"));
    setMaxLength(10);
    connect(mTime, &TimeController::dateChanged, this, &DateEntry::showDate);
    connect(mTime, &TimeController::rangeChanged, this, &DateEntry::showDate);
    connect(this, &QLineEdit::textEdited, this, [this] {
        mEditing = true;
        setInvalid(false);
    });
    connect(this, &QLineEdit::returnPressed, this, &DateEntry::commit);
    retranslateUi();
    showDate();
}

bool DateEntry::commit()
{
    const auto parsed = PartialDate::parse(text().trimmed());
    if (!parsed) {
        setInvalid(true);
        return false;
    }
    mEditing = false;
    setInvalid(false);
    mTime->setDate(parsed->firstDay());
    showDate(); // the controller may have clamped it, or not changed at all
    return true;
}

void DateEntry::showDate()
{
    if (mEditing)
        return;
    setText(mTime->date().toString(Qt::ISODate));
    if (hasFocus())
        selectAll(); // typing replaces the date shown
}

void DateEntry::setInvalid(bool invalid)
{
    setStyleSheet(invalid ? QStringLiteral("QLineEdit { background: #fde0d6; }") : QString());
}

void DateEntry::focusInEvent(QFocusEvent *event)
{
    QLineEdit::focusInEvent(event);
    mSelectOnPress = event->reason() == Qt::MouseFocusReason;
}

void DateEntry::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    mSelectOnPress = false;
    // Popups (a context menu) take the focus for a moment: that is not leaving the entry.
    if (event->reason() == Qt::PopupFocusReason || !mEditing)
        return;
    if (!commit()) { // a half-typed date is dropped on leaving: the entry shows the date again
        mEditing = false;
        setInvalid(false);
        showDate();
    }
}

void DateEntry::mousePressEvent(QMouseEvent *event)
{
    QLineEdit::mousePressEvent(event);
    if (mSelectOnPress) {
        mSelectOnPress = false;
        selectAll();
    }
}

void DateEntry::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && mEditing) {
        mEditing = false;
        setInvalid(false);
        showDate();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void DateEntry::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QLineEdit::changeEvent(event);
}

void DateEntry::retranslateUi()
{
    setPlaceholderText(tr("YYYY-MM-DD"));
    setToolTip(tr("Type a date (YYYY, YYYY-MM or YYYY-MM-DD) and press Enter"));
    setAccessibleName(tr("Current date"));
}

} // namespace atlas
