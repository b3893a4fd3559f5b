// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/io/datasetreader.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace atlas {

/// Reads a dataset file for the GUI. A small file is read at once; a large one (kBackgroundSize and
/// up) is read by DatasetReader on a worker thread while a window-modal progress dialog (object name
/// "datasetOpenerProgress") shows the share of the file parsed and offers Cancel, the event loop
/// turning meanwhile so that the window repaints and timers run. Cancel gives LoadResult::cancelled:
/// the caller keeps the dataset it has.
class DatasetOpener
{
    Q_DECLARE_TR_FUNCTIONS(DatasetOpener)

public:
    /// Files of this many bytes or more are read on a worker thread.
    static constexpr qint64 kBackgroundSize = 4 * 1024 * 1024;

    /// Reads \a path; the progress dialog, when there is one, is a child of \a parent.
    static LoadResult read(const QString &path, QWidget *parent);
};

} // namespace atlas
