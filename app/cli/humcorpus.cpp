#include "cli/humcorpus.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <random>

namespace sw::cli {

namespace {
struct VoiceRange
{
    int lowest, highest;
};
VoiceRange rangeOf(HumVoice voice)
{
    switch (voice) {
    case HumVoice::LowHum:
        return {40, 57}; // E2-A3: 82-220 Hz
    case HumVoice::HighHum:
        return {55, 74}; // G3-D5: 196-587 Hz
    case HumVoice::Whistle:
        return {75, 98}; // D#5-D7: 622-2349 Hz
    }
    return {55, 74};
}
double hz(double midi)
{
    return 440.0 * std::pow(2.0, (midi - 69.0) / 12.0);
}
} // namespace

HummedLine synthesiseLine(HumVoice voice, quint32 seed, double snrDb, double seconds,
                          int sampleRate)
{
    std::mt19937 rng(seed);
    const auto uniform = [&](double a, double b) {
        return std::uniform_real_distribution<double>(a, b)(rng);
    };
    HummedLine line;
    line.sampleRate = sampleRate;
    line.snrDb = snrDb;
    line.bpm = std::round(uniform(70, 140));
    const double eighth = 30.0 / line.bpm;
    line.barOneSeconds = uniform(0.4, 1.0);
    const VoiceRange range = rangeOf(voice);
    const double tuning = uniform(-0.3, 0.3); // the singer's own A
    static const char* const kVoiceNames[] = {"low hum", "high hum", "whistle"};
    line.description = QStringLiteral("%1, %2 bpm, %3 dB SNR")
                           .arg(QLatin1String(kVoiceNames[int(voice)]))
                           .arg(line.bpm)
                           .arg(snrDb, 0, 'f', 0);

    // The written line: eighths, quarters, dotted quarters, halves; a rest now and then;
    // steps, some leaps, some repeated notes; a breath every 2 bars.
    struct Written
    {
        int pitch, start, length;
        bool legato, glide;
    };
    std::vector<Written> written;
    int pitch = (range.lowest + range.highest) / 2;
    int at = 0;
    const int lastEighth = int((seconds - line.barOneSeconds - 0.5) / eighth);
    static const int kLengths[] = {1, 1, 2, 2, 2, 3, 4};
    while (at < lastEighth) {
        const int length = kLengths[std::uniform_int_distribution<int>(0, 6)(rng)];
        const double r = uniform(0, 1);
        int step = r < 0.12   ? 0
                   : r < 0.75 ? (r < 0.45 ? 1 : 2)
                              : std::uniform_int_distribution<int>(3, 7)(rng);
        if (uniform(0, 1) < 0.5)
            step = -step;
        if (pitch + step < range.lowest || pitch + step > range.highest)
            step = -step;
        pitch = std::clamp(pitch + step, range.lowest, range.highest);
        const bool legato = !written.empty() && step != 0 && uniform(0, 1) < 0.6;
        written.push_back({pitch, at, length, legato, legato && uniform(0, 1) < 0.6});
        at += length;
        if ((at / 16) != ((at - length) / 16) || uniform(0, 1) < 0.08)
            at += 1 + (uniform(0, 1) < 0.5); // a breath at the end of a phrase
    }

    // Performed: onsets a little early or late, notes ended before a rest or a new breath.
    const size_t total = size_t(seconds * sampleRate);
    std::vector<double> voiceSignal(total, 0.0);
    std::vector<char> sounding(total, 0);
    double phase = 0;
    double previousMidi = pitch;
    const double vibratoRate = uniform(4.2, 7.0);
    const double vibratoCents = voice == HumVoice::Whistle ? uniform(5, 25) : uniform(20, 90);
    const double rolloff = uniform(0.7, 2.0); // harmonic k at 1/k^rolloff: bright to dull
    const bool whiteNoise = uniform(0, 1) < 0.4;
    std::vector<double> onsets;
    for (size_t i = 0; i < written.size(); ++i)
        onsets.push_back(line.barOneSeconds + written[i].start * eighth + uniform(-0.015, 0.015));
    for (size_t i = 0; i < written.size(); ++i) {
        const Written& w = written[i];
        const double onset = onsets[i];
        const bool nextJoins = i + 1 < written.size() && written[i + 1].legato &&
                               written[i + 1].start == w.start + w.length;
        double offset = line.barOneSeconds + (w.start + w.length) * eighth;
        offset = nextJoins ? onsets[i + 1] : offset - uniform(0.04, 0.1);
        if (i + 1 < written.size())
            offset = std::min(offset, onsets[i + 1]);
        offset = std::min(offset, seconds - 0.05);
        if (offset - onset < 0.08)
            continue;
        const double midi = w.pitch + tuning + uniform(-0.1, 0.1);
        const double glideSeconds = w.glide ? uniform(0.04, 0.12) : 0;
        const double startMidi = w.glide ? previousMidi : midi;
        const double attack = w.legato ? 0.005 : uniform(0.015, 0.04);
        const double loudness = uniform(0.6, 1.0);
        KnownNote known;
        known.onsetSeconds = onset;
        known.offsetSeconds = offset;
        known.pitch = w.pitch;
        known.eighthStart = w.start;
        known.eighths = w.length;
        line.notes.append(known);
        const size_t from = size_t(std::max(0.0, onset) * sampleRate);
        const size_t to = std::min(total, size_t(offset * sampleRate));
        for (size_t s = from; s < to; ++s) {
            const double t = std::max(0.0, double(s) / sampleRate - onset);
            double m = midi;
            if (glideSeconds > 0 && t < glideSeconds)
                m = startMidi + (midi - startMidi) * (t / glideSeconds);
            const double vibratoDepth = std::clamp((t - 0.15) / 0.2, 0.0, 1.0) * vibratoCents;
            m += vibratoDepth / 100 * std::sin(2 * M_PI * vibratoRate * t);
            const double f = hz(m);
            phase += 2 * M_PI * f / sampleRate;
            if (phase > 2 * M_PI * 1000)
                phase = std::fmod(phase, 2 * M_PI);
            double value = 0;
            if (voice == HumVoice::Whistle) {
                value = std::sin(phase);
            } else {
                // A hum: the fundamental strongest, harmonics falling off, up to 4 kHz.
                for (int k = 1; k <= 12 && k * f < 4000; ++k)
                    value += std::sin(k * phase) / std::pow(double(k), rolloff);
            }
            const double rest = double(to - s) / sampleRate;
            const double envelope = std::min(
                {1.0, (t + 1.0 / sampleRate) / attack, rest / 0.02 + (nextJoins ? 1.0 : 0.0)});
            voiceSignal[s] += loudness * envelope * value;
            sounding[s] = 1;
        }
        previousMidi = midi;
    }

    // Breath noise: white or low-passed noise throughout at the SNR (against the voice while
    // it sounds), and louder breaths in the rests.
    double voicePower = 0;
    size_t voiced = 0;
    for (size_t s = 0; s < total; ++s)
        if (sounding[s]) {
            voicePower += voiceSignal[s] * voiceSignal[s];
            ++voiced;
        }
    voicePower = voiced ? voicePower / voiced : 1e-6;
    std::normal_distribution<double> gauss(0, 1);
    std::vector<double> noise(total);
    double low = 0, band = 0;
    const double a = 1 - std::exp(-2 * M_PI * 3000.0 / sampleRate);
    for (size_t s = 0; s < total; ++s) {
        const double white = gauss(rng);
        low += a * (white - low);
        band += a * (low - band);
        noise[s] = whiteNoise ? white : band;
    }
    double noisePower = 0;
    for (double v : noise)
        noisePower += v * v;
    noisePower /= double(total);
    const double noiseGain = std::sqrt(voicePower / noisePower / std::pow(10.0, snrDb / 10));
    line.samples.resize(total);
    double peak = 1e-9;
    for (size_t s = 0; s < total; ++s) {
        const double t = double(s) / sampleRate;
        double breath = 1.0;
        for (size_t i = 0; i + 1 < written.size(); ++i) {
            if (written[i + 1].start > written[i].start + written[i].length) {
                const double gapStart =
                    line.barOneSeconds + (written[i].start + written[i].length) * eighth;
                if (t > gapStart && t < gapStart + 0.25)
                    breath = 2.5; // an inhale, louder than the room
            }
        }
        line.samples[s] = float(voiceSignal[s] + noiseGain * breath * noise[s]);
        peak = std::max(peak, double(std::abs(line.samples[s])));
    }
    for (float& v : line.samples)
        v = float(v * 0.5 / peak);
    return line;
}

NoteScores matchNotes(const QVector<TimedPitch>& reference, const QVector<TimedPitch>& estimated,
                      double onsetTolerance, double pitchTolerance)
{
    NoteScores scores;
    scores.reference = int(reference.size());
    scores.estimated = int(estimated.size());
    std::vector<std::vector<int>> hits(size_t(reference.size()));
    for (int r = 0; r < reference.size(); ++r)
        for (int e = 0; e < estimated.size(); ++e)
            if (std::abs(reference[r].onsetSeconds - estimated[e].onsetSeconds) <=
                    onsetTolerance + 1e-9 &&
                std::abs(reference[r].midi - estimated[e].midi) <= pitchTolerance + 1e-9)
                hits[size_t(r)].push_back(e);
    // Maximum bipartite matching by augmenting paths (Kuhn), as mir_eval's matching finds.
    std::vector<int> owner(size_t(estimated.size()), -1);
    for (int r = 0; r < reference.size(); ++r) {
        std::vector<char> seen(size_t(estimated.size()), 0);
        std::function<bool(int)> augment = [&](int ref) {
            for (int e : hits[size_t(ref)]) {
                if (seen[size_t(e)])
                    continue;
                seen[size_t(e)] = 1;
                if (owner[size_t(e)] < 0 || augment(owner[size_t(e)])) {
                    owner[size_t(e)] = ref;
                    return true;
                }
            }
            return false;
        };
        if (augment(r))
            ++scores.matched;
    }
    return scores;
}

} // namespace sw::cli
