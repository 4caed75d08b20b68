#include "music/feel.h"

#include <algorithm>

namespace sw::music {

qint64 swungTick(qint64 tick, int swingPercent)
{
    if (swingPercent == kStraightPercent || tick < 0)
        return tick;
    const qint64 beat = kTicksPerQuarter, half = beat / 2;
    const qint64 offbeat = beat * std::clamp(swingPercent, 1, 99) / 100;
    const qint64 start = tick - tick % beat, p = tick % beat;
    return start + (p < half ? p * offbeat / half : offbeat + (p - half) * (beat - offbeat) / half);
}

Score performedScore(const Score& score)
{
    if (score.swingPercent == kStraightPercent)
        return score;
    Score out = score;
    out.swingPercent = kStraightPercent;
    // Swing moves eighths inside a quarter beat; in 6/8 or 3/8 the beat is a dotted quarter and
    // the eighths are its triplet already.
    const int denominator = score.tempoMap.meterAt(0).denominator;
    if (denominator > 4)
        return out;
    for (Track& t : out.tracks) {
        for (Note& n : t.notes) {
            const qint64 end = swungTick(n.endTick(), score.swingPercent);
            n.startTick = swungTick(n.startTick, score.swingPercent);
            n.durationTicks = std::max<qint64>(1, end - n.startTick);
        }
        for (ControlChange& c : t.controls)
            c.tick = swungTick(c.tick, score.swingPercent);
        t.sortNotes();
    }
    return out;
}

} // namespace sw::music
