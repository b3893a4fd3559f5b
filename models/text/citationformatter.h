// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/localizedtext.h"
#include "models/domain/source.h"

#include <QList>
#include <QString>

namespace atlas {

/// Formats Source records as citations (GB/T 7714-2015, Chicago author-date, BibTeX, RIS), as the
/// short reference line the inspector shows, and writes bibliographies of several sources to disk.
/// Stateless; all output is plain text (never HTML). One responsibility in one file of about 620 lines:
/// the four styles share the rules for names, dates, titles and links, which a split would scatter.
class CitationFormatter
{
public:
    enum class Style { GbT7714, ChicagoAuthorDate, BibTeX, Ris };

    static QString format(const Source &source, Style style);

    /// GB/T 7714-2015 in the record's original language: `李德杰. 题名[J]. 国际展望, 2024(2): 121-140. DOI:….`
    static QString gbt7714(const Source &source);
    /// Chicago author-date (17th ed.); a Chinese record keeps its characters and adds the English
    /// title in brackets.
    static QString chicago(const Source &source);
    /// One BibTeX entry whose key is bibtexKey(); special characters are escaped for LaTeX.
    static QString bibtex(const Source &source);
    /// One RIS record, CRLF line ends, ending with `ER  - `.
    static QString ris(const Source &source);

    /// Entries separated by blank lines, ready for a .bib / .ris file.
    static QString bibliography(const QList<Source> &sources, Style style);
    /// Writes bibliography() atomically as UTF-8 to \a path (SafeWriter: an existing file is kept
    /// on failure). Returns false and sets \a errorString (naming the file and the reason) on failure.
    static bool writeBibliography(const QString &path, const QList<Source> &sources, Style style, QString *errorString);

    /// The source key with every character outside [A-Za-z0-9_:.-] replaced by '-', never empty.
    static QString bibtexKey(const Source &source);
    /// Whether the record is a Chinese-language publication (so GB/T uses its zh fields): its zh title
    /// has Han characters and it is not a primary document or data set, and every author's zh name is
    /// a Chinese name (Han characters, no transliteration dot) or, without authors, the journal is.
    static bool isChineseOriginal(const Source &source);

    /// A one-line reference for display in \a language: authors, title, journal, year, issue, pages.
    static QString reference(const Source &source, Language language);
    /// The https link of the record: https://doi.org/<doi>, else its url when it is http(s); else empty.
    static QString link(const Source &source);
};

} // namespace atlas
