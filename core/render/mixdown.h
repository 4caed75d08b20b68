#pragma once
// Summing the stems into the mix. Every step after synthesis streams through hundreds of
// megabytes (a 3-minute stem is 69 MB, a two-hour one 2.8 GB), so gain, pan, the picture's
// envelope (ducking and fades) and the sum happen in one pass over the stems, a block of about a
// second and a half at a time, each block split across the cores by time range. The stems and
// the mix are spools (media/audiospool.h): in memory for a short piece, on disk for a long one.

#include "media/audiospool.h"
#include "render/audio.h"

#include <QVector>
#include <utility>
#include <vector>

namespace sw::render {

struct TrackMix;
class LoudnessMeter;
class MusicEnvelope;

struct MixdownInput
{
    QVector<TrackMix> mix;                     ///< per stem; missing stems are unchanged
    const MusicEnvelope* envelope = nullptr;   ///< for every stem (ducking, fades)
    const media::AudioSpool* source = nullptr; ///< the video's own sound, not enveloped
    const TrackMix* sourceMix = nullptr;
    qint64 frames = 0; ///< at least; the longest stem sets the rest
    int threads = 2;
    /// Writes each stem back shaped (gain, pan, envelope), as the stems a person exports are.
    /// Without, the stems are only read.
    bool shapeStems = true;
};

/// Left and right gains of a track: its gain and a constant-power pan that keeps the level of
/// each channel at the centre.
std::pair<float, float> channelGains(const TrackMix& m);

/// Sums the audible stems, shaped, and the source into `out` (an open, empty stereo spool);
/// `meter`, when given, measures the mix as it is written.
bool mixDown(const MixdownInput& input, std::vector<media::AudioSpool>& stems,
             media::AudioSpool* out, LoudnessMeter* meter, QString* error);

/// Multiplies every sample of `audio` by `gain`, on `threads` threads.
bool scaleAll(std::vector<media::AudioSpool>& audio, float gain, int threads, QString* error);

} // namespace sw::render
