// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/io/datasetreader.h"
#include "models/domain/localizedtext.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>
#include <utility>

namespace atlas {

/// Builds a Dataset from ATOP v4.01 (Leeds, Ritter, Mitchell & Long 2002): the alliance-level file
/// gives each alliance's dates, bilateral flag and obligations, the member-level file one membership
/// spell per member and phase. One tie per alliance ("atop-<atopid>"), bilateral or multilateral by
/// ATOP's bilat flag (a "bilateral" treaty with more than two members, such as SEATO, is shown as
/// multilateral, with a note), named by its obligations ("ATOP 3180: defense, non-aggression,
/// consultation"), and one evidence item per tie citing source `atop4`. Members are Correlates of War
/// codes mapped to ISO alpha-3; see mapCow() for historic states. Actors sit at their capital
/// (resources/capitals.csv, see capitals.md). Tie region: asia-pacific or euro-atlantic when all
/// members are, otherwise cross-regional (the format has no other value). An alliance left with fewer
/// than two members is not imported (a warning says so).
///
/// Like DatasetReader it never throws and never shows UI: a malformed row (wrong field count, a
/// non-numeric or impossible value) is an error located by file, line and column, and any error means
/// no dataset, so the caller keeps the one it has; unknown or unmappable states are warnings and their
/// rows are skipped. The dataset returned is the one DatasetWriter writes and DatasetReader reads back.
class AtopImporter
{
    Q_DECLARE_TR_FUNCTIONS(AtopImporter)

public:
    /// How a COW state code becomes an actor id.
    struct CowMapping
    {
        enum class Kind {
            Direct,      //!< the code table has an ISO code for it
            Successor,   //!< a historic state shown as its successor (German Federal Republic -> DEU)
            NoSuccessor, //!< a historic state without an ISO successor (GDR, Hanover): skipped
            Unknown,     //!< not a COW state code we know: skipped
        };
        Kind kind = Kind::Unknown;
        QString alpha3;     //!< empty for NoSuccessor and Unknown
        LocalizedText name; //!< the historic state's name (Successor, NoSuccessor)
        int sameFrom = 0;   //!< Successor: year from which the code is the successor state itself; 0: never
    };

    static QString memberFileName() { return QStringLiteral("atop-member-level.csv"); }
    static QString allianceFileName() { return QStringLiteral("atop-alliance-level.csv"); }

    static LoadResult import(const QString &memberCsv, const QString &allianceCsv);
    /// Imports memberFileName() and allianceFileName() from \a directory.
    static LoadResult importDirectory(const QString &directory);
    /// The names are only used in the issues' locations and the dataset's fileName.
    static LoadResult importData(const QByteArray &memberCsv, const QString &memberName, const QByteArray &allianceCsv,
                                 const QString &allianceName);

    /// Maps a COW state code. Successors follow the usual convention (COW/Gleditsch–Ward continuity):
    /// 260 German Federal Republic -> DEU, 300 Austria-Hungary -> AUT, 315 Czechoslovakia -> CZE,
    /// 345 Yugoslavia -> SRB, 365 Russia/USSR -> RUS, 678 Yemen Arab Republic -> YEM (and 255 Prussia
    /// before 1871 -> DEU, 325 Sardinia before 1861 -> ITA); each tie says so in its note. States that
    /// were absorbed or divided (265 GDR, 680 South Yemen, 817 South Vietnam, 730 Korea before 1910, the
    /// German and Italian states before unification) have no successor code and are skipped with one
    /// counted warning per state: showing the GDR as Germany would put Germany in the Warsaw Pact.
    static CowMapping mapCow(int cow);

    /// The capital (lon, lat in degrees) of \a alpha3 from resources/capitals.csv, if listed.
    static std::optional<std::pair<double, double>> capital(const QString &alpha3);
};

} // namespace atlas
