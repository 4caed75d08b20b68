#include "analysis/sungmelody.h"

#include <algorithm>
#include <cmath>
#include <complex>

namespace sw::analysis {

namespace {
constexpr double kSlowestBpm = 60;
constexpr double kFastestBpm = 180;
constexpr double kPreferredBpm = 100;
constexpr double kPreferenceOctaves = 1.0; ///< the preference's width (a log-normal)

double weightOf(const SungNote& n)
{
    return std::clamp(n.durationSeconds(), 0.05, 1.0);
}

// How closely the onsets sit on a grid of `step` seconds (the length of their weighted mean
// phase vector, 0..1), and the phase (seconds) of that grid.
double gridFit(const SungLine& line, double step, double* phase)
{
    std::complex<double> sum = 0;
    double weights = 0;
    for (const SungNote& n : line.notes) {
        const double angle = 2 * M_PI * n.onsetSeconds / step;
        sum += weightOf(n) * std::polar(1.0, angle);
        weights += weightOf(n);
    }
    if (weights <= 0)
        return 0;
    if (phase) {
        double p = std::arg(sum) / (2 * M_PI) * step;
        *phase = p < 0 ? p + step : p;
    }
    return std::abs(sum) / weights;
}
} // namespace

LineTiming estimateLineTiming(const SungLine& line, double bpm)
{
    LineTiming timing;
    if (line.notes.isEmpty())
        return timing;
    if (bpm > 0) {
        timing.bpm = bpm;
    } else if (line.notes.size() >= 3) {
        double bestScore = -1;
        const auto consider = [&](double candidate) {
            const double octaves = std::log2(candidate / kPreferredBpm) / kPreferenceOctaves;
            const double score =
                gridFit(line, 30.0 / candidate, nullptr) * std::exp(-0.5 * octaves * octaves);
            if (score > bestScore) {
                bestScore = score;
                timing.bpm = candidate;
            }
        };
        for (double b = kSlowestBpm; b <= kFastestBpm; b += 0.5)
            consider(b);
        const double coarse = timing.bpm;
        for (double b = coarse - 0.5; b <= coarse + 0.5; b += 0.02)
            consider(std::clamp(b, kSlowestBpm, kFastestBpm));
    }
    const double beat = 60.0 / timing.bpm;
    const double eighth = beat / 2;
    double phase = 0;
    timing.gridFit = gridFit(line, eighth, &phase);

    // Bar 1 on the first note: the eighth of the grid nearest its onset. (Whether a tune opens
    // with a pickup cannot be heard from its onsets alone; a person moves it in the piano roll.)
    const double first = line.notes.first().onsetSeconds;
    const double barOne = phase + eighth * std::round((first - phase) / eighth);
    timing.barOneSeconds = barOne;
    return timing;
}

music::Track melodyOfLine(const SungLine& line, const music::TempoMap& map, double barOneSeconds)
{
    constexpr qint64 kSixteenth = music::kTicksPerQuarter / 4;
    music::Track track;
    track.role = music::TrackRole::Melody;
    track.name = QStringLiteral("Sung melody");
    double loud = -120;
    for (const SungNote& n : line.notes)
        loud = std::max(loud, double(n.levelDb));
    const auto tickAt = [&](double seconds) {
        const qint64 micros = qint64(std::llround((seconds - barOneSeconds) * 1e6));
        const qint64 tick = micros >= 0 ? map.microsToTick(micros) : -map.microsToTick(-micros);
        return qint64(std::llround(double(tick) / kSixteenth)) * kSixteenth;
    };
    for (const SungNote& n : line.notes) {
        qint64 start = tickAt(n.onsetSeconds);
        if (start < 0)
            continue;
        if (!track.notes.isEmpty()) {
            music::Note& previous = track.notes.last();
            start = std::max(start, previous.startTick + kSixteenth);
            previous.durationTicks =
                std::clamp(previous.durationTicks, kSixteenth, start - previous.startTick);
        }
        music::Note note;
        note.pitch = n.pitch;
        note.startTick = start;
        note.durationTicks = std::max(kSixteenth, tickAt(n.offsetSeconds) - start);
        const double belowLoud = std::clamp(loud - n.levelDb, 0.0, 24.0);
        note.velocity = int(std::lround(100 - belowLoud * 2));
        track.notes.append(note);
    }
    return track;
}

} // namespace sw::analysis
