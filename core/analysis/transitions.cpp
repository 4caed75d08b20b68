#include "analysis/transitions.h"

#include <algorithm>
#include <cmath>

namespace sw::analysis::detail {

namespace {

// Thresholds, tuned on `scorewright-cli bench cuts` (generated footage of 14 kinds: grain,
// animated patterns, two takes, flashes, pans, zooms, dark scenes, interlacing, blocking, ...)
// and the synthetic ground-truth videos of tests/analysis.
constexpr float kCutColourMin = 0.25f;   // Bhattacharyya distance of a colour change
constexpr float kGradualSpanMin = 0.04f; // change across the window
// Residual / span: real fades and dissolves measure 0.01-0.06; a smooth zoom into a fractal,
// which is not a transition, measures 0.3.
constexpr float kGradualLinearityMax = 0.20f;
// Thumbnails blur motion less than a blend needs: a looser bound, kept honest by the checks
// that the frames mix the two ends and change faster than the shots beside them.
constexpr float kThumbnailLinearityMax = 0.30f;
constexpr float kDarkBrightness = 0.07f;
// A flash is a picture that changes and comes back: when the frames this far either side of a
// candidate are alike, it is no cut. Short enough that a shot this long is rare in an edit.
constexpr double kFlashSeconds = 0.12;

float median(QVector<float> values)
{
    if (values.isEmpty())
        return 0.0f;
    const auto middle = values.begin() + values.size() / 2;
    std::nth_element(values.begin(), middle, values.end());
    return *middle;
}

// Mean absolute difference of two frames' 16 x 9 grey thumbnails, 0..1. At that size grain and
// sensor noise average out, and what is left is where the picture is light and dark.
float thumbnailDistance(const FrameMeasure& a, const FrameMeasure& b)
{
    int sum = 0;
    for (size_t p = 0; p < a.thumbnail.size(); ++p)
        sum += std::abs(int(a.thumbnail[p]) - int(b.thumbnail[p]));
    return float(sum) / (255.0f * float(a.thumbnail.size()));
}

// Mean |middle - (before + after) / 2| of the thumbnails, 0..1: near 0 in a linear blend.
float thumbnailBlendResidual(const FrameMeasure& before, const FrameMeasure& middle,
                             const FrameMeasure& after)
{
    int sum = 0;
    for (size_t p = 0; p < middle.thumbnail.size(); ++p)
        sum += std::abs(2 * int(middle.thumbnail[p]) - int(before.thumbnail[p]) -
                        int(after.thumbnail[p]));
    return float(sum) / (2.0f * 255.0f * float(middle.thumbnail.size()));
}

// How much the picture changes from frame to frame in a shot, on each side of a candidate cut
// separately: a cut must stand out against the busier of the two shots it joins, but a grainy
// or restless shot on one side must not raise the bar by more than its own level.
struct SideLevels
{
    float structure = 0; // compensatedDiff
    float colour = 0;    // histogramDiff
    float thumbnail = 0; // thumbnailDistance of consecutive frames
};

SideLevels sideLevels(const QVector<FrameMeasure>& m, const QVector<float>& thumbnailSteps,
                      int from, int to)
{
    QVector<float> structure, colour, thumbnail;
    for (int j = std::max(1, from); j <= std::min(int(m.size()) - 1, to); ++j) {
        structure.append(m[j].compensatedDiff);
        colour.append(m[j].histogramDiff);
        thumbnail.append(thumbnailSteps[j]);
    }
    return {median(structure), median(colour), median(thumbnail)};
}

// A cut changes the picture's colours or its structure far more than either shot changes from
// frame to frame, and for good: the frames a little later still differ from those before.
// Colour decides with a little structure beside it (a keyframe on flat colours can flip
// histogram bins without changing the picture); structure alone must jump further.
QVector<int> findHardCuts(const QVector<FrameMeasure>& m, double frameRate,
                          QVector<double>* confidences)
{
    const int n = int(m.size());
    QVector<float> thumbnailSteps(n, 0.0f);
    for (int i = 1; i < n; ++i)
        thumbnailSteps[i] = thumbnailDistance(m[i - 1], m[i]);
    const int side = std::max(5, int(std::lround(0.4 * frameRate)));
    const int flash = std::max(4, int(std::lround(kFlashSeconds * frameRate)));
    const int merge = std::max(3, int(std::lround(0.1 * frameRate)));
    QVector<int> cuts;
    // From the third frame: at a low bitrate the first frames still sharpen, and a shot of one
    // frame at the start is nothing to score to.
    for (int i = 2; i < n; ++i) {
        const float colour = m[i].histogramDiff;
        const float structure = m[i].compensatedDiff;
        const float thumbnail = thumbnailSteps[i];
        const SideLevels before = sideLevels(m, thumbnailSteps, i - side, i - 1);
        const SideLevels after = sideLevels(m, thumbnailSteps, i + 1, i + side);
        const float structureLevel = std::max(before.structure, after.structure);
        const float colourLevel = std::max(before.colour, after.colour);
        const float thumbnailLevel = std::max(before.thumbnail, after.thumbnail);
        // Colours that change wholesale decide with a visible change of the picture beside
        // them: of its structure, or of where it is light and dark. The stronger the colour
        // change, the less of that it needs (a restless shot beside the cut can hide the
        // change of structure; a keyframe at a low bitrate changes neither).
        // In near black, the histogram's few occupied bins flip with the grain.
        const bool dark = std::min(m[i - 1].brightness, m[i].brightness) < 2 * kDarkBrightness;
        const bool colourChange = colour > kCutColourMin && colour > 2.5f * colourLevel + 0.1f;
        const bool strongColourChange =
            colourChange && colour > 0.6f && colour > 4.0f * colourLevel + 0.3f;
        // Interlaced video cuts on a field: one frame holds a field of each shot, and the
        // change is spread over two frames. Where the colours go on changing in the next frame,
        // the picture's change is measured across both.
        const float visible = i + 1 < n && m[i + 1].histogramDiff > kCutColourMin
                                  ? std::max(thumbnail, thumbnailDistance(m[i - 1], m[i + 1]))
                                  : thumbnail;
        const bool colourJump =
            colourChange &&
            (structure > 1.15f * structureLevel + 0.04f ||
             visible > 3.0f * thumbnailLevel + 0.05f ||
             (colour > 0.6f && visible > 2.0f * thumbnailLevel + 0.03f) ||
             (strongColourChange &&
              (structure > structureLevel + 0.02f || visible > 2.0f * thumbnailLevel + 0.02f ||
               (!dark &&
                (structure > structureLevel + 0.01f || visible > 2.0f * thumbnailLevel + 0.01f)))));
        // Colours that change wholesale (strongly, or far above the shots' own level: a second
        // take in another grade, a cut into a still shot in other colours) decide even in the
        // dark and beside a restless shot, where the picture changes at least as much as the
        // busier shot does from frame to frame. In the dark, where a histogram can flip for one
        // frame of a pan, the picture's light and dark must move too.
        const bool wholesaleColourChange =
            strongColourChange ||
            (!dark && colourChange && colour > 0.45f && colour > 8.0f * colourLevel + 0.1f);
        // The picture's change is also visible for itself: a keyframe of a still shot moves
        // the colours but hardly the picture (under 0.02).
        const bool pictureMoves = visible >= 0.03f;
        const bool totalColourChange =
            wholesaleColourChange && pictureMoves &&
            (dark ? structure >= structureLevel && visible >= thumbnailLevel
                  : (structure >= structureLevel && structure >= 0.05f) ||
                        visible >= 1.5f * thumbnailLevel + 0.005f);
        // A keyframe of a still noisy picture at a low bitrate sharpens it by about 0.06.
        const bool structureJump = structure > 2.2f * structureLevel + 0.045f;
        // A keyframe of a still picture at a low bitrate moves a thumbnail by about 0.03.
        const bool thumbnailJump =
            thumbnail > 3.0f * thumbnailLevel + 0.04f && structure > 1.3f * structureLevel + 0.02f;
        if (!(colourJump || totalColourChange || structureJump || thumbnailJump))
            continue;
        // A flash (or a one-frame glitch) comes back: the frame before it resembles a frame
        // shortly after, or the frame after it one shortly before.
        const float across = thumbnail;
        const float later =
            i + flash - 1 < n ? thumbnailDistance(m[i - 1], m[i + flash - 1]) : across;
        const float earlier = i - flash >= 0 ? thumbnailDistance(m[i - flash], m[i]) : across;
        if (std::min(later, earlier) < 0.4f * across)
            continue;
        const double confidence = std::clamp(
            std::max({colour / 0.6, structure / 0.2, double(thumbnail) / 0.15}), 0.0, 1.0);
        // Flagged frames closer than a tenth of a second are one cut: keep the strongest.
        if (!cuts.isEmpty() && i - cuts.last() < merge) {
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
    bool linearAtAnalysisSize; ///< else only in the thumbnails
};

QVector<GradualRun> findGradualRuns(const QVector<FrameMeasure>& m, int window)
{
    QVector<GradualRun> runs;
    for (int i = window; i + window < m.size(); ++i) {
        // Linear at analysis size, or in the thumbnails, where a restless shot on one side
        // (grain, a scrolling pattern, leaves in the wind) averages out and the blend remains.
        const float thumbnailSpan = thumbnailDistance(m[i - window], m[i + window]);
        const float thumbnailResidual = thumbnailBlendResidual(m[i - window], m[i], m[i + window]);
        const bool linear = m[i].gradualSpan >= kGradualSpanMin &&
                            m[i].gradualResidual <= kGradualLinearityMax * m[i].gradualSpan;
        const bool thumbnailLinear = thumbnailSpan >= kGradualSpanMin &&
                                     thumbnailResidual <= kThumbnailLinearityMax * thumbnailSpan;
        if (!linear && !thumbnailLinear)
            continue;
        const float span = linear ? m[i].gradualSpan : thumbnailSpan;
        const float residual = linear ? m[i].gradualResidual : thumbnailResidual;
        // Motion must not explain the change (a pan over a smooth gradient is also linear).
        double raw = 0, compensated = 0;
        for (int j = i - window + 1; j <= i + window; ++j) {
            raw += m[j].frameDiff;
            compensated += m[j].compensatedDiff;
        }
        if (compensated < 0.5 * raw)
            continue;
        const double confidence =
            std::clamp(1.0 - residual / (kGradualLinearityMax * span), 0.0, 1.0) *
            std::clamp(span / 0.1, 0.0, 1.0);
        if (!runs.isEmpty() && i - runs.last().last <= 2) {
            runs.last().last = i;
            runs.last().confidence = std::max(runs.last().confidence, confidence);
            runs.last().linearAtAnalysisSize |= linear;
        } else {
            runs.append({i, i, confidence, linear});
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

// A picture that evolves steadily (a zoom, a pan over a gradient) changes as fast before and
// after a stretch as within it; a blend between two shots changes faster than either shot.
// Rates of change over `span` frames either side, so that a long dissolve is not compared
// with the shots' far ends.
bool standsOutFromItsShots(const QVector<FrameMeasure>& m, int first, int last, int span)
{
    const int length = std::max(1, last - first);
    const int before = first - span;
    const int after = last + span;
    // At the video's start or end the shot beside it is not seen: no telling a blend from a
    // picture that evolves.
    if (before < 0 || after >= int(m.size()))
        return false;
    const float across = thumbnailDistance(m[first], m[last]) / float(length);
    const float beforeRate = thumbnailDistance(m[before], m[first]) / float(span);
    const float afterRate = thumbnailDistance(m[last], m[after]) / float(span);
    return across > 1.5f * std::max(beforeRate, afterRate);
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
    // A blend that is no fade must change the picture faster than the shots around it do.
    runs.erase(std::remove_if(runs.begin(), runs.end(),
                              [&](const GradualRun& run) {
                                  const int first = std::max(0, run.first - window);
                                  const int last = std::min(int(m.size()) - 1, run.last + window);
                                  return m[darkestFrame(m, first, last)].brightness >=
                                             kDarkBrightness &&
                                         !standsOutFromItsShots(m, first, last, 2 * window);
                              }),
               runs.end());
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
    const QVector<int> cuts = findHardCuts(m, frameRate, &cutConfidences);
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
