#include "engine/arranger.h"

#include "engine/barcontrols.h"
#include "engine/drumgrooves.h"

#include <QSet>
#include <algorithm>
#include <cstdlib>
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
    // A hit at the music's very end ("building to a hit" over the whole video) falls on the
    // last whole bar's downbeat, where the cadence arrives (a short bar after it only rings).
    const QVector<qint64> starts = planBarStartTicks(plan);
    int last = int(plan.bars.size()) - 1;
    while (last > 0 && plan.bars[last].beats != plan.meterNumerator)
        --last;
    if (last >= 0) {
        for (qint64& t : ticks) {
            if (t >= starts[last + 1])
                t = starts[last];
        }
    }
    std::sort(ticks.begin(), ticks.end());
    return ticks;
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

namespace {

// How busy the accompaniment is, as the bar's density asks beyond what the model wrote: a busy
// bar (density 4) breaks each held chord into eighths, up and down through its notes, and
// strikes a held single note again on each eighth; a sparse
// one (density 0) keeps the first chord of each half bar and holds it, as a pad would.
void applyDensityTexture(QVector<Note>& notes, int from, qint64 barStart, qint64 barEnd,
                         int density, qint64 beatTicks)
{
    if (density != 0 && density != 4)
        return;
    QVector<Note> bar = notes.mid(from);
    notes.resize(from);
    std::sort(bar.begin(), bar.end(), [](const Note& a, const Note& b) {
        return a.startTick != b.startTick ? a.startTick < b.startTick : a.pitch < b.pitch;
    });
    QVector<QVector<Note>> onsets;
    for (const Note& n : bar) {
        if (onsets.isEmpty() || onsets.last().first().startTick != n.startTick)
            onsets.append(QVector<Note>());
        onsets.last().append(n);
    }
    if (density == 0) {
        const qint64 half = std::max<qint64>(beatTicks, (barEnd - barStart) / 2);
        QVector<QVector<Note>> kept;
        for (const QVector<Note>& o : onsets) {
            const qint64 slot = (o.first().startTick - barStart) / half;
            if (kept.isEmpty() || (kept.last().first().startTick - barStart) / half != slot)
                kept.append(o);
        }
        for (int k = 0; k < kept.size(); ++k) {
            const qint64 until = k + 1 < kept.size() ? kept[k + 1].first().startTick : barEnd;
            for (Note n : kept[k]) {
                n.durationTicks = std::max<qint64>(1, until - n.startTick);
                notes.append(n);
            }
        }
        return;
    }
    const qint64 step = beatTicks / 2;
    for (int k = 0; k < onsets.size(); ++k) {
        const QVector<Note>& o = onsets[k];
        const qint64 start = o.first().startTick;
        const qint64 until = k + 1 < onsets.size() ? onsets[k + 1].first().startTick : barEnd;
        if (until - start < beatTicks) {
            notes += o;
            continue;
        }
        if (o.size() < 2) {
            // A single held note is struck again on every eighth: a driving ostinato.
            for (qint64 t = start; t < until; t += step) {
                Note n = o.first();
                n.startTick = t;
                n.durationTicks = std::min(step, until - t);
                n.velocity = std::clamp(n.velocity - (t == start ? 0 : 10), 1, 127);
                notes.append(n);
            }
            continue;
        }
        // Up through the chord and back down, without repeating the top or the bottom.
        QVector<int> order;
        for (int i = 0; i < o.size(); ++i)
            order.append(i);
        for (int i = int(o.size()) - 2; i > 0; --i)
            order.append(i);
        int i = 0;
        for (qint64 t = start; t < until; t += step, ++i) {
            Note n = o[order[i % order.size()]];
            n.startTick = t;
            n.durationTicks = std::min(step, until - t);
            n.velocity = std::clamp(n.velocity - (i % 2 ? 8 : 0), 1, 127);
            notes.append(n);
        }
    }
}

// The notes of the last onset at or before `tick` among notes[from..]; empty when none.
QVector<Note> lastOnsetBy(const QVector<Note>& notes, int from, qint64 tick)
{
    qint64 onset = -1;
    for (int k = from; k < notes.size(); ++k) {
        if (notes[k].startTick <= tick)
            onset = std::max(onset, notes[k].startTick);
    }
    QVector<Note> out;
    for (int k = from; k < notes.size(); ++k) {
        if (notes[k].startTick == onset)
            out.append(notes[k]);
    }
    return out;
}

// A waltz's "oom-pah-pah": the bass on one, the chord struck short on two and three (what the
// accompaniment holds at each beat), the one accented. The model's own accompaniment rhythm
// gives way to it; its pitches stay.
void applyWaltzAccompaniment(QVector<Note>& chords, int chordsFrom, QVector<Note>& bass,
                             int bassFrom, qint64 barStart, qint64 barEnd, qint64 beatTicks)
{
    if (barEnd - barStart != 3 * beatTicks)
        return; // a short last bar rings as it is
    const QVector<Note> written = chords.mid(chordsFrom);
    auto soundingAt = [&](qint64 tick) {
        // The notes sounding at `tick`, or, where nothing does, those of the last onset before
        // it, or the bar's first chord.
        QVector<Note> at;
        for (const Note& n : written) {
            if (n.startTick <= tick && n.endTick() > tick)
                at.append(n);
        }
        if (at.isEmpty())
            at = lastOnsetBy(written, 0, tick);
        if (at.isEmpty() && !written.isEmpty()) {
            // Nothing before it in the bar: the bar's first chord, early.
            qint64 first = written.first().startTick;
            for (const Note& n : written)
                first = std::min(first, n.startTick);
            at = lastOnsetBy(written, 0, first);
        }
        return at;
    };
    QVector<Note> pah;
    for (int beat = 1; beat <= 2; ++beat) {
        const qint64 tick = barStart + beat * beatTicks;
        QVector<int> pitches;
        for (Note n : soundingAt(tick)) {
            if (pitches.contains(n.pitch))
                continue;
            pitches.append(n.pitch);
            n.startTick = tick;
            n.durationTicks = beatTicks * 3 / 4;
            n.velocity = std::clamp(n.velocity - 6, 1, 127);
            pah.append(n);
        }
    }
    if (!pah.isEmpty()) {
        chords.resize(chordsFrom);
        chords += pah;
    }
    if (bass.size() > bassFrom) {
        Note oom = bass[bassFrom];
        for (int k = bassFrom; k < bass.size(); ++k) {
            if (bass[k].startTick < oom.startTick)
                oom = bass[k];
        }
        oom.startTick = barStart;
        oom.durationTicks = beatTicks;
        oom.velocity = std::clamp(oom.velocity + 10, 1, 127);
        bass.resize(bassFrom);
        bass.append(oom);
    }
}

// A hit is played by everyone: where the chords or the bass have no note starting at a hit,
// what they hold there (or last held) is struck again, loud, for up to a beat.
void addTuttiAtHits(QVector<Note>& chords, int chordsFrom, QVector<Note>& bass, int bassFrom,
                    const QVector<qint64>& hits, qint64 barStart, qint64 barEnd, qint64 beatTicks)
{
    auto strike = [&](QVector<Note>& notes, int from, qint64 hit) {
        bool played = false;
        for (int k = from; k < notes.size(); ++k) {
            Note& n = notes[k];
            if (std::abs(n.startTick - hit) < kGridTicks) {
                n.velocity = std::max(n.velocity, 112); // already played there: loud
                played = true;
            }
        }
        if (played)
            return;
        const QVector<Note> held = lastOnsetBy(notes, from, hit);
        // What still sounds is cut at the hit, so a pitch struck again does not overlap itself.
        for (int k = from; k < notes.size(); ++k) {
            Note& n = notes[k];
            if (n.startTick < hit && n.endTick() > hit)
                n.durationTicks = std::max<qint64>(1, hit - n.startTick);
        }
        for (Note n : held) {
            n.startTick = hit;
            n.durationTicks = std::min(beatTicks, barEnd - hit);
            n.velocity = std::max(n.velocity, 115);
            notes.append(n);
        }
    };
    for (const qint64 hit : hits) {
        if (hit < barStart || hit >= barEnd)
            continue;
        strike(chords, chordsFrom, hit);
        strike(bass, bassFrom, hit);
    }
}

const plan::PlanPhrase* phraseOf(const plan::MusicPlan& plan, int bar)
{
    for (const plan::PlanPhrase& p : plan.phrases) {
        if (bar >= p.firstBar && bar <= p.lastBar)
            return &p;
    }
    return nullptr;
}

// The drums' level (0..4) of every bar: the median of its phrase's intensities, so that the
// groove holds through a phrase and changes on its lines rather than from bar to bar.
QVector<int> drumLevelsOf(const plan::MusicPlan& plan)
{
    QVector<int> levels;
    for (const plan::PlanBar& b : plan.bars)
        levels.append(std::clamp(int(b.intensity * 5), 0, 4));
    for (const plan::PlanPhrase& p : plan.phrases) {
        QVector<int> inPhrase;
        for (int b = p.firstBar; b <= p.lastBar && b < levels.size(); ++b)
            inPhrase.append(levels[b]);
        if (inPhrase.isEmpty())
            continue;
        std::sort(inPhrase.begin(), inPhrase.end());
        const int median = inPhrase[inPhrase.size() / 2];
        for (int b = p.firstBar; b <= p.lastBar && b < levels.size(); ++b)
            levels[b] = median;
    }
    return levels;
}

} // namespace

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
    const Groove groove = grooveNamed(plan.groove);
    const QVector<int> drumLevels = drumLevelsOf(plan);
    // Cuts that land on a downbeat get a crash there, as a drummer marks a new shot.
    QSet<int> crashBars;
    for (const plan::EventPlacement& p : plan.tempo.placements) {
        if (plan::isTransition(p.event.kind) && std::abs(p.offsetToDownbeatUs) <= 60000 &&
            p.bar > 0)
            crashBars.insert(p.bar);
    }
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
        const int chordsFrom = int(out[TrackRole::Chords].size());
        const int bassFrom = int(out[TrackRole::Bass].size());
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
        if (plan.groove == QLatin1String("waltz"))
            applyWaltzAccompaniment(out[TrackRole::Chords], chordsFrom, out[TrackRole::Bass],
                                    bassFrom, barStart, barEnd, beatTicks);
        else
            applyDensityTexture(out[TrackRole::Chords], chordsFrom, barStart, barEnd, pb.density,
                                beatTicks);
        // Last: what the textures wrote is what the hit strikes again.
        addTuttiAtHits(out[TrackRole::Chords], chordsFrom, out[TrackRole::Bass], bassFrom, hits,
                       barStart, barEnd, beatTicks);
        if (pb.roles.contains(music::TrackRole::Drums)) {
            const bool sectionEnd =
                index + 1 < plan.bars.size() && plan.bars[index + 1].section != pb.section;
            const bool sectionStart = index == 0 || plan.bars[index - 1].section != pb.section;
            const plan::PlanPhrase* phrase = phraseOf(plan, index);
            const bool phraseEnd =
                phrase && index == phrase->lastBar && index + 1 < plan.bars.size();
            DrumBarRequest request;
            request.startTick = barStart;
            request.beats = pb.beats;
            request.beatTicks = int(beatTicks);
            request.level = drumLevels[index];
            // A fill leads into the next phrase: a beat, two into a new section when loud.
            request.fillBeats = sectionEnd && request.level >= 3 ? 2 : phraseEnd ? 1 : 0;
            request.crash = (sectionStart && request.level >= 2) || crashBars.contains(index);
            request.barInPhrase = phrase ? index - phrase->firstBar : index;
            request.seed = seed * 1000003ULL + quint64(index);
            QVector<Note> drums = grooveBar(groove, request);
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
