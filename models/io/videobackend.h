// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/io/videoencoder.h"

namespace atlas {

/// What VideoEncoder asks of the module that holds the FFmpeg code (`alliance-atlas-video.so`,
/// FfmpegVideoBackend). The module is loaded on the first use of video: FFmpeg's libraries and the
/// hundred libraries they pull in (codecs, TLS, OpenCL, ...) cost about 40 ms of loading and
/// initialising at every start of the program, for every command and every window, when linked.
///
/// The module and the program are built together: kAbiVersion changes with any change to this
/// class or to VideoEncoder::Settings, and a module of another version is refused.
class VideoBackend
{
public:
    static constexpr int kAbiVersion = 1;
    /// The module's one exported function: `extern "C" VideoBackend *atlas_create_video_backend(int)`,
    /// returning a new backend, or nullptr when its version is not \a abiVersion.
    static constexpr const char *kFactoryName = "atlas_create_video_backend";
    using Factory = VideoBackend *(*)(int abiVersion);

    virtual ~VideoBackend() = default;
    /// See VideoEncoder.
    virtual bool isAvailable(VideoFormat format) const = 0;
    virtual QString open(const VideoEncoder::Settings &settings) = 0;
    virtual QString addFrame(const QImage &frame) = 0;
    virtual QString finish(QByteArray *bytes) = 0;
    virtual QSize frameSize() const = 0;
    virtual int framesAdded() const = 0;
};

} // namespace atlas
