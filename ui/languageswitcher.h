// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/localizedtext.h"

namespace atlas {

/// The widget side of switching the UI language: codes, translations and installing them live in
/// the core (Languages); this installs one and so makes every widget receive
/// QEvent::LanguageChange and retranslate.
class LanguageSwitcher
{
public:
    /// Installs \a language's translators in the running application (see Languages::install).
    /// Returns false when the application's own translation could not be loaded (the UI then
    /// stays in English).
    static bool apply(Language language);
};

} // namespace atlas
