// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace atlas {

/// Makes Chinese text in a PDF written by Qt extract as the characters written. Qt 6.4 builds a font's
/// ToUnicode map from the font's own cmap, taking the lowest code point of each glyph; Noto CJK maps a
/// Kangxi radical and its ideograph to one glyph (⽇ U+2F47 and 日 U+65E5), so pdftotext, search and
/// copy give radicals. This rewrites each ToUnicode CMap with the unified ideograph for every CJK
/// radical and stroke (Unicode's Equivalent_Unified_Ideograph) and the en dash for the figure dash
/// that shares its glyph, then rebuilds the cross-reference table.
/// A PDF without such mappings, or of an unexpected layout, is returned unchanged.
namespace PdfToUnicode {
QByteArray repair(const QByteArray &pdf);
}

} // namespace atlas
