#pragma once
// What a text prompt asks of the music ("tense, strings, building to a hit at the door slam"):
// every constraint with the words that produced it, whether it was negated ("no drums"), and
// which part of a sequence it belongs to ("calm then explosive" has two segments), plus the
// words the parser did not understand, so that nothing is silently dropped.

#include "music/key.h"

#include <QJsonObject>
#include <QStringList>
#include <QVector>
#include <optional>

namespace sw::analysis {

struct PromptConstraint
{
    enum class Kind
    {
        Mood,
        Genre,
        Tempo,
        Key,
        Mode,
        Meter,
        Instrument,
        Drums,
        Dynamics,
        Density, ///< how busy: "sparse" 0.1 .. "busy" 0.9
        Shape,
        Section
    };
    Kind kind = Kind::Mood;
    QString words; ///< the words of the prompt that produced it
    bool negated = false;
    int segment = 0;             ///< 0 for the first part of "A then B", 1 for the second, ...
    bool explicitNumber = false; ///< "96 bpm", "3/4": a hard constraint, not a word's range

    double valence = 0, arousal = 0; ///< Mood
    QString label;                   ///< Genre, Shape, Section, role of an Instrument
    double bpmMin = 0, bpmMax = 0;   ///< Tempo
    music::KeySignature key;         ///< Key (tonic and mode), Mode (mode only)
    int meterNumerator = 0, meterDenominator = 0;
    int program = -1; ///< Instrument: GM program; Drums: kit
    double level = 0; ///< Dynamics, Density 0..1
};

QString promptConstraintKindName(PromptConstraint::Kind kind);

struct PromptAnalysis
{
    QString text;
    QVector<PromptConstraint> constraints;
    QStringList unknownWords;
    QStringList warnings;
    /// Asks that contradict each other within one segment ("no drums, drums only"; "300 bpm,
    /// 10 bpm"), each with the one that was kept.
    QStringList conflicts;
    int segments = 1;

    // The constraints folded together, for the planner.
    std::optional<double> valence, arousal; ///< mean of the mood words that were not negated
    double bpmMin = 0, bpmMax = 0;          ///< 0 when the prompt says nothing about tempo
    std::optional<music::KeySignature> key; ///< tonic and mode, when both were given
    std::optional<music::KeyMode> mode;
    int meterNumerator = 0, meterDenominator = 0;
    QVector<int> programs;         ///< instruments asked for
    QVector<int> excludedPrograms; ///< "no strings"
    std::optional<bool> drums;     ///< true: asked for, false: excluded, empty: not mentioned
    std::optional<double> dynamics;
    std::optional<double> density; ///< 0 sparse .. 1 busy, when the prompt says
    QStringList genres, shapes, sections;

    QJsonObject toJson() const;
};

} // namespace sw::analysis
