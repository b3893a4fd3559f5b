// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

class QListWidget;

namespace atlas {

class AtlasDocument;

/// The "Issues" dock: the document's problems, one row each (row i is issues()[i]); double-click or
/// Enter on one selects the tie, event or actor it names when the open dataset has it. With no
/// problems it says so, naming the file, since a blank list reads as broken. It shows itself when
/// problems arrive.
class IssuesPanel : public QDockWidget
{
    Q_OBJECT

public:
    explicit IssuesPanel(AtlasDocument *document, QWidget *parent = nullptr);

    /// The file the issues are about, named in "No problems found in …"; empty for the built-in dataset.
    void setFileName(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showIssues();

    AtlasDocument *mDocument;
    QListWidget *mList = nullptr;
    QString mFile;
};

} // namespace atlas
