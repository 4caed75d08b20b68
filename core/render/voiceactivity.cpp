#include "render/voiceactivity.h"

#include <algorithm>
#include <cmath>
#include <deque>

namespace sw::render {

namespace {

constexpr int kHop = kSampleRate / 100; // 10 ms

// RBJ cookbook biquad, direct form I.
struct Biquad
{
    double b0 = 1, b1 = 0, b2 = 0, a1 = 0, a2 = 0;
    double x1 = 0, x2 = 0, y1 = 0, y2 = 0;

    static Biquad make(double hz, bool highPass)
    {
        const double w = 2 * M_PI * hz / kSampleRate;
        const double alpha = std::sin(w) / (2 * M_SQRT1_2); // Q = 1/sqrt(2): Butterworth
        const double c = std::cos(w);
        const double a0 = 1 + alpha;
        Biquad f;
        f.b0 = (highPass ? (1 + c) / 2 : (1 - c) / 2) / a0;
        f.b1 = (highPass ? -(1 + c) : (1 - c)) / a0;
        f.b2 = f.b0;
        f.a1 = -2 * c / a0;
        f.a2 = (1 - alpha) / a0;
        return f;
    }
    double operator()(double x)
    {
        const double y = b0 * x + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
        x2 = x1;
        x1 = x;
        y2 = y1;
        y1 = y;
        return y;
    }
};

// Sliding minimum over [i - radius, i + radius] (monotonic deque, linear time).
std::vector<double> slidingMinimum(const std::vector<double>& values, int radius)
{
    const int n = int(values.size());
    std::vector<double> out(n);
    std::deque<int> window;
    int next = 0;
    for (int i = 0; i < n; ++i) {
        for (; next < n && next <= i + radius; ++next) {
            while (!window.empty() && values[window.back()] >= values[next])
                window.pop_back();
            window.push_back(next);
        }
        while (window.front() < i - radius)
            window.pop_front();
        out[i] = values[window.front()];
    }
    return out;
}

// Standard deviation over [i - radius, i + radius], from running sums.
std::vector<double> slidingSpread(const std::vector<double>& values, int radius)
{
    const int n = int(values.size());
    std::vector<double> sum(n + 1, 0), squares(n + 1, 0);
    for (int i = 0; i < n; ++i) {
        sum[i + 1] = sum[i] + values[i];
        squares[i + 1] = squares[i] + values[i] * values[i];
    }
    std::vector<double> out(n);
    for (int i = 0; i < n; ++i) {
        const int a = std::max(0, i - radius), b = std::min(n, i + radius + 1);
        const double count = b - a;
        const double mean = (sum[b] - sum[a]) / count;
        out[i] = std::sqrt(std::max(0.0, (squares[b] - squares[a]) / count - mean * mean));
    }
    return out;
}

// The hops where the level peaks: rises, then falls back by at least `swingDb` (hysteresis, so
// that small ripples are not syllables).
std::vector<int> levelPeaks(const std::vector<double>& levelDb, double swingDb)
{
    std::vector<int> peaks;
    bool rising = true;
    int extreme = 0;
    for (int h = 1; h < int(levelDb.size()); ++h) {
        if (rising) {
            if (levelDb[h] > levelDb[extreme])
                extreme = h;
            else if (levelDb[h] < levelDb[extreme] - swingDb) {
                peaks.push_back(extreme);
                rising = false;
                extreme = h;
            }
        } else {
            if (levelDb[h] < levelDb[extreme])
                extreme = h;
            else if (levelDb[h] > levelDb[extreme] + swingDb) {
                rising = true;
                extreme = h;
            }
        }
    }
    return peaks;
}

} // namespace

struct SpeechDetector::Private
{
    Biquad highPass = Biquad::make(300, true), lowPass = Biquad::make(3400, false);
    double band = 0, total = 0; // of the hop under way
    int inHop = 0;
    std::vector<double> bandDb, share; // per whole hop
};

SpeechDetector::SpeechDetector() : d(std::make_unique<Private>()) {}
SpeechDetector::~SpeechDetector() = default;

void SpeechDetector::push(const float* stereo, qint64 frames)
{
    for (qint64 f = 0; f < frames; ++f) {
        const double mono = 0.5 * (stereo[2 * f] + stereo[2 * f + 1]);
        const double b = d->lowPass(d->highPass(mono));
        d->band += b * b;
        d->total += mono * mono;
        if (++d->inHop == kHop) {
            d->bandDb.push_back(10 * std::log10(d->band / kHop + 1e-12));
            d->share.push_back(d->total > 0 ? d->band / d->total : 0);
            d->band = d->total = 0;
            d->inHop = 0;
        }
    }
}

QVector<SpeechSpan> detectSpeech(const StereoAudio& audio, const VoiceActivityOptions& options)
{
    SpeechDetector detector;
    detector.push(audio.samples.data(), audio.frames());
    return detector.speech(options);
}

QVector<SpeechSpan> SpeechDetector::speech(const VoiceActivityOptions& options) const
{
    const std::vector<double>& bandDb = d->bandDb;
    const std::vector<double>& share = d->share;
    const int hops = int(bandDb.size());
    if (hops == 0)
        return {};
    // The floor is the quietest the band gets within 1.5 s either side: room tone, wind, a
    // steady music bed. Speech stands out of it; a level bed does not.
    const std::vector<double> floorDb = slidingMinimum(bandDb, 150);
    // Syllables: the band level swings by several dB within half a second. Levels are clipped
    // to the floor so that the silences between utterances do not inflate the spread.
    std::vector<double> clipped(hops);
    for (int h = 0; h < hops; ++h)
        clipped[h] = std::max(bandDb[h], floorDb[h]);
    const std::vector<double> spread = slidingSpread(clipped, 25);
    // And the swings must repeat: a tone that starts or stops makes one step (the spread of
    // a 440 Hz beep's edges passed for speech), syllables rise and fall several times a
    // second. At least two peaks within half a second either side.
    std::vector<int> peaksUpTo(hops + 1, 0); // peaks before hop h
    for (int peak : levelPeaks(clipped, options.minModulationDb))
        ++peaksUpTo[peak + 1];
    for (int h = 0; h < hops; ++h)
        peaksUpTo[h + 1] += peaksUpTo[h];
    auto peaksAround = [&](int h) {
        return peaksUpTo[std::min(hops, h + 51)] - peaksUpTo[std::max(0, h - 50)];
    };

    std::vector<char> speech(hops, 0);
    for (int h = 0; h < hops; ++h) {
        speech[h] = bandDb[h] >= options.minLevelDbfs &&
                    bandDb[h] >= floorDb[h] + options.minAboveFloorDb &&
                    spread[h] >= options.minModulationDb && share[h] >= options.minBandShare &&
                    peaksAround(h) >= 2;
    }
    // Bridge the pauses between words, then drop bursts too short to be speech.
    QVector<SpeechSpan> spans;
    const int bridge = int(options.bridgeGapSeconds * 100);
    const int shortest = int(options.minSpeechSeconds * 100);
    int h = 0;
    while (h < hops) {
        if (!speech[h]) {
            ++h;
            continue;
        }
        int last = h;
        int voiced = 1;
        for (int k = h + 1; k < hops && k - last <= bridge; ++k) {
            if (speech[k]) {
                last = k;
                ++voiced;
            }
        }
        const int end = last + 1;
        if (voiced >= shortest)
            spans.append({qint64(h) * kHop, qint64(end) * kHop});
        h = end;
    }
    return spans;
}

} // namespace sw::render
