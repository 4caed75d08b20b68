#include "render/scorerenderer.h"

#include "render/soundfont.h"
#include "render/synthesizer.h"

#include <QFileInfo>
#include <algorithm>
#include <atomic>
#include <cmath>
#include <thread>

namespace sw::render {

bool renderScore(const music::Score& score, const RenderOptions& options, RenderResult* result,
                 QString* error, const media::StopRequested& stop,
                 const std::function<void(double)>& progress)
{
    const bool anyAudible = [&] {
        const bool solo = std::any_of(options.mix.begin(), options.mix.end(),
                                      [](const TrackMix& m) { return m.solo; });
        for (int t = 0; t < score.tracks.size(); ++t) {
            const TrackMix m = t < options.mix.size() ? options.mix[t] : TrackMix{};
            if (!m.mute && (!solo || m.solo) && !score.tracks[t].notes.isEmpty())
                return true;
        }
        return false;
    }();
    if (score.noteCount() > 0 && !anyAudible) {
        *error = QStringLiteral("every track with notes is muted; unmute one to render the mix");
        return false;
    }
    if (score.noteCount() == 0) {
        *error = QStringLiteral("the score has no notes to render");
        return false;
    }
    LoudnessPreset preset;
    if (!findLoudnessPreset(options.preset, &preset)) {
        *error = QStringLiteral("unknown loudness preset \"%1\" (web, podcast or broadcast)")
                     .arg(options.preset);
        return false;
    }
    const QString soundFont = findSoundFont(options.soundFont, error);
    if (soundFont.isEmpty())
        return false;

    RenderResult out;
    out.soundFont = soundFont;
    out.stems.resize(score.tracks.size());
    const int workers = std::max(1, std::min<int>(options.threads, score.tracks.size()));
    std::atomic<bool> failed{false};
    QStringList errors(workers);
    auto work = [&](int worker) {
        Synthesizer synth;
        if (!synth.load(soundFont, &errors[worker])) {
            failed = true;
            return;
        }
        // Tracks are dealt out statically, not taken as threads come free: a synthesizer is not
        // quite fresh after a reset, so the same tracks must always meet the same synthesizer
        // for the same score to give the same samples.
        for (int t = worker; t < score.tracks.size() && !failed; t += workers) {
            if (!synth.renderTrack(score, t, &out.stems[t], &errors[worker],
                                   [&] { return failed.load() || (stop && stop()); })) {
                failed = true;
                return;
            }
        }
    };
    std::vector<std::thread> threads;
    for (int w = 1; w < workers; ++w)
        threads.emplace_back(work, w);
    work(0);
    for (std::thread& t : threads)
        t.join();
    if (failed) {
        for (const QString& e : errors) {
            if (!e.isEmpty()) {
                *error = e;
                break;
            }
        }
        if (error->isEmpty())
            *error = QStringLiteral("rendering was cancelled");
        return false;
    }
    if (progress)
        progress(0.8);

    // Gain and pan shape each stem; mute and solo decide which stems reach the mix.
    const bool anySolo = std::any_of(options.mix.begin(), options.mix.end(),
                                     [](const TrackMix& m) { return m.solo; });
    size_t length = 0;
    for (const StereoAudio& stem : out.stems)
        length = std::max(length, stem.samples.size());
    out.mix.samples.assign(length, 0.0f);
    for (int t = 0; t < out.stems.size(); ++t) {
        const TrackMix m = t < options.mix.size() ? options.mix[t] : TrackMix{};
        const double gain = std::pow(10.0, m.gainDb / 20.0);
        const double angle = (std::clamp(m.pan, -1.0, 1.0) + 1.0) * M_PI / 4.0; // constant power
        const float left = float(gain * std::cos(angle) * M_SQRT2);
        const float right = float(gain * std::sin(angle) * M_SQRT2);
        std::vector<float>& samples = out.stems[t].samples;
        for (size_t i = 0; i + 1 < samples.size(); i += 2) {
            samples[i] *= left;
            samples[i + 1] *= right;
        }
        if (m.mute || (anySolo && !m.solo))
            continue;
        for (size_t i = 0; i < samples.size(); ++i)
            out.mix.samples[i] += samples[i];
    }
    if (!normalizeLoudness(out.mix, preset, &out.loudness, error))
        return false;
    // The stems take the same gain as the mix, so that they add up to it in a DAW.
    const double stemGain = std::pow(10.0, out.loudness.appliedGainDb / 20.0);
    for (StereoAudio& stem : out.stems) {
        for (float& s : stem.samples)
            s = float(s * stemGain);
    }
    if (progress)
        progress(1.0);
    *result = std::move(out);
    return true;
}

} // namespace sw::render
