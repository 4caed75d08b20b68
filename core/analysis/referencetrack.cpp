#include "analysis/referencetrack.h"

#include "media/audiodecoder.h"

#include <opencv2/core.hpp>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace sw::analysis {

namespace {
constexpr int kRate = 22050;
constexpr int kOnsetFrame = 1024;
constexpr int kOnsetHop = 256; ///< 11.6 ms: 86 onset frames a second
constexpr int kChromaFrame = 8192;
constexpr int kChromaHop = 4096;
constexpr double kSlowestBpm = 50;
constexpr double kFastestBpm = 220;
constexpr double kPreferredBpm = 110; ///< between a tempo and its double, nearer this
constexpr double kPreferenceOctaves = 1.0;
constexpr double kLongestSeconds = 20 * 60;
constexpr double kEdgeWeight = 0.6;

// Albrecht and Shanahan's key profiles (2013), from the pitch-class durations of a corpus of
// pieces in each mode, tonic first.
constexpr double kMajorProfile[12] = {0.238, 0.006, 0.111, 0.006, 0.137, 0.094,
                                      0.016, 0.214, 0.009, 0.080, 0.008, 0.081};
constexpr double kMinorProfile[12] = {0.220, 0.006, 0.104, 0.123, 0.019, 0.103,
                                      0.012, 0.214, 0.062, 0.022, 0.061, 0.052};

std::vector<float> hannWindow(int n)
{
    std::vector<float> w(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i)
        w[size_t(i)] = float(0.5 - 0.5 * std::cos(2 * M_PI * i / n));
    return w;
}

// Magnitude spectrum of samples[start, start + n) (zero past the end), n/2 + 1 bins.
void magnitudes(const float* samples, qint64 count, qint64 start, const std::vector<float>& window,
                std::vector<float>* out)
{
    const int n = int(window.size());
    cv::Mat frame(1, n, CV_32F);
    float* f = frame.ptr<float>();
    for (int i = 0; i < n; ++i)
        f[i] = start + i >= 0 && start + i < count ? samples[start + i] * window[size_t(i)] : 0.f;
    cv::Mat spectrum;
    cv::dft(frame, spectrum, cv::DFT_COMPLEX_OUTPUT);
    const cv::Vec2f* c = spectrum.ptr<cv::Vec2f>();
    out->resize(size_t(n / 2 + 1));
    for (int k = 0; k <= n / 2; ++k)
        (*out)[size_t(k)] = std::hypot(c[k][0], c[k][1]);
}

double pearson(const double* a, const double* b, int n)
{
    const double ma = std::accumulate(a, a + n, 0.0) / n, mb = std::accumulate(b, b + n, 0.0) / n;
    double sab = 0, saa = 0, sbb = 0;
    for (int i = 0; i < n; ++i) {
        sab += (a[i] - ma) * (b[i] - mb);
        saa += (a[i] - ma) * (a[i] - ma);
        sbb += (b[i] - mb) * (b[i] - mb);
    }
    return saa > 0 && sbb > 0 ? sab / std::sqrt(saa * sbb) : 0;
}

// The onset-strength envelope: log-magnitude spectral flux, rectified, its slow trend taken
// out.
std::vector<double> onsetStrength(const float* samples, qint64 count)
{
    const std::vector<float> window = hannWindow(kOnsetFrame);
    std::vector<float> previous, current;
    std::vector<double> flux;
    for (qint64 start = 0; start + kOnsetFrame / 2 < count; start += kOnsetHop) {
        magnitudes(samples, count, start - kOnsetFrame / 2, window, &current);
        for (float& m : current)
            m = std::log1p(100.f * m);
        double sum = 0;
        if (!previous.empty())
            for (size_t k = 1; k < current.size(); ++k)
                sum += std::max(0.f, current[k] - previous[k]);
        flux.push_back(sum);
        std::swap(previous, current);
    }
    // Take out the local mean over about a second.
    std::vector<double> out(flux.size(), 0);
    const int half = 43;
    std::vector<double> prefix(flux.size() + 1, 0);
    for (size_t i = 0; i < flux.size(); ++i)
        prefix[i + 1] = prefix[i] + flux[i];
    for (int i = 0; i < int(flux.size()); ++i) {
        const int a = std::max(0, i - half), b = std::min(int(flux.size()), i + half + 1);
        out[size_t(i)] =
            std::max(0.0, flux[size_t(i)] - (prefix[size_t(b)] - prefix[size_t(a)]) / (b - a));
    }
    // Unit spread, so that the beat tracker's cost of a change of period means the same on a
    // quiet track as on a loud one.
    double sum = 0, squares = 0;
    for (double v : out) {
        sum += v;
        squares += v * v;
    }
    const double n = std::max<double>(1, double(out.size()));
    const double spread = std::sqrt(std::max(0.0, squares / n - (sum / n) * (sum / n)));
    if (spread > 0)
        for (double& v : out)
            v /= spread;
    return out;
}

// The beat period (in onset frames, fractional) whose multiples the envelope repeats at most,
// preferring tempos near kPreferredBpm between octaves.
double beatPeriod(const std::vector<double>& onset, double* confidence)
{
    const double framesPerSecond = double(kRate) / kOnsetHop;
    const int shortest = int(framesPerSecond * 60 / kFastestBpm);
    const int longest = int(framesPerSecond * 60 / kSlowestBpm);
    const int n = int(onset.size());
    if (n < 2 * longest)
        return 0;
    // Autocorrelation of the envelope less its mean: noise's onsets correlate at no lag, a
    // beat's at its period (normalised, 1 at lag 0).
    const double mean = std::accumulate(onset.begin(), onset.end(), 0.0) / n;
    std::vector<double> centred(onset.begin(), onset.end());
    for (double& v : centred)
        v -= mean;
    std::vector<double> ac(size_t(4 * longest + 2), 0);
    double zero = 0;
    for (int i = 0; i < n; ++i)
        zero += centred[size_t(i)] * centred[size_t(i)];
    if (zero <= 0)
        return 0;
    for (int lag = 1; lag < int(ac.size()) && lag < n; ++lag) {
        double sum = 0;
        for (int i = lag; i < n; ++i)
            sum += centred[size_t(i)] * centred[size_t(i - lag)];
        ac[size_t(lag)] = sum / zero;
    }
    double best = -1;
    int bestLag = 0;
    for (int lag = shortest; lag <= longest; ++lag) {
        // The beat, with its double and its half counted alike so that neither octave wins
        // by the sum alone.
        const double salience0 =
            ac[size_t(lag)] + 0.5 * ac[size_t(2 * lag)] + 0.5 * ac[size_t(lag / 2)];
        double salience = salience0;
        const double bpm = 60 * framesPerSecond / lag;
        const double octaves = std::log2(bpm / kPreferredBpm) / kPreferenceOctaves;
        salience *= std::exp(-0.5 * octaves * octaves);
        if (salience > best) {
            best = salience;
            bestLag = lag;
        }
    }
    *confidence = std::clamp(ac[size_t(bestLag)], 0.0, 1.0);
    const double a = ac[size_t(bestLag - 1)], b = ac[size_t(bestLag)], c = ac[size_t(bestLag + 1)];
    const double denominator = a - 2 * b + c;
    return bestLag + (denominator < 0 ? std::clamp(0.5 * (a - c) / denominator, -0.5, 0.5) : 0.0);
}

// Beats by dynamic programming: each beat the strongest onset about a period after the last,
// a change of period paid for (Ellis 2007, tightness 100).
QVector<int> trackBeats(const std::vector<double>& onset, double period)
{
    const int n = int(onset.size());
    std::vector<double> score(size_t(n), 0);
    std::vector<int> from(size_t(n), -1);
    const double tightness = 100;
    for (int t = 0; t < n; ++t) {
        double best = 0;
        int bestFrom = -1;
        const int a = std::max(0, t - int(2 * period)), b = t - int(std::round(period / 2));
        for (int p = a; p <= b; ++p) {
            const double ratio = std::log((t - p) / period);
            const double s = score[size_t(p)] - tightness * ratio * ratio;
            if (bestFrom < 0 || s > best) {
                best = s;
                bestFrom = p;
            }
        }
        score[size_t(t)] = onset[size_t(t)] + (bestFrom >= 0 ? std::max(0.0, best) : 0.0);
        from[size_t(t)] = bestFrom >= 0 && best > 0 ? bestFrom : -1;
    }
    // The last beat: the best score within the final period.
    int last = std::max(0, n - 1 - int(period));
    for (int t = last; t < n; ++t)
        if (score[size_t(t)] > score[size_t(last)])
            last = t;
    QVector<int> beats;
    for (int t = last; t >= 0; t = from[size_t(t)])
        beats.prepend(t);
    return beats;
}
} // namespace

ReferenceTrack analyseReferenceSamples(const float* samples, qint64 count, int sampleRate)
{
    ReferenceTrack track;
    if (!samples || count <= 0 || sampleRate <= 0)
        return track;
    track.durationSeconds = double(count) / sampleRate;
    const double framesPerSecond = double(sampleRate) / kOnsetHop;

    // Tempo and beats.
    const std::vector<double> onset = onsetStrength(samples, count);
    double confidence = 0;
    const double period = beatPeriod(onset, &confidence);
    if (period > 0) {
        const QVector<int> beats = trackBeats(onset, period);
        for (int b : beats)
            track.beatSeconds.append(b / framesPerSecond);
        if (beats.size() >= 8) {
            // The tempo is the slope of beat time against beat number (least squares).
            const int m = int(beats.size());
            double sx = 0, sy = 0, sxx = 0, sxy = 0;
            for (int i = 0; i < m; ++i) {
                sx += i;
                sy += beats[i];
                sxx += double(i) * i;
                sxy += double(i) * beats[i];
            }
            const double slope = (m * sxy - sx * sy) / (m * sxx - sx * sx);
            track.bpm = slope > 0 ? 60 * framesPerSecond / slope : 0;
            track.beatConfidence = confidence;
        }
    }
    {
        double mean = 0;
        for (double v : onset)
            mean += v;
        mean /= std::max<size_t>(1, onset.size());
        int peaks = 0;
        for (size_t i = 1; i + 1 < onset.size(); ++i)
            if (onset[i] > 2 * mean && onset[i] >= onset[i - 1] && onset[i] > onset[i + 1])
                ++peaks;
        track.onsetsPerSecond = peaks / std::max(1e-9, track.durationSeconds);
    }

    // Key: a chroma profile of the whole track from the salience of each pitch from 65 Hz to
    // 2 kHz (its first four harmonics summed, so that a note's third harmonic does not count
    // as its fifth), the bass (below 165 Hz) counted twice since it plays the roots.
    const std::vector<float> window = hannWindow(kChromaFrame);
    std::vector<float> spectrum;
    double chroma[12] = {}, opening[12] = {}, closing[12] = {};
    // Songs open and close on their tonic, more often than not: the first and last tenth of
    // the track (4-10 s) count again.
    const qint64 edge = std::clamp(count / 10, qint64(4) * sampleRate, qint64(10) * sampleRate);
    const double binHz = double(sampleRate) / kChromaFrame;
    const auto peakNear = [&](double hz) {
        const int a = std::max(1, int(std::floor(hz * 0.985 / binHz)));
        const int b = std::min(int(spectrum.size()) - 1, int(std::ceil(hz * 1.015 / binHz)));
        float best = 0;
        for (int k = a; k <= b; ++k)
            best = std::max(best, spectrum[size_t(k)]);
        return double(best);
    };
    for (qint64 start = 0; start < count; start += kChromaHop) {
        magnitudes(samples, count, start, window, &spectrum);
        for (int pitch = 36; pitch <= 96; ++pitch) {
            const double hz = 440 * std::pow(2.0, (pitch - 69) / 12.0);
            double salience = 0, weight = 1;
            for (int h = 1; h <= 4 && h * hz < sampleRate / 2.0; ++h, weight *= 0.7)
                salience += weight * peakNear(h * hz);
            const double weighted = salience * (pitch < 52 ? 2.0 : 1.0);
            chroma[pitch % 12] += weighted;
            if (start < edge)
                opening[pitch % 12] += weighted;
            if (start + kChromaFrame > count - edge)
                closing[pitch % 12] += weighted;
        }
    }
    const auto total = [](const double* c) {
        return std::max(1e-12, std::accumulate(c, c + 12, 0.0));
    };
    const double all = total(chroma), first = total(opening), last = total(closing);
    for (int pc = 0; pc < 12; ++pc)
        chroma[pc] = chroma[pc] / all + kEdgeWeight * (opening[pc] / first + closing[pc] / last);
    double bestR = -2, secondR = -2;
    for (int tonic = 0; tonic < 12; ++tonic) {
        for (const music::KeyMode mode : {music::KeyMode::Major, music::KeyMode::Minor}) {
            double rotated[12];
            for (int i = 0; i < 12; ++i)
                rotated[i] = chroma[(tonic + i) % 12];
            const double r =
                pearson(rotated, mode == music::KeyMode::Major ? kMajorProfile : kMinorProfile, 12);
            if (r > bestR) {
                secondR = bestR;
                bestR = r;
                track.key = music::KeySignature::fromTonic(tonic, mode);
            } else if (r > secondR) {
                secondR = r;
            }
        }
    }
    track.keyConfidence = bestR;
    track.keyMargin = bestR - secondR;

    // Loudness a second.
    for (qint64 start = 0; start < count; start += sampleRate) {
        const qint64 end = std::min(count, start + sampleRate);
        double energy = 0;
        for (qint64 i = start; i < end; ++i)
            energy += double(samples[i]) * samples[i];
        track.loudnessDb.append(10 * std::log10(energy / double(end - start) + 1e-12));
    }
    return track;
}

bool analyseReferenceTrack(const QString& path, ReferenceTrack* track, QString* error,
                           const media::StopRequested& stop)
{
    media::MediaInfo info;
    if (!media::probeMedia(path, &info, error))
        return false;
    if (info.durationUs > qint64(kLongestSeconds * 1e6)) {
        *error = QStringLiteral("%1: %2 minutes long; a reference track may be at most %3 "
                                "minutes")
                     .arg(path)
                     .arg(info.durationUs / 60e6, 0, 'f', 0)
                     .arg(kLongestSeconds / 60, 0, 'f', 0);
        return false;
    }
    media::AudioBuffer audio;
    if (!media::decodeAudio(path, kRate, 1, &audio, error, stop))
        return false;
    if (audio.samples.size() < size_t(kRate) * 4) {
        *error = QStringLiteral("%1: %2 s of sound; a reference track needs at least 4 s")
                     .arg(path)
                     .arg(double(audio.samples.size()) / kRate, 0, 'f', 1);
        return false;
    }
    *track = analyseReferenceSamples(audio.samples.data(), qint64(audio.samples.size()), kRate);
    track->path = path;
    return true;
}

QVector<double> intensityContour(const ReferenceTrack& track, int points)
{
    QVector<double> out;
    if (track.loudnessDb.isEmpty() || points < 2)
        return out;
    std::vector<double> sorted(track.loudnessDb.begin(), track.loudnessDb.end());
    std::sort(sorted.begin(), sorted.end());
    const double quiet = sorted[size_t(0.1 * double(sorted.size() - 1))];
    const double loud = sorted[size_t(0.9 * double(sorted.size() - 1))];
    const int n = int(track.loudnessDb.size());
    for (int p = 0; p < points; ++p) {
        // The mean over this point's share of the track.
        const int a = p * n / points, b = std::max(a + 1, (p + 1) * n / points);
        double sum = 0;
        for (int i = a; i < b && i < n; ++i)
            sum += track.loudnessDb[i];
        const double level = sum / (b - a);
        out.append(loud > quiet ? std::clamp((level - quiet) / (loud - quiet), 0.0, 1.0) : 0.5);
    }
    return out;
}

} // namespace sw::analysis
