// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/datasetreader.h"

#include "models/io/datasetfieldreader.h"
#include "models/io/datasetsections.h"
#include "models/io/mappedfile.h"
#include "models/io/jsonlocator.h"
#include "models/io/jsonsections.h"

#include <QByteArrayView>
#include <QJsonDocument>
#include <QJsonObject>

namespace atlas {

namespace {

using namespace datasetsections;

template<typename T, typename F>
QSet<QString> idSet(const QList<T> &list, F key)
{
    QSet<QString> ids;
    ids.reserve(list.size());
    for (const T &x : list)
        ids.insert(key(x));
    return ids;
}

/// Reads the dataset from the parsed parts of the document, checking every field and reference.
LoadResult readSections(DatasetFieldReader &r, const JsonSections &doc, const QString &fileName)
{
    const QJsonObject &root = doc.root();
    r.checkKeys(root, QString(), { "format", "version", "title", "hub", "sources", "actors", "ties", "events", "evidence", "typologies", "placements", "bookmarks", "description" });
    if (r.string(root, "format", QString(), true) != u"alliance-atlas-dataset" && root.contains(QLatin1String("format")))
        r.error(QStringLiteral("/format"), DatasetReader::tr("not an Alliance Atlas dataset (format must be \"alliance-atlas-dataset\")"));
    if (const auto version = r.number(root, "version", QString(), true); version && *version != 1)
        r.error(QStringLiteral("/version"), DatasetReader::tr("unsupported format version %1 (this program reads version 1)").arg(*version));

    Dataset d;
    d.fileName = fileName;
    d.title = r.text(root, "title", QString(), false);
    readSources(r, doc, d);
    readActors(r, doc, d);
    const QSet<QString> actorIds = idSet(d.actors, [](const Actor &a) { return a.id; });
    d.hub = r.string(root, "hub", QString(), false);
    if (!d.hub.isEmpty() && !actorIds.contains(d.hub))
        r.error(QStringLiteral("/hub"), DatasetReader::tr("unknown actor \"%1\"").arg(d.hub));
    const QSet<QString> tieIds = readTies(r, doc, d, actorIds);
    readEvents(r, doc, d, tieIds);
    QHash<QString, SourceKind> sourceKinds;
    for (const Source &s : d.sources)
        sourceKinds.insert(s.key, s.kind);
    readEvidence(r, doc, d, tieIds, idSet(d.events, [](const Event &e) { return e.id; }), sourceKinds);
    const QSet<QString> evidenceIds = idSet(d.evidence, [](const Evidence &e) { return e.id; });
    readTypologies(r, doc, d, evidenceIds, sourceKinds);
    readPlacements(r, doc, d, tieIds, evidenceIds);
    readBookmarks(r, doc, d, evidenceIds);

    LoadResult result;
    result.issues = r.issues();
    if (!hasErrors(result.issues)) {
        d.buildIndex();
        result.dataset = std::move(d);
    }
    return result;
}

} // namespace

LoadResult DatasetReader::readFile(const QString &path, const Progress &progress)
{
    QString error;
    const std::unique_ptr<MappedFile> file = MappedFile::open(path, kMaxFileSize, &error);
    if (!file) {
        LoadResult result;
        result.issues.append(Issue::at(path, error));
        return result;
    }
    // The pages of the file are dropped as they are parsed: they do not stay resident beside the dataset.
    return read(file->bytes(), path, progress, [&file](qsizetype begin, qsizetype end) { file->release(begin, end); });
}

LoadResult DatasetReader::read(const QByteArray &utf8, const QString &fileName, const Progress &progress)
{
    return read(utf8, fileName, progress, {});
}

LoadResult DatasetReader::read(const QByteArray &utf8, const QString &fileName, const Progress &progress, const Release &release)
{
    if (QByteArrayView(utf8).trimmed().isEmpty()) {
        LoadResult result;
        result.issues.append(Issue::at(fileName, tr("the file is empty"), 1, 1));
        return result;
    }
    // Usually the document is read in parts. When the split fails or a part does not parse, the text
    // is malformed or unusual: it is then parsed whole, which reports the problem as Qt words it.
    if (std::optional<JsonSections> parts = JsonSections::split(utf8, release)) {
        parts->setProgress(progress);
        DatasetFieldReader r(utf8, fileName);
        LoadResult result = readSections(r, *parts, fileName);
        if (parts->stopped()) {
            LoadResult cancelled;
            cancelled.cancelled = true;
            return cancelled;
        }
        if (!parts->failed())
            return result;
    }

    DatasetFieldReader r(utf8, fileName);
    LoadResult result;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const JsonLocator::Position pos = JsonLocator(utf8).positionOfOffset(parseError.offset);
        result.issues.append(Issue::at(fileName, tr("malformed JSON: %1").arg(parseError.errorString()), pos.line, pos.column));
        return result;
    }
    if (!doc.isObject()) {
        r.error(QString(), tr("a dataset is a JSON object, not %1").arg(doc.isArray() ? tr("an array") : tr("a scalar")));
        result.issues = r.issues();
        return result;
    }
    return readSections(r, JsonSections(doc.object()), fileName);
}

} // namespace atlas
