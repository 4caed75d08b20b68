#pragma once
// The MusicPlan: everything decided before a note is generated. The tempo map and where the
// music starts and ends; sections; per-bar controls (key, valence, arousal, intensity, density,
// which roles play on which General MIDI instruments); the events of the picture with their
// offsets from the nearest downbeat and beat; and for every decision the reason, in words a
// person understands ("intensity 0.82 from motion at 00:14.2"). Conflicts between guidances are
// listed, not hidden.

#include "music/score.h"
#include "plan/temposolver.h"

#include <QJsonObject>
#include <QMap>
#include <QStringList>

namespace sw::plan {

struct PlanBar
{
    int index = 0;
    qint64 startUs = 0; ///< video time of the downbeat
    qint64 endUs = 0;
    int beats = 4;
    double bpm = 120;
    QString section;
    double intensity = 0.5;               ///< 0..1
    double valence = 0;                   ///< -1..1
    double arousal = 0;                   ///< -1..1
    int density = 2;                      ///< 0 (sparse) .. 4 (dense)
    QList<music::TrackRole> roles;        ///< who plays, in the order they were added
    QMap<music::TrackRole, int> programs; ///< General MIDI program of each role (drums: kit)
    QStringList reasons;
};

struct PlanSection
{
    int firstBar = 0;
    int lastBar = 0;
    QString label;
    QString reason;
};

/// A phrase of the form (POP909's phrase labels: `i4A4A4B4B4o2`): its bars, its letter and
/// whether the lead plays. Phrases with the same letter share material: the composer repeats the
/// first one's melody and chords (varying the ending of every second one); a lower-case letter is
/// instrumental (no lead), `i` an intro and `o` an outro.
struct PlanPhrase
{
    int firstBar = 0;
    int lastBar = 0;
    QChar letter = QLatin1Char('A');
    int occurrence = 0; ///< how many phrases with this letter came before
    bool melodic() const { return letter.isUpper(); }
    int bars() const { return lastBar - firstBar + 1; }
};

struct MusicPlan
{
    TempoSolution tempo;
    music::KeySignature key;
    int meterNumerator = 4;
    int meterDenominator = 4;
    int swingPercent = 50; ///< the feel (music/feel.h): 50 straight eighths, 67 swung
    int looseMs = 0;       ///< how far onsets move as played (music/feel.h)
    int laidBackMs = 0;    ///< the lead, chords and snare behind the beat (ahead when negative)
    QString groove = QStringLiteral("backbeat"); ///< the drums' (engine/drumgrooves.h)
    QVector<PlanBar> bars;
    QVector<PlanSection> sections;
    QVector<PlanPhrase> phrases; ///< cover every bar, in order, inside the sections
    QStringList reasons;         ///< global decisions: tempo, key, meter
    QStringList conflicts;       ///< guidances that disagreed, and which one won

    /// The JSON of `scorewright-cli plan --json`: bars (index, start_s, bpm, section, ...),
    /// sections, phrases (first_bar, last_bar, letter), events (time_s, kind, offset_to_downbeat_s,
    /// offset_to_beat_s), reasons, conflicts, and music_start_s (the video time of tick 0).
    QJsonObject toJson() const;
    /// The plan as a score: its tempo map, meter, key, and a click track (downbeats accented),
    /// so that the bar lines can be checked in any MIDI program. Tick 0 is the music's start.
    music::Score toScore() const;
};

} // namespace sw::plan
