#pragma once
// The values a project is made of: clips on the timeline (video, image, audio, prompt regions,
// lyric lines), markers and hit points, and music regions with their generation takes.
// Every element has a stable QUuid; times are media microseconds since the timeline's start.
// ProjectContent is the whole document as a plain value: the project file reads and writes it,
// and Project wraps it with undoable edits.

#include "music/score.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <QVector>
#include <optional>

namespace sw::project {

enum class ClipKind
{
    Video,
    Image,
    Audio,
    Prompt,
    Lyrics
};

QString clipKindName(ClipKind kind);
bool parseClipKind(const QString& name, ClipKind* kind);
/// Video, image and audio clips refer to a media file; prompt and lyric clips hold text.
bool clipKindUsesMedia(ClipKind kind);

struct Clip
{
    QUuid id;
    ClipKind kind = ClipKind::Video;
    QString name;
    qint64 startUs = 0;
    qint64 durationUs = 0;
    qint64 sourceInUs = 0; ///< where in the media file the clip starts (video and audio)
    QString mediaPath;     ///< absolute in memory; stored relative to the project file
    QString text;          ///< the prompt or the lyric line

    qint64 endUs() const { return startUs + durationUs; }
    bool operator==(const Clip& o) const
    {
        return id == o.id && kind == o.kind && name == o.name && startUs == o.startUs &&
               durationUs == o.durationUs && sourceInUs == o.sourceInUs &&
               mediaPath == o.mediaPath && text == o.text;
    }
};

enum class MarkerKind
{
    Marker,
    HitPoint
};

struct Marker
{
    QUuid id;
    qint64 timeUs = 0;
    QString name;
    MarkerKind kind = MarkerKind::Marker;

    bool operator==(const Marker& o) const
    {
        return id == o.id && timeUs == o.timeUs && name == o.name && kind == o.kind;
    }
};

/// How a take was made, so that it can be made again exactly.
struct Provenance
{
    QString engine; ///< "composer", "lyricist", "imported", "manual"
    QString model;  ///< model file and version, empty when no model was used
    quint64 seed = 0;
    QJsonObject controls; ///< the plan's controls the engine obeyed

    bool operator==(const Provenance& o) const
    {
        return engine == o.engine && model == o.model && seed == o.seed && controls == o.controls;
    }
};

struct Take
{
    QUuid id;
    QString name;
    QDateTime created; ///< UTC, millisecond precision
    Provenance provenance;
    music::Score score;

    bool operator==(const Take& o) const
    {
        return id == o.id && name == o.name && created == o.created && provenance == o.provenance &&
               score == o.score;
    }
};

/// A stretch of the timeline scored by one piece of music, with every take generated for it.
struct MusicRegion
{
    QUuid id;
    QString name;
    qint64 startUs = 0;
    qint64 durationUs = 0;
    QVector<Take> takes;
    int activeTake = -1; ///< index into takes, -1 when there is none

    qint64 endUs() const { return startUs + durationUs; }
    const Take* active() const
    {
        return activeTake >= 0 && activeTake < takes.size() ? &takes[activeTake] : nullptr;
    }
    bool operator==(const MusicRegion& o) const
    {
        return id == o.id && name == o.name && startUs == o.startUs && durationUs == o.durationUs &&
               takes == o.takes && activeTake == o.activeTake;
    }
};

/// The video's own sound as it plays under the music.
struct SourceAudio
{
    double gainDb = 0.0;
    bool muted = false;
    bool operator==(const SourceAudio& o) const { return gainDb == o.gainDb && muted == o.muted; }
};

/// What the person decided about the music plan, which the planner must obey and regeneration
/// keeps: pinned tempo, key, meter and instruments, an intensity curve drawn over the video,
/// and section boundaries placed by hand.
struct PlanPins
{
    struct IntensityPoint
    {
        qint64 timeUs = 0;
        double value = 0; ///< 0..1
        bool operator==(const IntensityPoint& o) const
        {
            return timeUs == o.timeUs && value == o.value;
        }
    };
    struct SectionPin
    {
        qint64 timeUs = 0;
        QString label;
        bool operator==(const SectionPin& o) const
        {
            return timeUs == o.timeUs && label == o.label;
        }
    };

    double bpm = 0; ///< 0: not pinned
    std::optional<music::KeySignature> key;
    int meterNumerator = 0; ///< 0: not pinned
    int meterDenominator = 4;
    QMap<QString, int> instruments;    ///< role -> General MIDI program
    QVector<IntensityPoint> intensity; ///< sorted by time; linear in between
    QVector<SectionPin> sections;      ///< sorted by time
    /// The pinned sections are the whole form: the cuts add no boundaries of their own (set when
    /// the person moves, splits or joins sections; a rename only adds its pin).
    bool sectionsExact = false;

    bool isEmpty() const
    {
        return bpm == 0 && !key && meterNumerator == 0 && instruments.isEmpty() &&
               intensity.isEmpty() && sections.isEmpty() && !sectionsExact;
    }
    /// Every problem, one sentence each; empty when valid.
    QStringList validate() const;
    bool operator==(const PlanPins& o) const
    {
        return bpm == o.bpm && key == o.key && meterNumerator == o.meterNumerator &&
               meterDenominator == o.meterDenominator && instruments == o.instruments &&
               intensity == o.intensity && sections == o.sections &&
               sectionsExact == o.sectionsExact;
    }
    bool operator!=(const PlanPins& o) const { return !(*this == o); }
};

struct ProjectContent
{
    QString title;
    QVector<Clip> clips;
    QVector<Marker> markers;
    QVector<MusicRegion> musicRegions;
    SourceAudio sourceAudio;
    PlanPins planPins;

    /// The end of the last clip, region or marker.
    qint64 durationUs() const;
    /// Every broken invariant, one readable sentence each; empty when consistent.
    QStringList checkConsistency() const;
    /// Files that clips refer to and that do not exist: these clips are offline.
    QStringList missingMedia() const;

    bool operator==(const ProjectContent& o) const
    {
        return title == o.title && clips == o.clips && markers == o.markers &&
               musicRegions == o.musicRegions && sourceAudio == o.sourceAudio &&
               planPins == o.planPins;
    }
    bool operator!=(const ProjectContent& o) const { return !(*this == o); }
};

/// "01:02.345" for a media time, as the timeline shows it.
QString formatMediaTime(qint64 us);

} // namespace sw::project
