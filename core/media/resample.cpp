#include "media/resample.h"

extern "C" {
#include <libavutil/channel_layout.h>
#include <libavutil/samplefmt.h>
#include <libswresample/swresample.h>
}

#include <cmath>

namespace sw::media {

struct MonoResampler::Private
{
    SwrContext* swr = nullptr;
    int fromRate = 0;
    int toRate = 0;
};

MonoResampler::MonoResampler(int fromRate, int toRate) : d(std::make_unique<Private>())
{
    d->fromRate = fromRate;
    d->toRate = toRate;
    AVChannelLayout mono = AV_CHANNEL_LAYOUT_MONO;
    if (fromRate <= 0 || toRate <= 0 ||
        swr_alloc_set_opts2(&d->swr, &mono, AV_SAMPLE_FMT_FLT, toRate, &mono, AV_SAMPLE_FMT_FLT,
                            fromRate, 0, nullptr) < 0 ||
        swr_init(d->swr) < 0)
        swr_free(&d->swr);
}

MonoResampler::~MonoResampler()
{
    swr_free(&d->swr);
}

bool MonoResampler::isValid() const
{
    return d->swr != nullptr;
}

void MonoResampler::push(const float* samples, int count, std::vector<float>* out)
{
    if (!d->swr)
        return;
    const int capacity = swr_get_out_samples(d->swr, count) + 64;
    const size_t at = out->size();
    out->resize(at + size_t(std::max(0, capacity)));
    auto* target = reinterpret_cast<uint8_t*>(out->data() + at);
    const auto* in = reinterpret_cast<const uint8_t*>(samples);
    const int produced = swr_convert(d->swr, &target, capacity, samples ? &in : nullptr, count);
    out->resize(at + size_t(std::max(0, produced)));
}

std::vector<float> resampleMono(const std::vector<float>& samples, int fromRate, int toRate)
{
    if (samples.empty() || fromRate <= 0 || toRate <= 0)
        return {};
    if (fromRate == toRate)
        return samples;
    SwrContext* swr = nullptr;
    AVChannelLayout mono = AV_CHANNEL_LAYOUT_MONO;
    if (swr_alloc_set_opts2(&swr, &mono, AV_SAMPLE_FMT_FLT, toRate, &mono, AV_SAMPLE_FMT_FLT,
                            fromRate, 0, nullptr) < 0 ||
        swr_init(swr) < 0) {
        swr_free(&swr);
        return {};
    }
    const long long wanted = std::llround(double(samples.size()) * toRate / fromRate);
    // The filter delays its output; what it holds back comes out when flushed.
    std::vector<float> out(size_t(wanted) + 4096);
    const auto* in = reinterpret_cast<const uint8_t*>(samples.data());
    auto* target = reinterpret_cast<uint8_t*>(out.data());
    int produced = swr_convert(swr, &target, int(out.size()), &in, int(samples.size()));
    if (produced >= 0) {
        auto* rest = reinterpret_cast<uint8_t*>(out.data() + produced);
        const int flushed = swr_convert(swr, &rest, int(out.size()) - produced, nullptr, 0);
        if (flushed > 0)
            produced += flushed;
    }
    swr_free(&swr);
    if (produced < 0)
        return {};
    out.resize(size_t(produced));
    out.resize(size_t(wanted), 0.0f);
    return out;
}

} // namespace sw::media
