#include "music/leadin.h"

#include <cmath>

namespace sw::music {

namespace {

void shiftTrack(Track* track, qint64 by)
{
    for (Note& n : track->notes)
        n.startTick += by;
    // A track's settings at tick 0 (pan, sends, volume) stay at tick 0 so that they are in
    // force from the file's start; later changes move with the music.
    for (ControlChange& c : track->controls) {
        if (c.tick > 0)
            c.tick += by;
    }
}

} // namespace

bool placeAfterLeadIn(const Score& music, qint64 startUs, Score* placed, QString* error)
{
    if (startUs < 0 || startUs > kMaxLeadInUs) {
        *error = QStringLiteral("the music cannot start %1 s into the video (0 to %2 h)")
                     .arg(double(startUs) / 1e6, 0, 'f', 3)
                     .arg(kMaxLeadInUs / 3600000000LL);
        return false;
    }
    const Score base = withoutLeadIn(music);
    if (startUs < kMinLeadInUs) {
        *placed = base;
        return true;
    }
    const MeterChange meter = base.tempoMap.meterChanges().first();
    const qint64 microsPerQuarter = base.tempoMap.tempoChanges().first().microsPerQuarter;
    const qint64 beatTicks = TempoMap::beatLengthTicks(meter.denominator);
    const double beatUs = double(microsPerQuarter) * double(beatTicks) / kTicksPerQuarter;
    // Whole beats close to the music's own tempo, so the lead-in sounds like the music's pulse.
    const qint64 beats = std::max<qint64>(1, std::llround(double(startUs) / beatUs));
    const qint64 leadTicks = beats * beatTicks;
    const qint64 leadMicrosPerQuarter =
        std::llround(double(startUs) * kTicksPerQuarter / double(leadTicks));

    QVector<TempoChange> tempos{{0, std::max<qint64>(1, leadMicrosPerQuarter)}};
    for (const TempoChange& t : base.tempoMap.tempoChanges())
        tempos.append({t.tick + leadTicks, t.microsPerQuarter});
    // The beats that do not fill a bar come first, as a short bar (a pickup); whole bars of the
    // music's meter follow, so the bar line before the music's first downbeat is a real one.
    QVector<MeterChange> meters;
    const qint64 pickupBeats = beats % meter.numerator;
    if (pickupBeats > 0)
        meters.append({0, int(pickupBeats), meter.denominator});
    if (beats >= meter.numerator)
        meters.append({pickupBeats * beatTicks, meter.numerator, meter.denominator});
    for (const MeterChange& m : base.tempoMap.meterChanges()) {
        if (m.tick == 0 && beats >= meter.numerator)
            continue; // the bars of the lead-in are already in this meter
        meters.append({m.tick + leadTicks, m.numerator, m.denominator});
    }

    Score out = base;
    QString tempoError;
    if (!out.tempoMap.setChanges(tempos, meters, &tempoError)) {
        *error = QStringLiteral("the lead-in cannot be built: %1").arg(tempoError);
        return false;
    }
    for (Track& t : out.tracks)
        shiftTrack(&t, leadTicks);
    for (KeySignature& k : out.keys) {
        if (k.tick > 0) // the opening key holds through the lead-in
            k.tick += leadTicks;
    }
    for (ChordSymbol& c : out.chords)
        c.tick += leadTicks;
    out.leadInTicks = leadTicks;
    *placed = out;
    return true;
}

Score withoutLeadIn(const Score& placed, qint64* startUs)
{
    const qint64 lead = placed.leadInTicks;
    if (startUs)
        *startUs = lead > 0 ? placed.tempoMap.tickToMicros(lead) : 0;
    if (lead <= 0)
        return placed;
    QVector<TempoChange> tempos;
    for (const TempoChange& t : placed.tempoMap.tempoChanges()) {
        if (t.tick >= lead)
            tempos.append({t.tick - lead, t.microsPerQuarter});
    }
    if (tempos.isEmpty() || tempos.first().tick > 0) {
        TempoChange inForce;
        for (const TempoChange& t : placed.tempoMap.tempoChanges()) {
            if (t.tick <= lead)
                inForce = t;
        }
        tempos.prepend({0, inForce.microsPerQuarter});
    }
    QVector<MeterChange> meters;
    for (const MeterChange& m : placed.tempoMap.meterChanges()) {
        if (m.tick >= lead)
            meters.append({m.tick - lead, m.numerator, m.denominator});
    }
    if (meters.isEmpty() || meters.first().tick > 0) {
        MeterChange m = placed.tempoMap.meterAt(lead);
        m.tick = 0;
        meters.prepend(m);
    }
    Score out = placed;
    out.leadInTicks = 0;
    out.tempoMap.setChanges(tempos, meters); // valid: taken from a valid map
    for (Track& t : out.tracks) {
        QVector<Note> notes;
        for (const Note& n : t.notes) {
            if (n.startTick >= lead) {
                notes.append(n);
                notes.last().startTick -= lead;
            }
        }
        t.notes = notes;
        for (ControlChange& c : t.controls)
            c.tick = std::max<qint64>(0, c.tick - lead);
    }
    // The key in force where the music starts opens it; keys inside the lead-in are gone.
    QVector<KeySignature> keys;
    for (KeySignature k : out.keys) {
        k.tick = std::max<qint64>(0, k.tick - lead);
        if (!keys.isEmpty() && keys.last().tick == k.tick)
            keys.removeLast();
        keys.append(k);
    }
    out.keys = keys;
    QVector<ChordSymbol> chords;
    for (const ChordSymbol& c : out.chords) {
        if (c.tick >= lead) {
            chords.append(c);
            chords.last().tick -= lead;
        }
    }
    out.chords = chords;
    out.normalize();
    return out;
}

} // namespace sw::music
