// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/query/atlasdocument.h"
#include "models/domain/issue.h"
#include "models/domain/localizedtext.h"
#include "models/domain/typology.h"

#include <QCoreApplication>
#include <QDate>
#include <QSet>
#include <QString>

#include <optional>

namespace atlas {

/// Everything a teacher prepares for a lesson and a student reopens exactly: date, member toggles,
/// selection, map zoom and centre, typology scheme and filter, language, compare mode and the dataset file.
/// Saved as a small JSON "view file" (*.atlasview).
struct ViewState
{
    QString dataset; //!< path of the dataset file; empty = the built-in dataset
    QDate date;
    QSet<QString> hidden;
    Selection selection;
    double mapZoom = 1.0;
    double mapCenterLon = 150.0;
    double mapCenterLat = 10.0;
    QString scheme = TypologyScheme::defaultId();
    QString filterScheme;
    QString filterCell;
    Language language = Language::English;
    QDate compareFrom; //!< compare mode's first date ("compare_from", written only when set); invalid: off

    QByteArray toJson() const;
    /// Parses a view file; on failure returns std::nullopt and appends located issues.
    static std::optional<ViewState> fromJson(const QByteArray &json, const QString &fileName, QList<Issue> *issues);
};

/// Reads and writes view files; writing is atomic (SafeWriter), reading refuses anything but a regular
/// file of at most kMaxFileSize bytes.
class ViewFile
{
    Q_DECLARE_TR_FUNCTIONS(ViewFile)

public:
    static constexpr qint64 kMaxFileSize = 1024 * 1024;

    static QString save(const QString &path, const ViewState &state); //!< empty on success, else why not
    static std::optional<ViewState> load(const QString &path, QList<Issue> *issues);
};

} // namespace atlas
