#include "music/harmonizer.h"

#include <algorithm>

namespace sw::music {

namespace {

struct Candidate
{
    ChordSymbol chord;
    double prior = 0; ///< tonic, subdominant and dominant are the usual choices
};

QVector<Candidate> candidatesFor(const KeySignature& key)
{
    const int tonic = key.tonicPitchClass();
    const bool minor = key.mode == KeyMode::Minor;
    // Scale degrees (semitones above the tonic), their triad quality and how usual each is.
    struct Degree
    {
        int semitones;
        ChordQuality quality;
        double prior;
    };
    const QVector<Degree> major{{0, ChordQuality::Major, 0.3},       {2, ChordQuality::Minor, 0.05},
                                {4, ChordQuality::Minor, 0.0},       {5, ChordQuality::Major, 0.2},
                                {7, ChordQuality::Major, 0.25},      {9, ChordQuality::Minor, 0.1},
                                {11, ChordQuality::Diminished, -0.4}};
    const QVector<Degree> natural{
        {0, ChordQuality::Minor, 0.3},   {2, ChordQuality::Diminished, -0.4},
        {3, ChordQuality::Major, 0.1},   {5, ChordQuality::Minor, 0.2},
        {7, ChordQuality::Major, 0.2},   {8, ChordQuality::Major, 0.1},
        {10, ChordQuality::Major, 0.05}, {7, ChordQuality::Minor, -0.05}};
    QVector<Candidate> out;
    for (const Degree& d : minor ? natural : major) {
        ChordSymbol c;
        c.root = (tonic + d.semitones) % 12;
        c.quality = d.quality;
        out.append({c, d.prior});
    }
    return out;
}

// How strongly a note starting at `tick` is heard against the chord: downbeats most.
double beatWeight(const TempoMap& map, qint64 tick)
{
    const MeterChange meter = map.meterAt(tick);
    const qint64 beat = TempoMap::beatLengthTicks(meter.denominator);
    const qint64 bar = TempoMap::barLengthTicks(meter.numerator, meter.denominator);
    const qint64 inBar = (tick - meter.tick) % bar;
    if (inBar == 0)
        return 2.0;
    if (inBar % beat == 0)
        return (meter.numerator % 2 == 0 && inBar == bar / 2) ? 1.6 : 1.2;
    return 0.7;
}

} // namespace

QVector<ChordSymbol> harmonizeMelody(const QVector<Note>& melody, const KeySignature& key,
                                     const TempoMap& map, qint64 firstTick, qint64 endTick)
{
    // The spans a chord lasts: half bars in 4 and 6, whole bars otherwise.
    struct Span
    {
        qint64 from, to;
        bool midBar; ///< the second half of a bar: a change there is a quicker harmonic rhythm
    };
    QVector<Span> spans;
    qint64 tick = firstTick;
    while (tick < endTick) {
        const MeterChange meter = map.meterAt(tick);
        const qint64 bar = TempoMap::barLengthTicks(meter.numerator, meter.denominator);
        const bool halves = meter.numerator == 4 || meter.numerator == 6;
        const qint64 step = halves ? bar / 2 : bar;
        const bool midBar = halves && (tick - meter.tick) % bar != 0;
        spans.append({tick, std::min(endTick, tick + step), midBar});
        tick += step;
    }
    const QVector<Candidate> candidates = candidatesFor(key);
    QVector<ChordSymbol> chords;
    int previous = 0; // the tonic before anything is heard
    for (int s = 0; s < spans.size(); ++s) {
        const auto [from, to, midBar] = spans[s];
        QVector<double> score(candidates.size(), 0.0);
        double heard = 0;
        for (const Note& n : melody) {
            const qint64 overlap = std::min(to, n.endTick()) - std::max(from, n.startTick);
            if (overlap <= 0)
                continue;
            const double weight = double(overlap) / kTicksPerQuarter *
                                  (n.startTick >= from ? beatWeight(map, n.startTick) : 1.0);
            heard += weight;
            const int pc = ((n.pitch % 12) + 12) % 12;
            for (int c = 0; c < candidates.size(); ++c) {
                const QVector<int> tones = candidates[c].chord.pitchClasses();
                const int index = int(tones.indexOf(pc));
                score[c] += weight * (index == 0 ? 1.0 : index > 0 ? 0.85 : -0.5);
            }
        }
        int best = previous;
        if (heard > 0) {
            const bool last = s == spans.size() - 1;
            double bestValue = -1e9;
            for (int c = 0; c < candidates.size(); ++c) {
                double value = score[c] / heard + candidates[c].prior;
                if (last && c == 0)
                    value += 0.3; // end at home when the tune lets it
                // Harmony changes mostly at bar lines: keeping the chord is worth a little
                // there, and more in the middle of a bar.
                if (c == previous)
                    value += midBar ? 0.3 : 0.05;
                if (value > bestValue) {
                    bestValue = value;
                    best = c;
                }
            }
        }
        previous = best;
        ChordSymbol chord = candidates[best].chord;
        chord.tick = from;
        if (chords.isEmpty() || chords.last().root != chord.root ||
            chords.last().quality != chord.quality)
            chords.append(chord);
    }
    return chords;
}

} // namespace sw::music
