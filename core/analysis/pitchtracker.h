#pragma once
// The pitch of a hummed, sung, whistled or played line, frame by frame, with YIN (de Cheveigné
// and Kawahara, "YIN, a fundamental frequency estimator for speech and music", JASA 2002): the
// cumulative mean normalised difference function, its first dip under a threshold, parabolic
// interpolation. Written here rather than taken from aubio because the note segmentation needs
// each frame's dip depth (how periodic the frame is) and level beside the pitch, and the whole
// tracker is this one file: no further package for a new machine to install.
//
// The threshold adapts to the frame: at 5 dB signal-to-noise the dip at the true period is
// about 0.25 deep, over YIN's usual 0.15, so a frame takes the first dip within reach of its
// deepest one; taking the first (the shortest period) rather than the deepest keeps YIN's
// guard against choosing an octave below.

#include <QVector>
#include <cmath>

namespace sw::analysis {

/// The rate the tracker works at: 70-4000 Hz fits, from a low hum to a high whistle.
constexpr int kPitchSampleRate = 16000;

struct PitchFrame
{
    double timeSeconds = 0;     ///< the centre of the frame's window
    double midi = std::nan(""); ///< fractional MIDI pitch (69 = 440 Hz); NaN: no period found
    float periodicity = 0;      ///< 1 - the dip's depth: 1 periodic, near 0 noise
    float levelDb = -120;       ///< the window's RMS level in dB full scale
    float attackDb = -120;      ///< the level of the 24 ms around the frame: attacks show in it
};

struct PitchTrack
{
    double hopSeconds = 0.01;
    QVector<PitchFrame> frames;
};

/// Pitch of mono samples at `sampleRate` (kPitchSampleRate is what it is tuned for) every 10 ms.
PitchTrack trackPitch(const float* samples, qint64 count, int sampleRate = kPitchSampleRate);

} // namespace sw::analysis
