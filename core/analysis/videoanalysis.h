#pragma once
// What the analysis of a video finds, in media microseconds from the start of the video:
// curves on a fixed grid, transitions (hard cuts, fades, dissolves) with their confidence,
// visual beats (moments where motion stops or turns, as in CMT), a motion tempo, and the shots
// between transitions with their colour mood. This is the picture's half of the guidance the
// planner fuses.

#include "analysis/moodmapping.h"

#include <QJsonObject>
#include <QStringList>
#include <QVector>

namespace sw::analysis {

/// Values sampled every `stepUs` from `startUs`.
struct Curve
{
    qint64 startUs = 0;
    qint64 stepUs = 50000;
    QVector<float> values;

    float at(qint64 timeUs) const;
};

enum class TransitionKind
{
    Hard,
    Fade,
    Dissolve
};
QString transitionKindName(TransitionKind kind);

struct Transition
{
    qint64 timeUs = 0;     ///< the cut itself, or the middle of a gradual transition
    qint64 durationUs = 0; ///< 0 for hard cuts
    TransitionKind kind = TransitionKind::Hard;
    double confidence = 0; ///< 0..1
};

struct VisualBeat
{
    qint64 timeUs = 0;
    double strength = 0; ///< 0..1, relative to the strongest beat of the video
};

struct Shot
{
    qint64 startUs = 0;
    qint64 endUs = 0;
    double brightness = 0; ///< 0..1
    double saturation = 0; ///< 0..1
    double warmth = 0;     ///< -1 (blue) .. 1 (red/orange)
    double motion = 0;     ///< frame widths per second
    Mood mood;
};

struct VideoAnalysis
{
    QString path;
    qint64 durationUs = 0;
    double frameRate = 0;
    int framesAnalysed = 0;
    int analysisWidth = 0;
    int analysisHeight = 0;

    Curve motion;          ///< mean optical-flow speed, frame widths per second
    Curve frameDifference; ///< mean absolute grey difference to the previous frame, 0..1
    Curve brightness;
    Curve saturation;
    Curve warmth;

    QVector<Transition> transitions;
    QVector<VisualBeat> visualBeats;
    double motionTempoBpm = 0;        ///< 0 when the motion has no steady pulse
    double motionTempoConfidence = 0; ///< 0..1
    QVector<Shot> shots;
    QStringList warnings;

    /// The JSON `scorewright-cli analyze --json` prints: duration_s, cuts (time_s, kind,
    /// confidence, duration_s), visual_beats (time_s, strength), motion tempo, shots with their
    /// mood, and the curves.
    QJsonObject toJson() const;
};

} // namespace sw::analysis
