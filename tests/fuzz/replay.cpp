// SPDX-License-Identifier: GPL-3.0-or-later
// Corpus replay without libFuzzer: feeds every file of the given directories (or files) to the
// target's LLVMFuzzerTestOneInput, so the committed corpus runs in every ordinary test run.
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

bool replay(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "replay: cannot open %s\n", qPrintable(path));
        return false;
    }
    const QByteArray bytes = file.readAll();
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()), static_cast<size_t>(bytes.size()));
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    int files = 0;
    bool ok = argc > 1;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (QFileInfo(arg).isDir()) {
            QStringList paths;
            QDirIterator it(arg, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                paths.append(it.next());
            paths.sort();
            for (const QString &p : paths) {
                ok = replay(p) && ok;
                ++files;
            }
        } else {
            ok = replay(arg) && ok;
            ++files;
        }
    }
    std::printf("replay: %d file(s)\n", files);
    return ok && files > 0 ? 0 : 1;
}
