#include "engine/barsampler.h"

#include "engine/barcontrols.h"
#include "engine/decoder.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace sw::engine {

using namespace vocab;

BarSampler::BarSampler(TokenModel& decoder, quint64 seed) : m_decoder(decoder), m_rng(seed) {}

int BarSampler::sample(const QVector<float>& logits, const std::function<bool(int)>& allowed)
{
    m_candidates.clear();
    float best = -1e30f;
    for (int t = 0; t < logits.size(); ++t) {
        if (allowed(t)) {
            m_candidates.append(t);
            best = std::max(best, logits[t]);
        }
    }
    if (m_candidates.isEmpty())
        return -1;
    ++m_sampled;
    if (m_settings.temperature <= 1e-6) {
        return *std::max_element(m_candidates.begin(), m_candidates.end(),
                                 [&](int a, int b) { return logits[a] < logits[b]; });
    }
    // Softmax over the allowed tokens, then the smallest set whose mass reaches top-p.
    m_scratch.resize(m_candidates.size());
    double sum = 0;
    for (int i = 0; i < m_candidates.size(); ++i) {
        m_scratch[i] = std::exp((logits[m_candidates[i]] - best) / m_settings.temperature);
        sum += m_scratch[i];
    }
    QVector<int> order(m_candidates.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        return m_scratch[a] != m_scratch[b] ? m_scratch[a] > m_scratch[b] : a < b;
    });
    double kept = 0;
    int keep = 0;
    while (keep < order.size() && kept < m_settings.topP * sum)
        kept += m_scratch[order[keep++]];
    // A uniform draw in [0, kept), from the raw 64-bit output so that it is the same everywhere.
    const double u = double(m_rng() >> 11) * (1.0 / 9007199254740992.0) * kept;
    double acc = 0;
    for (int i = 0; i < keep; ++i) {
        acc += m_scratch[order[i]];
        if (u < acc)
            return m_candidates[order[i]];
    }
    return m_candidates[order[keep - 1]];
}

void BarSampler::feedStream(const QVector<GridNote>& notes)
{
    QVector<int> tokens;
    QVector<GridNote> sorted = notes;
    std::sort(sorted.begin(), sorted.end());
    int last = -1;
    for (const GridNote& n : sorted) {
        if (n.position != last) {
            tokens.append(positionToken(n.position));
            last = n.position;
        }
        tokens.append(pitchToken(n.pitch));
        tokens.append(durVelToken(n.duration, n.velocityLevel));
    }
    if (!tokens.isEmpty())
        m_decoder.feed(tokens);
}

TokenBar BarSampler::writeBar(const BarControls& controls, const SamplingSettings& settings,
                              const BarGiven& given)
{
    m_settings = settings;
    TokenBar bar;
    bar.controls = controls;
    QVector<int> header{Bar};
    controlTokens(controls, &header);
    m_decoder.feed(header);
    const int barLength = std::clamp(controls.quarters, 1, kMaxBarQuarters) * kGridPerQuarter;

    // Pitch classes of the scale, relative to C (every key was moved to C for the model).
    static const bool majorScale[12] = {1, 0, 1, 0, 1, 1, 0, 1, 0, 1, 0, 1};
    static const bool minorScale[12] = {1, 0, 1, 1, 0, 1, 0, 1, 1, 0, 1, 1};
    const bool* scale = controls.mode == music::KeyMode::Minor ? minorScale : majorScale;
    auto pitchAllowed = [&](int relative, bool melody) {
        const int absolute = relative - settings.tonicShift;
        const int low = melody ? settings.melodyLow : settings.accompanimentLow;
        const int high = melody ? settings.melodyHigh : settings.accompanimentHigh;
        if (absolute < low || absolute > high)
            return false;
        return !settings.pinKey || scale[((relative % 12) + 12) % 12];
    };

    int budget = settings.maxTokensPerBar;
    // Chords.
    if (given.chords) {
        bar.chords = *given.chords;
        QVector<int> tokens;
        for (const GridChord& c : bar.chords) {
            tokens.append(positionToken(c.position));
            tokens.append(chordToken(c.root, c.quality));
        }
        tokens.append(TrackMelody);
        m_decoder.feed(tokens);
    } else {
        int lastPosition = -1;
        while (true) {
            const bool mustEnd = --budget <= 0 || bar.chords.size() >= 8;
            const int t = sample(m_decoder.logits(), [&](int t) {
                if (t == TrackMelody)
                    return true;
                return !mustEnd && kindOf(t) == Kind::Position && t - PositionBase > lastPosition &&
                       t - PositionBase < barLength;
            });
            m_decoder.feed(t);
            if (t == TrackMelody)
                break;
            lastPosition = t - PositionBase;
            const int chord =
                sample(m_decoder.logits(), [](int t) { return kindOf(t) == Kind::Chord; });
            m_decoder.feed(chord);
            GridChord c;
            c.position = lastPosition;
            c.root = chord == ChordBase ? -1 : (chord - ChordBase - 1) / kChordQualities;
            if (c.root >= 0)
                c.quality =
                    static_cast<music::ChordQuality>((chord - ChordBase - 1) % kChordQualities);
            bar.chords.append(c);
        }
    }

    // Distinct onsets of the bar (both streams), held inside the density level's range: a new
    // onset is refused once the range is full, and the accompaniment may not end the bar below
    // it while later positions remain.
    QSet<int> onsets;
    int minOnsets = 0;
    int maxOnsets = barLength;
    if (settings.holdDensity)
        densityOnsetRange(controls.density, controls.quarters, &minOnsets, &maxOnsets);
    if (given.accompaniment) {
        for (const GridNote& n : *given.accompaniment)
            onsets.insert(n.position);
    }
    // The bar's velocities so far, held towards its intensity level's mean-velocity band.
    double velocitySum = 0;
    int velocityCount = 0;
    double lowVelocity = 0, highVelocity = 128;
    intensityVelocityRange(controls.intensity, &lowVelocity, &highVelocity);
    auto countVelocities = [&](const QVector<GridNote>& notes) {
        for (const GridNote& n : notes) {
            velocitySum += velocityOfLevel(n.velocityLevel);
            ++velocityCount;
        }
    };
    if (given.melody)
        countVelocities(*given.melody);
    if (given.accompaniment)
        countVelocities(*given.accompaniment);
    // How far the mean would be from the band with one more note at `level`.
    auto missAfter = [&](int level) {
        const double mean = (velocitySum + velocityOfLevel(level)) / (velocityCount + 1);
        return mean < lowVelocity ? lowVelocity - mean
                                  : (mean >= highVelocity ? mean - highVelocity + 0.5 : 0.0);
    };
    auto velocityAllowed = [&](int level) {
        if (!settings.holdIntensity)
            return true;
        double best = 1e9;
        for (int l = 0; l < kVelocityLevels; ++l)
            best = std::min(best, missAfter(l));
        return missAfter(level) <= std::max(best, 12.0 / (velocityCount + 1));
    };
    auto positionAllowed = [&](int position) {
        return onsets.contains(position) || onsets.size() < maxOnsets;
    };

    // One stream: positions rising, pitches after positions, durations after pitches.
    auto writeStream = [&](bool melody, QVector<GridNote>* out, int endToken) {
        int lastPosition = -1;
        int notesAtPosition = 0;
        int lastPitch = -1;
        bool afterNote = false;
        while (true) {
            const bool mustEnd = --budget <= 0;
            const bool wanted = melody ? controls.melody : controls.accompaniment;
            bool laterPosition = false;
            for (int p = lastPosition + 1; p < barLength && !laterPosition; ++p)
                laterPosition = positionAllowed(p);
            const bool mayEnd =
                mustEnd || !wanted || melody || !laterPosition || onsets.size() >= minOnsets;
            const int t = sample(m_decoder.logits(), [&](int t) {
                if (t == endToken || (!melody && t == Eos))
                    return mayEnd;
                if (mustEnd || !wanted)
                    return false;
                if (kindOf(t) == Kind::Position)
                    return t - PositionBase > lastPosition && t - PositionBase < barLength &&
                           positionAllowed(t - PositionBase);
                // Accompaniment: more notes at the same onset, in rising pitch.
                if (!melody && afterNote && kindOf(t) == Kind::Pitch)
                    return notesAtPosition < settings.maxNotesPerOnset &&
                           t - PitchBase > lastPitch && pitchAllowed(t - PitchBase, false);
                return false;
            });
            if (t == endToken || t == Eos || t < 0)
                return;
            m_decoder.feed(t);
            int pitch;
            if (kindOf(t) == Kind::Position) {
                lastPosition = t - PositionBase;
                onsets.insert(lastPosition);
                notesAtPosition = 0;
                lastPitch = -1;
                pitch = sample(m_decoder.logits(), [&](int t) {
                    return kindOf(t) == Kind::Pitch && pitchAllowed(t - PitchBase, melody);
                });
                if (pitch < 0) // no pitch fits the register: cannot happen with sane ranges
                    pitch = pitchToken(60 + settings.tonicShift);
                m_decoder.feed(pitch);
            } else {
                pitch = t;
            }
            const int durVel = sample(m_decoder.logits(), [&](int t) {
                return kindOf(t) == Kind::DurVel &&
                       velocityAllowed((t - DurVelBase) % kVelocityLevels);
            });
            m_decoder.feed(durVel);
            GridNote n;
            n.position = lastPosition;
            n.pitch = pitch - PitchBase;
            n.duration = durationSet()[(durVel - DurVelBase) / kVelocityLevels];
            n.velocityLevel = (durVel - DurVelBase) % kVelocityLevels;
            velocitySum += velocityOfLevel(n.velocityLevel);
            ++velocityCount;
            out->append(n);
            lastPitch = n.pitch;
            ++notesAtPosition;
            afterNote = true;
        }
    };

    if (given.melody) {
        bar.melody = *given.melody;
        for (const GridNote& n : bar.melody)
            onsets.insert(n.position);
        feedStream(bar.melody);
        m_decoder.feed(TrackAccomp);
    } else {
        writeStream(true, &bar.melody, TrackAccomp);
        m_decoder.feed(TrackAccomp);
    }
    if (given.accompaniment) {
        bar.accompaniment = *given.accompaniment;
        feedStream(bar.accompaniment);
    } else {
        // The accompaniment ends where the model would begin the next bar; the caller feeds
        // that BAR with the next bar's controls.
        writeStream(false, &bar.accompaniment, Bar);
    }
    return bar;
}

} // namespace sw::engine
