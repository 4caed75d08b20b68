#pragma once
// The tempo map turns musical time (ticks at 480 per quarter note) into media time
// (microseconds since the start of the timeline) and back, and tells bars and beats from the
// meter changes.
//
// Conversion is exact integer arithmetic: inside a tempo segment, a tick lasts
// microsPerQuarter / 480 microseconds, and every segment's start is kept in units of
// 1/480 microsecond, so no rounding error accumulates over a long score. Both directions round
// to the nearest unit and are monotonic; tick -> microseconds -> tick returns the same tick for
// every tempo slower than 125,000 bpm.
//
// Bars restart at every meter change, as in a DAW: a meter change that falls inside a bar of
// the previous meter ends that bar early (MIDI files may contain such changes).

#include <QString>
#include <QVector>
#include <QtGlobal>

namespace sw::music {

struct TempoChange
{
    qint64 tick = 0;
    qint64 microsPerQuarter = 500000; ///< 500,000 us per quarter note = 120 bpm.
    bool operator==(const TempoChange& o) const
    {
        return tick == o.tick && microsPerQuarter == o.microsPerQuarter;
    }
};

struct MeterChange
{
    qint64 tick = 0;
    int numerator = 4;
    int denominator = 4; ///< A power of two, 1..64.
    bool operator==(const MeterChange& o) const
    {
        return tick == o.tick && numerator == o.numerator && denominator == o.denominator;
    }
};

/// Where a tick lies in bars and beats. All fields count from zero; display adds one.
struct BarPosition
{
    int bar = 0;
    int beat = 0;
    qint64 tickInBeat = 0;
};

class TempoMap
{
public:
    /// 120 bpm in 4/4 from tick 0.
    TempoMap();
    static TempoMap constant(double bpm, int numerator = 4, int denominator = 4);

    static qint64 microsPerQuarterFromBpm(double bpm);
    static double bpmFromMicrosPerQuarter(qint64 microsPerQuarter);
    static qint64 beatLengthTicks(int denominator);
    static qint64 barLengthTicks(int numerator, int denominator);
    static bool isValidMeter(int numerator, int denominator);

    /// Inserts or replaces the tempo from `tick` on. Returns false (and changes nothing) for a
    /// negative tick or a tempo outside 1..16,777,215 us per quarter (MIDI's 24-bit range).
    bool setTempo(qint64 tick, qint64 microsPerQuarter);
    /// Inserts or replaces the meter from `tick` on. Returns false for an invalid meter.
    bool setMeter(qint64 tick, int numerator, int denominator);
    /// Replaces all changes at once; on failure sets `error` and leaves the map unchanged.
    /// A missing change at tick 0 is filled with the first change given (or the defaults).
    bool setChanges(QVector<TempoChange> tempos, QVector<MeterChange> meters,
                    QString* error = nullptr);

    const QVector<TempoChange>& tempoChanges() const { return m_tempos; }
    const QVector<MeterChange>& meterChanges() const { return m_meters; }

    qint64 tickToMicros(qint64 tick) const;
    qint64 microsToTick(qint64 micros) const;
    double bpmAt(qint64 tick) const;
    MeterChange meterAt(qint64 tick) const;

    BarPosition positionOf(qint64 tick) const;
    qint64 barStartTick(int bar) const;
    /// "bar.beat" counted from 1, e.g. "9.1"; with ticks inside the beat, "9.1+120".
    QString formatPosition(qint64 tick) const;

    bool operator==(const TempoMap& o) const
    {
        return m_tempos == o.m_tempos && m_meters == o.m_meters;
    }
    bool operator!=(const TempoMap& o) const { return !(*this == o); }

private:
    void rebuildSegmentStarts();
    int tempoSegmentAtTick(qint64 tick) const;
    /// Index of the meter in force at `tick`, and the bar number at which that meter starts.
    int meterSegmentAtTick(qint64 tick, int* firstBar) const;

    QVector<TempoChange> m_tempos;              // sorted by tick, first at tick 0
    QVector<MeterChange> m_meters;              // sorted by tick, first at tick 0
    QVector<qint64> m_segmentStartScaledMicros; // segment starts in 1/480 us
};

} // namespace sw::music
