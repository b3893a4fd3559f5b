// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/text/citationformatter.h"
#include "models/text/inspectorcontent.h"

#include <QDockWidget>
#include <QList>
#include <QTimer>

class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace atlas {

class AtlasDocument;
struct Source;

/// The inspector: the selected tie, country or event at the current date, with its evidence and
/// sources. Renders InspectorContent (built in models/) with widgets; every dataset text is shown as
/// plain text and a link opens only when the user clicks its button.
class InspectorDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit InspectorDock(AtlasDocument *document, QWidget *parent = nullptr);

    const InspectorContent &content() const { return mContent; }
    /// How many times the body was rebuilt (for tests: a date change that alters nothing keeps it).
    int rebuildCount() const { return mRebuildCount; }
    /// The records of every source the current content cites (content().sources), in that order.
    QList<Source> selectionSources() const;
    /// Writes selectionSources() to \a path: RIS when it ends in .ris, else BibTeX. Atomic (QSaveFile).
    bool exportSources(const QString &path, QString *errorString = nullptr) const;
    /// Puts \a source's citation in \a style on the clipboard.
    void copyCitation(const QString &sourceKey, CitationFormatter::Style style) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void scheduleRefresh();
    void refresh(bool force);
    void rebuild();
    void exportSourcesDialog();
    void retranslateUi();

    QWidget *evidenceWidget(const InspectorEvidence &evidence, QWidget *parent);
    QWidget *sourceWidget(const Source &source, QWidget *parent);
    void addEvidenceList(const QList<InspectorEvidence> &list, QVBoxLayout *layout, QWidget *parent);
    QWidget *memberRecordsWidget(QWidget *parent);
    QWidget *citeButtons(const QString &sourceKey, QWidget *parent);
    void addDisagreements(const QString &tie, QVBoxLayout *layout, QWidget *parent);

    AtlasDocument *mDocument;
    InspectorContent mContent;
    QScrollArea *mScroll = nullptr;
    QPushButton *mExportButton = nullptr;
    QLabel *mDateLabel = nullptr;
    int mRebuildCount = 0;
    QTimer mRefreshTimer;
    bool mForceRefresh = false;
};

} // namespace atlas
