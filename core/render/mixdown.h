#pragma once
// Summing the stems into the mix. Every step after synthesis streams through hundreds of
// megabytes (a 3-minute stem is 69 MB), so gain, pan, the picture's envelope (ducking and
// fades) and the sum happen in one pass over each stem, split across the cores by time range.

#include "render/audio.h"

#include <QVector>
#include <utility>
#include <vector>

namespace sw::render {

struct TrackMix;

struct MixdownInput
{
    QVector<TrackMix> mix;                        ///< per stem; missing stems are unchanged
    const std::vector<float>* envelope = nullptr; ///< per frame, for every stem (ducking, fades)
    const StereoAudio* source = nullptr;          ///< the video's own sound, not enveloped
    const TrackMix* sourceMix = nullptr;
    qint64 frames = 0; ///< at least; the longest stem sets the rest
    int threads = 2;
};

/// Left and right gains of a track: its gain and a constant-power pan that keeps the level of
/// each channel at the centre.
std::pair<float, float> channelGains(const TrackMix& m);

/// Shapes `stems` in place (gain, pan, envelope) and sums the audible ones and the source into
/// `out`.
void mixDown(const MixdownInput& input, QVector<StereoAudio>& stems, StereoAudio* out);

/// Multiplies every sample of `audio` by `gain`, on `threads` threads.
void scaleAll(QVector<StereoAudio>& audio, float gain, int threads);

} // namespace sw::render
