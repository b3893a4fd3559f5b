// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/query/textsize.h"

#include <QDate>
#include <QWidget>

class QLabel;

namespace atlas {

class AtlasDocument;
class MapView;
class TimelineWidget;

/// Classroom presentation: full screen, large type, the map with the date big, a timeline strip and
/// a note panel that shows the dataset's bookmarks (key dates with a teaching note and its citation).
/// Left/Right step through the bookmarks, animating the date between them; Esc leaves. While it is
/// open the document's text size is Projector.
class PresentationWindow : public QWidget
{
    Q_OBJECT

public:
    explicit PresentationWindow(AtlasDocument *document, QWidget *parent = nullptr);

    int currentBookmark() const { return mCurrent; }
    /// Goes to bookmark \a index (clamped), animating the shared date (TimeController::animateTo())
    /// from where it is; a key pressed during the animation starts the next from there.
    /// \see currentBookmark()
    void goToBookmark(int index);

signals:
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void showNote();

    AtlasDocument *mDocument;
    MapView *mMap = nullptr;
    TimelineWidget *mTimeline = nullptr;
    QLabel *mTitle = nullptr;
    QLabel *mNote = nullptr;
    QLabel *mCitation = nullptr;
    QLabel *mHint = nullptr;
    int mCurrent = -1;
    TextSize mTextSizeBefore = TextSize::Normal;
    QDate mCompareBefore; //!< compare mode as it was before the presentation (bookmarks may change it)
};

} // namespace atlas
