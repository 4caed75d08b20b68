#include "music/tempomap.h"

#include "music/note.h"

#include <algorithm>
#include <cmath>

namespace sw::music {

namespace {

constexpr qint64 kMaxMicrosPerQuarter = 0xFFFFFF; // MIDI tempo meta events hold 24 bits.

// Integer division rounding half away from minus infinity, correct for negative numerators.
qint64 roundedDivide(qint64 numerator, qint64 denominator)
{
    const qint64 shifted = numerator * 2 + denominator;
    const qint64 twice = denominator * 2;
    qint64 q = shifted / twice;
    if (shifted % twice != 0 && shifted < 0)
        --q;
    return q;
}

qint64 ceilDivide(qint64 numerator, qint64 denominator)
{
    return (numerator + denominator - 1) / denominator;
}

template <typename Change> void insertOrReplace(QVector<Change>& changes, const Change& change)
{
    auto it = std::lower_bound(changes.begin(), changes.end(), change.tick,
                               [](const Change& c, qint64 tick) { return c.tick < tick; });
    if (it != changes.end() && it->tick == change.tick)
        *it = change;
    else
        changes.insert(it, change);
}

} // namespace

TempoMap::TempoMap()
{
    m_tempos.append(TempoChange{});
    m_meters.append(MeterChange{});
    rebuildSegmentStarts();
}

TempoMap TempoMap::constant(double bpm, int numerator, int denominator)
{
    TempoMap map;
    map.setTempo(0, microsPerQuarterFromBpm(bpm));
    map.setMeter(0, numerator, denominator);
    return map;
}

qint64 TempoMap::microsPerQuarterFromBpm(double bpm)
{
    if (!(bpm > 0))
        return TempoChange{}.microsPerQuarter;
    return std::clamp<qint64>(std::llround(60000000.0 / bpm), 1, kMaxMicrosPerQuarter);
}

double TempoMap::bpmFromMicrosPerQuarter(qint64 microsPerQuarter)
{
    return 60000000.0 / double(microsPerQuarter);
}

qint64 TempoMap::beatLengthTicks(int denominator)
{
    return qint64(4) * kTicksPerQuarter / denominator;
}

qint64 TempoMap::barLengthTicks(int numerator, int denominator)
{
    return numerator * beatLengthTicks(denominator);
}

bool TempoMap::isValidMeter(int numerator, int denominator)
{
    const bool powerOfTwo = denominator > 0 && (denominator & (denominator - 1)) == 0;
    return numerator >= 1 && numerator <= 64 && powerOfTwo && denominator <= 64;
}

bool TempoMap::setTempo(qint64 tick, qint64 microsPerQuarter)
{
    if (tick < 0 || microsPerQuarter < 1 || microsPerQuarter > kMaxMicrosPerQuarter)
        return false;
    insertOrReplace(m_tempos, TempoChange{tick, microsPerQuarter});
    rebuildSegmentStarts();
    return true;
}

bool TempoMap::setMeter(qint64 tick, int numerator, int denominator)
{
    if (tick < 0 || !isValidMeter(numerator, denominator))
        return false;
    insertOrReplace(m_meters, MeterChange{tick, numerator, denominator});
    return true;
}

bool TempoMap::setChanges(QVector<TempoChange> tempos, QVector<MeterChange> meters, QString* error)
{
    auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    for (const TempoChange& t : tempos) {
        if (t.tick < 0 || t.microsPerQuarter < 1 || t.microsPerQuarter > kMaxMicrosPerQuarter)
            return fail(QStringLiteral("invalid tempo %1 us per quarter at tick %2")
                            .arg(t.microsPerQuarter)
                            .arg(t.tick));
    }
    for (const MeterChange& m : meters) {
        if (m.tick < 0 || !isValidMeter(m.numerator, m.denominator))
            return fail(QStringLiteral("invalid meter %1/%2 at tick %3")
                            .arg(m.numerator)
                            .arg(m.denominator)
                            .arg(m.tick));
    }
    auto byTick = [](const auto& a, const auto& b) { return a.tick < b.tick; };
    std::stable_sort(tempos.begin(), tempos.end(), byTick);
    std::stable_sort(meters.begin(), meters.end(), byTick);
    // Of several changes at one tick the last one wins, as when a MIDI file repeats one.
    auto dedupe = [](auto& changes) {
        for (int i = changes.size() - 1; i > 0; --i) {
            if (changes[i - 1].tick == changes[i].tick)
                changes.remove(i - 1);
        }
    };
    dedupe(tempos);
    dedupe(meters);
    if (tempos.isEmpty() || tempos.first().tick != 0)
        tempos.prepend(TempoChange{0, tempos.isEmpty() ? TempoChange{}.microsPerQuarter
                                                       : tempos.first().microsPerQuarter});
    if (meters.isEmpty() || meters.first().tick != 0) {
        MeterChange first = meters.isEmpty() ? MeterChange{} : meters.first();
        first.tick = 0;
        meters.prepend(first);
    }
    m_tempos = tempos;
    m_meters = meters;
    rebuildSegmentStarts();
    return true;
}

void TempoMap::rebuildSegmentStarts()
{
    m_segmentStartScaledMicros.resize(m_tempos.size());
    qint64 scaled = 0;
    for (int i = 0; i < m_tempos.size(); ++i) {
        if (i > 0)
            scaled += (m_tempos[i].tick - m_tempos[i - 1].tick) * m_tempos[i - 1].microsPerQuarter;
        m_segmentStartScaledMicros[i] = scaled;
    }
}

int TempoMap::tempoSegmentAtTick(qint64 tick) const
{
    auto it = std::upper_bound(m_tempos.begin(), m_tempos.end(), tick,
                               [](qint64 t, const TempoChange& c) { return t < c.tick; });
    return std::max<int>(0, int(it - m_tempos.begin()) - 1);
}

qint64 TempoMap::tickToMicros(qint64 tick) const
{
    const int i = tempoSegmentAtTick(tick);
    const qint64 scaled =
        m_segmentStartScaledMicros[i] + (tick - m_tempos[i].tick) * m_tempos[i].microsPerQuarter;
    return roundedDivide(scaled, kTicksPerQuarter);
}

qint64 TempoMap::microsToTick(qint64 micros) const
{
    const qint64 scaled = micros * kTicksPerQuarter;
    auto it = std::upper_bound(m_segmentStartScaledMicros.begin(), m_segmentStartScaledMicros.end(),
                               scaled);
    const int i = std::max<int>(0, int(it - m_segmentStartScaledMicros.begin()) - 1);
    return m_tempos[i].tick +
           roundedDivide(scaled - m_segmentStartScaledMicros[i], m_tempos[i].microsPerQuarter);
}

double TempoMap::bpmAt(qint64 tick) const
{
    return bpmFromMicrosPerQuarter(m_tempos[tempoSegmentAtTick(tick)].microsPerQuarter);
}

int TempoMap::meterSegmentAtTick(qint64 tick, int* firstBar) const
{
    int bar = 0;
    int i = 0;
    for (; i + 1 < m_meters.size() && m_meters[i + 1].tick <= tick; ++i) {
        const qint64 span = m_meters[i + 1].tick - m_meters[i].tick;
        bar +=
            int(ceilDivide(span, barLengthTicks(m_meters[i].numerator, m_meters[i].denominator)));
    }
    *firstBar = bar;
    return i;
}

MeterChange TempoMap::meterAt(qint64 tick) const
{
    int firstBar = 0;
    return m_meters[meterSegmentAtTick(tick, &firstBar)];
}

BarPosition TempoMap::positionOf(qint64 tick) const
{
    int firstBar = 0;
    const MeterChange& meter = m_meters[meterSegmentAtTick(std::max<qint64>(0, tick), &firstBar)];
    const qint64 barLength = barLengthTicks(meter.numerator, meter.denominator);
    const qint64 beatLength = beatLengthTicks(meter.denominator);
    const qint64 offset = std::max<qint64>(0, tick) - meter.tick;
    BarPosition pos;
    pos.bar = firstBar + int(offset / barLength);
    const qint64 inBar = offset % barLength;
    pos.beat = int(inBar / beatLength);
    pos.tickInBeat = inBar % beatLength;
    return pos;
}

qint64 TempoMap::barStartTick(int bar) const
{
    int firstBar = 0;
    for (int i = 0; i < m_meters.size(); ++i) {
        const qint64 barLength = barLengthTicks(m_meters[i].numerator, m_meters[i].denominator);
        const bool last = i + 1 == m_meters.size();
        const int barsInSegment =
            last ? 0 : int(ceilDivide(m_meters[i + 1].tick - m_meters[i].tick, barLength));
        if (last || bar < firstBar + barsInSegment)
            return m_meters[i].tick + qint64(std::max(0, bar - firstBar)) * barLength;
        firstBar += barsInSegment;
    }
    return 0;
}

QString TempoMap::formatPosition(qint64 tick) const
{
    const BarPosition pos = positionOf(tick);
    QString text = QStringLiteral("%1.%2").arg(pos.bar + 1).arg(pos.beat + 1);
    if (pos.tickInBeat != 0)
        text += QStringLiteral("+%1").arg(pos.tickInBeat);
    return text;
}

} // namespace sw::music
