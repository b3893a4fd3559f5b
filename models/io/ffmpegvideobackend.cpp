// SPDX-License-Identifier: GPL-3.0-or-later
// The FFmpeg half of VideoEncoder, built as a module of its own (alliance-atlas-video.so) that
// VideoEncoder loads on the first use of video: see VideoBackend for why.
#include "models/io/videobackend.h"

#include "models/io/gifpalette.h"

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

/// One film being encoded with libavcodec, libavformat and libswscale, in memory.
class FfmpegVideoBackend final : public VideoBackend
{
public:
    ~FfmpegVideoBackend() override { release(); }

    bool isAvailable(VideoFormat format) const override
    {
        return findEncoder(format) && av_guess_format(muxerName(format), nullptr, nullptr);
    }

    QSize frameSize() const override { return mSize; }
    int framesAdded() const override { return mFrames; }

    QString open(const VideoEncoder::Settings &settings) override
    {
        av_log_set_level(AV_LOG_ERROR); // the libraries' chatter would drown the command line's messages
        release();
        mSettings = settings;
        mFrames = 0;
        mHeaderWritten = mFinished = false;
        mOutput = {};

        if (settings.fps < 1 || settings.fps > 120)
            return VideoEncoder::tr("frame rate %1 is out of range (1 to 120 frames per second)").arg(settings.fps);
        const bool gif = settings.format == VideoFormat::Gif;
        if (gif && settings.fps > 50)
            return VideoEncoder::tr("frame rate %1 is out of range for GIF (1 to 50 frames per second)").arg(settings.fps);
        QSize size = settings.size;
        if (!gif)
            size = QSize(size.width() & ~1, size.height() & ~1);
        if (size.width() < 16 || size.height() < 16 || size.width() > 7680 || size.height() > 4320)
            return VideoEncoder::tr("video size %1×%2 is out of range (16×16 to 7680×4320)").arg(settings.size.width()).arg(settings.size.height());
        mSize = size;

        const AVCodec *encoder = findEncoder(settings.format);
        const AVOutputFormat *muxer = av_guess_format(muxerName(settings.format), nullptr, nullptr);
        if (!encoder || !muxer) {
            const QStringList working = availableFormats();
            return VideoEncoder::tr("this installation of FFmpeg cannot write %1 (formats that work: %2)")
                    .arg(QString::fromLatin1(muxerName(settings.format)).toUpper(),
                         working.isEmpty() ? VideoEncoder::tr("none") : working.join(QLatin1String(", ")));
        }

        int result = avformat_alloc_output_context2(&mFormat, muxer, nullptr, nullptr);
        if (result < 0)
            return VideoEncoder::tr("preparing the video failed: %1").arg(avError(result));
        constexpr int kBufferSize = 1 << 16;
        auto *buffer = static_cast<unsigned char *>(av_malloc(kBufferSize));
        mIo = avio_alloc_context(buffer, kBufferSize, 1, &mOutput, nullptr, &MemoryOutput::write, &MemoryOutput::seek);
        if (!buffer || !mIo)
            return VideoEncoder::tr("preparing the video failed: out of memory");
        mFormat->pb = mIo;
        mFormat->flags |= AVFMT_FLAG_CUSTOM_IO;

        mStream = avformat_new_stream(mFormat, nullptr);
        mCodec = avcodec_alloc_context3(encoder);
        mFrame = av_frame_alloc();
        mPacket = av_packet_alloc();
        if (!mStream || !mCodec || !mFrame || !mPacket)
            return VideoEncoder::tr("preparing the video failed: out of memory");

        AVCodecContext *c = mCodec;
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
        if (mFormat->oformat->flags & AVFMT_GLOBALHEADER)
            c->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;

        result = avcodec_open2(c, encoder, nullptr);
        if (result < 0)
            return VideoEncoder::tr("opening the %1 encoder failed: %2").arg(QString::fromLatin1(encoder->name), avError(result));
        result = avcodec_parameters_from_context(mStream->codecpar, c);
        if (result < 0)
            return VideoEncoder::tr("preparing the video failed: %1").arg(avError(result));
        mStream->time_base = c->time_base;
        mStream->avg_frame_rate = c->framerate;

        mFrame->format = c->pix_fmt;
        mFrame->width = c->width;
        mFrame->height = c->height;
        result = av_frame_get_buffer(mFrame, 0);
        if (result < 0)
            return VideoEncoder::tr("preparing the video failed: %1").arg(avError(result));

        if (gif) {
            if (!settings.paletteSamples.isEmpty())
                mPalette = GifPalette::fromImages(settings.paletteSamples);
        } else {
            // QImage::Format_RGB32 is B, G, R, A in memory on little-endian machines.
            mScaler = sws_getContext(c->width, c->height, AV_PIX_FMT_BGRA, c->width, c->height, AV_PIX_FMT_YUV420P,
                                       SWS_BILINEAR, nullptr, nullptr, nullptr);
            if (!mScaler)
                return VideoEncoder::tr("preparing the video failed: no colour converter");
            const int *bt709 = sws_getCoefficients(SWS_CS_ITU709);
            sws_setColorspaceDetails(mScaler, bt709, 1, bt709, 0, 0, 1 << 16, 1 << 16);
        }

        result = avformat_write_header(mFormat, nullptr);
        if (result < 0)
            return VideoEncoder::tr("writing the video header failed: %1").arg(avError(result));
        mHeaderWritten = true;
        return {};
    }

    QString addFrame(const QImage &image) override
    {
        if (!mHeaderWritten || mFinished)
            return VideoEncoder::tr("the video is not open");
        QImage rgb = image.size() == mSize ? image : image.scaled(mSize, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        if (rgb.format() != QImage::Format_RGB32 && rgb.format() != QImage::Format_ARGB32)
            rgb = rgb.convertToFormat(QImage::Format_RGB32);

        int result = av_frame_make_writable(mFrame);
        if (result < 0)
            return VideoEncoder::tr("encoding a frame failed: %1").arg(avError(result));
        if (mSettings.format == VideoFormat::Gif) {
            if (!mPalette)
                mPalette = GifPalette::fromImages({ rgb });
            mPalette->map(rgb, mFrame->data[0], mFrame->linesize[0]);
            std::memcpy(mFrame->data[1], mPalette->colours().data(), 256 * sizeof(quint32));
            mFrame->pts = qint64(mFrames) * 100 / mSettings.fps;
        } else {
            const uint8_t *source[1] = { rgb.constBits() };
            const int stride[1] = { int(rgb.bytesPerLine()) };
            sws_scale(mScaler, source, stride, 0, rgb.height(), mFrame->data, mFrame->linesize);
            mFrame->pts = mFrames;
        }
        const QString error = encode(mFrame);
        if (error.isEmpty())
            ++mFrames;
        return error;
    }

    QString finish(QByteArray *bytes) override
    {
        if (!mHeaderWritten || mFinished)
            return VideoEncoder::tr("the video is not open");
        mFinished = true;
        if (mFrames == 0)
            return VideoEncoder::tr("the video has no frames");
        if (QString error = encode(nullptr); !error.isEmpty())
            return error;
        const int result = av_write_trailer(mFormat);
        if (result < 0)
            return VideoEncoder::tr("finishing the video failed: %1").arg(avError(result));
        avio_flush(mIo);
        if (mIo->error < 0)
            return VideoEncoder::tr("writing the video failed: %1").arg(avError(mIo->error));
        *bytes = std::move(mOutput.data);
        release();
        return {};
    }

private:
    VideoEncoder::Settings mSettings;
    QSize mSize;
    MemoryOutput mOutput;
    AVFormatContext *mFormat = nullptr;
    AVIOContext *mIo = nullptr;
    AVCodecContext *mCodec = nullptr;
    AVStream *mStream = nullptr;
    AVFrame *mFrame = nullptr;
    AVPacket *mPacket = nullptr;
    SwsContext *mScaler = nullptr;
    std::optional<GifPalette> mPalette;
    int mFrames = 0;
    bool mHeaderWritten = false;
    bool mFinished = false;

    void release()
    {
        sws_freeContext(mScaler);
        mScaler = nullptr;
        av_packet_free(&mPacket);
        av_frame_free(&mFrame);
        avcodec_free_context(&mCodec);
        if (mFormat) {
            avformat_free_context(mFormat);
            mFormat = nullptr;
        }
        if (mIo) {
            av_freep(&mIo->buffer);
            avio_context_free(&mIo);
        }
        mStream = nullptr;
    }

    /// Sends \a input (nullptr: flush) and writes every packet the encoder gives back.
    QString encode(AVFrame *input)
    {
        int result = avcodec_send_frame(mCodec, input);
        if (result < 0)
            return VideoEncoder::tr("encoding a frame failed: %1").arg(avError(result));
        for (;;) {
            result = avcodec_receive_packet(mCodec, mPacket);
            if (result == AVERROR(EAGAIN) || result == AVERROR_EOF)
                return {};
            if (result < 0)
                return VideoEncoder::tr("encoding a frame failed: %1").arg(avError(result));
            av_packet_rescale_ts(mPacket, mCodec->time_base, mStream->time_base);
            mPacket->stream_index = mStream->index;
            result = av_interleaved_write_frame(mFormat, mPacket);
            if (result < 0)
                return VideoEncoder::tr("writing the video failed: %1").arg(avError(result));
        }
    }

    QStringList availableFormats() const
    {
        QStringList formats;
        for (VideoFormat format : { VideoFormat::Mp4, VideoFormat::WebM, VideoFormat::Gif })
            if (isAvailable(format))
                formats.append(QString::fromLatin1(muxerName(format)));
        return formats;
    }
};

} // namespace

} // namespace atlas

extern "C" Q_DECL_EXPORT atlas::VideoBackend *atlas_create_video_backend(int abiVersion)
{
    if (abiVersion != atlas::VideoBackend::kAbiVersion)
        return nullptr;
    return new atlas::FfmpegVideoBackend;
}
