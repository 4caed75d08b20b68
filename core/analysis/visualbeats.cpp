#include "analysis/visualbeats.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace sw::analysis::detail {

namespace {

// Envelope values below this (pixels per frame, averaged over the frame) are sensor noise.
constexpr double kNoiseFloor = 0.004;

// Each direction's flow through a median of three frames: the flow of a small, slow object
// jitters from frame to frame (a ball at the top of its arc), a real stop or turn holds.
QVector<std::array<float, kDirectionBins>> steadyDirections(const QVector<FrameMeasure>& m)
{
    QVector<std::array<float, kDirectionBins>> steady(m.size());
    for (int i = 0; i < m.size(); ++i) {
        for (int b = 0; b < kDirectionBins; ++b) {
            float a = m[std::max(0, i - 1)].directions[b];
            float c = m[std::min(int(m.size()) - 1, i + 1)].directions[b];
            const float v = m[i].directions[b];
            if (a > c)
                std::swap(a, c);
            steady[i][b] = std::clamp(v, a, c);
        }
    }
    return steady;
}

// How much motion stops between two frame intervals, counting a turn twice: the flow lost in
// each direction, and again as far as the opposite direction gains it. A bounce turns; a rising
// ball that gravity slows only slows, and at fast tempos slows as abruptly as a hit.
double stopOrTurn(const std::array<float, kDirectionBins>& before,
                  const std::array<float, kDirectionBins>& after)
{
    double change = 0;
    for (int b = 0; b < kDirectionBins; ++b) {
        const float lost = std::max(0.0f, before[b] - after[b]);
        const int opposite = (b + kDirectionBins / 2) % kDirectionBins;
        const float gained = std::max(0.0f, after[opposite] - before[opposite]);
        change += lost + std::min(lost, gained);
    }
    return change;
}

QVector<double> decelerationEnvelope(const QVector<FrameMeasure>& m)
{
    // envelope[i] belongs to frame i - 1: the moment between the motion over (i-2, i-1) and
    // the motion over (i-1, i).
    const QVector<std::array<float, kDirectionBins>> d = steadyDirections(m);
    QVector<double> envelope(m.size(), 0.0);
    QVector<double> speed(m.size(), 0.0);
    for (int i = 0; i < m.size(); ++i) {
        for (float v : d[i])
            speed[i] += v;
    }
    for (int i = 2; i < m.size(); ++i) {
        envelope[i - 1] = stopOrTurn(d[i - 1], d[i]);
        // An impact inside a frame interval leaves that interval with little net motion, a
        // dip between faster neighbours: there the stop is the change across the dip.
        // (Gravity slowing a rising ball makes no dip.)
        if (i >= 3 && speed[i - 1] < speed[i - 2] && speed[i - 1] < speed[i])
            envelope[i - 1] = std::max(envelope[i - 1], stopOrTurn(d[i - 2], d[i]));
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
    // An impulse train correlates as well at two and three periods as at one: take the
    // shortest period that correlates nearly as well as the best.
    // A period between two whole frames splits its correlation over both neighbours: compare
    // lags by their own correlation and their better neighbour's.
    auto paired = [&](int lag) { return r[lag] + std::max(r[lag - 1], r[lag + 1]); };
    for (const int divisor : {3, 2}) {
        const int centre = int(std::lround(double(best) / divisor));
        int candidate = -1;
        for (int lag = std::max(minLag, centre - 1); lag <= std::min(maxLag, centre + 1); ++lag) {
            if (candidate < 0 || paired(lag) > paired(candidate))
                candidate = lag;
        }
        if (candidate > 0 && paired(candidate) >= 0.7 * paired(best)) {
            best = candidate;
            break;
        }
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
    QVector<double> context;
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
        // Stand out from the surroundings: above their mean by twice their spread. Where other
        // beats are near (at 160 bpm a fifth of the frames belong to an impact) they inflate
        // that spread, so a beat may also stand out among beats: three times the median and at
        // least half as strong as the strongest nearby.
        context.clear();
        double sum = 0, squares = 0;
        for (int j = std::max(0, i - contextRadius);
             j <= std::min(int(envelope.size()) - 1, i + contextRadius); ++j) {
            if (std::abs(j - i) <= peakRadius)
                continue;
            context.append(envelope[j]);
            sum += envelope[j];
            squares += envelope[j] * envelope[j];
        }
        if (context.isEmpty())
            continue;
        const double mean = sum / context.size();
        const double spread = std::sqrt(std::max(0.0, squares / context.size() - mean * mean));
        const bool standsOut = value >= mean + 2.0 * spread && value >= 2.0 * mean;
        std::sort(context.begin(), context.end());
        const double level = context[context.size() / 2];
        const bool standsOutAmongBeats =
            value >= 3.0 * level + kNoiseFloor && value >= 0.5 * context.last();
        if (!standsOut && !standsOutAmongBeats)
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
