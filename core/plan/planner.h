#pragma once
// Fuses every guidance into a MusicPlan. Explicit settings beat the prompt, the prompt beats
// what the picture suggests; time-varying controls come from the video curves (motion ->
// intensity and density, colour -> valence), from prompt regions over their time range and from
// images over the time they are shown. The planner takes analysis results, never files.

#include "analysis/imageanalyzer.h"
#include "analysis/promptanalysis.h"
#include "analysis/videoanalysis.h"
#include "plan/musicplan.h"

#include <optional>

namespace sw::plan {

struct TimedVideo
{
    qint64 startUs = 0;    ///< where the clip starts on the timeline
    qint64 sourceInUs = 0; ///< where in the video the clip starts
    analysis::VideoAnalysis analysis;
};

struct TimedImage
{
    qint64 startUs = 0;
    qint64 durationUs = 0;
    analysis::ImageAnalysis analysis;
};

struct TimedPrompt
{
    qint64 startUs = 0;
    qint64 durationUs = 0;
    analysis::PromptAnalysis analysis;
};

/// What the person set explicitly (the project's plan pins); these win over everything.
struct PlanSettings
{
    std::optional<double> bpm;
    std::optional<music::KeySignature> key;
    int meterNumerator = 0; ///< 0: not pinned
    int meterDenominator = 4;
    QMap<music::TrackRole, int> instruments;       ///< General MIDI program of a role
    QVector<QPair<qint64, double>> intensityCurve; ///< drawn points, linear in between
    QVector<QPair<qint64, QString>> sectionStarts; ///< boundaries placed by hand, with labels
    bool sectionStartsExact = false; ///< those boundaries are all: cuts add none of their own
};

struct PlanGuidance
{
    qint64 durationUs = 0;
    QVector<TimedVideo> videos;
    QVector<TimedImage> images;
    QVector<TimedPrompt> prompts;
    QVector<TimedEvent> markers; ///< markers and hit points from the timeline
    /// Where lyric clips lie (start, end): the lead plays there, even in an intro or outro,
    /// since the words are sung to it.
    QVector<QPair<qint64, qint64>> sungSpans;
    PlanSettings settings;
};

MusicPlan makePlan(const PlanGuidance& guidance);

} // namespace sw::plan
