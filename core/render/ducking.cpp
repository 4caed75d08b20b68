#include "render/ducking.h"

#include <algorithm>
#include <cmath>

namespace sw::render {

MusicEnvelope::MusicEnvelope(const QVector<SpeechSpan>& speech, qint64 frames,
                             const DuckingOptions& ducking, const FadeOptions& fades)
    : m_frames(std::max<qint64>(0, frames)), m_depthDb(std::min(0.0, ducking.depthDb))
{
    m_fadeIn = std::min(m_frames, qint64(std::max(0.0, fades.inSeconds) * kSampleRate));
    m_fadeOut = std::min(m_frames, qint64(std::max(0.0, fades.outSeconds) * kSampleRate));
    if (m_depthDb == 0 || speech.isEmpty())
        return;
    // Where the music must be at the depth: each passage, moved earlier by the attack (the
    // look-ahead) and extended by the hold, overlapping ones merged.
    const qint64 attack = qint64(std::max(0.0, ducking.attackSeconds) * kSampleRate);
    const qint64 hold = qint64(std::max(0.0, ducking.holdSeconds) * kSampleRate);
    for (const SpeechSpan& span : speech) {
        const qint64 from = std::clamp<qint64>(span.startFrame - attack, 0, m_frames);
        const qint64 to = std::clamp<qint64>(span.endFrame + hold, 0, m_frames);
        if (!m_down.empty() && from <= m_down.back().second)
            m_down.back().second = std::max(m_down.back().second, to);
        else if (from < to)
            m_down.push_back({from, to});
    }
    m_attackFrames = std::max<qint64>(1, attack);
    m_releaseFrames =
        std::max<qint64>(1, qint64(std::max(0.0, ducking.releaseSeconds) * kSampleRate));
}

void MusicEnvelope::fill(qint64 first, qint64 count, float* gain) const
{
    std::fill(gain, gain + std::max<qint64>(0, count), 1.0f);
    const qint64 end = std::min(m_frames, first + count);
    // Between two regions the level falls towards the next one over the attack (ending as it
    // starts) and rises after the previous one over the release, whichever is lower.
    if (!m_down.empty()) {
        size_t next = size_t(std::upper_bound(m_down.begin(), m_down.end(), first,
                                              [](qint64 f, const std::pair<qint64, qint64>& r) {
                                                  return f < r.second;
                                              }) -
                             m_down.begin());
        qint64 previousEnd = next > 0 ? m_down[next - 1].second : -1;
        float lastDb = 0, lastGain = 1;
        for (qint64 f = std::max<qint64>(0, first); f < end; ++f) {
            while (next < m_down.size() && m_down[next].second <= f)
                previousEnd = m_down[next++].second;
            double db = 0;
            if (next < m_down.size() && m_down[next].first <= f) {
                db = m_depthDb;
            } else {
                if (previousEnd >= 0 && f - previousEnd < m_releaseFrames)
                    db = m_depthDb * (1.0 - double(f - previousEnd) / m_releaseFrames);
                if (next < m_down.size() && m_down[next].first - f <= m_attackFrames)
                    db = std::min(db, m_depthDb *
                                          (1.0 - double(m_down[next].first - f) / m_attackFrames));
            }
            if (db == 0)
                continue;
            if (float(db) != lastDb) {
                lastDb = float(db);
                lastGain = float(std::pow(10.0, db / 20.0));
            }
            gain[f - first] = lastGain;
        }
    }
    // The fades: in over the first frames, out to silence on the last one.
    for (qint64 f = std::max<qint64>(0, first); f < std::min(end, m_fadeIn); ++f)
        gain[f - first] *= float(f) / float(m_fadeIn);
    for (qint64 f = std::max(first, m_frames - m_fadeOut); f < end; ++f)
        gain[f - first] *= float(m_frames - 1 - f) / float(m_fadeOut);
}

std::vector<float> duckingGain(const QVector<SpeechSpan>& speech, qint64 frames,
                               const DuckingOptions& options)
{
    std::vector<float> gain(size_t(std::max<qint64>(0, frames)), 1.0f);
    MusicEnvelope(speech, frames, options, FadeOptions{0, 0}).fill(0, frames, gain.data());
    return gain;
}

void applyFades(std::vector<float>& gain, const FadeOptions& options)
{
    const qint64 frames = qint64(gain.size());
    std::vector<float> fades(gain.size());
    MusicEnvelope({}, frames, DuckingOptions{0}, options).fill(0, frames, fades.data());
    for (size_t f = 0; f < gain.size(); ++f)
        gain[f] *= fades[f];
}

} // namespace sw::render
