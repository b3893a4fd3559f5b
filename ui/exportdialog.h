// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/render/figurerenderer.h"
#include "models/io/figurewriter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace atlas {

class AtlasDocument;

/// File > Export figure: the view, format, page size, resolution, language, title and an editable,
/// generated caption. Paints a Scene of its own (the document's state in the figure's language, with
/// that language's translator) through FigureRenderer, the renderers the screen uses, so exporting
/// changes neither the document nor the application's translators; writes through FigureWriter
/// (atomic; a failure says why and leaves existing files intact).
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(AtlasDocument *document, FigureView view, const Viewport &viewport, const QString &scheme,
                 QWidget *parent = nullptr);

    /// Exports with the current settings to \a path; returns an empty string or the reason it failed.
    QString exportTo(const QString &path);

    /// Renders the current view of \a document as an image for the clipboard (Edit > Copy figure).
    static QImage renderImage(const AtlasDocument &document, FigureView view, const Viewport &viewport,
                              const QString &scheme, QSize pixels);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void regenerateTexts();
    void chooseFile();
    void updateSizeControls();
    FigurePage page() const;
    Language figureLanguage() const;

    AtlasDocument *mDocument;
    Viewport mViewport;
    QString mScheme;
    QComboBox *mView = nullptr;
    QComboBox *mFormat = nullptr;
    QComboBox *mSize = nullptr;
    QSpinBox *mWidth = nullptr;
    QSpinBox *mHeight = nullptr;
    QSpinBox *mDpi = nullptr;
    QComboBox *mLanguage = nullptr;
    QLineEdit *mTitle = nullptr;
    QPlainTextEdit *mCaption = nullptr;
    QCheckBox *mHighlight = nullptr;
    QLineEdit *mPath = nullptr;
    QLabel *mStatus = nullptr;
    QDialogButtonBox *mButtons = nullptr;
    QList<QLabel *> mLabels;
};

} // namespace atlas
