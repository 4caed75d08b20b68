// TempoMap: exact tick <-> microsecond conversion and bar/beat arithmetic.
#include "music/note.h"
#include "music/tempomap.h"

#include <QtTest>

using namespace sw::music;

class TestTempoMap : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultIs120BpmFourFour()
    {
        TempoMap map;
        QCOMPARE(map.bpmAt(0), 120.0);
        QCOMPARE(map.tickToMicros(480), qint64(500000));
        QCOMPARE(map.microsToTick(500000), qint64(480));
        QCOMPARE(map.meterAt(0).numerator, 4);
        QCOMPARE(map.barStartTick(3), qint64(3 * 1920));
    }

    void conversionAcrossTempoChanges()
    {
        TempoMap map;
        QVERIFY(map.setTempo(0, 500000));    // 120 bpm
        QVERIFY(map.setTempo(960, 1000000)); // 60 bpm from beat 3
        QCOMPARE(map.tickToMicros(960), qint64(1000000));
        QCOMPARE(map.tickToMicros(1440), qint64(2000000));
        QCOMPARE(map.microsToTick(2000000), qint64(1440));
        QCOMPARE(map.bpmAt(959), 120.0);
        QCOMPARE(map.bpmAt(960), 60.0);
    }

    void noDriftOverLongScores()
    {
        // 97 bpm does not divide a microsecond evenly per tick; an hour later the conversion
        // must still be exact to the rounding of the final value, not accumulate error.
        TempoMap map = TempoMap::constant(97.0);
        const qint64 uspq = map.tempoChanges().first().microsPerQuarter;
        const qint64 tick = qint64(480) * 97 * 60; // one hour of quarters
        QCOMPARE(map.tickToMicros(tick), (tick * uspq + 240) / 480);
    }

    void roundTripIsExactAndMonotonic_data()
    {
        QTest::addColumn<double>("bpm");
        QTest::newRow("40 bpm") << 40.0;
        QTest::newRow("97 bpm") << 97.0;
        QTest::newRow("133.3 bpm") << 133.3;
        QTest::newRow("300 bpm") << 300.0;
    }
    void roundTripIsExactAndMonotonic()
    {
        QFETCH(double, bpm);
        TempoMap map = TempoMap::constant(bpm);
        map.setTempo(7777, TempoMap::microsPerQuarterFromBpm(bpm * 1.37));
        map.setTempo(20011, TempoMap::microsPerQuarterFromBpm(bpm * 0.61));
        qint64 previous = -1;
        for (qint64 tick = 0; tick < 40000; tick += 7) {
            const qint64 us = map.tickToMicros(tick);
            QVERIFY2(us > previous, qPrintable(QStringLiteral("not monotonic at %1").arg(tick)));
            previous = us;
            QCOMPARE(map.microsToTick(us), tick);
        }
        qint64 previousTick = 0;
        for (qint64 us = 0; us < 20000000; us += 997) {
            const qint64 tick = map.microsToTick(us);
            QVERIFY(tick >= previousTick);
            previousTick = tick;
        }
    }

    void barsAndBeatsWithMeterChanges()
    {
        TempoMap map;
        QVERIFY(map.setMeter(0, 4, 4));
        QVERIFY(map.setMeter(2 * 1920, 3, 4)); // bars 3.. in 3/4
        QVERIFY(map.setMeter(2 * 1920 + 3 * 1440, 6, 8));
        QCOMPARE(map.barStartTick(2), qint64(3840));
        QCOMPARE(map.barStartTick(4), qint64(3840 + 2 * 1440));
        QCOMPARE(map.barStartTick(5), qint64(3840 + 3 * 1440));
        QCOMPARE(map.barStartTick(6), qint64(3840 + 3 * 1440 + 1440)); // 6/8 bar = 1440 ticks
        const BarPosition p = map.positionOf(3840 + 1440 + 480 + 10);
        QCOMPARE(p.bar, 3);
        QCOMPARE(p.beat, 1);
        QCOMPARE(p.tickInBeat, qint64(10));
        QCOMPARE(map.formatPosition(3840 + 3 * 1440 + 240), QStringLiteral("6.2"));
        QCOMPARE(map.formatPosition(100), QStringLiteral("1.1+100"));
        for (int bar = 0; bar < 12; ++bar)
            QCOMPARE(map.positionOf(map.barStartTick(bar)).bar, bar);
    }

    void meterChangeInsideABarEndsThatBarEarly()
    {
        TempoMap map;
        QVERIFY(map.setMeter(1920 + 960, 3, 4)); // halfway through bar 2
        QCOMPARE(map.barStartTick(2), qint64(2880));
        QCOMPARE(map.positionOf(2880).bar, 2);
        QCOMPARE(map.positionOf(2879).bar, 1);
    }

    void rejectsInvalidChanges()
    {
        TempoMap map;
        const TempoMap before = map;
        QVERIFY(!map.setTempo(-1, 500000));
        QVERIFY(!map.setTempo(0, 0));
        QVERIFY(!map.setTempo(0, 0x1000000));
        QVERIFY(!map.setMeter(0, 4, 3));
        QVERIFY(!map.setMeter(0, 0, 4));
        QString error;
        QVERIFY(!map.setChanges({{0, 500000}}, {{0, 5, 6}}, &error));
        QVERIFY(error.contains(QStringLiteral("5/6")));
        QVERIFY(map == before);
    }

    void setChangesFillsTickZeroAndSorts()
    {
        TempoMap map;
        QVERIFY(map.setChanges({{960, 600000}, {480, 400000}}, {}));
        QCOMPARE(map.tempoChanges().size(), 3);
        QCOMPARE(map.tempoChanges()[0].tick, qint64(0));
        QCOMPARE(map.tempoChanges()[0].microsPerQuarter, qint64(400000));
        QCOMPARE(map.tempoChanges()[2].tick, qint64(960));
    }
};

QTEST_GUILESS_MAIN(TestTempoMap)
#include "test_tempomap.moc"
