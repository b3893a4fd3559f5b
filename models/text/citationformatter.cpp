// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/text/citationformatter.h"

#include "models/io/safewriter.h"

#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

namespace atlas {

namespace {

bool isHan(char32_t c)
{
    return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0x20000 && c <= 0x3134F);
}

bool hasHan(QStringView text)
{
    for (const char32_t c : text.toUcs4())
        if (isHan(c))
            return true;
    return false;
}

// A transliterated foreign name in Chinese is written with a middle dot (埃利·拉特纳).
bool isChineseName(const QString &name)
{
    return hasHan(name) && !name.contains(QChar(0x00B7)) && !name.contains(QChar(0x30FB)) && !name.contains(QChar(0x2022));
}

QString oneLine(const QString &text)
{
    return text.simplified();
}

// Heuristic: "Brett Ashley Leeds" or "Leeds, Brett Ashley" is a person; "The White House",
// "U.S. Department of State" or "IPP Review" are institutions and stay as written.
bool isPersonName(const QString &name)
{
    if (name.isEmpty() || hasHan(name))
        return false;
    static const QRegularExpression institution(
        QStringLiteral("\\b(The|Institute|University|House|Department|Ministry|Office|Government|Council|Center|Centre|"
                       "Agency|Committee|Organi[sz]ation|Association|Foundation|Press|Review|Commission|Bureau|"
                       "Secretariat|Service|Times|News|Post|Group|Inc|Ltd|Forum|Project|Nations|NATO|Staff|Command|"
                       "Parliament|Congress|Senate|Cabinet|Embassy|Programme|Program)\\b"));
    if (institution.match(name).hasMatch())
        return false;
    QString plain = name;
    plain.remove(u',');
    const QStringList words = plain.split(u' ', Qt::SkipEmptyParts);
    if (words.size() < 2 || words.size() > 5)
        return false;
    for (const QString &w : words)
        if (!w.front().isUpper())
            return false;
    return true;
}

struct PersonName
{
    QString surname;
    QStringList given;
};

PersonName splitName(const QString &name)
{
    PersonName p;
    const int comma = static_cast<int>(name.indexOf(u','));
    if (comma >= 0) {
        p.surname = name.left(comma).trimmed();
        p.given = name.mid(comma + 1).split(u' ', Qt::SkipEmptyParts);
    } else {
        QStringList words = name.split(u' ', Qt::SkipEmptyParts);
        p.surname = words.takeLast();
        p.given = words;
    }
    return p;
}

QString initials(const QStringList &given)
{
    QStringList out;
    for (const QString &g : given) {
        // "Jean-Paul" -> "J P"
        for (const QString &part : g.split(u'-', Qt::SkipEmptyParts))
            if (part.front().isLetter())
                out.append(part.front().toUpper());
    }
    return out.join(u' ');
}

QStringList authorNames(const Source &source, bool chinese)
{
    QStringList names;
    for (const LocalizedText &a : source.authors) {
        const QString n = oneLine(a.text(chinese ? Language::Chinese : Language::English));
        if (!n.isEmpty())
            names.append(n);
    }
    return names;
}

QString pick(const LocalizedText &text, bool chinese)
{
    return oneLine(text.text(chinese ? Language::Chinese : Language::English));
}

QString withPeriod(const QString &text)
{
    if (text.isEmpty())
        return text;
    const QChar last = text.back();
    if (last == u'.' || last == u'?' || last == u'!' || last == QChar(0x3002) || last == QChar(0xFF1F) || last == QChar(0xFF01))
        return text;
    return text + u'.';
}

// "121-140", "121–140", "121—140" -> {121, 140}
QStringList pageRange(const QString &pages)
{
    static const QRegularExpression dash(QStringLiteral("\\s*(?:-{1,2}|\u2013|\u2014|~)\\s*"));
    return oneLine(pages).split(dash, Qt::SkipEmptyParts);
}

QString pagesWith(const QString &pages, const QString &dash)
{
    return pageRange(pages).join(dash);
}

// The publication year: the year field, else the year of the date (primary documents often have only a date).
int yearOf(const Source &s)
{
    return s.year > 0 ? s.year : (s.date.isValid() ? s.date.year() : 0);
}

// The issue field holds "2" (an issue) or "29(4)" (volume 29, issue 4).
struct VolumeIssue
{
    QString volume;
    QString issue;
};

VolumeIssue volumeIssue(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*([^()\\s]+)\\s*\\(\\s*([^()]+?)\\s*\\)\\s*$"));
    const QRegularExpressionMatch m = re.match(text);
    if (m.hasMatch())
        return { m.captured(1), m.captured(2) };
    return { QString(), text.simplified() };
}

// Chicago quotes a title in double quotes; quotation marks inside it become single ones.
QString chicagoInnerQuotes(QString title)
{
    title.replace(QChar(0x201C), QChar(0x2018));
    title.replace(QChar(0x201D), QChar(0x2019));
    return title;
}

bool isHttpUrl(const QString &url)
{
    const QUrl u(url, QUrl::StrictMode);
    return u.isValid() && (u.scheme() == u"https" || u.scheme() == u"http") && !u.host().isEmpty();
}

bool hasJournal(const Source &s)
{
    return !s.journal.isEmpty();
}

// GB/T 7714-2015 document type marks (table B.1) with the carrier mark for online records.
QString gbType(const Source &s)
{
    const bool online = !s.url.isEmpty();
    switch (s.kind) {
    case SourceKind::Article:
        if (!hasJournal(s) && online)
            return QStringLiteral("EB/OL");
        return online && s.doi.isEmpty() ? QStringLiteral("J/OL") : QStringLiteral("J");
    case SourceKind::Book:
        return QStringLiteral("M");
    case SourceKind::Dataset:
        return hasJournal(s) ? QStringLiteral("J") : QStringLiteral("DS");
    case SourceKind::Web:
        return QStringLiteral("EB/OL");
    case SourceKind::Primary:
        return online ? QStringLiteral("EB/OL") : QStringLiteral("Z");
    }
    return QStringLiteral("Z");
}

QString gbName(const QString &name)
{
    if (!isPersonName(name))
        return name;
    const PersonName p = splitName(name);
    const QString init = initials(p.given);
    return init.isEmpty() ? p.surname.toUpper() : p.surname.toUpper() + u' ' + init;
}

QString chicagoAuthor(const LocalizedText &author, int index, bool chinese)
{
    if (chinese) {
        const QString en = oneLine(author.en);
        const QString zh = oneLine(author.zh);
        if (en.isEmpty() || en == zh)
            return zh.isEmpty() ? en : zh;
        if (zh.isEmpty())
            return en;
        return en + u' ' + zh;
    }
    const QString name = oneLine(author.text(Language::English));
    if (!isPersonName(name))
        return name;
    const PersonName p = splitName(name);
    if (p.given.isEmpty())
        return p.surname;
    return index == 0 ? p.surname + QStringLiteral(", ") + p.given.join(u' ') : p.given.join(u' ') + u' ' + p.surname;
}

QString chicagoAuthors(const Source &s, bool chinese)
{
    QStringList names;
    for (int i = 0; i < s.authors.size(); ++i) {
        const QString n = chicagoAuthor(s.authors[i], i, chinese);
        if (!n.isEmpty())
            names.append(n);
    }
    if (names.isEmpty())
        return {};
    // Chicago 17, 15.9: more than ten authors -> the first seven and "et al."
    if (names.size() > 10)
        return names.mid(0, 7).join(QStringLiteral(", ")) + QStringLiteral(", et al");
    if (names.size() == 1)
        return names.first();
    const bool inverted = names.first().contains(u',');
    if (names.size() == 2)
        return names[0] + (inverted ? QStringLiteral(", and ") : QStringLiteral(" and ")) + names[1];
    const QString last = names.takeLast();
    return names.join(QStringLiteral(", ")) + QStringLiteral(", and ") + last;
}

// Text for a braced BibTeX value: LaTeX specials escaped, braces balanced, one line.
QString bibEscape(const QString &text)
{
    QString out;
    for (const QChar c : oneLine(text)) {
        switch (c.unicode()) {
        case u'\\': out += QStringLiteral("\\textbackslash{}"); break;
        case u'{': out += QStringLiteral("\\{"); break;
        case u'}': out += QStringLiteral("\\}"); break;
        case u'&': out += QStringLiteral("\\&"); break;
        case u'%': out += QStringLiteral("\\%"); break;
        case u'$': out += QStringLiteral("\\$"); break;
        case u'#': out += QStringLiteral("\\#"); break;
        case u'_': out += QStringLiteral("\\_"); break;
        case u'~': out += QStringLiteral("\\textasciitilde{}"); break;
        case u'^': out += QStringLiteral("\\textasciicircum{}"); break;
        default: out += c;
        }
    }
    return out;
}

// doi and url are verbatim fields: only characters that would unbalance the entry are dropped.
QString bibVerbatim(const QString &text)
{
    QString out = oneLine(text);
    out.remove(u'{');
    out.remove(u'}');
    out.remove(u' ');
    return out;
}

QString bibAuthor(const QString &name)
{
    if (isPersonName(name)) {
        const PersonName p = splitName(name);
        return p.given.isEmpty() ? bibEscape(p.surname) : bibEscape(p.surname) + QStringLiteral(", ") + bibEscape(p.given.join(u' '));
    }
    if (hasHan(name) && isChineseName(name))
        return bibEscape(name);
    return u'{' + bibEscape(name) + u'}'; // an institution: one unit, not "last, first"
}

QString risAuthor(const QString &name)
{
    if (!isPersonName(name))
        return name;
    const PersonName p = splitName(name);
    return p.given.isEmpty() ? p.surname : p.surname + QStringLiteral(", ") + p.given.join(u' ');
}

} // namespace

bool CitationFormatter::isChineseOriginal(const Source &source)
{
    if (!hasHan(source.title.zh))
        return false;
    if (source.title.en.isEmpty())
        return true;
    if (source.kind == SourceKind::Primary || source.kind == SourceKind::Dataset)
        return false;
    if (!source.authors.isEmpty()) {
        for (const LocalizedText &a : source.authors)
            if (!isChineseName(a.zh))
                return false;
        return true;
    }
    return hasHan(source.journal.zh);
}

QString CitationFormatter::format(const Source &source, Style style)
{
    switch (style) {
    case Style::GbT7714: return gbt7714(source);
    case Style::ChicagoAuthorDate: return chicago(source);
    case Style::BibTeX: return bibtex(source);
    case Style::Ris: return ris(source);
    }
    return {};
}

QString CitationFormatter::gbt7714(const Source &source)
{
    const bool zh = isChineseOriginal(source);
    QStringList parts;

    QStringList names = authorNames(source, zh);
    if (!zh)
        for (QString &n : names)
            n = gbName(n);
    if (!names.isEmpty()) {
        // GB/T 7714-2015, 8.1.2: up to three authors, then "等" / "et al".
        QString list = names.mid(0, 3).join(QStringLiteral(", "));
        if (names.size() > 3)
            list += zh ? QStringLiteral(", 等") : QStringLiteral(", et al");
        parts.append(withPeriod(list));
    }

    const QString type = gbType(source);
    parts.append(pick(source.title, zh) + u'[' + type + QStringLiteral("]."));

    const QString journal = pick(source.journal, zh);
    const QString year = yearOf(source) > 0 ? QString::number(yearOf(source)) : QString();
    const VolumeIssue vi = volumeIssue(source.issue);
    QString publication;
    if (type == u"EB/OL") {
        if (source.date.isValid())
            publication = u'(' + source.date.toString() + u')';
        else if (!year.isEmpty())
            publication = u'(' + year + u')';
    } else {
        QStringList pub;
        if (!journal.isEmpty())
            pub.append(journal);
        // GB/T 7714-2015 8.8.2: 年, 卷(期)
        QString yearIssue = year;
        if (type.startsWith(u'J') && !vi.volume.isEmpty())
            yearIssue += (yearIssue.isEmpty() ? QString() : QStringLiteral(", ")) + vi.volume;
        if (type.startsWith(u'J') && !vi.issue.isEmpty())
            yearIssue += u'(' + vi.issue + u')';
        if (!yearIssue.isEmpty())
            pub.append(yearIssue);
        publication = pub.join(QStringLiteral(", "));
        if (!source.pages.isEmpty() && (type.startsWith(u'J') || type == u"M"))
            publication += QStringLiteral(": ") + pagesWith(source.pages, QStringLiteral("-"));
    }
    if (!publication.isEmpty())
        parts.append(withPeriod(publication));
    if (type.endsWith(QStringLiteral("/OL")) && !source.url.isEmpty())
        parts.append(withPeriod(oneLine(source.url)));
    if (!source.doi.isEmpty())
        parts.append(QStringLiteral("DOI:") + withPeriod(oneLine(source.doi)));
    return parts.join(u' ');
}

QString CitationFormatter::chicago(const Source &source)
{
    const bool zh = isChineseOriginal(source);
    QStringList parts;

    QString title;
    const QString original = pick(source.title, zh);
    if (zh) {
        const QString en = oneLine(source.title.en);
        title = (en.isEmpty() || en == original) ? QStringLiteral("\u201C%1.\u201D").arg(chicagoInnerQuotes(original))
                                                 : QStringLiteral("\u201C%1\u201D [%2].").arg(chicagoInnerQuotes(original), en);
    } else if (source.kind == SourceKind::Book) {
        title = withPeriod(original);
    } else {
        title = QStringLiteral("\u201C%1\u201D").arg(withPeriod(chicagoInnerQuotes(original)));
    }
    const QString year = yearOf(source) > 0 ? QString::number(yearOf(source)) + u'.' : QStringLiteral("n.d.");
    const QString authors = chicagoAuthors(source, zh);
    if (authors.isEmpty()) {
        parts << title << year;
    } else {
        parts << withPeriod(authors) << year << title;
    }

    QString container;
    if (zh) {
        const QString j = oneLine(source.journal.zh);
        const QString jen = oneLine(source.journal.en);
        container = j.isEmpty() ? jen : (jen.isEmpty() || jen == j ? j : QStringLiteral("%1 [%2]").arg(j, jen));
    } else {
        container = pick(source.journal, false);
    }
    const VolumeIssue vi = volumeIssue(source.issue);
    if (source.kind != SourceKind::Book) {
        if (!vi.volume.isEmpty()) // Chicago 15.47: Journal 29 (4): 539
            container += (container.isEmpty() ? QString() : QStringLiteral(" ")) + vi.volume
                + (vi.issue.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(vi.issue));
        else if (!vi.issue.isEmpty())
            container += (container.isEmpty() ? QString() : QStringLiteral(", ")) + QStringLiteral("no. ") + vi.issue;
    }
    if (!source.pages.isEmpty())
        container += (container.isEmpty() ? QString() : QStringLiteral(": ")) + pagesWith(source.pages, QStringLiteral("\u2013"));
    if (!container.isEmpty())
        parts.append(withPeriod(container));
    const QString url = link(source);
    if (!url.isEmpty())
        parts.append(withPeriod(url));
    return parts.join(u' ');
}

QString CitationFormatter::bibtexKey(const Source &source)
{
    QString key;
    for (const QChar c : source.key) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_'
            || c == u':' || c == u'.' || c == u'-';
        key += ok ? c : u'-';
    }
    return key.isEmpty() ? QStringLiteral("source") : key;
}

QString CitationFormatter::bibtex(const Source &source)
{
    const bool zh = isChineseOriginal(source);
    QString type = QStringLiteral("misc");
    QString container = QStringLiteral("howpublished");
    if ((source.kind == SourceKind::Article || source.kind == SourceKind::Dataset) && hasJournal(source)) {
        type = QStringLiteral("article");
        container = QStringLiteral("journal");
    } else if (source.kind == SourceKind::Book) {
        type = QStringLiteral("book");
        container = QStringLiteral("publisher");
    } else if (source.kind == SourceKind::Article) {
        type = QStringLiteral("article");
        container = QStringLiteral("journal");
    }

    QList<std::pair<QString, QString>> fields;
    QStringList authors;
    for (const QString &n : authorNames(source, zh))
        authors.append(bibAuthor(n));
    if (!authors.isEmpty())
        fields.append({ QStringLiteral("author"), authors.join(QStringLiteral(" and ")) });
    fields.append({ QStringLiteral("title"), bibEscape(pick(source.title, zh)) });
    if (hasJournal(source))
        fields.append({ container, bibEscape(pick(source.journal, zh)) });
    if (yearOf(source) > 0)
        fields.append({ QStringLiteral("year"), QString::number(yearOf(source)) });
    if (source.date.isValid())
        fields.append({ QStringLiteral("date"), source.date.toString() });
    const VolumeIssue vi = volumeIssue(source.issue);
    if (!vi.volume.isEmpty())
        fields.append({ QStringLiteral("volume"), bibEscape(vi.volume) });
    if (!vi.issue.isEmpty())
        fields.append({ QStringLiteral("number"), bibEscape(vi.issue) });
    if (!source.pages.isEmpty())
        fields.append({ QStringLiteral("pages"), bibEscape(pagesWith(source.pages, QStringLiteral("--"))) });
    if (!source.doi.isEmpty())
        fields.append({ QStringLiteral("doi"), bibVerbatim(source.doi) });
    if (!source.url.isEmpty())
        fields.append({ QStringLiteral("url"), bibVerbatim(source.url) });
    if (zh)
        fields.append({ QStringLiteral("langid"), QStringLiteral("chinese") }); // biblatex-gb7714-2015 sorts and styles by it

    QString out = u'@' + type + u'{' + bibtexKey(source) + u',';
    for (int i = 0; i < fields.size(); ++i)
        out += QStringLiteral("\n  %1 = {%2}%3").arg(fields[i].first, fields[i].second, i + 1 < fields.size() ? QStringLiteral(",") : QString());
    out += QStringLiteral("\n}");
    return out;
}

QString CitationFormatter::ris(const Source &source)
{
    const bool zh = isChineseOriginal(source);
    QString type;
    switch (source.kind) {
    case SourceKind::Article: type = QStringLiteral("JOUR"); break;
    case SourceKind::Book: type = QStringLiteral("BOOK"); break;
    case SourceKind::Primary: type = QStringLiteral("GOVDOC"); break;
    case SourceKind::Dataset: type = hasJournal(source) ? QStringLiteral("JOUR") : QStringLiteral("DATA"); break;
    case SourceKind::Web: type = QStringLiteral("ELEC"); break;
    }
    QStringList lines;
    auto add = [&lines](const char *tag, const QString &value) {
        const QString v = oneLine(value);
        if (!v.isEmpty())
            lines.append(QLatin1String(tag) + QStringLiteral("  - ") + v);
    };
    add("TY", type);
    add("ID", bibtexKey(source));
    for (const QString &n : authorNames(source, zh))
        add("AU", risAuthor(n));
    add("TI", pick(source.title, zh));
    if (zh && source.title.en != source.title.zh)
        add("TT", source.title.en);
    add("T2", pick(source.journal, zh));
    if (yearOf(source) > 0)
        add("PY", QString::number(yearOf(source)));
    if (source.date.isValid()) {
        const PartialDate &d = source.date;
        QString da = QString::number(d.year()) + u'/';
        if (d.month())
            da += QStringLiteral("%1").arg(d.month(), 2, 10, QLatin1Char('0'));
        da += u'/';
        if (d.day())
            da += QStringLiteral("%1").arg(d.day(), 2, 10, QLatin1Char('0'));
        add("DA", da + u'/');
    }
    const VolumeIssue vi = volumeIssue(source.issue);
    add("VL", vi.volume);
    add("IS", vi.issue);
    const QStringList pages = pageRange(source.pages);
    if (!pages.isEmpty())
        add("SP", pages.first());
    if (pages.size() > 1)
        add("EP", pages.last());
    add("DO", source.doi);
    add("UR", source.url);
    if (zh)
        add("LA", QStringLiteral("zh"));
    lines.append(QStringLiteral("ER  - "));
    return lines.join(QStringLiteral("\r\n"));
}

QString CitationFormatter::bibliography(const QList<Source> &sources, Style style)
{
    QStringList entries;
    for (const Source &s : sources)
        entries.append(format(s, style));
    const QString newline = style == Style::Ris ? QStringLiteral("\r\n") : QStringLiteral("\n");
    return entries.isEmpty() ? QString() : entries.join(newline + newline) + newline;
}

bool CitationFormatter::writeBibliography(const QString &path, const QList<Source> &sources, Style style, QString *errorString)
{
    const QString error = SafeWriter::write(path, bibliography(sources, style).toUtf8());
    if (!error.isEmpty() && errorString)
        *errorString = error;
    return error.isEmpty();
}

QString CitationFormatter::reference(const Source &source, Language language)
{
    const QString title = oneLine(source.title.text(language));
    QStringList authors;
    for (const LocalizedText &a : source.authors)
        if (const QString n = oneLine(a.text(language)); !n.isEmpty())
            authors.append(n);
    const QString journal = oneLine(source.journal.text(language));
    const QString pages = pagesWith(source.pages, QStringLiteral("\u2013"));

    if (hasHan(title)) {
        // Chinese convention: 李德杰：《题名》，《刊名》2024年第2期，第121–140页
        QString out;
        if (!authors.isEmpty())
            out += authors.join(QChar(0x3001)) + QChar(0xFF1A);
        out += QStringLiteral("《%1》").arg(title);
        QString where;
        if (!journal.isEmpty())
            where += source.kind == SourceKind::Article || source.kind == SourceKind::Book ? QStringLiteral("《%1》").arg(journal) : journal;
        const VolumeIssue vi = volumeIssue(source.issue);
        if (yearOf(source) > 0)
            where += QStringLiteral("%1年").arg(yearOf(source));
        if (!vi.volume.isEmpty())
            where += QStringLiteral("第%1卷").arg(vi.volume);
        if (!vi.issue.isEmpty())
            where += QStringLiteral("第%1期").arg(vi.issue);
        if (!where.isEmpty())
            out += QChar(0xFF0C) + where;
        if (!pages.isEmpty())
            out += QChar(0xFF0C) + QStringLiteral("第%1页").arg(pages);
        return out;
    }
    // Notes style: Li Dejie, “Title,” Global Review, no. 2 (2024): 121–140
    QString out;
    if (!authors.isEmpty())
        out += authors.join(QStringLiteral(", ")) + QStringLiteral(", ");
    out += QStringLiteral("\u201C%1\u201D").arg(title);
    QString where = journal;
    const VolumeIssue vi = volumeIssue(source.issue);
    if (!vi.volume.isEmpty())
        where += (where.isEmpty() ? QString() : QStringLiteral(" ")) + vi.volume;
    if (!vi.issue.isEmpty())
        where += (where.isEmpty() ? QString() : QStringLiteral(", ")) + QStringLiteral("no. ") + vi.issue;
    if (!where.isEmpty())
        out += QStringLiteral(", ") + where;
    if (yearOf(source) > 0)
        out += QStringLiteral(" (%1)").arg(yearOf(source));
    if (!pages.isEmpty())
        out += QStringLiteral(": ") + pages;
    return out;
}

QString CitationFormatter::link(const Source &source)
{
    const QString doi = oneLine(source.doi);
    if (doi.startsWith(QStringLiteral("10.")) && !doi.contains(u' '))
        return QStringLiteral("https://doi.org/") + doi;
    const QString url = oneLine(source.url);
    return isHttpUrl(url) ? url : QString();
}

} // namespace atlas
