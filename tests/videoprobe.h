// SPDX-License-Identifier: GPL-3.0-or-later
// Test helper: opens a video file with libavformat, counts its video packets and decodes its first and
// last frames, so tests check what a player would show.
#pragma once

#include <QImage>
#include <QSize>
#include <QString>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libswscale/swscale.h>
}

struct Probe
{
    AVCodecID codec = AV_CODEC_ID_NONE;
    QSize size;
    int packets = 0;
    QImage first, last;
};

inline QImage toImage(const AVFrame *frame)
{
    QImage image(frame->width, frame->height, QImage::Format_RGB32);
    SwsContext *sws = sws_getContext(frame->width, frame->height, AVPixelFormat(frame->format), frame->width,
                                     frame->height, AV_PIX_FMT_BGRA, SWS_BILINEAR, nullptr, nullptr, nullptr);
    // Convert as a player does: with the matrix and range the stream is tagged with.
    const int *matrix = sws_getCoefficients(frame->colorspace == AVCOL_SPC_BT709 ? SWS_CS_ITU709 : SWS_CS_DEFAULT);
    const int *rgb = sws_getCoefficients(SWS_CS_DEFAULT);
    sws_setColorspaceDetails(sws, matrix, frame->color_range == AVCOL_RANGE_JPEG ? 1 : 0, rgb, 1, 0, 1 << 16, 1 << 16);
    uint8_t *dst[1] = { image.bits() };
    const int stride[1] = { int(image.bytesPerLine()) };
    sws_scale(sws, frame->data, frame->linesize, 0, frame->height, dst, stride);
    sws_freeContext(sws);
    return image;
}

/// Opens \a path with libavformat, counts the video packets and decodes the first and last frames.
inline Probe probe(const QString &path)
{
    Probe result;
    AVFormatContext *format = nullptr;
    if (avformat_open_input(&format, path.toLocal8Bit().constData(), nullptr, nullptr) < 0)
        return result;
    avformat_find_stream_info(format, nullptr);
    const int index = av_find_best_stream(format, AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
    if (index >= 0) {
        const AVCodecParameters *parameters = format->streams[index]->codecpar;
        result.codec = parameters->codec_id;
        result.size = QSize(parameters->width, parameters->height);
        const AVCodec *decoder = avcodec_find_decoder(parameters->codec_id);
        AVCodecContext *context = avcodec_alloc_context3(decoder);
        avcodec_parameters_to_context(context, parameters);
        avcodec_open2(context, decoder, nullptr);
        AVPacket *packet = av_packet_alloc();
        AVFrame *frame = av_frame_alloc();
        auto receive = [&] {
            while (avcodec_receive_frame(context, frame) == 0) {
                const QImage image = toImage(frame);
                if (result.first.isNull())
                    result.first = image;
                result.last = image;
            }
        };
        while (av_read_frame(format, packet) >= 0) {
            if (packet->stream_index == index) {
                ++result.packets;
                avcodec_send_packet(context, packet);
                receive();
            }
            av_packet_unref(packet);
        }
        avcodec_send_packet(context, nullptr);
        receive();
        av_frame_free(&frame);
        av_packet_free(&packet);
        avcodec_free_context(&context);
    }
    avformat_close_input(&format);
    return result;
}
