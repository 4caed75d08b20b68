#pragma once
// The tempo-map solver: chooses a tempo within the range the guidance allows, and where the
// first downbeat falls, so that the weighted events of the picture (cuts above all, then hit
// points, then visual beats) fall on downbeats or at least on beats, and the music ends with the
// picture.
//
// The music starts at its first downbeat (the music region starts there; before it the picture
// runs without music, at most one bar). The last bar is shortened to the whole number of beats
// that ends nearest the video's end, so the music ends within half a beat of it.
//
// Search: every tempo of the allowed range on a coarse grid with a wide alignment kernel, then
// the best few candidates on a fine grid with a narrow one; for each tempo the best phase is the
// weighted circular mean of the events' phases, refined locally. Alignment of an event is a
// Gaussian of its distance to the nearest downbeat (and, at half weight, to the nearest beat).

#include "music/tempomap.h"

#include <QString>
#include <QVector>

namespace sw::plan {

/// What happens at a moment of the picture that the music may land on.
enum class EventKind
{
    Cut,
    Fade,
    Dissolve,
    VisualBeat,
    Marker,
    HitPoint, ///< placed by the person on the timeline
    PromptHit ///< asked for in a prompt ("a hit at the door slam")
};
/// "cut", "fade", "dissolve", "visual beat", "marker", "hit point", "prompt hit": as the plan
/// prints them and its JSON names them.
QString eventKindName(EventKind kind);
/// The events the music accents: hit points and hits a prompt asks for.
inline bool isHit(EventKind kind)
{
    return kind == EventKind::HitPoint || kind == EventKind::PromptHit;
}
/// The picture changing: a cut, a fade or a dissolve.
inline bool isTransition(EventKind kind)
{
    return kind == EventKind::Cut || kind == EventKind::Fade || kind == EventKind::Dissolve;
}

struct TimedEvent
{
    qint64 timeUs = 0;
    double weight = 1.0; ///< how much landing this event on a downbeat matters
    EventKind kind = EventKind::Marker;
    QString label;
};

struct TempoConstraints
{
    double minBpm = 70;
    double maxBpm = 140;
    double preferredBpm = 0; ///< breaks ties between equally good tempos (e.g. 96 vs 192)
    int meterNumerator = 4;
    int meterDenominator = 4;
};

struct EventPlacement
{
    TimedEvent event;
    int bar = 0;                   ///< bar whose downbeat is nearest, counted from 0
    qint64 offsetToDownbeatUs = 0; ///< event time minus nearest downbeat (negative: early)
    qint64 offsetToBeatUs = 0;
};

struct TempoSolution
{
    double bpm = 120;
    qint64 musicStartUs = 0; ///< video time of the first downbeat, where the music starts
    qint64 musicEndUs = 0;   ///< video time where the last bar ends
    int fullBars = 0;
    int finalBarBeats = 0;    ///< beats of a shortened last bar, 0 when the bars come out even
    music::TempoMap tempoMap; ///< in music time: tick 0 at musicStartUs
    QVector<EventPlacement> placements;
    double score = 0;
    QString reason; ///< why this tempo, in words

    /// Video time of a music tick.
    qint64 videoTimeOfTick(qint64 tick) const { return musicStartUs + tempoMap.tickToMicros(tick); }
};

/// Solves for `events` over a video of `durationUs`. With no events, picks the preferred tempo
/// (or the middle of the range) from time 0.
TempoSolution solveTempo(const QVector<TimedEvent>& events, qint64 durationUs,
                         const TempoConstraints& constraints);

/// Where `events` fall on the grid of a given solution (also used for the naive plan).
QVector<EventPlacement> placeEvents(const QVector<TimedEvent>& events, double bpm,
                                    qint64 firstDownbeatUs, int beatsPerBar);

} // namespace sw::plan
