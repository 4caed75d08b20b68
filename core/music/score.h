#pragma once
// A score: tracks of notes in musical time, with the tempo map (tempos and meters), key changes
// and chord symbols that give those ticks their meaning. A score is a value: copied, compared
// and stored in the project's takes as a whole.

#include "music/chord.h"
#include "music/key.h"
#include "music/tempomap.h"
#include "music/track.h"

#include <QStringList>
#include <QVector>

namespace sw::music {

/// Caps that keep a hostile or broken file from exhausting memory. A real score of a
/// feature-length film stays far below them.
constexpr int kMaxTracks = 256;
constexpr int kMaxNotes = 2000000;
constexpr qint64 kMaxTick = 0x0FFFFFFF; // the largest delta a MIDI file can hold
constexpr int kMaxLooseMs = 30;         ///< Score::looseMs: 0 on the grid
constexpr int kMaxLaidBackMs = 40;      ///< Score::laidBackMs: -40 (pushed) to 40 (laid back)

struct Score
{
    QString title;
    TempoMap tempoMap;
    QVector<KeySignature> keys;  ///< sorted by tick; empty means C major
    QVector<ChordSymbol> chords; ///< sorted by tick
    QVector<Track> tracks;
    /// Ticks of rest before the music's first downbeat that place it in a video's time (see
    /// leadin.h); 0 for music in its own time, as the project's takes are.
    qint64 leadInTicks = 0;
    /// How the eighths are played (music/feel.h): where each quarter's second eighth falls, in
    /// percent of the beat; 50 straight, 67 a triplet swing. The notes stay as written.
    int swingPercent = 50;
    /// How the parts are humanised as they play (music/feel.h): each onset moves by up to
    /// looseMs milliseconds, and the lead, chords and snare sit laidBackMs behind the beat
    /// (ahead when negative). 0 and 0 play on the grid. The notes stay as written.
    int looseMs = 0;
    int laidBackMs = 0;

    qint64 endTick() const;
    qint64 durationMicros() const { return tempoMap.tickToMicros(endTick()); }
    int noteCount() const;
    /// The lowest and highest pitch of the pitched tracks (drum kits left out); false when they
    /// have no notes.
    bool pitchRange(int* low, int* high) const;
    KeySignature keyAt(qint64 tick) const;

    /// Sorts notes, keys and chords so that equal music compares equal.
    void normalize();
    /// Everything that makes this score invalid, one readable sentence each; empty when valid.
    QStringList validate() const;

    bool operator==(const Score& o) const
    {
        return title == o.title && tempoMap == o.tempoMap && keys == o.keys && chords == o.chords &&
               tracks == o.tracks && leadInTicks == o.leadInTicks &&
               swingPercent == o.swingPercent && looseMs == o.looseMs && laidBackMs == o.laidBackMs;
    }
    bool operator!=(const Score& o) const { return !(*this == o); }
};

} // namespace sw::music
