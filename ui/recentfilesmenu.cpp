// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/recentfilesmenu.h"

#include "ui/settingskeys.h"

#include <QEvent>
#include <QFileInfo>
#include <QSettings>

namespace atlas {

namespace {
constexpr int kMaxRecent = 10;
}

RecentFilesMenu::RecentFilesMenu(QWidget *parent)
    : QMenu(parent)
{
    setObjectName(QStringLiteral("recentMenu"));
    setTitle(tr("Open &Recent"));
    rebuild();
}

void RecentFilesMenu::add(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(SettingsKeys::recentFiles).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    settings.setValue(SettingsKeys::recentFiles, recent.mid(0, kMaxRecent));
    rebuild();
}

void RecentFilesMenu::rebuild()
{
    clear();
    const QStringList recent = QSettings().value(SettingsKeys::recentFiles).toStringList();
    for (const QString &path : recent) {
        QAction *a = addAction(QFileInfo(path).fileName());
        a->setToolTip(path);
        connect(a, &QAction::triggered, this, [this, path] { emit fileChosen(path); });
    }
    setEnabled(!recent.isEmpty());
}

void RecentFilesMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        setTitle(tr("Open &Recent"));
    QMenu::changeEvent(event);
}

} // namespace atlas
