#pragma once
// The lyricist's view of a sung line: per syllable, what the words say about how it may be sung
// (stress, place in the word and the line, weight) and, for training, the note it was sung on
// (pitch relative to the song's key, duration and the rest before it, in beats).
//
// Training data: the aligned lyrics-melody set of Yu et al. (TOMM 2021), one note per syllable.
// Keys are not given there; each song's key is estimated from its pitches (Krumhansl-Kessler).

#include "music/key.h"

#include <QHash>
#include <QString>
#include <QVector>

#include <functional>

namespace sw::engine {

/// Rest-before classes (beats) and duration classes (beats) the lyricist predicts.
const QVector<double>& lyricRestSet();     ///< 0, 0.25, 0.5, 1, 1.5, 2, 3, 4
const QVector<double>& lyricDurationSet(); ///< 0.25 ... 8
int nearestIndex(const QVector<double>& set, double value);

/// Relative pitch classes: pitch - tonic - kLyricPitchBase, 0..kLyricPitches-1 (C3..B6 in C).
constexpr int kLyricPitchBase = 48;
constexpr int kLyricPitches = 48;

struct SungSyllable
{
    QString text;
    QString word;           ///< the word it belongs to
    int stress = 0;         ///< 0 none, 1 secondary, 2 primary
    int syllableInWord = 0; ///< 0-based
    int wordSyllables = 1;
    int indexInLine = 0;
    int lineSyllables = 1;
    bool functionWord = false;
    bool phraseEnd = false; ///< punctuation or the line's end follows
    // The note (training data; filled by the lyricist when it writes).
    int relativePitch = 24; ///< pitch - tonic - kLyricPitchBase
    double duration = 1;    ///< beats
    double rest = 0;        ///< beats of silence before
};

struct SungSong
{
    QString id;
    music::KeyMode mode = music::KeyMode::Major;
    QVector<SungSyllable> syllables; ///< all lines in order
    /// How unhurried the song is: beats per syllable, note and rest before it (rests counted up to
    /// 4 beats, so an instrumental break does not make a song slow).
    double beatsPerSyllable() const;
};

/// The pace the lyricist is asked for, in four levels (the training songs' quartiles of beats
/// per syllable): 0 quick (under 1.5), 1 (under 1.85), 2 (under 2.2), 3 unhurried. Without the
/// song's pace the network could only guess it from the notes it had written, and its guesses
/// fed back on themselves (early syllables rushed).
constexpr int kPaceLevels = 4;
int paceLevel(double beatsPerSyllable);

/// Number of input features per syllable (see syllableFeatures()).
constexpr int kSyllableFeatures = 21 + kPaceLevels;
/// The features of one syllable, written to `out` (kSyllableFeatures floats): the syllable's
/// own, the mode, and the pace asked for, as its level and as the number itself (log2 of beats
/// per syllable over 1.8, within +-2). Within one level the pace still spans half a beat a
/// syllable, and a network told only the level guessed the rest from its own first notes.
void syllableFeatures(const SungSyllable& s, music::KeyMode mode, double beatsPerSyllable,
                      float* out);

/// Common English function words, which take no stress when sung.
bool isFunctionWord(const QString& word);

/// Per-word stress patterns (one value per syllable), looked up once per distinct word.
using StressLookup = std::function<QVector<int>(const QString& word, int syllables)>;
/// espeak-ng's stress (through the lyrics analysis), cached; when espeak counts the word's
/// syllables differently, the first syllable of a content word carries the stress.
StressLookup espeakStressLookup();

/// Reads the jsonl file; `maxSongs` 0 means all. Songs without notes are skipped.
bool loadLyricsMelody(const QString& path, int maxSongs, const StressLookup& stress,
                      QVector<SungSong>* songs, QString* error);

/// Estimates the key from MIDI pitches weighted by duration (Krumhansl-Kessler).
music::KeySignature estimateKeyOfPitches(const QVector<int>& pitches,
                                         const QVector<double>& weights);

} // namespace sw::engine
