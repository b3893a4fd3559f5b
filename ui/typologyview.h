// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/render/typologymatrixrenderer.h"

#include <QSet>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace atlas {

class AtlasDocument;

/// The typology matrix of one scheme (li2024 by default), painted by TypologyMatrixRenderer below a
/// bar with the scheme chooser. Hover shows a placement's reasoning, a click on a tie selects it (the
/// shared selection) and a click elsewhere in a cell filters the views to that type, again to clear.
class TypologyView : public QWidget
{
    Q_OBJECT

public:
    explicit TypologyView(AtlasDocument *document, QWidget *parent = nullptr);

    QString scheme() const { return mScheme; }
    /// Shows \a scheme (an id of the dataset's typologies); clears a type filter of another scheme.
    void setScheme(const QString &scheme);

    /// What paintEvent draws, and where: the tests and hit tests use the same.
    TypologyMatrixInput input() const;
    QRectF matrixRect() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void populateSchemes();
    void updateInForce();
    void updateFilterBar();
    void elideFilterLabel();
    void retranslateUi();
    QString toolTipAt(QPointF pos) const;

    AtlasDocument *mDocument;
    QComboBox *mSchemeCombo = nullptr;
    QLabel *mSchemeLabel = nullptr;
    QLabel *mFilterLabel = nullptr;
    QPushButton *mClearButton = nullptr;
    QWidget *mBar = nullptr;
    QString mScheme;
    QString mHoveredTie;
    QString mFilterText; //!< the filter label's full text (shown on one line, elided, whole in its tooltip)
    QSet<QString> mInForce;
};

} // namespace atlas
