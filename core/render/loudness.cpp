#include "render/loudness.h"

#include <algorithm>
#include <cmath>
#include <deque>
#include <ebur128.h>

namespace sw::render {

namespace {

double decibelsToGain(double db)
{
    return std::pow(10.0, db / 20.0);
}

bool applyGain(media::AudioSpool& audio, double gain, QString* error)
{
    return media::rewriteBlocks(
        audio, media::kSpoolBlockFrames, 0,
        [&](float* s, qint64, qint64 count, qint64) {
            for (qint64 i = 0; i < count * kChannels; ++i)
                s[i] = float(s[i] * gain);
        },
        error);
}

// Holds sample peaks under `threshold` (linear) with 1.5 ms of look-ahead and a 60 ms release.
bool limitPeaks(media::AudioSpool& audio, double threshold, QString* error)
{
    const int lookAhead = int(0.0015 * kSampleRate);
    const double release = 1.0 - std::exp(-1.0 / (0.060 * kSampleRate));
    std::vector<float> required, ahead;
    std::deque<qint64> window;
    double gain = 1.0;
    return media::rewriteBlocks(
        audio, media::kSpoolBlockFrames, lookAhead,
        [&](float* s, qint64, qint64 count, qint64 read) {
            required.assign(size_t(read), 1.0f);
            for (qint64 i = 0; i < read; ++i) {
                const float peak = std::max(std::abs(s[2 * i]), std::abs(s[2 * i + 1]));
                if (peak > threshold)
                    required[i] = float(threshold / peak);
            }
            // Sliding minimum over the next `lookAhead` frames: the gain is down
            // before the peak arrives.
            ahead.assign(size_t(count), 1.0f);
            window.clear();
            for (qint64 i = read - 1; i >= 0; --i) {
                while (!window.empty() && window.front() > i + lookAhead)
                    window.pop_front();
                while (!window.empty() && required[window.back()] >= required[i])
                    window.pop_back();
                window.push_back(i);
                if (i < count)
                    ahead[i] = required[window.front()];
            }
            for (qint64 i = 0; i < count; ++i) {
                gain = std::min<double>(ahead[i], gain + (1.0 - gain) * release);
                s[2 * i] = float(s[2 * i] * gain);
                s[2 * i + 1] = float(s[2 * i + 1] * gain);
            }
        },
        error);
}

bool measureSpool(const media::AudioSpool& audio, LoudnessReport* report, QString* error)
{
    LoudnessMeter meter;
    if (!meter.isValid()) {
        *error = QStringLiteral("the loudness meter could not start");
        return false;
    }
    const auto measure = [&](const float* s, qint64, qint64 count) {
        meter.push(s, count);
        return true;
    };
    if (!media::readBlocks(audio, media::kSpoolBlockFrames, measure, error))
        return false;
    *report = meter.report();
    return true;
}

} // namespace

const QVector<LoudnessPreset>& loudnessPresets()
{
    static const QVector<LoudnessPreset> kPresets = {
        {QStringLiteral("web"), -14.0, -1.0, QStringLiteral("streaming and web video")},
        {QStringLiteral("podcast"), -16.0, -1.0, QStringLiteral("podcasts and spoken programmes")},
        {QStringLiteral("broadcast"), -23.0, -1.0, QStringLiteral("broadcast, EBU R128")},
    };
    return kPresets;
}

bool findLoudnessPreset(const QString& name, LoudnessPreset* preset)
{
    for (const LoudnessPreset& p : loudnessPresets()) {
        if (p.name == name) {
            *preset = p;
            return true;
        }
    }
    return false;
}

struct LoudnessMeter::Private
{
    ebur128_state* state =
        ebur128_init(kChannels, kSampleRate, EBUR128_MODE_I | EBUR128_MODE_TRUE_PEAK);
    ~Private()
    {
        if (state)
            ebur128_destroy(&state);
    }
};

LoudnessMeter::LoudnessMeter() : d(std::make_unique<Private>()) {}
LoudnessMeter::~LoudnessMeter() = default;

bool LoudnessMeter::isValid() const
{
    return d->state != nullptr;
}

void LoudnessMeter::push(const float* stereo, qint64 frames)
{
    if (d->state && frames > 0)
        ebur128_add_frames_float(d->state, stereo, size_t(frames));
}

LoudnessReport LoudnessMeter::report() const
{
    LoudnessReport report;
    if (!d->state)
        return report;
    double lufs = -HUGE_VAL;
    ebur128_loudness_global(d->state, &lufs);
    double peak = 0;
    for (unsigned c = 0; c < kChannels; ++c) {
        double channelPeak = 0;
        ebur128_true_peak(d->state, c, &channelPeak);
        peak = std::max(peak, channelPeak);
    }
    report.integratedLufs = std::isfinite(lufs) ? lufs : -70.0;
    report.truePeakDbtp = peak > 0 ? 20.0 * std::log10(peak) : -70.0;
    return report;
}

bool measureLoudness(const StereoAudio& audio, LoudnessReport* report, QString* error)
{
    LoudnessMeter meter;
    if (!meter.isValid()) {
        *error = QStringLiteral("the loudness meter could not start");
        return false;
    }
    meter.push(audio.samples.data(), audio.frames());
    *report = meter.report();
    return true;
}

bool normalizeLoudness(StereoAudio& audio, const LoudnessPreset& preset, LoudnessReport* after,
                       QString* error)
{
    media::AudioSpool spool = media::AudioSpool::adopt(std::move(audio.samples), kChannels);
    const bool ok = normalizeLoudness(spool, preset, after, error);
    audio.samples = spool.takeSamples();
    return ok;
}

bool normalizeLoudness(media::AudioSpool& audio, const LoudnessPreset& preset,
                       LoudnessReport* after, QString* error, const LoudnessReport* measured)
{
    LoudnessReport report;
    if (measured)
        report = *measured;
    else if (!measureSpool(audio, &report, error))
        return false;
    if (report.integratedLufs <= -69.0) {
        *error = QStringLiteral("the music is silent; there is no loudness to bring to %1 LUFS")
                     .arg(preset.targetLufs);
        return false;
    }
    // A gain moves integrated loudness and true peak by exactly its decibels, so when the peak
    // stays under the ceiling one measurement suffices. Otherwise: gain, limit what overshoots,
    // measure, and give back the loudness the limiter took, a few rounds.
    const double gainDb = preset.targetLufs - report.integratedLufs;
    if (report.truePeakDbtp + gainDb <= preset.truePeakCeilingDbtp) {
        if (!applyGain(audio, decibelsToGain(gainDb), error))
            return false;
        report.integratedLufs += gainDb;
        report.truePeakDbtp += gainDb;
        report.appliedGainDb = gainDb;
        *after = report;
        return true;
    }
    const double threshold = decibelsToGain(preset.truePeakCeilingDbtp - 0.8);
    double appliedDb = 0;
    for (int round = 0; round < 6; ++round) {
        const double roundDb = preset.targetLufs - report.integratedLufs;
        appliedDb += roundDb;
        if (!applyGain(audio, decibelsToGain(roundDb), error) ||
            !limitPeaks(audio, threshold, error) || !measureSpool(audio, &report, error))
            return false;
        if (std::abs(report.integratedLufs - preset.targetLufs) <= 0.2 &&
            report.truePeakDbtp <= preset.truePeakCeilingDbtp)
            break;
    }
    report.appliedGainDb = appliedDb;
    *after = report;
    return true;
}

} // namespace sw::render
