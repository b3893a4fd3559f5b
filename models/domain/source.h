// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/localizedtext.h"
#include "models/domain/partialdate.h"

#include <QList>
#include <QString>

namespace atlas {

enum class SourceKind { Article, Primary, Dataset, Book, Web };

/// A bibliographic record: one of the source articles, a primary document it cites, or a data set.
struct Source
{
    QString key;
    SourceKind kind = SourceKind::Article;
    QList<LocalizedText> authors;
    LocalizedText title;
    LocalizedText journal;
    int year = 0;
    PartialDate date;
    QString issue;
    QString pages;
    QString doi;
    QString url;
    QString file; //!< seed file name for the five source articles
    LocalizedText note;
};

} // namespace atlas
