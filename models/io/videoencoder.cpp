// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/videoencoder.h"

#include "models/io/videobackend.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

namespace atlas {

namespace {

/// The FFmpeg module, loaded once per process on first use (see VideoBackend) and never unloaded.
struct VideoModule
{
    VideoBackend::Factory factory = nullptr;
    QString problem; //!< why there is no factory

    static const VideoModule &instance()
    {
        static const VideoModule module = load();
        return module;
    }

private:
    /// The module beside this build's executables when the program runs from its build tree, else
    /// where it is installed relative to the executable (ATLAS_VIDEO_MODULE_RELATIVE, e.g.
    /// ../lib/x86_64-linux-gnu/alliance-atlas/), so an installed program never looks into a build
    /// tree. ATLAS_VIDEO_MODULE in the environment names another file (tests of a missing module).
    static QString path()
    {
        if (const QString chosen = qEnvironmentVariable("ATLAS_VIDEO_MODULE"); !chosen.isEmpty())
            return chosen;
        const QString executable = QCoreApplication::instance() ? QCoreApplication::applicationFilePath()
                                                                : QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath();
        const QString buildTree = QFileInfo(QStringLiteral(ATLAS_BUILD_TREE)).canonicalFilePath();
        if (!buildTree.isEmpty() && executable.startsWith(buildTree + QLatin1Char('/')))
            return QStringLiteral(ATLAS_VIDEO_MODULE_BUILT);
        return QDir(QFileInfo(executable).absolutePath()).filePath(QStringLiteral(ATLAS_VIDEO_MODULE_RELATIVE));
    }

    static VideoModule load()
    {
        VideoModule module;
        QLibrary library(path());
        const auto factory = reinterpret_cast<VideoBackend::Factory>(library.resolve(VideoBackend::kFactoryName));
        if (!factory) {
            module.problem = VideoEncoder::tr("video support is not installed (%1)").arg(library.errorString());
            return module;
        }
        if (const std::unique_ptr<VideoBackend> probe(factory(VideoBackend::kAbiVersion)); !probe) {
            module.problem = VideoEncoder::tr("video support %1 belongs to another version of Alliance Atlas").arg(library.fileName());
            return module;
        }
        module.factory = factory;
        return module;
    }
};

} // namespace

struct VideoEncoder::Private
{
    std::unique_ptr<VideoBackend> backend;
};

VideoEncoder::VideoEncoder() : d(std::make_unique<Private>())
{
    if (const VideoModule &module = VideoModule::instance(); module.factory)
        d->backend.reset(module.factory(VideoBackend::kAbiVersion));
}

VideoEncoder::~VideoEncoder() = default;

std::optional<VideoFormat> VideoEncoder::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("mp4"))
        return VideoFormat::Mp4;
    if (suffix == QLatin1String("webm"))
        return VideoFormat::WebM;
    if (suffix == QLatin1String("gif"))
        return VideoFormat::Gif;
    return std::nullopt;
}

QString VideoEncoder::suffix(VideoFormat format)
{
    switch (format) {
    case VideoFormat::Mp4: return QStringLiteral("mp4");
    case VideoFormat::WebM: return QStringLiteral("webm");
    case VideoFormat::Gif: return QStringLiteral("gif");
    }
    return {};
}

bool VideoEncoder::isAvailable(VideoFormat format)
{
    const VideoEncoder encoder;
    return encoder.d->backend && encoder.d->backend->isAvailable(format);
}

QStringList VideoEncoder::availableFormats()
{
    const VideoEncoder encoder;
    QStringList formats;
    for (VideoFormat format : { VideoFormat::Mp4, VideoFormat::WebM, VideoFormat::Gif })
        if (encoder.d->backend && encoder.d->backend->isAvailable(format))
            formats.append(suffix(format));
    return formats;
}

QString VideoEncoder::unavailableReason()
{
    return VideoModule::instance().problem;
}

QSize VideoEncoder::frameSize() const { return d->backend ? d->backend->frameSize() : QSize(); }
int VideoEncoder::framesAdded() const { return d->backend ? d->backend->framesAdded() : 0; }

QString VideoEncoder::open(const Settings &settings)
{
    return d->backend ? d->backend->open(settings) : VideoModule::instance().problem;
}

QString VideoEncoder::addFrame(const QImage &frame)
{
    return d->backend ? d->backend->addFrame(frame) : VideoModule::instance().problem;
}

QString VideoEncoder::finish(QByteArray *bytes)
{
    return d->backend ? d->backend->finish(bytes) : VideoModule::instance().problem;
}

} // namespace atlas
