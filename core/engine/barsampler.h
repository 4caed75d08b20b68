#pragma once
// Writes bars token by token with the decoder, under a grammar that only lets the model say
// what fits where it stands (a position after the last one and inside the bar, a pitch after a
// position, a duration after a pitch, one melody note per onset) and under the plan's hard
// constraints: pitches in the key's scale when the key is pinned, each stream in its register.
// Streams or chords given in advance are fed instead of sampled (regenerating one track of a
// bar keeps the others). Sampling is temperature and nucleus (top-p) from a seeded generator:
// the same seed and the same inputs give the same tokens.

#include "engine/tokens.h"

#include <QVector>

#include <functional>
#include <optional>
#include <random>

namespace sw::engine {

class TokenModel;

struct SamplingSettings
{
    double temperature = 1.0;
    double topP = 0.95;
    bool pinKey = true; ///< only the key's scale (minor: with the raised 7th)
    int tonicShift = 0; ///< relative pitch = absolute pitch + tonicShift
    int melodyLow = 55; ///< absolute MIDI pitches
    int melodyHigh = 86;
    int accompanimentLow = 28;
    int accompanimentHigh = 91;
    int maxTokensPerBar = 320; ///< a safety stop; real bars use about 70
    bool holdDensity = true;   ///< keep the bar's onset count inside its density level
    /// Keep the bar's mean velocity inside its intensity level: early notes may stray (later
    /// ones can make up for them), the tolerance narrowing with every note.
    bool holdIntensity = true;
    /// Accompaniment notes struck together at most: POP909's piano strikes about two per onset
    /// and the model, unchecked, piles up more.
    int maxNotesPerOnset = 4;
};

/// What is kept of a bar when it is regenerated.
struct BarGiven
{
    std::optional<QVector<GridChord>> chords;
    std::optional<QVector<GridNote>> melody;
    std::optional<QVector<GridNote>> accompaniment;
};

class BarSampler
{
public:
    BarSampler(TokenModel& decoder, quint64 seed);

    /// Feeds BAR and the controls, then writes (or feeds) chords, melody and accompaniment.
    /// The decoder must stand where a bar may begin. Returns the bar as written.
    TokenBar writeBar(const BarControls& controls, const SamplingSettings& settings,
                      const BarGiven& given = {});
    /// Tokens sampled (not fed) so far, for tokens-per-second figures.
    qint64 sampledTokens() const { return m_sampled; }

private:
    enum class Allow
    {
        ChordPositionOrMelody,
        Chord,
        MelodyPositionOrAccomp,
        Pitch,
        DurVel,
        AccompAfterNote,
        AccompPositionOrEnd
    };
    int sample(const QVector<float>& logits, const std::function<bool(int)>& allowed);
    void feedStream(const QVector<GridNote>& notes);

    TokenModel& m_decoder;
    std::mt19937_64 m_rng;
    SamplingSettings m_settings;
    qint64 m_sampled = 0;
    QVector<double> m_scratch;
    QVector<int> m_candidates;
};

} // namespace sw::engine
