// Music placed in a video's time: the lead-in that puts a score's first downbeat where the
// plan put it, taken off again, and carried through MIDI files and the project's JSON.
#include "music/leadin.h"
#include "music/midifile.h"
#include "music/scorejson.h"
#include "testscores.h"

#include <QtTest>

using namespace sw::music;

namespace {

Score musicIn(int numerator, int denominator, double bpm)
{
    Score s = sw::testing::richScore();
    QVector<TempoChange> tempos{{0, TempoMap::microsPerQuarterFromBpm(bpm)},
                                {4 * 1920, TempoMap::microsPerQuarterFromBpm(bpm * 1.1)}};
    s.tempoMap.setChanges(tempos, {{0, numerator, denominator}});
    return s;
}

} // namespace

class TestLeadIn : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theFirstDownbeatFallsWhereThePlanPutIt_data()
    {
        QTest::addColumn<int>("numerator");
        QTest::addColumn<int>("denominator");
        QTest::addColumn<double>("bpm");
        QTest::addColumn<qint64>("startUs");
        QTest::newRow("0.6 s at 96 bpm, 4/4") << 4 << 4 << 96.0 << qint64(605000);
        QTest::newRow("25 ms, 4/4") << 4 << 4 << 120.0 << qint64(25000);
        QTest::newRow("3.2 s, 3/4") << 3 << 4 << 90.0 << qint64(3200000);
        QTest::newRow("61 s, 6/8") << 6 << 8 << 70.0 << qint64(61000000);
        QTest::newRow("a whole bar, 4/4") << 4 << 4 << 120.0 << qint64(2000000);
    }
    void theFirstDownbeatFallsWhereThePlanPutIt()
    {
        QFETCH(int, numerator);
        QFETCH(int, denominator);
        QFETCH(double, bpm);
        QFETCH(qint64, startUs);
        const Score music = musicIn(numerator, denominator, bpm);
        Score placed;
        QString error;
        QVERIFY2(placeAfterLeadIn(music, startUs, &placed, &error), qPrintable(error));
        QVERIFY(placed.leadInTicks > 0);
        QVERIFY(placed.validate().isEmpty());
        // The lead-in ends on a bar line, exactly where the music starts (well under 1 ms off),
        // and every bar and note after it lies `startUs` later than in the music's own time.
        const BarPosition at = placed.tempoMap.positionOf(placed.leadInTicks);
        QCOMPARE(at.beat, 0);
        QCOMPARE(at.tickInBeat, qint64(0));
        const int leadBars = at.bar;
        for (int bar = 0; bar < 8; ++bar) {
            const qint64 own = music.tempoMap.tickToMicros(music.tempoMap.barStartTick(bar));
            const qint64 there =
                placed.tempoMap.tickToMicros(placed.tempoMap.barStartTick(bar + leadBars));
            QVERIFY2(std::llabs(there - (own + startUs)) < 1000,
                     qPrintable(QStringLiteral("bar %1: %2 us, expected %3")
                                    .arg(bar + 1)
                                    .arg(there)
                                    .arg(own + startUs)));
        }
        QCOMPARE(placed.tracks[0].notes.size(), music.tracks[0].notes.size());
        QCOMPARE(placed.tracks[0].notes[0].startTick,
                 music.tracks[0].notes[0].startTick + placed.leadInTicks);
        // The lead-in keeps the music's pulse: its beats are within a third of the music's.
        const double leadBpm = placed.tempoMap.bpmAt(0) * 4.0 / denominator;
        QVERIFY2(leadBpm > bpm * 4.0 / denominator * 0.66, qPrintable(QString::number(leadBpm)));

        qint64 back = 0;
        QCOMPARE(withoutLeadIn(placed, &back), music);
        QVERIFY(std::llabs(back - startUs) < 1000);
    }

    void placingAgainReplacesTheLeadIn()
    {
        const Score music = musicIn(4, 4, 100);
        Score once, twice;
        QString error;
        QVERIFY(placeAfterLeadIn(music, 1500000, &once, &error));
        QVERIFY(placeAfterLeadIn(once, 700000, &twice, &error));
        qint64 start = 0;
        QCOMPARE(withoutLeadIn(twice, &start), music);
        QVERIFY(std::llabs(start - 700000) < 1000);
        Score same;
        QVERIFY(placeAfterLeadIn(music, 0, &same, &error));
        QCOMPARE(same, music);
        // A millisecond is no gap: not a 1/4 bar at 60,000 bpm.
        QVERIFY(placeAfterLeadIn(music, 1000, &same, &error));
        QCOMPARE(same, music);
        QVERIFY(!placeAfterLeadIn(music, -1, &same, &error));
        QVERIFY(!placeAfterLeadIn(music, kMaxLeadInUs + 1, &same, &error));
        QVERIFY2(error.contains(QStringLiteral("cannot start")), qPrintable(error));
    }

    void theLeadInTravelsThroughMidiAndJson()
    {
        Score placed;
        QString error;
        QVERIFY(placeAfterLeadIn(musicIn(3, 4, 84), 2345678, &placed, &error));
        Score fromMidi;
        QVERIFY2(readMidi(writeMidi(placed, 1), &fromMidi, &error), qPrintable(error));
        QCOMPARE(fromMidi.leadInTicks, placed.leadInTicks);
        QCOMPARE(fromMidi, placed);
        Score fromJson;
        QVERIFY2(scoreFromJson(scoreToJson(placed), &fromJson, &error), qPrintable(error));
        QCOMPARE(fromJson, placed);
        // Format 0 too: the marker lives with the tempo map.
        QVERIFY(readMidi(writeMidi(placed, 0), &fromMidi, &error));
        QCOMPARE(fromMidi.leadInTicks, placed.leadInTicks);
    }
};

QTEST_APPLESS_MAIN(TestLeadIn)
#include "test_leadin.moc"
