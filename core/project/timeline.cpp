#include "project/timeline.h"

#include <QFileInfo>
#include <QSet>

namespace sw::project {

QString clipKindName(ClipKind kind)
{
    switch (kind) {
    case ClipKind::Video:
        return QStringLiteral("video");
    case ClipKind::Image:
        return QStringLiteral("image");
    case ClipKind::Audio:
        return QStringLiteral("audio");
    case ClipKind::Prompt:
        return QStringLiteral("prompt");
    case ClipKind::Lyrics:
        return QStringLiteral("lyrics");
    }
    return QString();
}

bool parseClipKind(const QString& name, ClipKind* kind)
{
    for (ClipKind k :
         {ClipKind::Video, ClipKind::Image, ClipKind::Audio, ClipKind::Prompt, ClipKind::Lyrics}) {
        if (clipKindName(k) == name) {
            *kind = k;
            return true;
        }
    }
    return false;
}

bool clipKindUsesMedia(ClipKind kind)
{
    return kind == ClipKind::Video || kind == ClipKind::Image || kind == ClipKind::Audio;
}

qint64 ProjectContent::durationUs() const
{
    qint64 end = 0;
    for (const Clip& c : clips)
        end = std::max(end, c.endUs());
    for (const MusicRegion& r : musicRegions)
        end = std::max(end, r.endUs());
    for (const Marker& m : markers)
        end = std::max(end, m.timeUs);
    return end;
}

QStringList PlanPins::validate() const
{
    static const QStringList kRoles = {QStringLiteral("melody"), QStringLiteral("chords"),
                                       QStringLiteral("bass"), QStringLiteral("drums")};
    QStringList problems;
    if (bpm != 0 && (bpm < 20 || bpm > 400))
        problems << QStringLiteral("the pinned tempo %1 bpm is outside 20..400").arg(bpm);
    if (key && !key->isValid())
        problems << QStringLiteral("the pinned key is invalid");
    if (meterNumerator != 0 && !music::TempoMap::isValidMeter(meterNumerator, meterDenominator))
        problems << QStringLiteral("the pinned meter %1/%2 is invalid")
                        .arg(meterNumerator)
                        .arg(meterDenominator);
    for (auto it = instruments.begin(); it != instruments.end(); ++it) {
        if (!kRoles.contains(it.key()) || it.value() < 0 || it.value() > 127)
            problems << QStringLiteral("the pinned instrument %1 for %2 is invalid")
                            .arg(it.value())
                            .arg(it.key());
    }
    for (int i = 0; i < intensity.size(); ++i) {
        if (intensity[i].timeUs < 0 || intensity[i].value < 0 || intensity[i].value > 1 ||
            (i > 0 && intensity[i].timeUs <= intensity[i - 1].timeUs))
            problems << QStringLiteral("intensity point %1 is out of order or range").arg(i + 1);
    }
    for (int i = 0; i < sections.size(); ++i) {
        if (sections[i].timeUs < 0 || (i > 0 && sections[i].timeUs <= sections[i - 1].timeUs))
            problems << QStringLiteral("section boundary %1 is out of order").arg(i + 1);
    }
    return problems;
}

QStringList ProjectContent::checkConsistency() const
{
    QStringList problems;
    for (const QString& p : planPins.validate())
        problems << QStringLiteral("plan: %1").arg(p);
    QSet<QUuid> ids;
    auto checkId = [&](const QUuid& id, const QString& what) {
        if (id.isNull())
            problems << QStringLiteral("%1 has no id").arg(what);
        else if (ids.contains(id))
            problems << QStringLiteral("%1 shares its id with another element").arg(what);
        ids.insert(id);
    };
    for (const Clip& c : clips) {
        const QString what = QStringLiteral("%1 clip \"%2\"").arg(clipKindName(c.kind), c.name);
        checkId(c.id, what);
        if (c.startUs < 0)
            problems << QStringLiteral("%1 starts before the timeline").arg(what);
        if (c.durationUs <= 0)
            problems << QStringLiteral("%1 has no length").arg(what);
        if (c.sourceInUs < 0)
            problems << QStringLiteral("%1 has a negative source in-point").arg(what);
        if (clipKindUsesMedia(c.kind) && c.mediaPath.isEmpty())
            problems << QStringLiteral("%1 refers to no media file").arg(what);
        if (!clipKindUsesMedia(c.kind) && c.text.trimmed().isEmpty())
            problems << QStringLiteral("%1 has no text").arg(what);
    }
    for (const Marker& m : markers) {
        const QString what = QStringLiteral("marker \"%1\"").arg(m.name);
        checkId(m.id, what);
        if (m.timeUs < 0)
            problems << QStringLiteral("%1 lies before the timeline").arg(what);
    }
    for (const MusicRegion& r : musicRegions) {
        const QString what = QStringLiteral("music region \"%1\"").arg(r.name);
        checkId(r.id, what);
        if (r.startUs < 0 || r.durationUs <= 0)
            problems << QStringLiteral("%1 has an invalid time range").arg(what);
        if (r.takes.isEmpty() ? r.activeTake != -1
                              : (r.activeTake < 0 || r.activeTake >= r.takes.size()))
            problems << QStringLiteral("%1 selects take %2 of %3")
                            .arg(what)
                            .arg(r.activeTake + 1)
                            .arg(r.takes.size());
        for (const Take& t : r.takes) {
            checkId(t.id, QStringLiteral("take \"%1\" of %2").arg(t.name, what));
            for (const QString& p : t.score.validate())
                problems << QStringLiteral("take \"%1\" of %2: %3").arg(t.name, what, p);
        }
    }
    return problems;
}

QStringList ProjectContent::missingMedia() const
{
    QStringList missing;
    for (const Clip& c : clips) {
        if (clipKindUsesMedia(c.kind) && !c.mediaPath.isEmpty() &&
            !QFileInfo::exists(c.mediaPath) && !missing.contains(c.mediaPath))
            missing << c.mediaPath;
    }
    return missing;
}

QString formatMediaTime(qint64 us)
{
    const bool negative = us < 0;
    const qint64 ms = (negative ? -us : us) / 1000;
    const qint64 minutes = ms / 60000;
    const qint64 seconds = (ms / 1000) % 60;
    return QStringLiteral("%1%2:%3.%4")
        .arg(negative ? QStringLiteral("-") : QString())
        .arg(minutes, 2, 10, QLatin1Char('0'))
        .arg(seconds, 2, 10, QLatin1Char('0'))
        .arg(ms % 1000, 3, 10, QLatin1Char('0'));
}

} // namespace sw::project
