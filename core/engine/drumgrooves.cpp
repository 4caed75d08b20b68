#include "engine/drumgrooves.h"

#include <algorithm>
#include <random>

namespace sw::engine {

namespace {

enum : int
{
    Kick = 36,
    SideStick = 37,
    Snare = 38,
    Clap = 39,
    ClosedHat = 42,
    PedalHat = 44,
    OpenHat = 46,
    LowTom = 45,
    MidTom = 47,
    HighTom = 50,
    Crash = 49,
    Ride = 51,
    RideBell = 53,
    Shaker = 70
};

class BarWriter
{
public:
    BarWriter(const DrumBarRequest& r) : m_r(r), m_rng(r.seed) {}

    // A hit `sixteenths` into beat `beat`, at a velocity a little off `velocity` (a player's
    // hands, a few steps either way).
    void hit(int pitch, int beat, int sixteenths, int velocity)
    {
        music::Note n;
        n.pitch = pitch;
        n.startTick =
            m_r.startTick + qint64(beat) * m_r.beatTicks + qint64(sixteenths) * m_r.beatTicks / 4;
        n.durationTicks = m_r.beatTicks / 4;
        const int wobble = int(m_rng() % 9) - 4;
        n.velocity = std::clamp(velocity + wobble, 1, 127);
        m_notes.append(n);
    }
    bool chance(double p) { return double(m_rng() >> 11) / 9007199254740992.0 < p; }
    QVector<music::Note> take() { return m_notes; }

private:
    const DrumBarRequest& m_r;
    std::mt19937_64 m_rng;
    QVector<music::Note> m_notes;
};

// Cymbal time at a level: 1 quarters on the ride, 2-3 eighths on the closed hat, 4 sixteenths.
void timekeeping(BarWriter& w, int beat, int level, int base)
{
    if (level <= 1) {
        w.hit(Ride, beat, 0, base - 14);
    } else if (level <= 3) {
        w.hit(ClosedHat, beat, 0, base - 8);
        w.hit(ClosedHat, beat, 2, base - 20);
    } else {
        for (int s = 0; s < 4; ++s)
            w.hit(ClosedHat, beat, s, base - (s == 0 ? 6 : s == 2 ? 14 : 24));
    }
}

void playBeat(Groove groove, BarWriter& w, const DrumBarRequest& r, int beat, int base)
{
    const int level = r.level;
    const bool even = beat % 2 == 0;
    switch (groove) {
    case Groove::Backbeat:
        if (r.beats % 3 == 0 && r.beats > 3) {
            // Compound time (6/8, 12/8): the kick on one, the snare on the second dotted beat.
            if (beat % 6 == 0)
                w.hit(Kick, beat, 0, base + 8);
            if (beat % 6 == 3)
                w.hit(level >= 2 ? Snare : SideStick, beat, 0, base + 4);
            w.hit(level <= 1 ? Ride : ClosedHat, beat, 0, base - (beat % 3 ? 18 : 8));
            break;
        }
        if (even)
            w.hit(Kick, beat, 0, base + 8);
        else
            w.hit(level >= 2 ? Snare : SideStick, beat, 0, base + 4);
        if (level >= 3 && beat == 2)
            w.hit(Kick, beat, 2, base - 6); // "one, three, three-and"
        timekeeping(w, beat, level, base);
        break;
    case Groove::FourOnTheFloor:
        w.hit(Kick, beat, 0, base + 10);
        if (!even)
            w.hit(level >= 2 ? Clap : SideStick, beat, 0, base);
        if (level >= 2)
            w.hit(OpenHat, beat, 2, base - 10);
        if (level >= 4) {
            w.hit(ClosedHat, beat, 1, base - 26);
            w.hit(ClosedHat, beat, 3, base - 26);
        }
        break;
    case Groove::HalfTime:
        // The snare on three only; the kick on one and, busier, pushing into three.
        if (beat == 0)
            w.hit(Kick, beat, 0, base + 10);
        if (beat == 1 && level >= 2)
            w.hit(Kick, beat, 2, base - 4);
        if (beat == 2 % std::max(1, r.beats))
            w.hit(level >= 2 ? Snare : SideStick, beat, 0, base + 8);
        if (level >= 4) {
            for (int s = 0; s < 4; ++s)
                w.hit(ClosedHat, beat, s, base - (s % 2 ? 24 : 10));
        } else {
            w.hit(ClosedHat, beat, 0, base - 8);
            if (level >= 2)
                w.hit(ClosedHat, beat, 2, base - 20);
        }
        break;
    case Groove::JazzRide:
        // "Ding, ding-a ding": the ride on every beat and the "and" of two and four, the hi-hat
        // pedal on two and four, a feathered kick, now and then a comping snare.
        w.hit(Ride, beat, 0, base - 6);
        if (!even)
            w.hit(Ride, beat, 2, base - 18);
        if (!even)
            w.hit(PedalHat, beat, 0, base - 14);
        w.hit(Kick, beat, 0, base - 34);
        if (level >= 3 && w.chance(0.2))
            w.hit(Snare, beat, 2, base - 22);
        break;
    case Groove::Shuffle:
        w.hit(even ? Kick : Snare, beat, 0, base + (even ? 8 : 4));
        w.hit(level >= 3 ? Ride : ClosedHat, beat, 0, base - 8);
        w.hit(level >= 3 ? Ride : ClosedHat, beat, 2, base - 18);
        break;
    case Groove::Waltz:
        // Oom-pah-pah: the kick on one, the hat (or a soft snare) on two and three.
        if (beat == 0) {
            w.hit(Kick, beat, 0, base + 8);
            if (level >= 2)
                w.hit(ClosedHat, beat, 0, base - 12);
        } else {
            w.hit(level >= 3 ? Snare : ClosedHat, beat, 0, base - (level >= 3 ? 10 : 6));
        }
        break;
    case Groove::Bossa: {
        // The kick's "dum, da-dum" on every half bar, a 3-2 clave on the rim over two bars,
        // eighths on the hat (or a shaker when quiet).
        if (even)
            w.hit(Kick, beat, 0, base);
        else
            w.hit(Kick, beat, 2, base - 8);
        static const int claveA[] = {0, 6, 12}; // sixteenths of bar 1: 1, 2-and, 4
        static const int claveB[] = {4, 8};     // bar 2: 2, 3
        const bool first = r.barInPhrase % 2 == 0;
        const int* clave = first ? claveA : claveB;
        const int count = first ? 3 : 2;
        for (int i = 0; i < count; ++i) {
            if (clave[i] / 4 == beat)
                w.hit(SideStick, beat, clave[i] % 4, base - 4);
        }
        w.hit(level >= 2 ? ClosedHat : Shaker, beat, 0, base - 16);
        w.hit(level >= 2 ? ClosedHat : Shaker, beat, 2, base - 24);
        break;
    }
    case Groove::OneDrop:
        // Nothing on one; kick and rim together on three; the hat on the off-beats.
        if (beat == 2 % std::max(1, r.beats)) {
            w.hit(Kick, beat, 0, base + 6);
            w.hit(level >= 3 ? Snare : SideStick, beat, 0, base + 2);
        }
        w.hit(ClosedHat, beat, 2, base - 10);
        if (level >= 3)
            w.hit(ClosedHat, beat, 0, base - 24);
        break;
    case Groove::March:
        w.hit(Snare, beat, 0, base + (even ? 6 : 0));
        if (!even || level >= 3) {
            w.hit(Snare, beat, 2, base - 14);
            w.hit(Snare, beat, 3, base - 10);
        }
        if (even)
            w.hit(Kick, beat, 0, base + 6);
        if (level >= 3 && beat == 0)
            w.hit(Crash, beat, 0, base - 10);
        break;
    case Groove::Breakbeat:
        // Two-step: kick on one and the "and" of three, snare on two and four, busy hats.
        if (beat == 0)
            w.hit(Kick, beat, 0, base + 10);
        if (beat == 2)
            w.hit(Kick, beat, 2, base + 4);
        if (!even)
            w.hit(Snare, beat, 0, base + 8);
        timekeeping(w, beat, std::max(level, 2), base);
        break;
    }
}

} // namespace

Groove grooveNamed(const QString& name)
{
    static const QPair<const char*, Groove> names[] = {
        {"four on the floor", Groove::FourOnTheFloor},
        {"half time", Groove::HalfTime},
        {"jazz ride", Groove::JazzRide},
        {"shuffle", Groove::Shuffle},
        {"waltz", Groove::Waltz},
        {"bossa nova", Groove::Bossa},
        {"one drop", Groove::OneDrop},
        {"march", Groove::March},
        {"breakbeat", Groove::Breakbeat}};
    for (const auto& n : names) {
        if (name == QLatin1String(n.first))
            return n.second;
    }
    return Groove::Backbeat;
}

QVector<music::Note> grooveBar(Groove groove, const DrumBarRequest& r)
{
    BarWriter w(r);
    const int level = std::clamp(r.level, 0, 4);
    const int base = 62 + 10 * level;
    const int fillFrom = r.fillBeats > 0 ? std::max(0, r.beats - r.fillBeats) : r.beats;
    for (int beat = 0; beat < r.beats; ++beat) {
        if (beat >= fillFrom) {
            // A fill: sixteenths down the toms (eighths when quiet), the last on the snare.
            static const int toms[] = {HighTom, HighTom, MidTom, LowTom};
            const int step = level >= 2 ? 1 : 2;
            for (int s = 0; s < 4; s += step) {
                const bool last = beat == r.beats - 1 && s + step >= 4;
                w.hit(last ? Snare : toms[(s + beat) % 4], beat, s, base + 4 * s - 6);
            }
            if (groove != Groove::JazzRide)
                w.hit(Kick, beat, 0, base);
            continue;
        }
        if (level == 0) {
            if (beat == 0)
                w.hit(groove == Groove::JazzRide ? Ride : SideStick, beat, 0, base - 10);
            continue;
        }
        playBeat(groove, w, r, beat, base);
    }
    if (r.crash)
        w.hit(Crash, 0, 0, 112);
    return w.take();
}

} // namespace sw::engine
