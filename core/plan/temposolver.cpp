#include "plan/temposolver.h"

#include <algorithm>
#include <cmath>

namespace sw::plan {

QString eventKindName(EventKind kind)
{
    switch (kind) {
    case EventKind::Cut:
        return QStringLiteral("cut");
    case EventKind::Fade:
        return QStringLiteral("fade");
    case EventKind::Dissolve:
        return QStringLiteral("dissolve");
    case EventKind::VisualBeat:
        return QStringLiteral("visual beat");
    case EventKind::Marker:
        return QStringLiteral("marker");
    case EventKind::HitPoint:
        return QStringLiteral("hit point");
    case EventKind::PromptHit:
        break;
    }
    return QStringLiteral("prompt hit");
}

namespace {

constexpr double kPi = 3.14159265358979323846;

struct Candidate
{
    double bpm;
    double phaseUs; // first downbeat
    double score;
};

double distanceToGrid(double timeUs, double originUs, double periodUs)
{
    const double phase = std::fmod(timeUs - originUs, periodUs);
    const double wrapped = phase < 0 ? phase + periodUs : phase;
    return std::min(wrapped, periodUs - wrapped);
}

double alignmentScore(const QVector<TimedEvent>& events, double bpm, double phaseUs, double sigmaUs,
                      int beatsPerBar)
{
    const double beatUs = 60e6 / bpm;
    const double barUs = beatUs * beatsPerBar;
    const double inverse = 1.0 / (2.0 * sigmaUs * sigmaUs);
    double score = 0;
    for (const TimedEvent& e : events) {
        const double down = distanceToGrid(double(e.timeUs), phaseUs, barUs);
        const double beat = distanceToGrid(double(e.timeUs), phaseUs, beatUs);
        score +=
            e.weight * (std::exp(-down * down * inverse) + 0.5 * std::exp(-beat * beat * inverse));
    }
    return score;
}

// The phase that puts the events' weighted circular mean on a downbeat, then refined locally.
double bestPhase(const QVector<TimedEvent>& events, double bpm, double sigmaUs, int beatsPerBar,
                 double* score)
{
    const double barUs = 60e6 / bpm * beatsPerBar;
    double sx = 0, sy = 0;
    for (const TimedEvent& e : events) {
        const double angle = 2 * kPi * std::fmod(double(e.timeUs), barUs) / barUs;
        sx += e.weight * std::cos(angle);
        sy += e.weight * std::sin(angle);
    }
    double phase = std::atan2(sy, sx) / (2 * kPi) * barUs;
    if (phase < 0)
        phase += barUs;
    double best = alignmentScore(events, bpm, phase, sigmaUs, beatsPerBar);
    for (double step = sigmaUs; step >= sigmaUs / 8; step /= 2) {
        for (int dir : {-1, 1}) {
            for (;;) {
                const double trial = phase + dir * step;
                const double s = alignmentScore(events, bpm, trial, sigmaUs, beatsPerBar);
                if (s <= best)
                    break;
                best = s;
                phase = trial;
            }
        }
    }
    phase = std::fmod(phase, barUs);
    if (phase < 0)
        phase += barUs;
    *score = best;
    return phase;
}

// A small preference for the preferred tempo, so that 96 and 192 bpm, which fit cuts on a
// 96 bpm grid equally well, are not a coin toss.
double preference(double bpm, const TempoConstraints& c, double totalWeight)
{
    const double target = c.preferredBpm > 0 ? c.preferredBpm : (c.minBpm + c.maxBpm) / 2;
    return -0.02 * totalWeight * std::abs(std::log2(bpm / target));
}

} // namespace

QVector<EventPlacement> placeEvents(const QVector<TimedEvent>& events, double bpm,
                                    qint64 firstDownbeatUs, int beatsPerBar)
{
    const double beatUs = 60e6 / bpm;
    const double barUs = beatUs * beatsPerBar;
    QVector<EventPlacement> placements;
    for (const TimedEvent& e : events) {
        EventPlacement p;
        p.event = e;
        const double relative = double(e.timeUs - firstDownbeatUs);
        const double bar = std::round(relative / barUs);
        p.bar = int(std::max(0.0, bar));
        p.offsetToDownbeatUs = qint64(std::llround(relative - bar * barUs));
        p.offsetToBeatUs = qint64(std::llround(relative - std::round(relative / beatUs) * beatUs));
        placements.append(p);
    }
    return placements;
}

TempoSolution solveTempo(const QVector<TimedEvent>& events, qint64 durationUs,
                         const TempoConstraints& c)
{
    const int beatsPerBar = std::max(1, c.meterNumerator);
    const double lo = std::max(20.0, std::min(c.minBpm, c.maxBpm));
    const double hi = std::max(lo, std::max(c.minBpm, c.maxBpm));
    double totalWeight = 0;
    for (const TimedEvent& e : events)
        totalWeight += e.weight;

    TempoSolution solution;
    if (events.isEmpty() || totalWeight <= 0) {
        solution.bpm = c.preferredBpm > 0 ? std::clamp(c.preferredBpm, lo, hi) : (lo + hi) / 2;
        solution.musicStartUs = 0;
        solution.reason = QStringLiteral("%1 bpm: nothing in the picture to align to")
                              .arg(solution.bpm, 0, 'f', 1);
    } else {
        // Coarse pass: wide kernel, so that near misses still point the way.
        QVector<Candidate> coarse;
        const double coarseStep = lo == hi ? 1.0 : std::max(0.02, (hi - lo) / 700.0);
        for (double bpm = lo; bpm <= hi + 1e-9; bpm += coarseStep) {
            double score = 0;
            const double phase = bestPhase(events, bpm, 120000, beatsPerBar, &score);
            coarse.append({bpm, phase, score + preference(bpm, c, totalWeight)});
            if (lo == hi)
                break;
        }
        std::sort(coarse.begin(), coarse.end(),
                  [](const Candidate& a, const Candidate& b) { return a.score > b.score; });
        // Finer passes around the best candidates with narrower kernels: a long video needs a
        // tempo exact to a few thousandths of a bpm, or the grid drifts off the late cuts.
        const double span = std::max(1.0, double(durationUs) / 1e6);
        const double finestStep = std::max(0.0005, lo * 0.004 / span);
        auto refine = [&](const QVector<Candidate>& from, int keep, double radius, double step,
                          double sigma) {
            QVector<Candidate> out;
            for (int k = 0; k < std::min<int>(keep, from.size()); ++k) {
                for (double bpm = std::max(lo, from[k].bpm - radius);
                     bpm <= std::min(hi, from[k].bpm + radius) + 1e-9; bpm += step) {
                    double score = 0;
                    const double phase = bestPhase(events, bpm, sigma, beatsPerBar, &score);
                    out.append({bpm, phase, score + preference(bpm, c, totalWeight)});
                    if (lo == hi)
                        break;
                }
            }
            std::sort(out.begin(), out.end(),
                      [](const Candidate& a, const Candidate& b) { return a.score > b.score; });
            return out;
        };
        const double mediumStep = std::max(finestStep, coarseStep / 8);
        const QVector<Candidate> medium = refine(coarse, 12, coarseStep, mediumStep, 60000);
        const QVector<Candidate> fine = refine(medium, 4, mediumStep, finestStep, 30000);
        const Candidate best = fine.isEmpty() ? coarse.first() : fine.first();
        solution.bpm = best.bpm;
        solution.score = best.score;
        solution.musicStartUs = qint64(std::llround(best.phaseUs));
        // A first downbeat a hair before a bar's length in is a downbeat at 0 s, wrapped: cuts
        // at 4 and 8 s on a grid of 119.98 bpm put it at 1.9997 s, and the music began a whole
        // bar after the picture. Within 20 ms (half a frame) the grid starts with the picture.
        const double barUs = 60e6 / best.bpm * beatsPerBar;
        if (barUs - best.phaseUs <= 20000)
            solution.musicStartUs = 0;
        solution.reason =
            QStringLiteral("%1 bpm, first downbeat at %2 s: lands the picture's events "
                           "best on downbeats within %3-%4 bpm")
                .arg(best.bpm, 0, 'f', 2)
                .arg(solution.musicStartUs / 1e6, 0, 'f', 3)
                .arg(lo, 0, 'f', 0)
                .arg(hi, 0, 'f', 0);
    }

    // Bars from the first downbeat to the end; the last one shortened to end with the picture.
    const double beatUs = 60e6 / solution.bpm;
    const double barUs = beatUs * beatsPerBar;
    const double available = std::max(0.0, double(durationUs - solution.musicStartUs));
    solution.fullBars = int(std::floor(available / barUs + 1e-9));
    const double remainder = available - solution.fullBars * barUs;
    solution.finalBarBeats = int(std::lround(remainder / beatUs));
    if (solution.finalBarBeats >= beatsPerBar) {
        ++solution.fullBars;
        solution.finalBarBeats = 0;
    }
    if (solution.fullBars == 0 && solution.finalBarBeats == 0 && durationUs > 0) {
        // Under half a beat after the first downbeat (a single frame, a clip of 100 ms): a plan
        // without bars has nothing to compose, so the music starts with the picture and lasts
        // at least one beat, running past a picture shorter than that.
        solution.musicStartUs = 0;
        solution.finalBarBeats =
            std::clamp(int(std::lround(double(durationUs) / beatUs)), 1, beatsPerBar);
        if (solution.finalBarBeats == beatsPerBar) {
            solution.fullBars = 1;
            solution.finalBarBeats = 0;
        }
        solution.reason += QStringLiteral("; the picture (%1 s) holds less than a beat after the "
                                          "first downbeat, so one bar of %2 beats starts with it")
                               .arg(double(durationUs) / 1e6, 0, 'g', 3)
                               .arg(solution.fullBars ? beatsPerBar : solution.finalBarBeats);
    }
    const qint64 microsPerQuarter =
        qint64(std::llround(beatUs * c.meterDenominator / 4.0)); // a beat is 1/denominator
    music::TempoMap map;
    map.setTempo(0, microsPerQuarter);
    map.setMeter(0, beatsPerBar, c.meterDenominator);
    if (solution.finalBarBeats > 0)
        map.setMeter(qint64(solution.fullBars) *
                         music::TempoMap::barLengthTicks(beatsPerBar, c.meterDenominator),
                     solution.finalBarBeats, c.meterDenominator);
    solution.tempoMap = map;
    // The tempo map's own rounding to whole microseconds per quarter decides where bars really
    // fall: measure the events and the end against it, not against the ideal tempo.
    solution.bpm = 60e6 / (double(microsPerQuarter) * 4.0 / c.meterDenominator);
    const qint64 totalTicks =
        qint64(solution.fullBars) *
            music::TempoMap::barLengthTicks(beatsPerBar, c.meterDenominator) +
        qint64(solution.finalBarBeats) * music::TempoMap::beatLengthTicks(c.meterDenominator);
    solution.musicEndUs = solution.videoTimeOfTick(totalTicks);
    solution.placements = placeEvents(events, solution.bpm, solution.musicStartUs, beatsPerBar);
    return solution;
}

} // namespace sw::plan
