// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

namespace atlas {

/// File > Open Recent: the last ten datasets and view files opened or saved, newest first, kept in
/// the settings. Disabled while empty.
class RecentFilesMenu : public QMenu
{
    Q_OBJECT

public:
    explicit RecentFilesMenu(QWidget *parent = nullptr);

    /// Puts \a path first (absolute), dropping an older entry of it and any beyond ten.
    void add(const QString &path);

signals:
    /// The user chose \a path.
    void fileChosen(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
};

} // namespace atlas
