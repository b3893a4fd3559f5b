// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/text/figurecaption.h"

#include "models/i18n/translator.h"
#include "models/text/citationformatter.h"

#include "models/domain/dataset.h"
#include "models/query/datecomparison.h"
#include "models/query/snapshot.h"

#include <algorithm>

namespace atlas {

namespace {
bool hasCjk(const QString &s)
{
    return std::any_of(s.cbegin(), s.cend(), [](QChar c) { return c.unicode() >= 0x3400 && c.unicode() <= 0x9FFF; });
}

/// \a name without its parenthesised parts ("IPP Review (Institute of …)" -> "IPP Review"), in ASCII
/// or full-width brackets; an unclosed bracket drops the rest.
QString withoutParentheses(const QString &name)
{
    QString out;
    int depth = 0;
    for (QChar c : name) {
        if (c == u'(' || c == QChar(0xFF08))
            ++depth;
        else if ((c == u')' || c == QChar(0xFF09)) && depth > 0)
            --depth;
        else if (depth == 0)
            out.append(c);
    }
    return out.simplified();
}

/// The persons of an author field that lists several ("A, B and C", "A、B、C").
QStringList persons(const QString &name)
{
    QString list = name;
    list.replace(QLatin1String(" and "), QLatin1String(", "));
    list.replace(QChar(0x3001), u',');
    QStringList parts = list.split(u',', Qt::SkipEmptyParts);
    for (QString &p : parts)
        p = p.trimmed();
    parts.removeAll(QString());
    return parts;
}

QString surname(const LocalizedText &author, Language language)
{
    // An organisation's name ("IPP Review (Institute of Public Policy, …)") is cited by its short name.
    const bool organisation = author.en.contains(u'(') || author.zh.contains(QChar(0xFF08));
    if (language == Language::Chinese && hasCjk(author.zh))
        return withoutParentheses(author.zh);
    const QString en = withoutParentheses(author.en);
    if (organisation)
        return en.isEmpty() ? withoutParentheses(author.zh) : en;
    const QStringList listed = persons(en);
    if (en.contains(u',') && listed.size() == 2 && !listed[1].contains(u' ')) // "Surname, Given"
        return listed[0];
    if (listed.size() > 1) { // several persons in one field
        LocalizedText first;
        first.en = listed[0];
        const QString s = surname(first, Language::English);
        return listed.size() == 2 ? s + QStringLiteral(" & ") + surname(LocalizedText { listed[1], QString() }, Language::English)
                                  : s + QStringLiteral(" et al.");
    }
    const QStringList words = en.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return withoutParentheses(author.zh);
    // Chinese names in English keep the surname first ("Li Dejie"); others put it last.
    return hasCjk(author.zh) ? words.first() : words.last();
}
} // namespace

QString FigureCaption::shortCitation(const Source &source, Language language)
{
    QString who;
    const QString sep = language == Language::Chinese ? QStringLiteral("、") : QStringLiteral(" & ");
    if (source.authors.size() == 1)
        who = surname(source.authors[0], language);
    else if (source.authors.size() == 2)
        who = surname(source.authors[0], language) + sep + surname(source.authors[1], language);
    else if (source.authors.size() > 2)
        who = surname(source.authors[0], language) + (language == Language::Chinese ? QStringLiteral("等") : QStringLiteral(" et al."));
    else // no author: the outlet or publisher, never a (news) headline
        who = withoutParentheses(source.journal.text(language));
    if (who.isEmpty())
        who = source.key;
    const int year = source.year ? source.year : source.date.year();
    return year ? QStringLiteral("%1 %2").arg(who).arg(year) : who;
}

namespace {
QStringList sourceKeys(const Dataset &dataset, const QList<int> &ties)
{
    QStringList keys;
    for (int tie : ties)
        for (const Evidence *e : dataset.evidenceFor(dataset.ties[tie].id))
            if (!keys.contains(e->source))
                keys.append(e->source);
    return keys;
}

QList<int> tiesOf(const Snapshot &snapshot)
{
    QList<int> ties;
    for (const TieState &state : snapshot.ties)
        ties.append(state.tie);
    return ties;
}
} // namespace

QStringList FigureCaption::sourcesOf(const Dataset &dataset, const Snapshot &snapshot)
{
    return sourceKeys(dataset, tiesOf(snapshot));
}

QList<const Source *> FigureCaption::referencesOf(const Dataset &dataset, const Snapshot &snapshot)
{
    return referencesOf(dataset, tiesOf(snapshot));
}

QList<const Source *> FigureCaption::referencesOf(const Dataset &dataset, const QList<int> &ties)
{
    QList<const Source *> sources;
    for (const QString &key : sourceKeys(dataset, ties))
        if (const Source *s = dataset.source(key))
            if (s->kind != SourceKind::Primary) // primary documents are reached through the articles
                sources.append(s);
    return sources;
}

QStringList FigureCaption::references(const Dataset &dataset, const Snapshot &snapshot, Language language)
{
    QStringList lines;
    for (const Source *s : referencesOf(dataset, snapshot)) {
        const QString entry = language == Language::Chinese ? CitationFormatter::gbt7714(*s) : CitationFormatter::chicago(*s);
        lines.append(QStringLiteral("[%1] %2").arg(lines.size() + 1).arg(entry));
    }
    return lines;
}

QString FigureCaption::build(const Dataset &dataset, const Snapshot &snapshot, const QSet<QString> &hidden,
                             const QString &filterDescription, Language language, const Translator *translator)
{
    const auto word = [translator](const char *source) { return translateWith(translator, "FigureCaption", source); };
    QStringList parts;
    const QString date = PartialDate::fromDate(snapshot.date).displayString(language);
    parts.append(word(QT_TRANSLATE_NOOP("FigureCaption", "Ties in force on %1.")).arg(date));
    const QString filter = filterDescription.isEmpty() ? QString() : word(QT_TRANSLATE_NOOP("FigureCaption", "Filter: %1.")).arg(filterDescription);
    parts += closing(dataset, hidden, filter, referencesOf(dataset, snapshot), language, translator);
    return parts.join(u' ');
}

QString FigureCaption::compare(const Dataset &dataset, const DateComparison &comparison, const QSet<QString> &hidden,
                               Language language, const Translator *translator)
{
    const auto word = [translator](const char *source) { return translateWith(translator, "FigureCaption", source); };
    const QString from = PartialDate::fromDate(comparison.from).displayString(language);
    const QString to = PartialDate::fromDate(comparison.to).displayString(language);
    QStringList parts;
    parts.append(word(QT_TRANSLATE_NOOP("FigureCaption", "Ties from %1 to %2: %3 added, %4 ended, %5 with members or status changed."))
                     .arg(from, to)
                     .arg(comparison.added.size())
                     .arg(comparison.ended.size())
                     .arg(comparison.changed.size()));
    QList<int> changed = comparison.added + comparison.ended;
    for (const TieChange &change : comparison.changed)
        changed.append(change.tie);
    parts += closing(dataset, hidden, QString(), referencesOf(dataset, changed), language, translator);
    return parts.join(u' ');
}

QStringList FigureCaption::closing(const Dataset &dataset, const QSet<QString> &hidden, const QString &filter,
                                   const QList<const Source *> &references,
                                   Language language, const Translator *translator)
{
    const auto word = [translator](const char *source) { return translateWith(translator, "FigureCaption", source); };
    QStringList parts;
    if (!hidden.isEmpty()) {
        QStringList names;
        for (const QString &id : hidden)
            names.append(dataset.actor(id) ? dataset.actor(id)->name.text(language) : id);
        names.sort();
        parts.append(word(QT_TRANSLATE_NOOP("FigureCaption", "Hidden: %1.")).arg(names.join(language == Language::Chinese ? QStringLiteral("、") : QStringLiteral(", "))));
    }
    if (!filter.isEmpty())
        parts.append(filter);
    QStringList cited;
    for (const Source *s : references)
        cited.append(QStringLiteral("%1 [%2]").arg(shortCitation(*s, language)).arg(cited.size() + 1));
    if (!cited.isEmpty())
        parts.append(word(QT_TRANSLATE_NOOP("FigureCaption", "Sources: %1.")).arg(cited.join(QStringLiteral("; "))));
    parts.append(word(QT_TRANSLATE_NOOP("FigureCaption", "Made with Alliance Atlas.")));
    return parts;
}

} // namespace atlas
