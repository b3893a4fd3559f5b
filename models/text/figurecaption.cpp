// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/text/figurecaption.h"

#include "models/i18n/translator.h"

#include "models/domain/dataset.h"
#include "models/query/snapshot.h"

#include <algorithm>

namespace atlas {

namespace {
bool hasCjk(const QString &s)
{
    return std::any_of(s.cbegin(), s.cend(), [](QChar c) { return c.unicode() >= 0x3400 && c.unicode() <= 0x9FFF; });
}

QString surname(const LocalizedText &author, Language language)
{
    if (language == Language::Chinese && hasCjk(author.zh))
        return author.zh;
    if (author.en.contains(u',')) // "Surname, Given"
        return author.en.section(u',', 0, 0).trimmed();
    const QStringList words = author.en.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return author.zh;
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
    else
        who = source.title.text(language);
    const int year = source.year ? source.year : source.date.year();
    return year ? QStringLiteral("%1 %2").arg(who).arg(year) : who;
}

QStringList FigureCaption::sourcesOf(const Dataset &dataset, const Snapshot &snapshot)
{
    QStringList keys;
    for (const TieState &state : snapshot.ties)
        for (const Evidence *e : dataset.evidenceFor(dataset.ties[state.tie].id))
            if (!keys.contains(e->source))
                keys.append(e->source);
    return keys;
}

QString FigureCaption::build(const Dataset &dataset, const Snapshot &snapshot, const QSet<QString> &hidden,
                             const QString &filterDescription, Language language, const Translator *translator)
{
    const auto word = [translator](const char *source) { return translateWith(translator, "FigureCaption", source); };
    QStringList parts;
    const QString date = PartialDate::fromDate(snapshot.date).displayString(language);
    parts.append(word(QT_TRANSLATE_NOOP("FigureCaption", "Ties in force on %1.")).arg(date));
    if (!hidden.isEmpty()) {
        QStringList names;
        for (const QString &id : hidden)
            names.append(dataset.actor(id) ? dataset.actor(id)->name.text(language) : id);
        names.sort();
        parts.append(word(QT_TRANSLATE_NOOP("FigureCaption", "Hidden: %1.")).arg(names.join(language == Language::Chinese ? QStringLiteral("、") : QStringLiteral(", "))));
    }
    if (!filterDescription.isEmpty())
        parts.append(word(QT_TRANSLATE_NOOP("FigureCaption", "Filter: %1.")).arg(filterDescription));
    QStringList cited;
    for (const QString &key : sourcesOf(dataset, snapshot))
        if (const Source *s = dataset.source(key))
            if (s->kind != SourceKind::Primary) // primary documents are reached through the articles
                cited.append(shortCitation(*s, language));
    if (!cited.isEmpty())
        parts.append(word(QT_TRANSLATE_NOOP("FigureCaption", "Sources: %1.")).arg(cited.join(QStringLiteral("; "))));
    parts.append(word(QT_TRANSLATE_NOOP("FigureCaption", "Made with Alliance Atlas.")));
    return parts.join(u' ');
}

} // namespace atlas
