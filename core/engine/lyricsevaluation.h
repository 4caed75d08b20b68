#pragma once
// How melodies for lyrics compare (`scorewright-cli eval lyrics`): the distributions of pitch
// and duration against real songs (overlap of histograms), the distance of pitch contours
// (dynamic time warping, as in SongMASS), and how the melody treats the words: primary stress on
// strong beats, line ends held or followed by a rest, notes in the key.

#include "analysis/lyricsanalysis.h"
#include "engine/lyricsdata.h"

#include <limits>
#include <random>

namespace sw::engine {

struct MelodyMetrics
{
    // Pitch and duration distribution similarity (SongMASS's PD and DD): the overlap of each
    // written song's histogram with its own real song's, averaged over the songs. A melody has
    // to fit the song it was written for: its pace, its mode, its line lengths.
    double pitchSimilarity = 0;    ///< pitch classes above the tonic, 0..1
    double durationSimilarity = 0; ///< note durations in beats, 0..1
    // The same histograms pooled over all songs before the overlap: how close the written
    // melodies are to the songs in general. A baseline that draws from the training songs'
    // marginals matches these almost by construction.
    double pooledPitchOverlap = 0;
    double pooledDurationOverlap = 0;
    double contourDistance = 0; ///< mean DTW distance per note to the real melody, semitones
    // How many pitch classes and note values a song spreads over: the entropy of each written
    // song's own histogram, in bits, averaged over the songs. A melody stuck on a few notes
    // scores low, one drawn note by note from all songs' marginals high.
    double pitchSpread = 0;
    double durationSpread = 0;
    double stressOnStrongBeat = 0;
    double lineEndBreath = 0;
    double lineEndStable = 0; ///< line ends on the tonic, third or fifth of the song's key
    double inKey = 0;
};

/// A lyrics analysis that holds a data set's song (its words, syllables and stresses), so the
/// lyricist can write for it as for typed lyrics.
analysis::LyricsAnalysis lyricsOfSong(const SungSong& song);

/// Puts the notes of a melody written for `song` (one per syllable, in ticks at `bpm`-free
/// quarter-note beats) into a copy of the song, relative to `tonic`.
SungSong songWithMelody(const SungSong& song, const QVector<music::Note>& notes, int tonic);

/// A baseline that draws rests, durations and pitches independently from the training songs'
/// distributions, under the controls the lyricist is given too: rests and durations from the
/// songs of the same pace level, pitches from the songs of the same mode.
class MarginalMelodyBaseline
{
public:
    explicit MarginalMelodyBaseline(const QVector<SungSong>& training);
    SungSong write(const SungSong& song, std::mt19937_64& rng) const;

private:
    QVector<double> m_rest[kPaceLevels], m_duration[kPaceLevels], m_pitch[2];
};

/// For each song, the real melody of another of `songs` (the next one of the same mode and pace
/// level) sung to its syllables, note by note (cycled when it has fewer): what a writer that
/// sings like a real song, but not this one, would score.
QVector<SungSong> anotherSongsMelodies(const QVector<SungSong>& songs);

/// The shares of pitch classes above the tonic, duration classes and rest classes (each summing
/// to 1) over syllables `from` to `to` (exclusive) of every song: where a melody writer's
/// choices part from the songs'.
struct MelodyHistograms
{
    QVector<double> pitchClass, duration, rest;
};
MelodyHistograms melodyHistograms(const QVector<SungSong>& songs, int from = 0,
                                  int to = std::numeric_limits<int>::max());

/// For each syllable of `song`, whether its note starts on beat 1 or 3 of a 4/4 bar (the songs
/// have no bar lines; the first note starts a bar).
QVector<bool> onStrongBeats(const SungSong& song);

/// Metrics of `written` songs against the `real` ones (the same songs, same syllables).
MelodyMetrics compareMelodies(const QVector<SungSong>& real, const QVector<SungSong>& written);

} // namespace sw::engine
