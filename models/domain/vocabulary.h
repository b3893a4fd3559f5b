// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/actor.h"
#include "models/domain/source.h"
#include "models/domain/tie.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace atlas {

class Translator;

/// The controlled vocabulary of the dataset format: the keywords written in files and the translated
/// labels shown to users. Keywords are the only place enum values meet strings.
class Vocabulary
{
    Q_DECLARE_TR_FUNCTIONS(Vocabulary)

public:
    static std::optional<TieKind> tieKind(QStringView keyword);
    static std::optional<TieStatus> tieStatus(QStringView keyword);
    static std::optional<TieRegion> tieRegion(QStringView keyword);
    static std::optional<ActorKind> actorKind(QStringView keyword);
    static std::optional<ActorRegion> actorRegion(QStringView keyword);
    static std::optional<SourceKind> sourceKind(QStringView keyword);

    static QString keyword(TieKind kind);
    static QString keyword(TieStatus status);
    static QString keyword(TieRegion region);
    static QString keyword(ActorRegion region);

    /// The label shown to users, through \a translator (a Scene's, for figures in another language than
    /// the window's); nullptr: the application's installed translators.
    static QString label(TieKind kind, const Translator *translator = nullptr);
    static QString label(TieStatus status, const Translator *translator = nullptr);
    static QString label(TieRegion region, const Translator *translator = nullptr);
    static QString label(ActorRegion region, const Translator *translator = nullptr);
};

} // namespace atlas
