#include "project/projectfile.h"

#include "music/scorejson.h"
#include "project/safewrite.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>

namespace sw::project {

namespace {

const QString kFormatName = QStringLiteral("scorewright-project");
constexpr qint64 kMaxMediaTimeUs = qint64(1) << 50; // about 35 years: beyond any timeline

QString idText(const QUuid& id)
{
    return id.toString(QUuid::WithoutBraces);
}

QString markerKindName(MarkerKind kind)
{
    return kind == MarkerKind::HitPoint ? QStringLiteral("hit") : QStringLiteral("marker");
}

// Reads typed fields out of JSON objects and remembers the first error with the path of the
// offending field ("clips[2].startUs: expected a whole number ...").
class FieldReader
{
public:
    explicit FieldReader(QString* error) : m_error(error) {}

    bool fail(const QString& where, const QString& why)
    {
        *m_error = where + QStringLiteral(": ") + why;
        return false;
    }
    bool object(const QJsonValue& v, const QString& where, QJsonObject* out)
    {
        if (!v.isObject())
            return fail(where, QStringLiteral("expected an object"));
        *out = v.toObject();
        return true;
    }
    bool list(const QJsonObject& o, const QString& key, const QString& where, QJsonArray* out)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            *out = {};
            return true;
        }
        if (!v.isArray())
            return fail(where + key, QStringLiteral("expected a list"));
        *out = v.toArray();
        return true;
    }
    bool time(const QJsonObject& o, const QString& key, const QString& where, qint64* out,
              bool required = true)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() && !required) {
            *out = 0;
            return true;
        }
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || d != std::floor(d) || std::abs(d) > double(kMaxMediaTimeUs))
            return fail(where + key, QStringLiteral("expected a whole number of microseconds"));
        *out = qint64(d);
        return true;
    }
    bool id(const QJsonObject& o, const QString& where, QUuid* out)
    {
        *out = QUuid::fromString(o.value(QStringLiteral("id")).toString());
        if (out->isNull())
            return fail(where + QStringLiteral("id"), QStringLiteral("expected an element id"));
        return true;
    }

private:
    QString* m_error;
};

QJsonObject clipToJson(const Clip& c, const QDir& dir)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), idText(c.id));
    o.insert(QStringLiteral("kind"), clipKindName(c.kind));
    o.insert(QStringLiteral("name"), c.name);
    o.insert(QStringLiteral("startUs"), c.startUs);
    o.insert(QStringLiteral("durationUs"), c.durationUs);
    if (clipKindUsesMedia(c.kind)) {
        o.insert(QStringLiteral("media"), dir.relativeFilePath(c.mediaPath));
        if (c.kind != ClipKind::Image)
            o.insert(QStringLiteral("sourceInUs"), c.sourceInUs);
    } else {
        o.insert(QStringLiteral("text"), c.text);
    }
    return o;
}

bool clipFromJson(FieldReader& r, const QJsonValue& v, const QString& where, const QDir& dir,
                  Clip* c)
{
    QJsonObject o;
    if (!r.object(v, where, &o) || !r.id(o, where + QLatin1Char('.'), &c->id))
        return false;
    const QString kind = o.value(QStringLiteral("kind")).toString();
    if (!parseClipKind(kind, &c->kind))
        return r.fail(where + QStringLiteral(".kind"),
                      QStringLiteral("unknown clip kind \"%1\"").arg(kind));
    c->name = o.value(QStringLiteral("name")).toString();
    const QString prefix = where + QLatin1Char('.');
    if (!r.time(o, QStringLiteral("startUs"), prefix, &c->startUs) ||
        !r.time(o, QStringLiteral("durationUs"), prefix, &c->durationUs) ||
        !r.time(o, QStringLiteral("sourceInUs"), prefix, &c->sourceInUs, false))
        return false;
    if (clipKindUsesMedia(c->kind)) {
        const QString media = o.value(QStringLiteral("media")).toString();
        if (media.isEmpty())
            return r.fail(prefix + QStringLiteral("media"), QStringLiteral("no media file named"));
        c->mediaPath = QDir::cleanPath(dir.absoluteFilePath(media));
    } else {
        c->text = o.value(QStringLiteral("text")).toString();
    }
    return true;
}

QJsonObject takeToJson(const Take& t)
{
    QJsonObject provenance;
    provenance.insert(QStringLiteral("engine"), t.provenance.engine);
    provenance.insert(QStringLiteral("model"), t.provenance.model);
    // Seeds are 64-bit; JSON numbers are exact only up to 2^53, so the seed is text.
    provenance.insert(QStringLiteral("seed"), QString::number(t.provenance.seed));
    provenance.insert(QStringLiteral("controls"), t.provenance.controls);
    QJsonObject o;
    o.insert(QStringLiteral("id"), idText(t.id));
    o.insert(QStringLiteral("name"), t.name);
    o.insert(QStringLiteral("created"), t.created.toUTC().toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("provenance"), provenance);
    o.insert(QStringLiteral("score"), music::scoreToJson(t.score));
    return o;
}

bool takeFromJson(FieldReader& r, const QJsonValue& v, const QString& where, Take* t)
{
    QJsonObject o;
    if (!r.object(v, where, &o) || !r.id(o, where + QLatin1Char('.'), &t->id))
        return false;
    t->name = o.value(QStringLiteral("name")).toString();
    t->created =
        QDateTime::fromString(o.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
    if (!t->created.isValid())
        return r.fail(where + QStringLiteral(".created"),
                      QStringLiteral("expected a date and time"));
    QJsonObject provenance;
    if (!r.object(o.value(QStringLiteral("provenance")), where + QStringLiteral(".provenance"),
                  &provenance))
        return false;
    t->provenance.engine = provenance.value(QStringLiteral("engine")).toString();
    t->provenance.model = provenance.value(QStringLiteral("model")).toString();
    bool seedOk = false;
    t->provenance.seed = provenance.value(QStringLiteral("seed")).toString().toULongLong(&seedOk);
    if (!seedOk)
        return r.fail(where + QStringLiteral(".provenance.seed"),
                      QStringLiteral("expected a seed written as a whole number"));
    t->provenance.controls = provenance.value(QStringLiteral("controls")).toObject();
    QJsonObject score;
    if (!r.object(o.value(QStringLiteral("score")), where + QStringLiteral(".score"), &score))
        return false;
    QString scoreError;
    if (!music::scoreFromJson(score, &t->score, &scoreError))
        return r.fail(where + QStringLiteral(".score"), scoreError);
    return true;
}

bool regionFromJson(FieldReader& r, const QJsonValue& v, const QString& where, MusicRegion* m)
{
    QJsonObject o;
    const QString prefix = where + QLatin1Char('.');
    if (!r.object(v, where, &o) || !r.id(o, prefix, &m->id) ||
        !r.time(o, QStringLiteral("startUs"), prefix, &m->startUs) ||
        !r.time(o, QStringLiteral("durationUs"), prefix, &m->durationUs))
        return false;
    m->name = o.value(QStringLiteral("name")).toString();
    QJsonArray takes;
    if (!r.list(o, QStringLiteral("takes"), prefix, &takes))
        return false;
    m->takes.resize(takes.size());
    for (int i = 0; i < takes.size(); ++i) {
        if (!takeFromJson(r, takes[i], prefix + QStringLiteral("takes[%1]").arg(i), &m->takes[i]))
            return false;
    }
    m->activeTake = o.value(QStringLiteral("activeTake")).toInt(takes.isEmpty() ? -1 : 0);
    return true;
}

bool markerFromJson(FieldReader& r, const QJsonValue& v, const QString& where, Marker* m)
{
    QJsonObject o;
    const QString prefix = where + QLatin1Char('.');
    if (!r.object(v, where, &o) || !r.id(o, prefix, &m->id) ||
        !r.time(o, QStringLiteral("timeUs"), prefix, &m->timeUs))
        return false;
    m->name = o.value(QStringLiteral("name")).toString();
    const QString kind = o.value(QStringLiteral("kind")).toString(QStringLiteral("marker"));
    if (kind != markerKindName(MarkerKind::Marker) && kind != markerKindName(MarkerKind::HitPoint))
        return r.fail(prefix + QStringLiteral("kind"),
                      QStringLiteral("unknown marker kind \"%1\"").arg(kind));
    m->kind =
        kind == markerKindName(MarkerKind::HitPoint) ? MarkerKind::HitPoint : MarkerKind::Marker;
    return true;
}

} // namespace

QJsonObject planPinsToJson(const PlanPins& pins)
{
    QJsonObject o;
    if (pins.bpm != 0)
        o.insert(QStringLiteral("bpm"), pins.bpm);
    if (pins.key)
        o.insert(QStringLiteral("key"), pins.key->name());
    if (pins.meterNumerator != 0)
        o.insert(QStringLiteral("meter"), QJsonArray{pins.meterNumerator, pins.meterDenominator});
    if (!pins.instruments.isEmpty()) {
        QJsonObject instruments;
        for (auto it = pins.instruments.begin(); it != pins.instruments.end(); ++it)
            instruments.insert(it.key(), it.value());
        o.insert(QStringLiteral("instruments"), instruments);
    }
    if (!pins.intensity.isEmpty()) {
        QJsonArray points;
        for (const PlanPins::IntensityPoint& p : pins.intensity)
            points.append(QJsonArray{p.timeUs, p.value});
        o.insert(QStringLiteral("intensity"), points);
    }
    if (!pins.sections.isEmpty()) {
        QJsonArray sections;
        for (const PlanPins::SectionPin& s : pins.sections)
            sections.append(QJsonArray{s.timeUs, s.label});
        o.insert(QStringLiteral("sections"), sections);
    }
    if (pins.sectionsExact)
        o.insert(QStringLiteral("sections_exact"), true);
    return o;
}

namespace {

bool planPinsFromJson(FieldReader& r, const QJsonValue& value, PlanPins* pins)
{
    if (value.isUndefined())
        return true;
    QJsonObject o;
    if (!r.object(value, QStringLiteral("plan"), &o))
        return false;
    pins->bpm = o.value(QStringLiteral("bpm")).toDouble(0);
    if (o.contains(QStringLiteral("key"))) {
        music::KeySignature key;
        if (!music::KeySignature::parse(o.value(QStringLiteral("key")).toString(), &key))
            return r.fail(QStringLiteral("plan.key"), QStringLiteral("not a key"));
        pins->key = key;
    }
    const QJsonArray meter = o.value(QStringLiteral("meter")).toArray();
    if (meter.size() == 2) {
        pins->meterNumerator = meter[0].toInt();
        pins->meterDenominator = meter[1].toInt();
    }
    const QJsonObject instruments = o.value(QStringLiteral("instruments")).toObject();
    for (auto it = instruments.begin(); it != instruments.end(); ++it)
        pins->instruments.insert(it.key(), it.value().toInt(-1));
    QJsonArray list;
    if (!r.list(o, QStringLiteral("intensity"), QStringLiteral("plan."), &list))
        return false;
    for (int i = 0; i < list.size(); ++i) {
        const QJsonArray point = list[i].toArray();
        qint64 t = 0;
        if (point.size() != 2 ||
            !r.time(QJsonObject{{QStringLiteral("t"), point[0]}}, QStringLiteral("t"),
                    QStringLiteral("plan.intensity[%1].").arg(i), &t))
            return r.fail(QStringLiteral("plan.intensity[%1]").arg(i),
                          QStringLiteral("expected [time, value]"));
        pins->intensity.append({t, point[1].toDouble(-1)});
    }
    if (!r.list(o, QStringLiteral("sections"), QStringLiteral("plan."), &list))
        return false;
    for (int i = 0; i < list.size(); ++i) {
        const QJsonArray pin = list[i].toArray();
        qint64 t = 0;
        if (pin.size() != 2 ||
            !r.time(QJsonObject{{QStringLiteral("t"), pin[0]}}, QStringLiteral("t"),
                    QStringLiteral("plan.sections[%1].").arg(i), &t))
            return r.fail(QStringLiteral("plan.sections[%1]").arg(i),
                          QStringLiteral("expected [time, label]"));
        pins->sections.append({t, pin[1].toString()});
    }
    pins->sectionsExact = o.value(QStringLiteral("sections_exact")).toBool(false);
    return true;
}

template <typename T, typename ReadOne>
bool readList(FieldReader& r, const QJsonObject& root, const QString& key, QVector<T>* out,
              ReadOne readOne)
{
    QJsonArray list;
    if (!r.list(root, key, QString(), &list))
        return false;
    out->resize(list.size());
    for (int i = 0; i < list.size(); ++i) {
        if (!readOne(list[i], QStringLiteral("%1[%2]").arg(key).arg(i), &(*out)[i]))
            return false;
    }
    return true;
}

} // namespace

QByteArray projectToJson(const ProjectContent& content, const QDir& projectDir)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), kFormatName);
    root.insert(QStringLiteral("version"), kProjectFormatVersion);
    root.insert(QStringLiteral("title"), content.title);
    root.insert(QStringLiteral("sourceAudio"),
                QJsonObject{{QStringLiteral("gainDb"), content.sourceAudio.gainDb},
                            {QStringLiteral("muted"), content.sourceAudio.muted}});
    QJsonArray clips;
    for (const Clip& c : content.clips)
        clips.append(clipToJson(c, projectDir));
    root.insert(QStringLiteral("clips"), clips);
    QJsonArray markers;
    for (const Marker& m : content.markers)
        markers.append(QJsonObject{{QStringLiteral("id"), idText(m.id)},
                                   {QStringLiteral("kind"), markerKindName(m.kind)},
                                   {QStringLiteral("name"), m.name},
                                   {QStringLiteral("timeUs"), m.timeUs}});
    root.insert(QStringLiteral("markers"), markers);
    QJsonArray music;
    for (const MusicRegion& region : content.musicRegions) {
        QJsonArray takes;
        for (const Take& t : region.takes)
            takes.append(takeToJson(t));
        music.append(QJsonObject{{QStringLiteral("id"), idText(region.id)},
                                 {QStringLiteral("name"), region.name},
                                 {QStringLiteral("startUs"), region.startUs},
                                 {QStringLiteral("durationUs"), region.durationUs},
                                 {QStringLiteral("activeTake"), region.activeTake},
                                 {QStringLiteral("takes"), takes}});
    }
    root.insert(QStringLiteral("music"), music);
    if (!content.planPins.isEmpty())
        root.insert(QStringLiteral("plan"), planPinsToJson(content.planPins));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool projectFromJson(const QByteArray& json, const QDir& projectDir, ProjectContent* out,
                     QString* error, ProjectLoadReport* reportOut)
{
    ProjectLoadReport report;
    if (json.trimmed().isEmpty()) {
        *error = QCoreApplication::translate("sw::project", "the file is empty");
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error =
            QCoreApplication::translate(
                "sw::project", "not a readable project file (%1 at byte %2); it may be truncated "
                               "or damaged")
                .arg(parseError.errorString())
                .arg(parseError.offset);
        return false;
    }
    QJsonObject root = doc.object();
    if (!doc.isObject() || root.value(QStringLiteral("format")).toString() != kFormatName) {
        *error = QCoreApplication::translate(
            "sw::project", "not a Scorewright project (the format field is missing)");
        return false;
    }
    const int version = root.value(QStringLiteral("version")).toInt(-1);
    if (version > kProjectFormatVersion) {
        *error =
            QCoreApplication::translate(
                "sw::project", "saved by a newer version of Scorewright (project format %1; this "
                               "version reads formats %2 to %3); open it with a newer Scorewright")
                .arg(version)
                .arg(kOldestProjectFormatVersion)
                .arg(kProjectFormatVersion);
        return false;
    }
    if (version < kOldestProjectFormatVersion) {
        *error = QCoreApplication::translate("sw::project", "unknown project format version %1")
                     .arg(root.value(QStringLiteral("version")).toVariant().toString());
        return false;
    }
    report.fileVersion = version;
    if (!migrateProjectJson(&root, version, error, &report.migrationNotes))
        return false;

    ProjectContent content;
    FieldReader r(error);
    content.title = root.value(QStringLiteral("title")).toString();
    const QJsonObject audio = root.value(QStringLiteral("sourceAudio")).toObject();
    content.sourceAudio.gainDb = audio.value(QStringLiteral("gainDb")).toDouble(0.0);
    content.sourceAudio.muted = audio.value(QStringLiteral("muted")).toBool(false);
    if (!readList(r, root, QStringLiteral("clips"), &content.clips,
                  [&](const QJsonValue& v, const QString& w, Clip* c) {
                      return clipFromJson(r, v, w, projectDir, c);
                  }) ||
        !readList(r, root, QStringLiteral("markers"), &content.markers,
                  [&](const QJsonValue& v, const QString& w, Marker* m) {
                      return markerFromJson(r, v, w, m);
                  }) ||
        !readList(r, root, QStringLiteral("music"), &content.musicRegions,
                  [&](const QJsonValue& v, const QString& w, MusicRegion* m) {
                      return regionFromJson(r, v, w, m);
                  }) ||
        !planPinsFromJson(r, root.value(QStringLiteral("plan")), &content.planPins))
        return false;

    const QStringList problems = content.checkConsistency();
    if (!problems.isEmpty()) {
        *error = QCoreApplication::translate("sw::project", "the project is inconsistent: %1")
                     .arg(problems.first());
        return false;
    }
    for (const QString& path : content.missingMedia())
        report.warnings << QCoreApplication::translate(
                               "sw::project", "Media file not found: %1. Its clips stay on the "
                                              "timeline, offline, until the file is relinked.")
                               .arg(QDir::toNativeSeparators(path));
    *out = content;
    if (reportOut)
        *reportOut = report;
    return true;
}

bool saveProject(const ProjectContent& content, const QString& path, QString* error)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    const QStringList problems = content.checkConsistency();
    if (!problems.isEmpty()) {
        *error =
            QCoreApplication::translate(
                "sw::project", "%1 was not saved: the project is inconsistent (%2). The file on "
                               "disk is unchanged.")
                .arg(name, problems.first());
        return false;
    }
    const QDir dir = info.absoluteDir();
    const QByteArray bytes = projectToJson(content, dir);

    // Read the bytes back before they replace anything: a serialization bug must not cost the
    // person their previous file.
    ProjectContent expected = content;
    for (Clip& c : expected.clips) {
        if (clipKindUsesMedia(c.kind))
            c.mediaPath = QDir::cleanPath(dir.absoluteFilePath(c.mediaPath));
    }
    ProjectContent reread;
    QString rereadError;
    if (!projectFromJson(bytes, dir, &reread, &rereadError) || reread != expected) {
        *error =
            QStringLiteral("%1 was not saved: the data did not read back identically (%2). "
                           "The file on disk is unchanged.")
                .arg(name, rereadError.isEmpty() ? QStringLiteral("contents differ") : rereadError);
        return false;
    }

    QString why;
    if (!writeFileSafely(path, bytes, true, &why)) {
        *error =
            QCoreApplication::translate(
                "sw::project", "%1 could not be saved: %2. The file on disk is unchanged; choose "
                               "another folder with Save As.")
                .arg(name, why);
        return false;
    }
    return true;
}

bool loadProject(const QString& path, ProjectContent* content, QString* error,
                 ProjectLoadReport* report)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    QFile file(path);
    if (!info.exists()) {
        *error =
            QCoreApplication::translate("sw::project", "%1: the file does not exist").arg(path);
        return false;
    }
    if (info.isDir()) {
        *error = QCoreApplication::translate("sw::project", "%1: is a folder, not a project file")
                     .arg(path);
        return false;
    }
    // A FIFO blocks the open until someone writes, and a device reports size 0 and may never
    // end: only a regular file has a size that bounds what is read.
    if (!info.isFile()) {
        *error = QCoreApplication::translate("sw::project", "%1: is not a regular file").arg(name);
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("sw::project", "%1: cannot be opened (%2)")
                     .arg(name, file.errorString());
        return false;
    }
    if (file.size() > kMaxProjectFileBytes) {
        *error = QCoreApplication::translate(
                     "sw::project", "%1: %2 MB is larger than any project file can be (%3 MB)")
                     .arg(name)
                     .arg(file.size() / (1024 * 1024))
                     .arg(kMaxProjectFileBytes / (1024 * 1024));
        return false;
    }
    QString why;
    if (!projectFromJson(file.read(kMaxProjectFileBytes), info.absoluteDir(), content, &why,
                         report)) {
        *error = QStringLiteral("%1: %2").arg(name, why);
        return false;
    }
    return true;
}

} // namespace sw::project
