#pragma once
// aubio as the baseline `bench hum` compares our transcription with, on the same audio, two ways:
// its note tracker as shipped (`aubionotes`: onsets, then the median of YIN-FFT pitches after
// each), and its YIN pitch tracker put in place of ours in front of our own note
// segmentation, which isolates the choice of pitch tracker.

#include "analysis/pitchtracker.h"
#include "cli/humcorpus.h"

#include <vector>

namespace sw::cli {

/// Notes aubio's note tracker hears in mono `samples`: onsets in seconds, as aubio reports them
/// (after its onset and pitch-median delay, which the caller may take out), MIDI pitches.
QVector<TimedPitch> aubioNotes(const std::vector<float>& samples, int sampleRate);

/// `ours` (our tracker's frames of the same samples) with each frame's pitch and periodicity
/// replaced by aubio's YIN pitch and confidence at that time; levels and attacks are kept.
analysis::PitchTrack withAubioPitch(const analysis::PitchTrack& ours,
                                    const std::vector<float>& samples, int sampleRate);

} // namespace sw::cli
