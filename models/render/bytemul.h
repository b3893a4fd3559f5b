// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace atlas {

/// x * a / 255 on each byte of a packed (premultiplied ARGB) pixel, rounded, as Qt's BYTE_MUL: what
/// the rasterizers that write pixels themselves (LineRasterizer, MapText's label images) blend with.
inline quint32 byteMul(quint32 x, quint32 a)
{
    quint32 t = (x & 0xff00ffu) * a;
    t = ((t + ((t >> 8) & 0xff00ffu) + 0x800080u) >> 8) & 0xff00ffu;
    x = ((x >> 8) & 0xff00ffu) * a;
    x = (x + ((x >> 8) & 0xff00ffu) + 0x800080u) & 0xff00ff00u;
    return x | t;
}

} // namespace atlas
