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

} // namespace atlas
