#pragma once
// A reference track as guidance ("like this"): the temp track a director liked, or a song whose
// feel the music should have. From its sound: the tempo and beat grid (an onset-strength
// envelope from the spectral flux, its autocorrelation with the beat's multiples, and the beats
// by dynamic programming as in Ellis, "Beat tracking by dynamic programming", 2007; the tempo is
// then the slope of the beats, not an autocorrelation lag), the key and mode (a chroma profile
// of the whole track, bass weighted twice, against the Krumhansl-Kessler key profiles), the
// loudness contour (how it builds and falls) and the density (onsets a second). Each becomes a
// plan pin that a person accepts or not (referencePins).

#include "media/mediainfo.h"
#include "music/key.h"

#include <QString>
#include <QVector>

namespace sw::analysis {

struct ReferenceTrack
{
    QString path;
    double durationSeconds = 0;
    double bpm = 0;              ///< 0: no steady beat found
    double beatConfidence = 0;   ///< 0..1: how regular the onsets are at that tempo
    QVector<double> beatSeconds; ///< the beat grid
    music::KeySignature key;
    double keyConfidence = 0; ///< correlation with the best key's profile, -1..1
    double keyMargin = 0;     ///< over the runner-up key
    /// Loudness through the track, one value a second (dB, momentary, K-weighting left out).
    QVector<double> loudnessDb;
    double onsetsPerSecond = 0;
};

/// Tempo, beats, key, loudness and density of mono samples at `sampleRate` (22050 is what it
/// is tuned for).
ReferenceTrack analyseReferenceSamples(const float* samples, qint64 count, int sampleRate);

/// Decodes `path` and analyses it. Errors name the file.
bool analyseReferenceTrack(const QString& path, ReferenceTrack* track, QString* error,
                           const media::StopRequested& stop = {});

/// The loudness contour as 0..1 intensity at `points` evenly spaced places through the track
/// (its quietest tenth 0, its loudest tenth 1), to lay over the music's own length.
QVector<double> intensityContour(const ReferenceTrack& track, int points = 12);

} // namespace sw::analysis
