// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>

namespace atlas {

class TimeController;

/// The window's one date entry: a view on the TimeController. Shows the controller's date and
/// follows it (drag, Play, animations) unless the user is typing; a typed date (YYYY, YYYY-MM or
/// YYYY-MM-DD) is committed to the controller on Enter or when the entry loses focus, Esc gives up
/// the typing. A single click selects the date, so typing replaces it. Invalid text is marked and
/// kept for correcting on Enter; on leaving it is dropped.
class DateEntry : public QLineEdit
{
    Q_OBJECT

public:
    explicit DateEntry(TimeController *time, QWidget *parent = nullptr);

    /// Whether the text is the user's typing, not yet committed (the entry does not follow the date).
    bool isEditing() const { return mEditing; }
    /// Commits the typed text to the controller; false (and the text marked) when it is not a date.
    bool commit();

protected:
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void showDate();
    void setInvalid(bool invalid);
    void retranslateUi();

    TimeController *mTime;
    bool mEditing = false;
    bool mSelectOnPress = false; //!< focus came with this click: select all after QLineEdit places the cursor
};

} // namespace atlas
