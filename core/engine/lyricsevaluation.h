#pragma once
// How melodies for lyrics compare (`scorewright-cli eval lyrics`): the distributions of pitch
// and duration against real songs (overlap of histograms), the distance of pitch contours
// (dynamic time warping, as in SongMASS), and how the melody treats the words: primary stress on
// strong beats, line ends held or followed by a rest, notes in the key.

#include "analysis/lyricsanalysis.h"
#include "engine/lyricsdata.h"

#include <random>

namespace sw::engine {

struct MelodyMetrics
{
    double pitchOverlap = 0;    ///< with the reference songs' pitch-class histogram, 0..1
    double durationOverlap = 0; ///< with the reference songs' duration histogram, 0..1
    double contourDistance = 0; ///< mean DTW distance per note to the real melody, semitones
    double stressOnStrongBeat = 0;
    double lineEndBreath = 0;
    double inKey = 0;
};

/// A lyrics analysis that holds a data set's song (its words, syllables and stresses), so the
/// lyricist can write for it as for typed lyrics.
analysis::LyricsAnalysis lyricsOfSong(const SungSong& song);

/// Puts the notes of a melody written for `song` (one per syllable, in ticks at `bpm`-free
/// quarter-note beats) into a copy of the song, relative to `tonic`.
SungSong songWithMelody(const SungSong& song, const QVector<music::Note>& notes, int tonic);

/// A baseline that draws rests, durations and pitches independently from the training songs'
/// distributions.
class MarginalMelodyBaseline
{
public:
    explicit MarginalMelodyBaseline(const QVector<SungSong>& training);
    SungSong write(const SungSong& song, std::mt19937_64& rng) const;

private:
    QVector<double> m_rest, m_duration, m_pitch[2];
};

/// Metrics of `written` songs against the `real` ones (the same songs, same syllables).
MelodyMetrics compareMelodies(const QVector<SungSong>& real, const QVector<SungSong>& written);

} // namespace sw::engine
