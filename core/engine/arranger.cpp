#include "engine/arranger.h"

#include "engine/barcontrols.h"

#include <algorithm>
#include <random>

namespace sw::engine {

using music::Note;
using music::TrackRole;

QVector<qint64> planBarStartTicks(const plan::MusicPlan& plan)
{
    const qint64 beatTicks = music::TempoMap::beatLengthTicks(plan.meterDenominator);
    QVector<qint64> starts;
    qint64 tick = 0;
    for (const plan::PlanBar& bar : plan.bars) {
        starts.append(tick);
        tick += bar.beats * beatTicks;
    }
    starts.append(tick);
    return starts;
}

QVector<qint64> planHitTicks(const plan::MusicPlan& plan)
{
    QVector<qint64> ticks;
    for (const plan::EventPlacement& p : plan.tempo.placements) {
        // Hit points from the timeline's markers and from prompts ("a hit at the door slam").
        if (!plan::isHit(p.event.kind))
            continue;
        const qint64 us = p.event.timeUs - plan.tempo.musicStartUs;
        if (us >= 0)
            ticks.append(plan.tempo.tempoMap.microsToTick(us));
    }
    std::sort(ticks.begin(), ticks.end());
    return ticks;
}

QVector<Note> drumBar(qint64 start, int beats, int beatTicks, int intensity, bool fill, bool crash,
                      quint64 seed)
{
    enum : int
    {
        Kick = 36,
        SideStick = 37,
        Snare = 38,
        ClosedHat = 42,
        OpenHat = 46,
        Crash = 49,
        Ride = 51,
        LowTom = 45,
        MidTom = 47,
        HighTom = 50
    };
    std::mt19937_64 rng(seed);
    auto chance = [&](double p) { return double(rng() >> 11) / 9007199254740992.0 < p; };
    QVector<Note> notes;
    auto hit = [&](int pitch, qint64 tick, int velocity) {
        Note n;
        n.pitch = pitch;
        n.startTick = tick;
        n.durationTicks = beatTicks / 4;
        n.velocity = std::clamp(velocity, 1, 127);
        notes.append(n);
    };
    const int eighth = beatTicks / 2;
    const int sixteenth = beatTicks / 4;
    const int fillFrom = fill ? std::max(0, beats - (intensity >= 3 ? 2 : 1)) : beats;
    const int base = 62 + 10 * intensity;
    for (int beat = 0; beat < beats; ++beat) {
        const qint64 t = start + qint64(beat) * beatTicks;
        if (beat >= fillFrom) {
            // A fill: sixteenths down the toms, the last one on the snare.
            static const int toms[] = {HighTom, HighTom, MidTom, LowTom};
            for (int s = 0; s < 4; ++s) {
                const bool last = beat == beats - 1 && s == 3;
                hit(last ? Snare : toms[(s + beat) % 4], t + s * sixteenth, base + 4 * s);
            }
            continue;
        }
        if (intensity == 0) {
            if (beat == 0)
                hit(SideStick, t, base - 10);
            continue;
        }
        // Backbeat: kick on the strong beats, snare on the others (3/4: kick on one only).
        const bool strong = beats == 3 ? beat == 0 : beat % 2 == 0;
        if (strong)
            hit(Kick, t, base + 8);
        else
            hit(intensity >= 2 ? Snare : SideStick, t, base + 4);
        if (intensity >= 3 && !strong && chance(0.35))
            hit(Kick, t + eighth, base - 6);
        if (intensity >= 2 && strong && beat > 0 && chance(0.25))
            hit(Kick, t + eighth, base - 8);
        // Cymbals: ride at 1, hats in eighths at 2-3, sixteenths at 4.
        const int cymbal = intensity >= 4 && beat % 2 == 1 ? OpenHat : ClosedHat;
        if (intensity == 1) {
            hit(Ride, t, base - 12);
        } else if (intensity <= 3) {
            hit(cymbal, t, base - 8);
            hit(ClosedHat, t + eighth, base - 18);
        } else {
            for (int s = 0; s < 4; ++s)
                hit(s == 0 ? cymbal : ClosedHat, t + s * sixteenth, base - (s % 2 ? 22 : 10));
        }
    }
    if (crash)
        hit(Crash, start, 112);
    return notes;
}

QVector<music::ChordSymbol> chordSymbolsOf(const QVector<TokenBar>& bars, int first,
                                           const plan::MusicPlan& plan)
{
    const QVector<qint64> starts = planBarStartTicks(plan);
    const int tonic = plan.key.tonicPitchClass();
    QVector<music::ChordSymbol> out;
    for (int i = 0; i < bars.size(); ++i) {
        for (const GridChord& c : bars[i].chords) {
            if (c.root < 0)
                continue;
            music::ChordSymbol s;
            s.tick = starts[first + i] + qint64(c.position) * kGridTicks;
            s.root = (c.root + tonic) % 12;
            s.quality = c.quality;
            // A chord that only repeats the previous one is not written again.
            if (!out.isEmpty() && out.last().root == s.root && out.last().quality == s.quality)
                continue;
            out.append(s);
        }
    }
    return out;
}

QMap<TrackRole, QVector<Note>> arrangeBars(const QVector<TokenBar>& bars, int first,
                                           const plan::MusicPlan& plan, quint64 seed)
{
    QMap<TrackRole, QVector<Note>> out;
    const QVector<qint64> starts = planBarStartTicks(plan);
    const QVector<qint64> hits = planHitTicks(plan);
    const int shift = tonicShift(plan.key);
    const qint64 beatTicks = music::TempoMap::beatLengthTicks(plan.meterDenominator);
    auto onHit = [&](qint64 tick) {
        const auto it = std::lower_bound(hits.begin(), hits.end(), tick - kGridTicks);
        return it != hits.end() && *it <= tick + kGridTicks;
    };
    auto makeNote = [&](const GridNote& g, qint64 barStart, qint64 barEnd, int pitch, int boost) {
        Note n;
        n.pitch = std::clamp(pitch, 0, 127);
        n.startTick = barStart + qint64(g.position) * kGridTicks;
        // Notes end with their bar's end at the latest: a regenerated bar never reaches into
        // the next one.
        n.durationTicks =
            std::max<qint64>(kGridTicks / 2, std::min<qint64>(qint64(g.duration) * kGridTicks,
                                                              barEnd - n.startTick));
        n.velocity = std::clamp(
            velocityOfLevel(g.velocityLevel) + boost + (onHit(n.startTick) ? 20 : 0), 1, 127);
        return n;
    };
    for (int i = 0; i < bars.size(); ++i) {
        const int index = first + i;
        const plan::PlanBar& pb = plan.bars[index];
        const qint64 barStart = starts[index];
        const qint64 barEnd = starts[index + 1];
        const TokenBar& bar = bars[i];
        const bool wantBass = pb.roles.contains(music::TrackRole::Bass);
        const bool wantChords = pb.roles.contains(music::TrackRole::Chords);
        if (pb.roles.contains(music::TrackRole::Melody)) {
            for (const GridNote& g : bar.melody) {
                if (barStart + qint64(g.position) * kGridTicks < barEnd)
                    out[TrackRole::Melody].append(
                        makeNote(g, barStart, barEnd, g.pitch - shift, 6));
            }
        }
        // Accompaniment: the lowest note of each onset below middle C is the bass.
        QVector<GridNote> acc = bar.accompaniment;
        std::sort(acc.begin(), acc.end());
        bool anyBass = false;
        for (int k = 0; k < acc.size(); ++k) {
            const GridNote& g = acc[k];
            // A bar of 7/8 is written on a grid of four quarters; what lies past its end goes.
            if (barStart + qint64(g.position) * kGridTicks >= barEnd)
                continue;
            const bool lowest = k == 0 || acc[k - 1].position != g.position;
            const int pitch = g.pitch - shift;
            if (lowest && pitch < 60 && wantBass) {
                int bass = pitch;
                while (bass > 52)
                    bass -= 12;
                while (bass < 28)
                    bass += 12;
                out[TrackRole::Bass].append(makeNote(g, barStart, barEnd, bass, 4));
                anyBass = true;
            } else if (wantChords || (!wantBass && !wantChords)) {
                out[TrackRole::Chords].append(makeNote(g, barStart, barEnd, pitch, -4));
            }
        }
        // A bar whose accompaniment gave no bass note still gets the chord roots.
        if (wantBass && !anyBass) {
            for (int c = 0; c < bar.chords.size(); ++c) {
                if (bar.chords[c].root < 0)
                    continue;
                GridNote g;
                g.position = bar.chords[c].position;
                g.duration = (c + 1 < bar.chords.size() ? bar.chords[c + 1].position
                                                        : bar.controls.quarters * kGridPerQuarter) -
                             g.position;
                g.velocityLevel = std::clamp(bar.controls.intensity - 1, 0, 3);
                int bass = bar.chords[c].root - shift;
                while (bass < 36)
                    bass += 12;
                while (bass > 47)
                    bass -= 12;
                out[TrackRole::Bass].append(makeNote(g, barStart, barEnd, bass, 4));
            }
        }
        if (pb.roles.contains(music::TrackRole::Drums)) {
            const bool sectionEnd =
                index + 1 < plan.bars.size() && plan.bars[index + 1].section != pb.section;
            const bool sectionStart = index == 0 || plan.bars[index - 1].section != pb.section;
            const int level = std::clamp(int(pb.intensity * 5), 0, 4);
            QVector<Note> drums =
                drumBar(barStart, pb.beats, int(beatTicks), level, sectionEnd,
                        sectionStart && level >= 2, seed * 1000003ULL + quint64(index));
            for (const qint64 hit : hits) {
                if (hit >= barStart && hit < barEnd) {
                    Note crash;
                    crash.pitch = 49;
                    crash.startTick = hit;
                    crash.durationTicks = beatTicks / 4;
                    crash.velocity = 120;
                    drums.append(crash);
                }
            }
            out[TrackRole::Drums] += drums;
        }
    }
    return out;
}

} // namespace sw::engine
