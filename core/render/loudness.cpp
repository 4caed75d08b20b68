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

void applyGain(StereoAudio& audio, double gain)
{
    for (float& s : audio.samples)
        s = float(s * gain);
}

// Holds sample peaks under `threshold` (linear) with 1.5 ms of look-ahead and a 60 ms release.
void limitPeaks(StereoAudio& audio, double threshold)
{
    const qint64 frames = audio.frames();
    const int lookAhead = int(0.0015 * kSampleRate);
    const double release = 1.0 - std::exp(-1.0 / (0.060 * kSampleRate));
    std::vector<float> required(size_t(frames), 1.0f);
    for (qint64 i = 0; i < frames; ++i) {
        const float peak =
            std::max(std::abs(audio.samples[2 * i]), std::abs(audio.samples[2 * i + 1]));
        if (peak > threshold)
            required[i] = float(threshold / peak);
    }
    // Sliding minimum over the next `lookAhead` frames: the gain is down before the peak arrives.
    std::vector<float> ahead(size_t(frames), 1.0f);
    std::deque<qint64> window;
    for (qint64 i = frames - 1; i >= 0; --i) {
        while (!window.empty() && window.front() > i + lookAhead)
            window.pop_front();
        while (!window.empty() && required[window.back()] >= required[i])
            window.pop_back();
        window.push_back(i);
        ahead[i] = required[window.front()];
    }
    double gain = 1.0;
    for (qint64 i = 0; i < frames; ++i) {
        gain = std::min<double>(ahead[i], gain + (1.0 - gain) * release);
        audio.samples[2 * i] = float(audio.samples[2 * i] * gain);
        audio.samples[2 * i + 1] = float(audio.samples[2 * i + 1] * gain);
    }
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

bool measureLoudness(const StereoAudio& audio, LoudnessReport* report, QString* error)
{
    ebur128_state* state =
        ebur128_init(kChannels, kSampleRate, EBUR128_MODE_I | EBUR128_MODE_TRUE_PEAK);
    if (!state) {
        *error = QStringLiteral("the loudness meter could not start");
        return false;
    }
    ebur128_add_frames_float(state, audio.samples.data(), size_t(audio.frames()));
    double lufs = -HUGE_VAL;
    ebur128_loudness_global(state, &lufs);
    double peak = 0;
    for (unsigned c = 0; c < kChannels; ++c) {
        double channelPeak = 0;
        ebur128_true_peak(state, c, &channelPeak);
        peak = std::max(peak, channelPeak);
    }
    ebur128_destroy(&state);
    report->integratedLufs = std::isfinite(lufs) ? lufs : -70.0;
    report->truePeakDbtp = peak > 0 ? 20.0 * std::log10(peak) : -70.0;
    return true;
}

bool normalizeLoudness(StereoAudio& audio, const LoudnessPreset& preset, LoudnessReport* after,
                       QString* error)
{
    LoudnessReport report;
    if (!measureLoudness(audio, &report, error))
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
        applyGain(audio, decibelsToGain(gainDb));
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
        applyGain(audio, decibelsToGain(roundDb));
        limitPeaks(audio, threshold);
        if (!measureLoudness(audio, &report, error))
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
