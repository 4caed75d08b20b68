#include "render/mixdown.h"

#include "render/scorerenderer.h"

#include <algorithm>
#include <cmath>
#include <thread>

namespace sw::render {

namespace {

// Runs `work(firstFrame, endFrame)` over [0, frames) cut into `threads` ranges.
template <typename Work> void inRanges(qint64 frames, int threads, const Work& work)
{
    const int parts = int(std::clamp<qint64>(threads, 1, std::max<qint64>(1, frames / 4096)));
    std::vector<std::thread> pool;
    for (int p = 1; p < parts; ++p)
        pool.emplace_back(work, frames * p / parts, frames * (p + 1) / parts);
    work(0, frames / parts);
    for (std::thread& t : pool)
        t.join();
}

} // namespace

std::pair<float, float> channelGains(const TrackMix& m)
{
    const double gain = std::pow(10.0, m.gainDb / 20.0);
    const double angle = (std::clamp(m.pan, -1.0, 1.0) + 1.0) * M_PI / 4.0;
    return {float(gain * std::cos(angle) * M_SQRT2), float(gain * std::sin(angle) * M_SQRT2)};
}

void mixDown(const MixdownInput& input, QVector<StereoAudio>& stems, StereoAudio* out)
{
    qint64 frames = input.frames;
    for (const StereoAudio& stem : stems)
        frames = std::max(frames, stem.frames());
    out->samples.assign(size_t(frames) * kChannels, 0.0f);
    const bool anySolo =
        std::any_of(input.mix.begin(), input.mix.end(), [](const TrackMix& m) { return m.solo; });
    inRanges(frames, input.threads, [&](qint64 from, qint64 to) {
        float* mix = out->samples.data();
        for (int t = 0; t < stems.size(); ++t) {
            const TrackMix m = t < input.mix.size() ? input.mix[t] : TrackMix{};
            const auto [left, right] = channelGains(m);
            const bool audible = !m.mute && (!anySolo || m.solo);
            float* s = stems[t].samples.data();
            const qint64 end = std::min(to, stems[t].frames());
            const float* envelope = input.envelope ? input.envelope->data() : nullptr;
            const qint64 enveloped = envelope ? qint64(input.envelope->size()) : 0;
            for (qint64 f = from; f < end; ++f) {
                const float g = f < enveloped ? envelope[f] : 1.0f;
                s[2 * f] *= left * g;
                s[2 * f + 1] *= right * g;
                if (audible) {
                    mix[2 * f] += s[2 * f];
                    mix[2 * f + 1] += s[2 * f + 1];
                }
            }
        }
        if (input.source && input.sourceMix && !input.sourceMix->mute) {
            const auto [left, right] = channelGains(*input.sourceMix);
            const float* s = input.source->samples.data();
            const qint64 end = std::min(to, input.source->frames());
            for (qint64 f = from; f < end; ++f) {
                mix[2 * f] += s[2 * f] * left;
                mix[2 * f + 1] += s[2 * f + 1] * right;
            }
        }
    });
}

void scaleAll(QVector<StereoAudio>& audio, float gain, int threads)
{
    for (StereoAudio& a : audio) {
        inRanges(a.frames(), threads, [&](qint64 from, qint64 to) {
            for (qint64 i = from * kChannels; i < to * kChannels; ++i)
                a.samples[size_t(i)] *= gain;
        });
    }
}

} // namespace sw::render
