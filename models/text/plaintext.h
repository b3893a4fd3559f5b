// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace atlas {

/// A tooltip that shows \a text literally: Qt guesses rich text in tooltips (Qt::mightBeRichText), so
/// dataset text is escaped and wrapped in a paragraph, which also lets long text wrap.
inline QString plainToolTip(const QString &text)
{
    if (text.isEmpty())
        return {};
    QString escaped = text.toHtmlEscaped();
    escaped.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
    return QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(escaped);
}

/// \a text for a widget that reads '&' as a mnemonic (QGroupBox titles, buttons, tabs).
inline QString withoutMnemonic(QString text)
{
    return text.replace(QLatin1Char('&'), QStringLiteral("&&"));
}

/// \a text safe to print on a terminal: every C0 control character but tab and newline, DEL and the
/// C1 controls (U+0080..U+009F) become a visible \u{XX} escape, so dataset text cannot move the
/// cursor, change colours or set the window title ("\x1b]0;...").
inline QString terminalSafe(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n') || (u >= 0x7f && u <= 0x9f))
            out += QStringLiteral("\\u{%1}").arg(int(u), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

} // namespace atlas
