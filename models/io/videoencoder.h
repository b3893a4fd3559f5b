// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace atlas {

/// The containers and codecs an animation can be written as.
enum class VideoFormat {
    Mp4,  //!< H.264 (yuv420p) in MP4: plays in PowerPoint, Keynote and browsers
    WebM, //!< VP9 (yuv420p) in WebM
    Gif,  //!< GIF with one palette generated for the whole film
};

/// Encodes a sequence of QImages into a video in memory with FFmpeg's libraries (libavcodec,
/// libavformat, libswscale), which live in a module loaded on first use (VideoBackend). The film is kept in memory until finish(): the caller writes the bytes
/// atomically, so a failure or a cancel never leaves a partial file and never touches an existing one.
///
/// Usage: open(), addFrame() for every frame, finish(). Frames of another size are scaled to the
/// video's size. H.264 and VP9 need even dimensions: an odd width or height is rounded down.
class VideoEncoder
{
    Q_DECLARE_TR_FUNCTIONS(VideoEncoder)

public:
    struct Settings
    {
        VideoFormat format = VideoFormat::Mp4;
        QSize size { 1920, 1080 };
        int fps = 30;
        /// GIF only: images whose colours make the palette (e.g. the first and the last frame). Empty:
        /// the first frame given to addFrame().
        QList<QImage> paletteSamples;
    };

    VideoEncoder();
    ~VideoEncoder();
    VideoEncoder(const VideoEncoder &) = delete;
    VideoEncoder &operator=(const VideoEncoder &) = delete;

    /// "mp4", "webm", "gif" by a file name's suffix; std::nullopt for anything else.
    static std::optional<VideoFormat> formatForPath(const QString &path);
    static QString suffix(VideoFormat format);
    /// Whether the installed libraries have an encoder for \a format.
    static bool isAvailable(VideoFormat format);
    /// The suffixes of the formats the installed libraries can write, e.g. {"mp4", "webm", "gif"}.
    static QStringList availableFormats();
    /// Why no format is available when the video module (see VideoBackend) could not be loaded; else empty.
    static QString unavailableReason();

    /// Prepares the encoder. Returns an empty string on success, else the reason (e.g. the encoder is
    /// missing from the installed libraries: the message names the formats that work).
    QString open(const Settings &settings);
    /// Encodes one frame, shown for 1 / fps seconds. Returns an empty string or the reason.
    QString addFrame(const QImage &frame);
    /// Flushes the encoder and closes the container; \a bytes receives the whole file.
    /// Returns an empty string or the reason.
    QString finish(QByteArray *bytes);

    /// The video's frame size (the requested size, rounded down to even numbers for H.264/VP9).
    QSize frameSize() const;
    int framesAdded() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace atlas
