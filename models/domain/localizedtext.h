// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace atlas {

/// The two languages of the application and of every dataset text.
enum class Language { English, Chinese };

/// A text given in English and Chinese (dataset names, claims, notes).
struct LocalizedText
{
    QString en;
    QString zh;

    /// The text in \a language, falling back to the other language when that one is empty.
    QString text(Language language) const
    {
        const QString &preferred = language == Language::Chinese ? zh : en;
        return preferred.isEmpty() ? (language == Language::Chinese ? en : zh) : preferred;
    }
    bool isEmpty() const { return en.isEmpty() && zh.isEmpty(); }
    bool isComplete() const { return !en.isEmpty() && !zh.isEmpty(); }
};

} // namespace atlas
