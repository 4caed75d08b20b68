#include "render/mixdown.h"

#include "render/ducking.h"
#include "render/loudness.h"
#include "render/scorerenderer.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <mutex>
#include <thread>

namespace sw::render {

namespace {

constexpr qint64 kBlockFrames = media::kSpoolBlockFrames;

// Runs `work(firstFrame, endFrame)` over [from, to) cut into `threads` ranges.
template <typename Work> void inRanges(qint64 from, qint64 to, int threads, const Work& work)
{
    const qint64 frames = to - from;
    const int parts = int(std::clamp<qint64>(threads, 1, std::max<qint64>(1, frames / 4096)));
    std::vector<std::thread> pool;
    for (int p = 1; p < parts; ++p)
        pool.emplace_back(work, from + frames * p / parts, from + frames * (p + 1) / parts);
    work(from, from + frames / parts);
    for (std::thread& t : pool)
        t.join();
}

// The first error any range met.
struct FirstError
{
    std::mutex mutex;
    QString text;
    std::atomic<bool> failed{false};

    void set(const QString& why)
    {
        std::lock_guard<std::mutex> lock(mutex);
        if (text.isEmpty())
            text = why;
        failed = true;
    }
};

} // namespace

std::pair<float, float> channelGains(const TrackMix& m)
{
    const double gain = std::pow(10.0, m.gainDb / 20.0);
    const double angle = (std::clamp(m.pan, -1.0, 1.0) + 1.0) * M_PI / 4.0;
    return {float(gain * std::cos(angle) * M_SQRT2), float(gain * std::sin(angle) * M_SQRT2)};
}

bool mixDown(const MixdownInput& input, std::vector<media::AudioSpool>& stems,
             media::AudioSpool* out, LoudnessMeter* meter, QString* error)
{
    qint64 frames = input.frames;
    for (const media::AudioSpool& stem : stems)
        frames = std::max(frames, stem.frames());
    const bool anySolo =
        std::any_of(input.mix.begin(), input.mix.end(), [](const TrackMix& m) { return m.solo; });
    const bool withSource = input.source && input.sourceMix && !input.sourceMix->mute;
    std::vector<float> mix(size_t(kBlockFrames) * kChannels);
    std::vector<float> envelope(static_cast<size_t>(kBlockFrames));
    std::vector<std::vector<float>> scratch(size_t(std::max(1, input.threads)));
    FirstError failure;
    for (qint64 block = 0; block < frames; block += kBlockFrames) {
        const qint64 blockEnd = std::min(frames, block + kBlockFrames);
        std::fill(mix.begin(), mix.end(), 0.0f);
        if (input.envelope)
            input.envelope->fill(block, blockEnd - block, envelope.data());
        else
            std::fill(envelope.begin(), envelope.end(), 1.0f);
        std::atomic<int> worker{0};
        inRanges(block, blockEnd, input.threads, [&](qint64 from, qint64 to) {
            std::vector<float>& s = scratch[size_t(worker++ % int(scratch.size()))];
            s.resize(size_t(to - from) * kChannels);
            float* sum = mix.data() + (from - block) * kChannels;
            const float* g = envelope.data() + (from - block);
            QString why;
            for (int t = 0; t < int(stems.size()) && !failure.failed; ++t) {
                const TrackMix m = t < input.mix.size() ? input.mix[t] : TrackMix{};
                const auto [left, right] = channelGains(m);
                const bool audible = !m.mute && (!anySolo || m.solo);
                const qint64 end = std::min(to, stems[t].frames());
                if (end <= from || (!audible && !input.shapeStems))
                    continue;
                if (!stems[t].read(from, s.data(), end - from, &why)) {
                    failure.set(why);
                    return;
                }
                for (qint64 f = 0; f < end - from; ++f) {
                    s[2 * f] *= left * g[f];
                    s[2 * f + 1] *= right * g[f];
                    if (audible) {
                        sum[2 * f] += s[2 * f];
                        sum[2 * f + 1] += s[2 * f + 1];
                    }
                }
                if (input.shapeStems && !stems[t].write(from, s.data(), end - from, &why)) {
                    failure.set(why);
                    return;
                }
            }
            if (withSource && !failure.failed) {
                const auto [left, right] = channelGains(*input.sourceMix);
                const qint64 end = std::min(to, input.source->frames());
                if (end > from && !input.source->read(from, s.data(), end - from, &why)) {
                    failure.set(why);
                    return;
                }
                for (qint64 f = 0; f < end - from; ++f) {
                    sum[2 * f] += s[2 * f] * left;
                    sum[2 * f + 1] += s[2 * f + 1] * right;
                }
            }
        });
        if (failure.failed) {
            *error = failure.text;
            return false;
        }
        if (!out->write(block, mix.data(), blockEnd - block, error))
            return false;
        if (meter)
            meter->push(mix.data(), blockEnd - block);
    }
    return true;
}

bool scaleAll(std::vector<media::AudioSpool>& audio, float gain, int threads, QString* error)
{
    for (media::AudioSpool& a : audio) {
        const bool scaled = media::rewriteBlocks(
            a, kBlockFrames, 0,
            [&](float* block, qint64, qint64 count, qint64) {
                inRanges(0, count, threads, [&](qint64 from, qint64 to) {
                    for (qint64 i = from * kChannels; i < to * kChannels; ++i)
                        block[size_t(i)] *= gain;
                });
            },
            error);
        if (!scaled)
            return false;
    }
    return true;
}

} // namespace sw::render
