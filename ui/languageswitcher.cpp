// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/languageswitcher.h"

#include "models/i18n/language.h"

namespace atlas {

bool LanguageSwitcher::apply(Language language)
{
    return Languages::install(language); // posts LanguageChange to every widget
}

} // namespace atlas
