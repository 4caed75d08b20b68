#pragma once
// From real music to the composer's bars, and the measures that give each bar its controls.
// Training computes every control token from the bar of real music it heads; evaluation measures
// generated bars the same way to tell whether the composer obeyed the controls it was given.

#include "engine/tokens.h"
#include "music/note.h"

namespace sw::engine {

/// A bar of source music in absolute ticks.
struct SourceBar
{
    qint64 startTick = 0;
    qint64 endTick = 0;
    int quarters = 4;
    music::KeySignature key;
    double secondsPerQuarter = 0.5;
};

/// A chord symbol in absolute ticks; root -1 means "no chord".
struct SourceChord
{
    qint64 tick = 0;
    int root = -1;
    music::ChordQuality quality = music::ChordQuality::Major;
};

/// What the controls are computed from.
struct BarMeasures
{
    int notes = 0;
    double onsetsPerQuarter = 0; ///< distinct onset positions, both streams
    double meanVelocity = 0;
    double onsetsPerSecond = 0;
    double valence = 0; ///< -1 (all minor chords) .. 1 (all major chords)
};

// Level boundaries: quintiles (density, intensity) and terciles (arousal) of POP909's bars,
// measured once over 200 songs (onsets per quarter, mean velocity, onsets per second).
int densityLevel(double onsetsPerQuarter);
int intensityLevel(double meanVelocity);
/// The mean velocities of intensity `level`: [low, high).
void intensityVelocityRange(int level, double* low, double* high);
int arousalLevel(double onsetsPerSecond);
int valenceLevel(double valence);

/// Distinct onsets a bar of `quarters` may have at a density level: [minimum, maximum].
void densityOnsetRange(int level, int quarters, int* minimum, int* maximum);

BarMeasures measureBar(const TokenBar& bar, double secondsPerQuarter);

/// Moves pitches of `key` so that its tonic becomes C, keeping the register (shift -5..+6).
int tonicShift(const music::KeySignature& key);

/// Quantises source notes into bars on the grid, relative to each bar's key, and computes every
/// bar's controls (sections from melody presence and the loudness and register of 4-bar phrases).
/// Notes may come in any order.
QVector<TokenBar> quantizeBars(const QVector<SourceBar>& bars, QVector<music::Note> melody,
                               QVector<music::Note> accompaniment,
                               const QVector<SourceChord>& chords);

/// Sets density, intensity, valence, arousal and roles of each bar from its notes and chords.
void deriveBarControls(TokenBar* bar, double secondsPerQuarter);
/// Labels sections of a song: intro before the melody starts, outro after it ends, chorus where
/// a 4-bar phrase is louder and higher than the song's middle, verse elsewhere.
void deriveSections(QVector<TokenBar>* bars);

} // namespace sw::engine
