#include "engine/telemelodymetrics.h"

#include "engine/lyricsevaluation.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace sw::engine {

namespace {

constexpr int kRest = 128;
constexpr double kLongestBeats = 33.0; // the scripts' duration vocabulary: 0.25 .. 33 beats

struct Token
{
    int pitch = kRest;
    double beats = 0.25;
};

// Beats as the scripts quantise them: whole sixteenths, floored, at least one, at most 33.
double quantised(double beats)
{
    const double sixteenths = std::max(1.0, std::floor(beats * 4 + 1e-9));
    return std::min(kLongestBeats, sixteenths / 4);
}

int absolutePitch(const SungSong& song, const SungSyllable& s)
{
    return kLyricPitchBase + s.relativePitch + (song.mode == music::KeyMode::Minor ? 9 : 0);
}

// Each syllable's tokens: the rest before its note (when there is one), then the note.
std::vector<std::vector<Token>> syllableTokens(const SungSong& song)
{
    std::vector<std::vector<Token>> out;
    for (int i = 0; i < song.syllables.size(); ++i) {
        const SungSyllable& s = song.syllables[i];
        std::vector<Token> t;
        // The scripts start at the first note: a rest before it is not a token.
        if (i > 0 && s.rest > 1e-9)
            t.push_back({kRest, quantised(s.rest)});
        t.push_back({absolutePitch(song, s), quantised(s.duration)});
        out.push_back(t);
    }
    return out;
}

double histogramOverlap(std::vector<double> a, std::vector<double> b)
{
    double sa = 0, sb = 0;
    for (double x : a)
        sa += x;
    for (double x : b)
        sb += x;
    sa = sa > 0 ? sa : 1;
    sb = sb > 0 ? sb : 1;
    double sum = 0;
    for (size_t i = 0; i < a.size(); ++i)
        sum += std::min(a[i] / sa, b[i] / sb);
    return sum;
}

std::vector<double> pitchCounts(const std::vector<std::vector<Token>>& tokens)
{
    std::vector<double> count(129, 0.0);
    for (const auto& syllable : tokens) {
        for (const Token& t : syllable) {
            if (t.pitch == kRest)
                continue;
            int p = t.pitch;
            if (p <= 60)
                p = 60 + p % 12;
            else if (p >= 84)
                p = 72 + p % 12;
            count[size_t(std::clamp(p, 0, 128))] += 1;
        }
    }
    return count;
}

std::vector<double> spanCounts(const std::vector<std::vector<Token>>& tokens)
{
    std::vector<double> spans;
    for (const auto& syllable : tokens) {
        double span = 0;
        for (const Token& t : syllable)
            span += t.beats;
        if (span <= kLongestBeats + 1e-9) // a longer span is not in the vocabulary: dropped
            spans.push_back(span);
    }
    std::vector<double> count(132, 0.0);
    if (spans.empty())
        return count;
    const double shortest = *std::min_element(spans.begin(), spans.end());
    for (double s : spans) {
        const size_t index = size_t(s / shortest + 1e-9);
        count[std::min(index, count.size() - 1)] += 1;
    }
    return count;
}

// The folded pitch every sixteenth (a rest holding the pitch before it), sampled every shortest
// token, mean-centred.
std::vector<double> contour(const std::vector<std::vector<Token>>& tokens)
{
    std::vector<int> flat;
    double shortest = std::numeric_limits<double>::max();
    for (const auto& syllable : tokens) {
        for (const Token& t : syllable) {
            shortest = std::min(shortest, t.beats);
            const int n = int(t.beats * 4 + 1e-9);
            if (t.pitch == kRest) {
                if (!flat.empty())
                    flat.insert(flat.end(), size_t(n), flat.back());
                continue;
            }
            int p = t.pitch;
            if (p < 60)
                p = 60 + p % 12;
            else if (p >= 84)
                p = 72 + p % 12;
            flat.insert(flat.end(), size_t(n), p);
        }
    }
    std::vector<double> out;
    if (flat.empty())
        return out;
    const size_t step = size_t(std::max(1, int(shortest * 4 + 1e-9)));
    for (size_t i = 0; i < flat.size() / step; ++i)
        out.push_back(flat[i * step]);
    double mean = 0;
    for (double x : out)
        mean += x;
    mean /= double(std::max<size_t>(1, out.size()));
    for (double& x : out)
        x -= mean;
    return out;
}

// Accumulated cost of the cheapest warping path (steps down, right, diagonal), |a - b| a step.
double dtwCost(const std::vector<double>& a, const std::vector<double>& b)
{
    const size_t n = a.size(), m = b.size();
    if (n == 0 || m == 0)
        return 0;
    std::vector<double> previous(m), current(m);
    for (size_t i = 0; i < n; ++i) {
        for (size_t j = 0; j < m; ++j) {
            const double cost = std::abs(a[i] - b[j]);
            double best;
            if (i == 0 && j == 0)
                best = 0;
            else if (i == 0)
                best = current[j - 1];
            else if (j == 0)
                best = previous[j];
            else
                best = std::min({previous[j], current[j - 1], previous[j - 1]});
            current[j] = cost + best;
        }
        std::swap(previous, current);
    }
    return previous[m - 1];
}

} // namespace

TeleMelodyMetrics teleMelodyMetrics(const SungSong& real, const SungSong& generated)
{
    const auto truth = syllableTokens(real);
    const auto made = syllableTokens(generated);
    TeleMelodyMetrics m;
    m.pitchDistribution = histogramOverlap(pitchCounts(truth), pitchCounts(made));
    m.durationDistribution = histogramOverlap(spanCounts(truth), spanCounts(made));
    const std::vector<double> a = contour(truth), b = contour(made);
    m.melodyDistance = b.empty() ? 0 : dtwCost(a, b) / double(b.size());
    return m;
}

QString lyricsContentKey(const SungSong& song)
{
    QString key;
    for (int i = 0; i < std::min<int>(24, song.syllables.size()); ++i) {
        for (QChar c : song.syllables[i].text) {
            if (c.isLetter())
                key += c.toLower();
        }
    }
    return key;
}

SingingShape singingShape(const QVector<SungSong>& songs)
{
    SingingShape shape;
    int intervals = 0, leaps = 0, stressed = 0, stressedStrong = 0, unstressed = 0,
        unstressedStrong = 0;
    std::vector<double> ranges;
    for (const SungSong& song : songs) {
        const QVector<bool> strongBeats = onStrongBeats(song);
        int low = 1000, high = -1000;
        for (int i = 0; i < song.syllables.size(); ++i) {
            const SungSyllable& x = song.syllables[i];
            const bool strong = strongBeats[i];
            if (x.stress == 2) {
                ++stressed;
                stressedStrong += strong;
            } else if (x.stress == 0) {
                ++unstressed;
                unstressedStrong += strong;
            }
            low = std::min(low, x.relativePitch);
            high = std::max(high, x.relativePitch);
            if (i > 0) {
                ++intervals;
                leaps += std::abs(x.relativePitch - song.syllables[i - 1].relativePitch) >= 5;
            }
        }
        if (high >= low)
            ranges.push_back(high - low);
    }
    shape.leaps = intervals ? double(leaps) / intervals : 0;
    if (!ranges.empty()) {
        std::nth_element(ranges.begin(), ranges.begin() + long(ranges.size() / 2), ranges.end());
        shape.range = ranges[ranges.size() / 2];
    }
    shape.stressedOnStrong = stressed ? double(stressedStrong) / stressed : 0;
    shape.unstressedOnStrong = unstressed ? double(unstressedStrong) / unstressed : 0;
    return shape;
}

TeleMelodyMetrics meanTeleMelodyMetrics(const QVector<SungSong>& real,
                                        const QVector<SungSong>& generated)
{
    TeleMelodyMetrics sum;
    const int n = std::min(real.size(), generated.size());
    for (int i = 0; i < n; ++i) {
        const TeleMelodyMetrics m = teleMelodyMetrics(real[i], generated[i]);
        sum.pitchDistribution += m.pitchDistribution;
        sum.durationDistribution += m.durationDistribution;
        sum.melodyDistance += m.melodyDistance;
    }
    if (n > 0) {
        sum.pitchDistribution /= n;
        sum.durationDistribution /= n;
        sum.melodyDistance /= n;
    }
    return sum;
}

} // namespace sw::engine
