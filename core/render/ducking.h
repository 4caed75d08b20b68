#pragma once
// The gain the music bus follows on the picture's timeline: down by the ducking depth while
// someone speaks in the video's own sound, and faded in and out with the picture. Ducking looks
// ahead by its attack time, so the music is already down when the first word starts, holds a
// moment after the last word (a breath is not a reason to swell), then comes back over the
// release time. Ramps are linear in dB, so "restored after release" means exactly that.

#include "render/voiceactivity.h"

#include <utility>
#include <vector>

namespace sw::render {

struct DuckingOptions
{
    double depthDb = -12;        ///< the music's level under speech; 0 turns ducking off
    double attackSeconds = 0.08; ///< from full level to the depth, ending as speech starts
    double holdSeconds = 0.2;    ///< after speech, before the release starts
    double releaseSeconds = 0.5; ///< from the depth back to full level
};

/// Fades fitted to the picture: the music fades in over the video's first `inSeconds` and
/// whatever still sounds in its last `outSeconds` fades to silence on the last frame.
struct FadeOptions
{
    double inSeconds = 0.02; ///< a declick: planned music starts on a downbeat worth hearing
    double outSeconds = 1.0;
};

/// The music's gain on the picture's timeline, ducking and fades together, computed for any
/// range of frames: a feature film's envelope is never held whole (1.4 GB at 48 kHz).
class MusicEnvelope
{
public:
    MusicEnvelope(const QVector<SpeechSpan>& speech, qint64 frames, const DuckingOptions& ducking,
                  const FadeOptions& fades);
    /// Gains of frames [first, first + count) into `gain`; 1 past the end.
    void fill(qint64 first, qint64 count, float* gain) const;

private:
    std::vector<std::pair<qint64, qint64>> m_down; // where the music is at the depth
    qint64 m_frames = 0;
    double m_depthDb = 0;
    qint64 m_attackFrames = 1, m_releaseFrames = 1;
    qint64 m_fadeIn = 0, m_fadeOut = 0;
};

/// Linear gain per frame for `frames` frames of music under `speech`.
std::vector<float> duckingGain(const QVector<SpeechSpan>& speech, qint64 frames,
                               const DuckingOptions& options);

/// Multiplies `gain` (one value per frame of the picture's timeline) by the fades.
void applyFades(std::vector<float>& gain, const FadeOptions& options);

} // namespace sw::render
