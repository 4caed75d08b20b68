#pragma once
// Decodes a file's best audio stream to interleaved 32-bit float PCM at the sample rate and
// channel count the caller needs (libswresample does the conversion), streaming packet by
// packet so that only the output is held in memory.

#include "media/audiospool.h"
#include "media/mediainfo.h"

#include <vector>

namespace sw::media {

struct AudioBuffer
{
    int sampleRate = 0;
    int channels = 0;
    std::vector<float> samples; ///< interleaved

    qint64 frameCount() const { return channels > 0 ? qint64(samples.size()) / channels : 0; }
    qint64 durationUs() const { return sampleRate > 0 ? frameCount() * 1000000 / sampleRate : 0; }
};

/// Longest audio decoded in one piece (the output for four hours of stereo at 48 kHz is 5.5 GB;
/// longer material must be streamed).
constexpr qint64 kMaxDecodedAudioUs = qint64(4) * 3600 * 1000000;

/// Decodes `path`'s audio. A file without audio is an error that says so. Errors name the file
/// and the stream.
bool decodeAudio(const QString& path, int sampleRate, int channels, AudioBuffer* out,
                 QString* error, const StopRequested& stop = {});
/// The same, appended to an open spool of `channels` channels (a long soundtrack).
bool decodeAudio(const QString& path, int sampleRate, int channels, AudioSpool* out, QString* error,
                 const StopRequested& stop = {});

} // namespace sw::media
