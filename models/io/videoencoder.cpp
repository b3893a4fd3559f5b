// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/videoencoder.h"

#include "models/io/gifpalette.h"

#include <QFileInfo>

#include <cstring>
#include <optional>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/opt.h>
#include <libswscale/swscale.h>
}

namespace atlas {

namespace {

QString avError(int code)
{
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, text, sizeof text);
    return QString::fromLocal8Bit(text);
}

/// The encoder for \a format: libx264 / libvpx-vp9 by name first (they take the options set below),
/// else whatever encoder of the codec the libraries have.
const AVCodec *findEncoder(VideoFormat format)
{
    switch (format) {
    case VideoFormat::Mp4:
        if (const AVCodec *codec = avcodec_find_encoder_by_name("libx264"))
            return codec;
        return avcodec_find_encoder(AV_CODEC_ID_H264);
    case VideoFormat::WebM:
        if (const AVCodec *codec = avcodec_find_encoder_by_name("libvpx-vp9"))
            return codec;
        return avcodec_find_encoder(AV_CODEC_ID_VP9);
    case VideoFormat::Gif:
        return avcodec_find_encoder(AV_CODEC_ID_GIF);
    }
    return nullptr;
}

const char *muxerName(VideoFormat format)
{
    switch (format) {
    case VideoFormat::Mp4: return "mp4";
    case VideoFormat::WebM: return "webm";
    case VideoFormat::Gif: return "gif";
    }
    return "";
}

/// The muxer writes into this growing buffer through a custom AVIOContext (seekable: MP4 goes back
/// to fill in sizes at the end).
struct MemoryOutput
{
    QByteArray data;
    qint64 position = 0;

    static int write(void *opaque, uint8_t *buffer, int size)
    {
        auto *out = static_cast<MemoryOutput *>(opaque);
        const qint64 end = out->position + size;
        if (end > out->data.size())
            out->data.resize(end);
        std::memcpy(out->data.data() + out->position, buffer, size_t(size));
        out->position = end;
        return size;
    }

    static int64_t seek(void *opaque, int64_t offset, int whence)
    {
        auto *out = static_cast<MemoryOutput *>(opaque);
        switch (whence & ~AVSEEK_FORCE) {
        case AVSEEK_SIZE: return out->data.size();
        case SEEK_SET: out->position = offset; break;
        case SEEK_CUR: out->position += offset; break;
        case SEEK_END: out->position = out->data.size() + offset; break;
        default: return AVERROR(EINVAL);
        }
        if (out->position < 0)
            return AVERROR(EINVAL);
        return out->position;
    }
};

} // namespace

struct VideoEncoder::Private
{
    Settings settings;
    QSize size;
    MemoryOutput output;
    AVFormatContext *format = nullptr;
    AVIOContext *io = nullptr;
    AVCodecContext *codec = nullptr;
    AVStream *stream = nullptr;
    AVFrame *frame = nullptr;
    AVPacket *packet = nullptr;
    SwsContext *scaler = nullptr;
    std::optional<GifPalette> palette;
    int frames = 0;
    bool headerWritten = false;
    bool finished = false;

    ~Private() { release(); }

    void release()
    {
        sws_freeContext(scaler);
        scaler = nullptr;
        av_packet_free(&packet);
        av_frame_free(&frame);
        avcodec_free_context(&codec);
        if (format) {
            avformat_free_context(format);
            format = nullptr;
        }
        if (io) {
            av_freep(&io->buffer);
            avio_context_free(&io);
        }
        stream = nullptr;
    }

    /// Sends \a input (nullptr: flush) and writes every packet the encoder gives back.
    QString encode(AVFrame *input)
    {
        int result = avcodec_send_frame(codec, input);
        if (result < 0)
            return VideoEncoder::tr("encoding a frame failed: %1").arg(avError(result));
        for (;;) {
            result = avcodec_receive_packet(codec, packet);
            if (result == AVERROR(EAGAIN) || result == AVERROR_EOF)
                return {};
            if (result < 0)
                return VideoEncoder::tr("encoding a frame failed: %1").arg(avError(result));
            av_packet_rescale_ts(packet, codec->time_base, stream->time_base);
            packet->stream_index = stream->index;
            result = av_interleaved_write_frame(format, packet);
            if (result < 0)
                return VideoEncoder::tr("writing the video failed: %1").arg(avError(result));
        }
    }
};

VideoEncoder::VideoEncoder() : d(std::make_unique<Private>()) {}
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
    return QString::fromLatin1(muxerName(format));
}

bool VideoEncoder::isAvailable(VideoFormat format)
{
    return findEncoder(format) && av_guess_format(muxerName(format), nullptr, nullptr);
}

QStringList VideoEncoder::availableFormats()
{
    QStringList formats;
    for (VideoFormat format : { VideoFormat::Mp4, VideoFormat::WebM, VideoFormat::Gif })
        if (isAvailable(format))
            formats.append(suffix(format));
    return formats;
}

QSize VideoEncoder::frameSize() const { return d->size; }
int VideoEncoder::framesAdded() const { return d->frames; }

QString VideoEncoder::open(const Settings &settings)
{
    av_log_set_level(AV_LOG_ERROR); // the libraries' chatter would drown the command line's messages
    d->release();
    d->settings = settings;
    d->frames = 0;
    d->headerWritten = d->finished = false;
    d->output = {};

    if (settings.fps < 1 || settings.fps > 120)
        return tr("frame rate %1 is out of range (1 to 120 frames per second)").arg(settings.fps);
    const bool gif = settings.format == VideoFormat::Gif;
    if (gif && settings.fps > 50)
        return tr("frame rate %1 is out of range for GIF (1 to 50 frames per second)").arg(settings.fps);
    QSize size = settings.size;
    if (!gif)
        size = QSize(size.width() & ~1, size.height() & ~1);
    if (size.width() < 16 || size.height() < 16 || size.width() > 7680 || size.height() > 4320)
        return tr("video size %1×%2 is out of range (16×16 to 7680×4320)").arg(settings.size.width()).arg(settings.size.height());
    d->size = size;

    const AVCodec *encoder = findEncoder(settings.format);
    const AVOutputFormat *muxer = av_guess_format(muxerName(settings.format), nullptr, nullptr);
    if (!encoder || !muxer) {
        const QStringList working = availableFormats();
        return tr("this installation of FFmpeg cannot write %1 (formats that work: %2)")
                .arg(suffix(settings.format).toUpper(),
                     working.isEmpty() ? tr("none") : working.join(QLatin1String(", ")));
    }

    int result = avformat_alloc_output_context2(&d->format, muxer, nullptr, nullptr);
    if (result < 0)
        return tr("preparing the video failed: %1").arg(avError(result));
    constexpr int kBufferSize = 1 << 16;
    auto *buffer = static_cast<unsigned char *>(av_malloc(kBufferSize));
    d->io = avio_alloc_context(buffer, kBufferSize, 1, &d->output, nullptr, &MemoryOutput::write, &MemoryOutput::seek);
    if (!buffer || !d->io)
        return tr("preparing the video failed: out of memory");
    d->format->pb = d->io;
    d->format->flags |= AVFMT_FLAG_CUSTOM_IO;

    d->stream = avformat_new_stream(d->format, nullptr);
    d->codec = avcodec_alloc_context3(encoder);
    d->frame = av_frame_alloc();
    d->packet = av_packet_alloc();
    if (!d->stream || !d->codec || !d->frame || !d->packet)
        return tr("preparing the video failed: out of memory");

    AVCodecContext *c = d->codec;
    c->width = size.width();
    c->height = size.height();
    c->framerate = AVRational { settings.fps, 1 };
    // GIF counts time in hundredths of a second.
    c->time_base = gif ? AVRational { 1, 100 } : AVRational { 1, settings.fps };
    c->pix_fmt = gif ? AV_PIX_FMT_PAL8 : AV_PIX_FMT_YUV420P;
    c->thread_count = 0; // as many as there are cores
    if (!gif) {
        c->gop_size = settings.fps; // a key frame every second: scrubbing in a slide player stays quick
        c->color_range = AVCOL_RANGE_MPEG;
        c->colorspace = AVCOL_SPC_BT709;
        c->color_primaries = AVCOL_PRI_BT709;
        c->color_trc = AVCOL_TRC_BT709;
    }
    if (settings.format == VideoFormat::Mp4 && qstrcmp(encoder->name, "libx264") == 0) {
        av_opt_set(c->priv_data, "preset", "veryfast", 0);
        av_opt_set(c->priv_data, "tune", "animation", 0);
        av_opt_set(c->priv_data, "crf", "20", 0);
        av_opt_set(c->priv_data, "profile", "high", 0);
    }
    if (settings.format == VideoFormat::WebM && qstrcmp(encoder->name, "libvpx-vp9") == 0) {
        av_opt_set(c->priv_data, "deadline", "realtime", 0);
        av_opt_set(c->priv_data, "cpu-used", "8", 0);
        av_opt_set(c->priv_data, "row-mt", "1", 0);
        av_opt_set(c->priv_data, "crf", "32", 0);
        c->bit_rate = 0;
    }
    if (d->format->oformat->flags & AVFMT_GLOBALHEADER)
        c->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;

    result = avcodec_open2(c, encoder, nullptr);
    if (result < 0)
        return tr("opening the %1 encoder failed: %2").arg(QString::fromLatin1(encoder->name), avError(result));
    result = avcodec_parameters_from_context(d->stream->codecpar, c);
    if (result < 0)
        return tr("preparing the video failed: %1").arg(avError(result));
    d->stream->time_base = c->time_base;
    d->stream->avg_frame_rate = c->framerate;

    d->frame->format = c->pix_fmt;
    d->frame->width = c->width;
    d->frame->height = c->height;
    result = av_frame_get_buffer(d->frame, 0);
    if (result < 0)
        return tr("preparing the video failed: %1").arg(avError(result));

    if (gif) {
        if (!settings.paletteSamples.isEmpty())
            d->palette = GifPalette::fromImages(settings.paletteSamples);
    } else {
        // QImage::Format_RGB32 is B, G, R, A in memory on little-endian machines.
        d->scaler = sws_getContext(c->width, c->height, AV_PIX_FMT_BGRA, c->width, c->height, AV_PIX_FMT_YUV420P,
                                   SWS_BILINEAR, nullptr, nullptr, nullptr);
        if (!d->scaler)
            return tr("preparing the video failed: no colour converter");
        const int *bt709 = sws_getCoefficients(SWS_CS_ITU709);
        sws_setColorspaceDetails(d->scaler, bt709, 1, bt709, 0, 0, 1 << 16, 1 << 16);
    }

    result = avformat_write_header(d->format, nullptr);
    if (result < 0)
        return tr("writing the video header failed: %1").arg(avError(result));
    d->headerWritten = true;
    return {};
}

QString VideoEncoder::addFrame(const QImage &image)
{
    if (!d->headerWritten || d->finished)
        return tr("the video is not open");
    QImage rgb = image.size() == d->size ? image : image.scaled(d->size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    if (rgb.format() != QImage::Format_RGB32 && rgb.format() != QImage::Format_ARGB32)
        rgb = rgb.convertToFormat(QImage::Format_RGB32);

    int result = av_frame_make_writable(d->frame);
    if (result < 0)
        return tr("encoding a frame failed: %1").arg(avError(result));
    if (d->settings.format == VideoFormat::Gif) {
        if (!d->palette)
            d->palette = GifPalette::fromImages({ rgb });
        d->palette->map(rgb, d->frame->data[0], d->frame->linesize[0]);
        std::memcpy(d->frame->data[1], d->palette->colours().data(), 256 * sizeof(quint32));
        d->frame->pts = qint64(d->frames) * 100 / d->settings.fps;
    } else {
        const uint8_t *source[1] = { rgb.constBits() };
        const int stride[1] = { int(rgb.bytesPerLine()) };
        sws_scale(d->scaler, source, stride, 0, rgb.height(), d->frame->data, d->frame->linesize);
        d->frame->pts = d->frames;
    }
    const QString error = d->encode(d->frame);
    if (error.isEmpty())
        ++d->frames;
    return error;
}

QString VideoEncoder::finish(QByteArray *bytes)
{
    if (!d->headerWritten || d->finished)
        return tr("the video is not open");
    d->finished = true;
    if (d->frames == 0)
        return tr("the video has no frames");
    if (QString error = d->encode(nullptr); !error.isEmpty())
        return error;
    const int result = av_write_trailer(d->format);
    if (result < 0)
        return tr("finishing the video failed: %1").arg(avError(result));
    avio_flush(d->io);
    if (d->io->error < 0)
        return tr("writing the video failed: %1").arg(avError(d->io->error));
    *bytes = std::move(d->output.data);
    d->release();
    return {};
}

} // namespace atlas
