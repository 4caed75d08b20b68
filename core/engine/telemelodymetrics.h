#pragma once
// TeleMelody's melody metrics, as its evaluation scripts define them (microsoft/muzic,
// telemelody/evaluation/cal_similarity.py and cal_dtw.py), so that figures can be set beside the
// published ones (TeleMelody, SongMASS, SongComposer):
// - PD: overlap of the two melodies' pitch histograms, pitches folded into 60-83 (at or below
//   60 to 60-71 by pitch class, at or above 84 to 72-83);
// - DD: overlap of the histograms of each syllable's span (its note and the rest before it, in
//   sixteenths floored, at most 33 beats) in multiples of the song's shortest span;
// - MD: DTW distance of the mean-centred folded pitch sequences (a rest holds the pitch before
//   it) sampled every shortest note or rest, divided by the generated sequence's length.
// Pitches are placed with the tonic on C (major) or A (minor): the data set's songs are stored
// relative to their estimated key, and the lyricist writes in C or A minor.

#include "engine/lyricsdata.h"

namespace sw::engine {

struct TeleMelodyMetrics
{
    double pitchDistribution = 0;    ///< PD, 0..1
    double durationDistribution = 0; ///< DD, 0..1
    double melodyDistance = 0;       ///< MD, semitones per sample
};

/// One generated song against its real one.
TeleMelodyMetrics teleMelodyMetrics(const SungSong& real, const SungSong& generated);

/// Means over songs paired by index, as the scripts take them.
TeleMelodyMetrics meanTeleMelodyMetrics(const QVector<SungSong>& real,
                                        const QVector<SungSong>& generated);

/// A song's words as a key for finding its near-copies: the letters of its first 24 syllables,
/// lower-cased. The data set holds other arrangements of one song under other ids; they share
/// their words.
QString lyricsContentKey(const SungSong& song);

/// How a set of melodies sings, beside the metrics above: the share of intervals of 5 semitones
/// or more, the median range of a song in semitones, and how often a syllable with primary
/// stress, and one without stress, starts on beat 1 or 3 of a 4/4 bar.
struct SingingShape
{
    double leaps = 0;
    double range = 0;
    double stressedOnStrong = 0;
    double unstressedOnStrong = 0;
};
SingingShape singingShape(const QVector<SungSong>& songs);

} // namespace sw::engine
