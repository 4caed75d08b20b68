#include "analysis/pitchtracker.h"

#include <algorithm>
#include <vector>

namespace sw::analysis {

namespace {
constexpr double kLowestHz = 70;
constexpr double kHighestHz = 4000;
constexpr double kWindowSeconds = 0.048; ///< three periods of the lowest pitch
/// Short enough to show a note's attack, long enough that a low voice's periods do not
/// ripple it.
constexpr double kAttackWindowSeconds = 0.024;
constexpr float kDipThreshold = 0.15f; ///< YIN's own, for clean frames
constexpr float kDipReach = 0.12f;     ///< a dip this close to the deepest counts as first
} // namespace

PitchTrack trackPitch(const float* samples, qint64 count, int sampleRate)
{
    PitchTrack track;
    if (!samples || count <= 0 || sampleRate <= 0)
        return track;
    const int hop = std::max(1, sampleRate / 100);
    track.hopSeconds = double(hop) / sampleRate;
    const int window = std::max(16, int(kWindowSeconds * sampleRate));
    const int maxLag = std::max(4, int(sampleRate / kLowestHz));
    const int minLag = std::max(2, int(sampleRate / kHighestHz));
    const int attackWindow = std::min(window, std::max(2, int(kAttackWindowSeconds * sampleRate)));

    // Padded so that frame i's window is centred on sample i * hop.
    const qint64 frames = (count + hop - 1) / hop;
    std::vector<float> x(size_t(window / 2 + count + window + maxLag + 1), 0.f);
    std::copy(samples, samples + count, x.begin() + window / 2);
    std::vector<double> energy(x.size() + 1, 0.0); // prefix sums of x^2
    for (size_t i = 0; i < x.size(); ++i)
        energy[i + 1] = energy[i] + double(x[i]) * x[i];

    std::vector<float> r(size_t(maxLag + 2));
    std::vector<float> cmnd(size_t(maxLag + 2));
    track.frames.reserve(int(frames));
    for (qint64 f = 0; f < frames; ++f) {
        const size_t s = size_t(f * hop);
        PitchFrame frame;
        frame.timeSeconds = double(f * hop) / sampleRate;
        const double e0 = energy[s + window] - energy[s];
        frame.levelDb = float(10 * std::log10(e0 / window + 1e-12));
        const size_t centre = s + size_t(window / 2);
        const size_t half = size_t(attackWindow / 2);
        const double shortEnergy = energy[centre + half] - energy[centre - half];
        frame.attackDb = float(10 * std::log10(shortEnergy / double(2 * half) + 1e-12));
        if (e0 <= 1e-9) {
            track.frames.append(frame);
            continue;
        }
        // r(tau) = sum_j x[s+j] x[s+j+tau]: j outside so the inner loop runs over lags and
        // vectorises (no reduction).
        std::fill(r.begin(), r.end(), 0.f);
        const float* base = x.data() + s;
        for (int j = 0; j < window; ++j) {
            const float xj = base[j];
            const float* shifted = base + j;
            for (int tau = 1; tau <= maxLag + 1; ++tau)
                r[size_t(tau)] += xj * shifted[tau];
        }
        // d(tau) = e(s) + e(s+tau) - 2 r(tau); d'(tau) = d(tau) tau / sum_{k<=tau} d(k).
        double running = 0;
        float deepest = 1e9f;
        int deepestLag = -1;
        cmnd[0] = 1.f;
        for (int tau = 1; tau <= maxLag + 1; ++tau) {
            const double et = energy[s + size_t(tau) + window] - energy[s + size_t(tau)];
            const double d = std::max(0.0, e0 + et - 2.0 * r[size_t(tau)]);
            running += d;
            cmnd[size_t(tau)] = running > 0 ? float(d * tau / running) : 1.f;
            if (tau >= minLag && tau <= maxLag && cmnd[size_t(tau)] < deepest) {
                deepest = cmnd[size_t(tau)];
                deepestLag = tau;
            }
        }
        if (deepestLag < 0) {
            track.frames.append(frame);
            continue;
        }
        const float threshold = std::max(kDipThreshold, deepest + kDipReach);
        int lag = deepestLag;
        for (int tau = minLag; tau <= maxLag; ++tau) {
            if (cmnd[size_t(tau)] < threshold) {
                // The bottom of this dip: noise ripples its sides, so take the lowest point
                // within a quarter period on (the next period's dip is a whole period on).
                lag = tau;
                const int reach = std::min(maxLag, tau + std::max(2, tau / 4));
                for (int t = tau + 1; t <= reach; ++t)
                    if (cmnd[size_t(t)] < cmnd[size_t(lag)])
                        lag = t;
                break;
            }
        }
        // Parabolic interpolation of the dip between its neighbours.
        double refined = lag;
        if (lag > 1 && lag <= maxLag) {
            const double a = cmnd[size_t(lag - 1)], b = cmnd[size_t(lag)],
                         c = cmnd[size_t(lag + 1)];
            const double denominator = a - 2 * b + c;
            if (denominator > 1e-9)
                refined = lag + std::clamp(0.5 * (a - c) / denominator, -0.5, 0.5);
        }
        frame.periodicity = std::clamp(1.f - cmnd[size_t(lag)], 0.f, 1.f);
        frame.midi = 69.0 + 12.0 * std::log2(double(sampleRate) / refined / 440.0);
        track.frames.append(frame);
    }
    return track;
}

} // namespace sw::analysis
