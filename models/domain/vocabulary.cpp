// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/vocabulary.h"

#include "models/i18n/translator.h"

#include <array>
#include <utility>

namespace atlas {

namespace {

template<typename E, std::size_t N>
std::optional<E> lookup(const std::array<std::pair<E, const char16_t *>, N> &table, QStringView keyword)
{
    for (const auto &[value, word] : table)
        if (keyword == QStringView(word))
            return value;
    return std::nullopt;
}

template<typename E, std::size_t N>
QString keywordOf(const std::array<std::pair<E, const char16_t *>, N> &table, E value)
{
    for (const auto &[v, word] : table)
        if (v == value)
            return QString::fromUtf16(word);
    return {};
}

constexpr std::array<std::pair<TieKind, const char16_t *>, 9> kTieKinds { {
    { TieKind::BilateralAlliance, u"bilateral-alliance" },
    { TieKind::MultilateralAlliance, u"multilateral-alliance" },
    { TieKind::Minilateral, u"minilateral" },
    { TieKind::Partnership, u"partnership" },
    { TieKind::Dialogue, u"dialogue" },
    { TieKind::IntelligenceSharing, u"intelligence-sharing" },
    { TieKind::Exercise, u"exercise" },
    { TieKind::Agreement, u"agreement" },
    { TieKind::Proposal, u"proposal" },
} };
constexpr std::array<std::pair<TieStatus, const char16_t *>, 4> kTieStatuses { {
    { TieStatus::InForce, u"in-force" },
    { TieStatus::Suspended, u"suspended" },
    { TieStatus::Ended, u"ended" },
    { TieStatus::Proposed, u"proposed" },
} };
constexpr std::array<std::pair<TieRegion, const char16_t *>, 3> kTieRegions { {
    { TieRegion::AsiaPacific, u"asia-pacific" },
    { TieRegion::EuroAtlantic, u"euro-atlantic" },
    { TieRegion::CrossRegional, u"cross-regional" },
} };
constexpr std::array<std::pair<ActorKind, const char16_t *>, 2> kActorKinds { {
    { ActorKind::Country, u"country" },
    { ActorKind::Organisation, u"organisation" },
} };
constexpr std::array<std::pair<ActorRegion, const char16_t *>, 7> kActorRegions { {
    { ActorRegion::NorthAmerica, u"north-america" },
    { ActorRegion::Europe, u"europe" },
    { ActorRegion::EastAsia, u"east-asia" },
    { ActorRegion::SoutheastAsia, u"southeast-asia" },
    { ActorRegion::SouthAsia, u"south-asia" },
    { ActorRegion::Oceania, u"oceania" },
    { ActorRegion::Other, u"other" },
} };
constexpr std::array<std::pair<SourceKind, const char16_t *>, 5> kSourceKinds { {
    { SourceKind::Article, u"article" },
    { SourceKind::Primary, u"primary" },
    { SourceKind::Dataset, u"dataset" },
    { SourceKind::Book, u"book" },
    { SourceKind::Web, u"web" },
} };

} // namespace

std::optional<TieKind> Vocabulary::tieKind(QStringView keyword) { return lookup(kTieKinds, keyword); }
std::optional<TieStatus> Vocabulary::tieStatus(QStringView keyword) { return lookup(kTieStatuses, keyword); }
std::optional<TieRegion> Vocabulary::tieRegion(QStringView keyword) { return lookup(kTieRegions, keyword); }
std::optional<ActorKind> Vocabulary::actorKind(QStringView keyword) { return lookup(kActorKinds, keyword); }
std::optional<ActorRegion> Vocabulary::actorRegion(QStringView keyword) { return lookup(kActorRegions, keyword); }
std::optional<SourceKind> Vocabulary::sourceKind(QStringView keyword) { return lookup(kSourceKinds, keyword); }

QString Vocabulary::keyword(TieKind kind) { return keywordOf(kTieKinds, kind); }
QString Vocabulary::keyword(TieStatus status) { return keywordOf(kTieStatuses, status); }
QString Vocabulary::keyword(TieRegion region) { return keywordOf(kTieRegions, region); }
QString Vocabulary::keyword(ActorRegion region) { return keywordOf(kActorRegions, region); }

QString Vocabulary::label(TieKind kind, const Translator *translator)
{
    const auto word = [translator](const char *source) { return translateWith(translator, "Vocabulary", source); };
    switch (kind) {
    case TieKind::BilateralAlliance: return word(QT_TRANSLATE_NOOP("Vocabulary", "Bilateral treaty alliance"));
    case TieKind::MultilateralAlliance: return word(QT_TRANSLATE_NOOP("Vocabulary", "Multilateral alliance"));
    case TieKind::Minilateral: return word(QT_TRANSLATE_NOOP("Vocabulary", "Minilateral"));
    case TieKind::Partnership: return word(QT_TRANSLATE_NOOP("Vocabulary", "Partnership"));
    case TieKind::Dialogue: return word(QT_TRANSLATE_NOOP("Vocabulary", "Dialogue"));
    case TieKind::IntelligenceSharing: return word(QT_TRANSLATE_NOOP("Vocabulary", "Intelligence sharing"));
    case TieKind::Exercise: return word(QT_TRANSLATE_NOOP("Vocabulary", "Exercise"));
    case TieKind::Agreement: return word(QT_TRANSLATE_NOOP("Vocabulary", "Agreement"));
    case TieKind::Proposal: return word(QT_TRANSLATE_NOOP("Vocabulary", "Proposal"));
    }
    return {};
}

QString Vocabulary::label(TieStatus status, const Translator *translator)
{
    const auto word = [translator](const char *source) { return translateWith(translator, "Vocabulary", source); };
    switch (status) {
    case TieStatus::InForce: return word(QT_TRANSLATE_NOOP("Vocabulary", "In force"));
    case TieStatus::Suspended: return word(QT_TRANSLATE_NOOP("Vocabulary", "Suspended"));
    case TieStatus::Ended: return word(QT_TRANSLATE_NOOP("Vocabulary", "Ended"));
    case TieStatus::Proposed: return word(QT_TRANSLATE_NOOP("Vocabulary", "Proposed"));
    }
    return {};
}

QString Vocabulary::label(TieRegion region, const Translator *translator)
{
    const auto word = [translator](const char *source) { return translateWith(translator, "Vocabulary", source); };
    switch (region) {
    case TieRegion::AsiaPacific: return word(QT_TRANSLATE_NOOP("Vocabulary", "Asia-Pacific"));
    case TieRegion::EuroAtlantic: return word(QT_TRANSLATE_NOOP("Vocabulary", "Euro-Atlantic"));
    case TieRegion::CrossRegional: return word(QT_TRANSLATE_NOOP("Vocabulary", "Cross-regional"));
    }
    return {};
}

QString Vocabulary::label(ActorRegion region, const Translator *translator)
{
    const auto word = [translator](const char *source) { return translateWith(translator, "Vocabulary", source); };
    switch (region) {
    case ActorRegion::NorthAmerica: return word(QT_TRANSLATE_NOOP("Vocabulary", "North America"));
    case ActorRegion::Europe: return word(QT_TRANSLATE_NOOP("Vocabulary", "Europe"));
    case ActorRegion::EastAsia: return word(QT_TRANSLATE_NOOP("Vocabulary", "East Asia"));
    case ActorRegion::SoutheastAsia: return word(QT_TRANSLATE_NOOP("Vocabulary", "Southeast Asia"));
    case ActorRegion::SouthAsia: return word(QT_TRANSLATE_NOOP("Vocabulary", "South Asia"));
    case ActorRegion::Oceania: return word(QT_TRANSLATE_NOOP("Vocabulary", "Oceania"));
    case ActorRegion::Other: return word(QT_TRANSLATE_NOOP("Vocabulary", "Other"));
    }
    return {};
}

} // namespace atlas
