#pragma once
// Interleaved stereo float audio at 48 kHz, the format everything in sw_render passes around.

#include <QtGlobal>
#include <vector>

namespace sw::render {

constexpr int kSampleRate = 48000;
constexpr int kChannels = 2;

struct StereoAudio
{
    std::vector<float> samples; ///< interleaved left, right

    qint64 frames() const { return qint64(samples.size()) / kChannels; }
    double seconds() const { return double(frames()) / kSampleRate; }
};

} // namespace sw::render
