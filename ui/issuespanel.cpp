// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/issuespanel.h"

#include "models/query/atlasdocument.h"
#include "models/query/issuetarget.h"

#include <QEvent>
#include <QFileInfo>
#include <QListWidget>

namespace atlas {

IssuesPanel::IssuesPanel(AtlasDocument *document, QWidget *parent)
    : QDockWidget(parent)
    , mDocument(document)
{
    setObjectName(QStringLiteral("issuesDock"));
    mList = new QListWidget(this);
    mList->setObjectName(QStringLiteral("issueList"));
    setWidget(mList);
    connect(mList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int row = mList->row(item);
        if (row < 0 || row >= mDocument->issues().size())
            return;
        if (const auto selection = IssueTarget::selection(mDocument->issues().at(row), mDocument->dataset()))
            mDocument->setSelection(*selection);
    });
    connect(document, &AtlasDocument::issuesChanged, this, &IssuesPanel::showIssues);
    setWindowTitle(tr("Issues"));
    showIssues();
}

void IssuesPanel::setFileName(const QString &path)
{
    mFile = path;
    showIssues();
}

void IssuesPanel::showIssues()
{
    mList->clear();
    for (const Issue &issue : mDocument->issues())
        new QListWidgetItem(issue.toString(), mList); // row i shows issues()[i]
    if (mDocument->issues().isEmpty()) {
        const QString file = mFile.isEmpty() ? tr("the built-in dataset") : QFileInfo(mFile).fileName();
        auto *item = new QListWidgetItem(tr("No problems found in %1.").arg(file), mList);
        item->setFlags(Qt::NoItemFlags);
    } else {
        show();
    }
}

void IssuesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setWindowTitle(tr("Issues"));
        if (mDocument->issues().isEmpty())
            showIssues();
    }
    QDockWidget::changeEvent(event);
}

} // namespace atlas
