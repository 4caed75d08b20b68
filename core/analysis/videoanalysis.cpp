#include "analysis/videoanalysis.h"

#include <QJsonArray>
#include <cmath>

namespace sw::analysis {

float Curve::at(qint64 timeUs) const
{
    if (values.isEmpty() || stepUs <= 0)
        return 0.0f;
    const qint64 index = (timeUs - startUs) / stepUs;
    return values[int(std::clamp<qint64>(index, 0, values.size() - 1))];
}

QString transitionKindName(TransitionKind kind)
{
    switch (kind) {
    case TransitionKind::Hard:
        return QStringLiteral("hard");
    case TransitionKind::Fade:
        return QStringLiteral("fade");
    case TransitionKind::Dissolve:
        return QStringLiteral("dissolve");
    }
    return QString();
}

namespace {

double seconds(qint64 us)
{
    return std::round(double(us) / 1000.0) / 1000.0; // millisecond precision is plenty
}

double rounded(double value, int decimals = 3)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

QJsonObject curveJson(const Curve& c)
{
    QJsonArray values;
    for (float v : c.values)
        values.append(rounded(v, 4));
    return {{QStringLiteral("start_s"), seconds(c.startUs)},
            {QStringLiteral("step_s"), seconds(c.stepUs)},
            {QStringLiteral("values"), values}};
}

QJsonObject moodJson(const Mood& mood)
{
    return {{QStringLiteral("valence"), rounded(mood.valence)},
            {QStringLiteral("arousal"), rounded(mood.arousal)},
            {QStringLiteral("explanation"), mood.explanation}};
}

} // namespace

QJsonObject VideoAnalysis::toJson() const
{
    QJsonArray cuts;
    for (const Transition& t : transitions)
        cuts.append(QJsonObject{{QStringLiteral("time_s"), seconds(t.timeUs)},
                                {QStringLiteral("kind"), transitionKindName(t.kind)},
                                {QStringLiteral("confidence"), rounded(t.confidence)},
                                {QStringLiteral("duration_s"), seconds(t.durationUs)}});
    QJsonArray beats;
    for (const VisualBeat& b : visualBeats)
        beats.append(QJsonObject{{QStringLiteral("time_s"), seconds(b.timeUs)},
                                 {QStringLiteral("strength"), rounded(b.strength)}});
    QJsonArray shotList;
    for (const Shot& s : shots)
        shotList.append(QJsonObject{{QStringLiteral("start_s"), seconds(s.startUs)},
                                    {QStringLiteral("end_s"), seconds(s.endUs)},
                                    {QStringLiteral("brightness"), rounded(s.brightness)},
                                    {QStringLiteral("saturation"), rounded(s.saturation)},
                                    {QStringLiteral("warmth"), rounded(s.warmth)},
                                    {QStringLiteral("motion"), rounded(s.motion)},
                                    {QStringLiteral("mood"), moodJson(s.mood)}});
    QJsonObject curves{{QStringLiteral("motion"), curveJson(motion)},
                       {QStringLiteral("frame_difference"), curveJson(frameDifference)},
                       {QStringLiteral("brightness"), curveJson(brightness)},
                       {QStringLiteral("saturation"), curveJson(saturation)},
                       {QStringLiteral("warmth"), curveJson(warmth)}};
    return {{QStringLiteral("kind"), QStringLiteral("video")},
            {QStringLiteral("file"), path},
            {QStringLiteral("duration_s"), seconds(durationUs)},
            {QStringLiteral("frame_rate"), rounded(frameRate)},
            {QStringLiteral("frames_analysed"), framesAnalysed},
            {QStringLiteral("analysis_size"), QJsonArray{analysisWidth, analysisHeight}},
            {QStringLiteral("cuts"), cuts},
            {QStringLiteral("visual_beats"), beats},
            {QStringLiteral("motion_tempo_bpm"), rounded(motionTempoBpm, 1)},
            {QStringLiteral("motion_tempo_confidence"), rounded(motionTempoConfidence)},
            {QStringLiteral("shots"), shotList},
            {QStringLiteral("curves"), curves},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)}};
}

} // namespace sw::analysis
