// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/localizedtext.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace atlas {

class Dataset;
class Translator;
struct DateComparison;
struct Snapshot;
struct Source;

/// The provenance line under an exported figure: the date shown, the members switched off, the
/// active filter, and the sources cited for what is drawn (short author–year form).
class FigureCaption
{
    Q_DECLARE_TR_FUNCTIONS(FigureCaption)

public:
    /// "Li 2024", "Ling & Wang 2022", "Leeds et al. 2002"; "李德杰 2024" in Chinese.
    static QString shortCitation(const Source &source, Language language);
    /// Keys of the sources cited by the evidence of the ties in \a snapshot, in order of first use.
    static QStringList sourcesOf(const Dataset &dataset, const Snapshot &snapshot);
    /// The sources behind what \a snapshot shows, as the reference list cites them: those of
    /// sourcesOf() that are not primary documents (reached through the articles), in order of first use.
    static QList<const Source *> referencesOf(const Dataset &dataset, const Snapshot &snapshot);
    /// referencesOf() for the ties \a ties (indices into the dataset's ties).
    static QList<const Source *> referencesOf(const Dataset &dataset, const QList<int> &ties);
    /// The numbered reference list "[1] …" of referencesOf(): GB/T 7714 in Chinese, Chicago
    /// author-date in English (CitationFormatter, as the inspector).
    static QStringList references(const Dataset &dataset, const Snapshot &snapshot, Language language);
    /// The whole caption (its short citations numbered as references()), dataset names in \a language, words through \a translator (a Scene's;
    /// nullptr: the application's installed translators).
    static QString build(const Dataset &dataset, const Snapshot &snapshot, const QSet<QString> &hidden,
                         const QString &filterDescription, Language language, const Translator *translator = nullptr);
    /// The caption of a compare figure: both dates, how many ties were added, ended and changed, the
    /// members switched off and the sources of the ties that changed.
    static QString compare(const Dataset &dataset, const DateComparison &comparison, const QSet<QString> &hidden,
                           Language language, const Translator *translator = nullptr);

private:
    /// "Hidden: …. \a filter Sources: … [1]; … [2]. Made with Alliance Atlas." for build() and compare().
    static QStringList closing(const Dataset &dataset, const QSet<QString> &hidden, const QString &filter,
                               const QList<const Source *> &references,
                               Language language, const Translator *translator);
};

} // namespace atlas
