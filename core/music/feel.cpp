#include "music/feel.h"

#include <algorithm>
#include <cmath>

namespace sw::music {

namespace {

// A well-mixed 64-bit hash (SplitMix64's finaliser): the same note gets the same variation in
// every run, neighbouring notes unrelated ones.
quint64 mix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

// A value in [-1, 1], triangular (the sum of two uniform halves): most onsets move a little,
// few by the whole amount, as with players.
double wobble(quint64 seed)
{
    const quint64 h = mix(seed);
    const double a = double(h & 0xFFFFFFFFu) / 4294967295.0;
    const double b = double(h >> 32) / 4294967295.0;
    return a + b - 1.0;
}

bool isSnare(int pitch)
{
    return pitch == 37 || pitch == 38 || pitch == 39 || pitch == 40; // side stick, snares, clap
}

} // namespace

qint64 swungTick(qint64 tick, int swingPercent)
{
    if (swingPercent == kStraightPercent || tick < 0)
        return tick;
    const qint64 beat = kTicksPerQuarter, half = beat / 2;
    const qint64 offbeat = beat * std::clamp(swingPercent, 1, 99) / 100;
    const qint64 start = tick - tick % beat, p = tick % beat;
    return start + (p < half ? p * offbeat / half : offbeat + (p - half) * (beat - offbeat) / half);
}

Score humanizedScore(const Score& score)
{
    Score out = score;
    out.looseMs = 0;
    out.laidBackMs = 0;
    const int loose = std::clamp(score.looseMs, 0, kMaxLooseMs);
    const int laidBack = std::clamp(score.laidBackMs, -kMaxLaidBackMs, kMaxLaidBackMs);
    if (loose == 0 && laidBack == 0)
        return out;
    const TempoMap& map = score.tempoMap;
    for (int ti = 0; ti < out.tracks.size(); ++ti) {
        Track& t = out.tracks[ti];
        if (t.role == TrackRole::Vocal)
            continue;
        const quint64 trackSeed = mix(quint64(ti) * 0x100000001B3ull + 17);
        for (Note& n : t.notes) {
            // The onset's offset is hashed on the track and the tick, not the pitch: the notes of
            // one chord move together. A drummer is the timekeeper, so the kit moves half as
            // much, its snare laid back with the band.
            double ms = loose * wobble(trackSeed ^ quint64(n.startTick));
            if (t.drumKit) {
                ms = ms / 2 + (isSnare(n.pitch) ? laidBack : 0);
            } else if (t.role != TrackRole::Bass) {
                ms += laidBack;
            }
            const qint64 startUs = map.tickToMicros(n.startTick);
            const qint64 endUs = map.tickToMicros(n.endTick());
            const qint64 shiftUs = std::llround(ms * 1000);
            const qint64 start = std::max<qint64>(0, map.microsToTick(startUs + shiftUs));
            const qint64 end = map.microsToTick(endUs + shiftUs);
            n.startTick = start;
            n.durationTicks = std::max<qint64>(1, end - start);
            if (!t.drumKit && loose > 0) {
                // Up to about 6% louder or softer, more the looser the playing.
                const double spread = std::min(8.0, 2.0 + loose * 0.6);
                const double v = n.velocity + spread * wobble(trackSeed ^ quint64(n.startTick) ^
                                                              (quint64(n.pitch) << 40));
                n.velocity = std::clamp(int(std::lround(v)), 1, 127);
            }
        }
        t.sortNotes();
        // A note moved later must not outlast the next note of its pitch: that note's start
        // would be cut off by the earlier one's note-off.
        int lastIndex[128];
        std::fill(std::begin(lastIndex), std::end(lastIndex), -1);
        for (int i = 0; i < t.notes.size(); ++i) {
            Note& n = t.notes[i];
            const int p = std::clamp(n.pitch, 0, 127);
            if (lastIndex[p] >= 0) {
                Note& before = t.notes[lastIndex[p]];
                if (before.endTick() > n.startTick)
                    before.durationTicks = std::max<qint64>(1, n.startTick - before.startTick);
            }
            lastIndex[p] = i;
        }
    }
    return out;
}

Score performedScore(const Score& score)
{
    Score out = score;
    out.swingPercent = kStraightPercent;
    // Swing moves eighths inside a quarter beat; in 6/8 or 3/8 the beat is a dotted quarter and
    // the eighths are its triplet already.
    const int denominator = score.tempoMap.meterAt(0).denominator;
    if (score.swingPercent != kStraightPercent && denominator <= 4) {
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
    }
    if (out.looseMs == 0 && out.laidBackMs == 0)
        return out;
    return humanizedScore(out);
}

} // namespace sw::music
