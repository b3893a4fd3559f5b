// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/pngencoder.h"

#include "models/concurrency/parallelfor.h"

#include <QImage>
#include <QList>
#include <QtEndian>

#include <isa-l/igzip_lib.h>
#include <zlib.h>

#include <algorithm>
#include <vector>

namespace atlas {

namespace {

constexpr int kRowsPerPart = 512; // parts of at least this many rows: more is not worth a thread
constexpr int kMaxParts = 4;

void appendBigEndian(QByteArray &out, quint32 value)
{
    const quint32 be = qToBigEndian(value);
    out.append(reinterpret_cast<const char *>(&be), 4);
}

void appendChunk(QByteArray &out, const char type[4], const QByteArray &data)
{
    appendBigEndian(out, quint32(data.size()));
    const qsizetype start = out.size();
    out.append(type, 4);
    out.append(data);
    const auto *bytes = reinterpret_cast<const Bytef *>(out.constData() + start);
    appendBigEndian(out, quint32(crc32(crc32(0, nullptr, 0), bytes, uInt(out.size() - start))));
}

/// One text chunk: tEXt when \a key and \a text are Latin-1, else iTXt in UTF-8.
void appendText(QByteArray &out, const QString &key, const QString &text)
{
    const auto latin1 = [](const QString &s) { return std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c.unicode() < 256 && c.unicode() != 0; }); };
    const QByteArray keyword = key.toLatin1().left(79);
    if (keyword.isEmpty() || !latin1(key))
        return;
    QByteArray data = keyword;
    data.append('\0');
    if (latin1(text)) {
        data.append(text.toLatin1());
        appendChunk(out, "tEXt", data);
    } else {
        data.append("\0\0\0\0", 4); // not compressed, method 0, no language tag, no translated keyword
        data.append(text.toUtf8());
        appendChunk(out, "iTXt", data);
    }
}

/// Raw deflate (no zlib header) of rows [first, last) of \a image, each preceded by filter byte 0,
/// ending with a sync flush, or with the final block when \a final. Also the Adler-32 of the input.
struct Part
{
    QByteArray deflated;
    quint32 adler = 1;
    qsizetype inputSize = 0;
    bool ok = false;
};

Part deflateRows(const QImage &image, int first, int last, bool alpha, bool final)
{
    constexpr int kRowsPerChunk = 16; // rows converted and handed to the compressor at once
    Part part;
    const int width = image.width();
    const qsizetype rowSize = 1 + qsizetype(width) * (alpha ? 4 : 3);
    std::vector<uint8_t> chunk(std::size_t(rowSize * kRowsPerChunk));
    std::vector<uint8_t> levelBuffer(ISAL_DEF_LVL1_DEFAULT);
    isal_zstream stream;
    isal_deflate_init(&stream);
    stream.level = 1;
    stream.level_buf = levelBuffer.data();
    stream.level_buf_size = uint32_t(levelBuffer.size());
    // Flat colour deflates to a few per cent; grown below when a part does not fit.
    part.deflated.resize(std::max<qsizetype>(64 * 1024, qsizetype(last - first) * rowSize / 8));
    qsizetype written = 0;
    for (int y = first; y < last; y += kRowsPerChunk) {
        const int rows = std::min(kRowsPerChunk, last - y);
        uint8_t *out = chunk.data();
        for (int r = 0; r < rows; ++r) {
            *out++ = 0; // filter: none
            if (alpha) {
                const uchar *line = image.constScanLine(y + r); // RGBA8888 already
                out = std::copy(line, line + std::size_t(width) * 4, out);
            } else {
                const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y + r));
                for (int x = 0; x < width; ++x) {
                    *out++ = uint8_t(qRed(line[x]));
                    *out++ = uint8_t(qGreen(line[x]));
                    *out++ = uint8_t(qBlue(line[x]));
                }
            }
        }
        const qsizetype size = out - chunk.data();
        part.adler = isal_adler32(part.adler, chunk.data(), uint64_t(size));
        part.inputSize += size;
        const bool lastChunk = y + rows >= last;
        stream.next_in = chunk.data();
        stream.avail_in = uint32_t(size);
        stream.end_of_stream = lastChunk && final;
        stream.flush = lastChunk && !final ? SYNC_FLUSH : NO_FLUSH;
        do {
            if (written + 1024 > part.deflated.size())
                part.deflated.resize(part.deflated.size() * 2);
            stream.next_out = reinterpret_cast<uint8_t *>(part.deflated.data() + written);
            stream.avail_out = uint32_t(std::min<qsizetype>(part.deflated.size() - written, UINT32_MAX));
            const uint32_t room = stream.avail_out;
            if (isal_deflate(&stream) != COMP_OK)
                return part;
            written += room - stream.avail_out;
        } while (stream.avail_in > 0 || stream.avail_out == 0
                 || (lastChunk && (final ? stream.internal_state.state != ZSTATE_END : stream.internal_state.state != ZSTATE_NEW_HDR)));
    }
    part.deflated.truncate(written);
    part.ok = true;
    return part;
}

} // namespace

int PngEncoder::parts(int height)
{
    return std::clamp(height / kRowsPerPart, 1, kMaxParts);
}

QByteArray PngEncoder::encode(const QImage &source)
{
    if (source.isNull())
        return {};
    const bool alpha = source.hasAlphaChannel();
    QImage image = source;
    if (alpha && image.format() != QImage::Format_RGBA8888)
        image = image.convertToFormat(QImage::Format_RGBA8888);
    else if (!alpha && image.format() != QImage::Format_RGB32)
        image = image.convertToFormat(QImage::Format_RGB32);

    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    QByteArray header;
    appendBigEndian(header, quint32(image.width()));
    appendBigEndian(header, quint32(image.height()));
    header.append(char(8));              // bits per channel
    header.append(char(alpha ? 6 : 2));  // RGBA or RGB
    header.append("\0\0\0", 3);          // deflate, adaptive filtering, no interlace
    appendChunk(png, "IHDR", header);
    if (image.dotsPerMeterX() > 0 && image.dotsPerMeterY() > 0) {
        QByteArray phys;
        appendBigEndian(phys, quint32(image.dotsPerMeterX()));
        appendBigEndian(phys, quint32(image.dotsPerMeterY()));
        phys.append(char(1)); // metres
        appendChunk(png, "pHYs", phys);
    }
    for (const QString &key : image.textKeys())
        appendText(png, key, image.text(key));

    // The rows in parts, deflated on all cores.
    const int count = parts(image.height());
    std::vector<Part> done(static_cast<std::size_t>(count));
    parallelFor(count, threadCount(0), [&](qsizetype i) {
        done[std::size_t(i)] = deflateRows(image, int(image.height() * i / count), int(image.height() * (i + 1) / count), alpha, i + 1 == count);
    });

    QByteArray data("\x78\x01", 2); // zlib header: deflate, 32K window, fastest
    uLong adler = 1;
    for (const Part &part : done) {
        if (!part.ok)
            return {};
        data.append(part.deflated);
        adler = adler32_combine(adler, uLong(part.adler), z_off_t(part.inputSize));
    }
    appendBigEndian(data, quint32(adler));
    appendChunk(png, "IDAT", data);
    appendChunk(png, "IEND", {});
    return png;
}

} // namespace atlas
