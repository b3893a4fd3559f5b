// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace atlas {

/// Light or dark widgets (View > Dark Theme): dark rooms and projectors. The map, matrix and network
/// keep their figure colours, which are chosen to read on both.
class Appearance
{
public:
    static void setDark(bool dark);
    static bool isDark();
};

} // namespace atlas
