#include "render/scorerenderer.h"

#include "render/soundfont.h"
#include "render/synthesizer.h"

#include <QFileInfo>
#include <atomic>
#include <cmath>
#include <thread>

namespace sw::render {

bool renderScore(const music::Score& score, const RenderOptions& options, RenderResult* result,
                 QString* error, const media::StopRequested& stop,
                 const std::function<void(double)>& progress)
{
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
    std::atomic<int> done{0};
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
            ++done;
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

    size_t length = 0;
    for (const StereoAudio& stem : out.stems)
        length = std::max(length, stem.samples.size());
    out.mix.samples.assign(length, 0.0f);
    for (const StereoAudio& stem : out.stems) {
        for (size_t i = 0; i < stem.samples.size(); ++i)
            out.mix.samples[i] += stem.samples[i];
    }
    // The stems take the same gain as the mix, so that they add up to it in a DAW.
    const StereoAudio unscaled = out.mix;
    if (!normalizeLoudness(out.mix, preset, &out.loudness, error))
        return false;
    double gain = 0;
    double energy = 0;
    for (size_t i = 0; i < unscaled.samples.size(); ++i) {
        gain += double(out.mix.samples[i]) * unscaled.samples[i];
        energy += double(unscaled.samples[i]) * unscaled.samples[i];
    }
    const double stemGain = energy > 0 ? gain / energy : 1.0;
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
