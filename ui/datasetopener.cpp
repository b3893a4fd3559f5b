// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/datasetopener.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QLabel>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

namespace atlas {

namespace {

constexpr int kSteps = 1000;      // progress bar resolution
constexpr int kShowAfterMs = 0;  // a file this large takes long enough to show why the window waits
constexpr int kUpdateMs = 50;     // how often the bar follows the reader

} // namespace

LoadResult DatasetOpener::read(const QString &path, QWidget *parent)
{
    if (QFileInfo(path).size() < kBackgroundSize)
        return DatasetReader::readFile(path);

    QProgressDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("datasetOpenerProgress"));
    dialog.setWindowTitle(tr("Opening Dataset"));
    auto *label = new QLabel(&dialog); // the file name is user text: never rich text
    label->setTextFormat(Qt::PlainText);
    dialog.setLabel(label);
    dialog.setLabelText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    dialog.setCancelButtonText(tr("Cancel"));
    dialog.setRange(0, kSteps);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setMinimumDuration(kShowAfterMs);

    // Shared with the worker, which may outlive this call only until wait() below.
    std::atomic<bool> cancel = false;
    std::atomic<qint64> done = 0;
    std::atomic<qint64> total = 1;
    LoadResult result;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        result = DatasetReader::readFile(path, [&](qint64 bytes, qint64 size) {
            done = bytes;
            total = std::max<qint64>(size, 1);
            return !cancel;
        });
    }));
    worker->setObjectName(QStringLiteral("datasetOpener"));

    QEventLoop loop;
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    QObject::connect(&dialog, &QProgressDialog::canceled, &loop, [&] {
        cancel = true;
        dialog.setLabelText(tr("Cancelling…"));
    });
    QTimer update;
    QObject::connect(&update, &QTimer::timeout, &dialog, [&] { dialog.setValue(int(done * kSteps / total)); });
    update.start(kUpdateMs);
    dialog.setValue(0); // starts the minimum-duration clock
    worker->start();
    loop.exec();
    worker->wait();
    if (cancel) {
        LoadResult cancelled;
        cancelled.cancelled = true;
        return cancelled;
    }
    return result;
}

} // namespace atlas
