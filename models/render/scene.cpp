// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/render/scene.h"

#include "models/domain/dataset.h"
#include "models/query/timecontroller.h"
#include "models/render/typologymatrixrenderer.h"

#include <algorithm>

namespace atlas {

Scene Scene::fromDocument(const AtlasDocument &document)
{
    Scene scene;
    scene.dataset = &document.dataset();
    scene.snapshot = document.snapshot();
    scene.date = document.time()->date();
    scene.firstDay = document.time()->minimum();
    scene.lastDay = document.time()->maximum();
    scene.hidden = document.hiddenActors();
    scene.selection = document.selection();
    scene.typeFilterScheme = document.typeFilterScheme();
    scene.typeFilterCell = document.typeFilterCell();
    scene.setLanguage(document.language());
    scene.textScale = document.textScale();
    if (const DateComparison *comparison = document.comparison())
        scene.compare = std::make_shared<const DateComparison>(*comparison);
    return scene;
}

Scene Scene::fromParts(const Dataset &dataset, QDate date, const QSet<QString> &hidden, Language language)
{
    Scene scene;
    scene.dataset = &dataset;
    scene.snapshot = takeSnapshot(dataset, date, hidden);
    scene.date = date;
    scene.firstDay = std::min(QDate(1945, 1, 1), date);
    scene.lastDay = date;
    scene.hidden = hidden;
    scene.setLanguage(language);
    return scene;
}

void Scene::setLanguage(Language l)
{
    language = l;
    translator = Translator::forLanguage(l);
}

QString Scene::schemeOrDefault() const
{
    if (!scheme.isEmpty() || !dataset)
        return scheme;
    const TypologyScheme *fallback = TypologyMatrixRenderer::defaultScheme(*dataset);
    return fallback ? fallback->id : QString();
}

} // namespace atlas
