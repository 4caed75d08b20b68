#pragma once
// Finds where people speak in a video's own sound, so that the music can duck under them.
// A detector built from what sets speech apart from the rest of a soundtrack, not a trained
// model: energy in the telephone band (300-3400 Hz) well above the noise floor that band shows
// over the surrounding seconds, most of the sound in that band, and the syllabic rhythm of
// speech (its loudness rises and falls 3-8 times a second, where sustained music, wind or room
// tone stay level). Frames are 10 ms; short pauses between words are bridged so that a sentence
// ducks as one passage.

#include "render/audio.h"

#include <QVector>
#include <memory>

namespace sw::render {

/// A passage of speech, in frames of the audio it was found in (48 kHz).
struct SpeechSpan
{
    qint64 startFrame = 0;
    qint64 endFrame = 0; ///< exclusive
};

struct VoiceActivityOptions
{
    double minAboveFloorDb = 10;    ///< band energy above the local noise floor
    double minLevelDbfs = -55;      ///< quieter than this is never speech
    double minModulationDb = 3.5;   ///< spread of the band level over 0.5 s (syllables)
    double minBandShare = 0.35;     ///< share of the energy in 300-3400 Hz
    double bridgeGapSeconds = 0.4;  ///< pauses shorter than this stay inside the passage
    double minSpeechSeconds = 0.15; ///< shorter bursts (a knock, a click) are not speech
};

QVector<SpeechSpan> detectSpeech(const StereoAudio& audio,
                                 const VoiceActivityOptions& options = {});

/// The same for sound given a piece at a time (a feature film's soundtrack read from a spool):
/// only the 10 ms measures are kept, 16 bytes per hop.
class SpeechDetector
{
public:
    SpeechDetector();
    ~SpeechDetector();
    /// Adds `frames` interleaved stereo frames.
    void push(const float* stereo, qint64 frames);
    /// The passages found in all that was pushed.
    QVector<SpeechSpan> speech(const VoiceActivityOptions& options = {}) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sw::render
