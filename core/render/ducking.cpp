#include "render/ducking.h"

#include <algorithm>
#include <cmath>

namespace sw::render {

std::vector<float> duckingGain(const QVector<SpeechSpan>& speech, qint64 frames,
                               const DuckingOptions& options)
{
    std::vector<float> gain(size_t(std::max<qint64>(0, frames)), 1.0f);
    const double depth = std::min(0.0, options.depthDb);
    if (depth == 0 || speech.isEmpty())
        return gain;
    // Where the music must be at the depth: each passage, moved earlier by the attack (the
    // look-ahead) and extended by the hold, overlapping ones merged.
    const qint64 attack = qint64(std::max(0.0, options.attackSeconds) * kSampleRate);
    const qint64 hold = qint64(std::max(0.0, options.holdSeconds) * kSampleRate);
    std::vector<std::pair<qint64, qint64>> down;
    for (const SpeechSpan& span : speech) {
        const qint64 from = std::clamp<qint64>(span.startFrame - attack, 0, frames);
        const qint64 to = std::clamp<qint64>(span.endFrame + hold, 0, frames);
        if (!down.empty() && from <= down.back().second)
            down.back().second = std::max(down.back().second, to);
        else if (from < to)
            down.push_back({from, to});
    }
    // Between two regions the level falls towards the next one over the attack (ending as it
    // starts) and rises after the previous one over the release, whichever is lower.
    const qint64 attackFrames = std::max<qint64>(1, attack);
    const qint64 releaseFrames =
        std::max<qint64>(1, qint64(std::max(0.0, options.releaseSeconds) * kSampleRate));
    float lastDb = 0, lastGain = 1;
    auto write = [&](qint64 f, double db) {
        if (float(db) != lastDb) {
            lastDb = float(db);
            lastGain = float(std::pow(10.0, db / 20.0));
        }
        gain[size_t(f)] = lastGain;
    };
    qint64 previousEnd = -1;
    size_t next = 0;
    for (qint64 f = 0; f < frames; ++f) {
        while (next < down.size() && down[next].second <= f)
            previousEnd = down[next++].second;
        if (next < down.size() && down[next].first <= f) {
            write(f, depth);
            continue;
        }
        double db = 0;
        if (previousEnd >= 0 && f - previousEnd < releaseFrames)
            db = depth * (1.0 - double(f - previousEnd) / releaseFrames);
        if (next < down.size() && down[next].first - f <= attackFrames)
            db = std::min(db, depth * (1.0 - double(down[next].first - f) / attackFrames));
        if (db == 0 && f > previousEnd + releaseFrames &&
            (next >= down.size() || down[next].first - f > attackFrames)) {
            // Full level until the next ramp: skip ahead.
            const qint64 until = next < down.size() ? down[next].first - attackFrames : frames;
            f = std::max(f, until) - 1;
            continue;
        }
        write(f, db);
    }
    return gain;
}

void applyFades(std::vector<float>& gain, const FadeOptions& options)
{
    const qint64 frames = qint64(gain.size());
    const qint64 in = std::min(frames, qint64(std::max(0.0, options.inSeconds) * kSampleRate));
    for (qint64 f = 0; f < in; ++f)
        gain[f] *= float(f) / float(in);
    const qint64 out = std::min(frames, qint64(std::max(0.0, options.outSeconds) * kSampleRate));
    for (qint64 f = 0; f < out; ++f) // the last frame is silent
        gain[frames - 1 - f] *= float(f) / float(out);
}

} // namespace sw::render
