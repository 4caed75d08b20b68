#include "analysis/visualbeats.h"

#include <algorithm>
#include <cmath>

namespace sw::analysis::detail {

namespace {

// Envelope values below this (pixels per frame, averaged over the frame) are sensor noise.
constexpr double kNoiseFloor = 0.004;

QVector<double> decelerationEnvelope(const QVector<FrameMeasure>& m)
{
    // envelope[i] belongs to frame i - 1: the moment between the motion over (i-2, i-1) and
    // the motion over (i-1, i).
    QVector<double> envelope(m.size(), 0.0);
    for (int i = 2; i < m.size(); ++i) {
        double drop = 0;
        for (int b = 0; b < kDirectionBins; ++b)
            drop += std::max(0.0f, m[i - 1].directions[b] - m[i].directions[b]);
        envelope[i - 1] = drop;
    }
    return envelope;
}

// Flow across a transition is meaningless: silence the envelope there.
void silenceTransitions(const QVector<FrameMeasure>& m, const QVector<Transition>& transitions,
                        double frameRate, QVector<double>& envelope)
{
    const qint64 frameUs = qint64(1e6 / std::max(1.0, frameRate));
    for (const Transition& t : transitions) {
        const qint64 from = t.timeUs - t.durationUs / 2 - 2 * frameUs;
        const qint64 to = t.timeUs + t.durationUs / 2 + 2 * frameUs;
        for (int i = 0; i < m.size(); ++i) {
            if (m[i].timeUs >= from && m[i].timeUs <= to)
                envelope[i] = 0;
        }
    }
}

double estimateTempo(const QVector<double>& envelope, double frameRate, double* confidence)
{
    *confidence = 0;
    const int n = envelope.size();
    const int minLag = std::max(2, int(frameRate * 60.0 / 200.0));
    const int maxLag = int(frameRate * 60.0 / 50.0);
    if (n < 2 * maxLag)
        return 0;
    double mean = 0;
    for (double v : envelope)
        mean += v;
    mean /= n;
    auto autocorrelation = [&](int lag) {
        double sum = 0;
        for (int i = 0; i + lag < n; ++i)
            sum += (envelope[i] - mean) * (envelope[i + lag] - mean);
        return sum / (n - lag);
    };
    const double energy = autocorrelation(0);
    if (energy <= 0)
        return 0;
    QVector<double> r(maxLag + 2, 0.0);
    for (int lag = minLag - 1; lag <= maxLag + 1; ++lag)
        r[lag] = autocorrelation(lag);
    int best = minLag;
    for (int lag = minLag; lag <= maxLag; ++lag) {
        if (r[lag] > r[best])
            best = lag;
    }
    // Parabolic interpolation between lags for a tempo finer than whole frames.
    const double a = r[best - 1], b = r[best], c = r[best + 1];
    const double denominator = a - 2 * b + c;
    const double offset = denominator < 0 ? 0.5 * (a - c) / denominator : 0.0;
    *confidence = std::clamp(b / energy, 0.0, 1.0);
    return 60.0 * frameRate / (best + offset);
}

} // namespace

QVector<VisualBeat> detectVisualBeats(const QVector<FrameMeasure>& m, double frameRate,
                                      const QVector<Transition>& transitions, double* tempoBpm,
                                      double* tempoConfidence)
{
    QVector<VisualBeat> beats;
    *tempoBpm = 0;
    *tempoConfidence = 0;
    if (m.size() < 4)
        return beats;
    QVector<double> envelope = decelerationEnvelope(m);
    silenceTransitions(m, transitions, frameRate, envelope);

    const int peakRadius = std::max(1, int(std::lround(0.1 * frameRate)));
    const int contextRadius = std::max(4, int(std::lround(1.5 * frameRate)));
    const qint64 minSpacingUs = 150000;
    for (int i = 1; i + 1 < envelope.size(); ++i) {
        const double value = envelope[i];
        if (value < kNoiseFloor)
            continue;
        bool isPeak = true;
        for (int j = std::max(0, i - peakRadius);
             j <= std::min(int(envelope.size()) - 1, i + peakRadius); ++j) {
            if (envelope[j] > value || (envelope[j] == value && j < i)) {
                isPeak = false;
                break;
            }
        }
        if (!isPeak)
            continue;
        // Stand out from the surroundings: above their mean by twice their spread.
        double sum = 0, squares = 0;
        int count = 0;
        for (int j = std::max(0, i - contextRadius);
             j <= std::min(int(envelope.size()) - 1, i + contextRadius); ++j) {
            if (std::abs(j - i) <= peakRadius)
                continue;
            sum += envelope[j];
            squares += envelope[j] * envelope[j];
            ++count;
        }
        const double mean = count ? sum / count : 0;
        const double spread = count ? std::sqrt(std::max(0.0, squares / count - mean * mean)) : 0;
        if (value < mean + 2.0 * spread || value < 2.0 * mean)
            continue;
        const VisualBeat beat{m[i].timeUs, value};
        if (!beats.isEmpty() && beat.timeUs - beats.last().timeUs < minSpacingUs) {
            if (beat.strength > beats.last().strength)
                beats.last() = beat;
            continue;
        }
        beats.append(beat);
    }
    double strongest = 0;
    for (const VisualBeat& b : beats)
        strongest = std::max(strongest, b.strength);
    for (VisualBeat& b : beats)
        b.strength = strongest > 0 ? b.strength / strongest : 0;
    *tempoBpm = estimateTempo(envelope, frameRate, tempoConfidence);
    if (*tempoConfidence < 0.1)
        *tempoBpm = 0;
    return beats;
}

} // namespace sw::analysis::detail
