#include "analysis/transitions.h"

#include <algorithm>
#include <cmath>

namespace sw::analysis::detail {

namespace {

// Thresholds, tuned on the synthetic ground-truth videos of tests/analysis and the demo.
constexpr float kCutColourMin = 0.30f;    // Bhattacharyya distance of a colour change
constexpr float kCutStructureMin = 0.08f; // motion-compensated grey difference
constexpr float kGradualSpanMin = 0.04f;  // change across the window
// Residual / span: real fades and dissolves measure 0.01-0.06; a smooth zoom into a fractal,
// which is not a transition, measures 0.3.
constexpr float kGradualLinearityMax = 0.20f;
constexpr float kDarkBrightness = 0.07f;
constexpr int kNeighbourhood = 10; // frames on each side for the local level

float median(QVector<float> values)
{
    if (values.isEmpty())
        return 0.0f;
    const auto middle = values.begin() + values.size() / 2;
    std::nth_element(values.begin(), middle, values.end());
    return *middle;
}

float localMedian(const QVector<FrameMeasure>& m, int i, float FrameMeasure::*field)
{
    QVector<float> around;
    for (int j = std::max(1, i - kNeighbourhood);
         j <= std::min(int(m.size()) - 1, i + kNeighbourhood); ++j) {
        if (std::abs(j - i) > 1)
            around.append(m[j].*field);
    }
    return median(around);
}

// A cut changes the picture's structure: what the motion cannot explain jumps far above its
// level in the neighbouring frames. Colour alone is not enough (a fade moves the whole
// histogram, and a keyframe on flat colours can flip histogram bins) but makes a smaller jump
// of structure suffice.
QVector<int> findHardCuts(const QVector<FrameMeasure>& m, QVector<double>* confidences)
{
    QVector<int> cuts;
    for (int i = 1; i < m.size(); ++i) {
        const float colour = m[i].histogramDiff;
        const float structure = m[i].compensatedDiff;
        const float structureLevel = localMedian(m, i, &FrameMeasure::compensatedDiff);
        const bool colourJump =
            colour > kCutColourMin &&
            colour > 3.0f * localMedian(m, i, &FrameMeasure::histogramDiff) + 0.1f;
        const bool structureJump = structure > 3.0f * structureLevel + 0.02f;
        const bool strongStructureJump =
            structure > kCutStructureMin && structure > 4.0f * structureLevel + 0.04f;
        if (!((colourJump && structureJump) || strongStructureJump))
            continue;
        const double confidence = std::clamp(std::max(colour / 0.6, structure / 0.2), 0.0, 1.0);
        // Two flagged frames in a row are one cut: keep the stronger.
        if (!cuts.isEmpty() && i - cuts.last() < 3) {
            if (confidence > confidences->last()) {
                cuts.last() = i;
                confidences->last() = confidence;
            }
            continue;
        }
        cuts.append(i);
        confidences->append(confidence);
    }
    return cuts;
}

struct GradualRun
{
    int first;
    int last;
    double confidence;
};

QVector<GradualRun> findGradualRuns(const QVector<FrameMeasure>& m, int window)
{
    QVector<GradualRun> runs;
    for (int i = window; i + window < m.size(); ++i) {
        const float span = m[i].gradualSpan;
        if (span < kGradualSpanMin || m[i].gradualResidual > kGradualLinearityMax * span)
            continue;
        // Motion must not explain the change (a pan over a smooth gradient is also linear).
        double raw = 0, compensated = 0;
        for (int j = i - window + 1; j <= i + window; ++j) {
            raw += m[j].frameDiff;
            compensated += m[j].compensatedDiff;
        }
        if (compensated < 0.5 * raw)
            continue;
        const double confidence =
            std::clamp(1.0 - m[i].gradualResidual / (kGradualLinearityMax * span), 0.0, 1.0) *
            std::clamp(span / 0.1, 0.0, 1.0);
        if (!runs.isEmpty() && i - runs.last().last <= 2) {
            runs.last().last = i;
            runs.last().confidence = std::max(runs.last().confidence, confidence);
        } else {
            runs.append({i, i, confidence});
        }
    }
    return runs;
}

// The frames of a real blend are mixes of the pictures before and after it: each is
// alpha * before + (1 - alpha) * after, with alpha falling from 1 to 0. A picture that merely
// evolves smoothly (a zoom into a fractal, drifting clouds) is locally linear too, but its
// middle is no mix of its ends.
bool blendsTwoPictures(const QVector<FrameMeasure>& m, int first, int last)
{
    const auto& before = m[first].thumbnail;
    const auto& after = m[last].thumbnail;
    const int n = int(before.size());
    double distance = 0, squared = 0;
    for (int p = 0; p < n; ++p) {
        const double d = double(before[p]) - after[p];
        distance += std::abs(d);
        squared += d * d;
    }
    if (distance / n / 255.0 < kGradualSpanMin || squared <= 0)
        return false;
    double residualSum = 0;
    double previousAlpha = 1.0;
    int reversals = 0;
    for (int k = first; k <= last; ++k) {
        const auto& frame = m[k].thumbnail;
        double projection = 0;
        for (int p = 0; p < n; ++p)
            projection += (double(frame[p]) - after[p]) * (double(before[p]) - after[p]);
        const double alpha = std::clamp(projection / squared, 0.0, 1.0);
        double residual = 0;
        for (int p = 0; p < n; ++p)
            residual += std::abs(frame[p] - (alpha * before[p] + (1 - alpha) * after[p]));
        residualSum += residual;
        if (alpha > previousAlpha + 0.15)
            ++reversals;
        previousAlpha = alpha;
    }
    const double meanResidual = residualSum / (last - first + 1);
    return meanResidual < 0.15 * distance && reversals == 0;
}

// The darkest frame from `from` to `to`.
int darkestFrame(const QVector<FrameMeasure>& m, int from, int to)
{
    int darkest = std::clamp(from, 0, int(m.size()) - 1);
    for (int j = std::max(0, from); j <= std::min(int(m.size()) - 1, to); ++j) {
        if (m[j].brightness < m[darkest].brightness)
            darkest = j;
    }
    return darkest;
}

} // namespace

QVector<Transition> detectTransitions(const QVector<FrameMeasure>& m, double frameRate, int window)
{
    QVector<Transition> result;
    if (m.size() < 2)
        return result;

    // Gradual transitions first: a fade makes jumps that look like cuts, a cut never looks
    // like a blend.
    QVector<GradualRun> runs;
    for (const GradualRun& run : findGradualRuns(m, window)) {
        const int first = std::max(0, run.first - window);
        const int last = std::min(int(m.size()) - 1, run.last + window);
        if (run.last - run.first + 1 >= 2 && blendsTwoPictures(m, first, last))
            runs.append(run);
    }
    // A fade out, black, and a fade in are one transition through black.
    const int maxBlackGap = int(std::lround(1.5 * frameRate));
    for (int r = int(runs.size()) - 1; r > 0; --r) {
        const int gapStart = runs[r - 1].last;
        const int gapEnd = runs[r].first;
        if (gapEnd - gapStart < maxBlackGap &&
            m[darkestFrame(m, gapStart, gapEnd)].brightness < kDarkBrightness) {
            runs[r - 1].last = runs[r].last;
            runs[r - 1].confidence = std::max(runs[r - 1].confidence, runs[r].confidence);
            runs.remove(r);
        }
    }
    const qint64 frameUs = qint64(std::llround(1e6 / std::max(1.0, frameRate)));
    for (const GradualRun& run : runs) {
        const int darkest = darkestFrame(m, run.first - window, run.last + window);
        Transition t;
        t.kind = m[darkest].brightness < kDarkBrightness ? TransitionKind::Fade
                                                         : TransitionKind::Dissolve;
        // A fade through black happens at the black; a dissolve at its middle.
        t.timeUs = t.kind == TransitionKind::Fade ? m[darkest].timeUs
                                                  : (m[run.first].timeUs + m[run.last].timeUs) / 2;
        t.durationUs = m[run.last].timeUs - m[run.first].timeUs + 2 * window * frameUs;
        t.confidence = run.confidence;
        result.append(t);
    }

    QVector<double> cutConfidences;
    const QVector<int> cuts = findHardCuts(m, &cutConfidences);
    for (int k = 0; k < cuts.size(); ++k) {
        const int i = cuts[k];
        const bool insideGradual = std::any_of(runs.begin(), runs.end(), [&](const GradualRun& r) {
            return i >= r.first - window && i <= r.last + window;
        });
        if (!insideGradual)
            result.append({m[i].timeUs, 0, TransitionKind::Hard, cutConfidences[k]});
    }
    std::sort(result.begin(), result.end(),
              [](const Transition& a, const Transition& b) { return a.timeUs < b.timeUs; });
    return result;
}

} // namespace sw::analysis::detail
