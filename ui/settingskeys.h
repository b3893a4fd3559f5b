// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1String>

namespace atlas {

/// The keys the application keeps in QSettings (organisation and application "alliance-atlas"),
/// in one place so the writer and every reader agree.
struct SettingsKeys
{
    static constexpr QLatin1String language { "language" };       //!< Languages::code of the UI language
    static constexpr QLatin1String geometry { "geometry" };       //!< QMainWindow::saveGeometry
    static constexpr QLatin1String windowState { "layout/state" }; //!< QMainWindow::saveState(MainWindow::LayoutVersion)
    static constexpr QLatin1String textSize { "textSize" };       //!< TextSizes::code
    static constexpr QLatin1String lastDate { "lastDate" };       //!< the date shown when the window closed
    static constexpr QLatin1String recentFiles { "recentFiles" }; //!< most recent first, at most 10
    static constexpr QLatin1String darkTheme { "darkTheme" };     //!< bool
};

} // namespace atlas
