// The tempo-map solver: properties that must always hold (monotone, invertible tempo map; the
// music ends with the picture; hard constraints honoured) and accuracy on synthetic editing
// rhythms (cuts cut to a musical grid must land on downbeats).
#include "plan/editingrhythms.h"
#include "plan/temposolver.h"

#include <QtTest>
#include <algorithm>

using namespace sw::plan;

namespace {

double median(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

} // namespace

class TestTempoSolver : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void propertiesHoldForRandomCutLists()
    {
        QRandomGenerator random(7);
        for (int trial = 0; trial < 40; ++trial) {
            const sw::plan::CutList list = sw::plan::editingRhythm(random, random.bounded(1.0));
            TempoConstraints c;
            c.meterNumerator = trial % 3 == 0 ? 3 : 4;
            const TempoSolution s = solveTempo(list.cuts, list.durationUs, c);
            QVERIFY(s.bpm >= c.minBpm - 0.01 && s.bpm <= c.maxBpm + 0.01);
            // The music ends with the picture, within half a beat.
            const double beatUs = 60e6 / s.bpm;
            QVERIFY2(
                std::abs(double(s.musicEndUs - list.durationUs)) <= beatUs / 2 + 1,
                qPrintable(
                    QStringLiteral("ends at %1 for %2").arg(s.musicEndUs).arg(list.durationUs)));
            QVERIFY(s.musicStartUs >= 0 && s.musicStartUs < 4 * beatUs + 1);
            // Strictly monotone and invertible on the whole span.
            qint64 previous = -1;
            const qint64 lastTick = s.tempoMap.microsToTick(s.musicEndUs - s.musicStartUs);
            for (qint64 tick = 0; tick <= lastTick; tick += 37) {
                const qint64 us = s.tempoMap.tickToMicros(tick);
                QVERIFY(us > previous);
                QCOMPARE(s.tempoMap.microsToTick(us), tick);
                previous = us;
            }
            QCOMPARE(s.placements.size(), list.cuts.size());
        }
    }

    // Cuts at 4 and 8 s of a 12 s picture fit a grid from 0 s; a tempo a hair under 120 bpm
    // wrapped the first downbeat to just under 2 s, and the music began a bar late.
    void cutsOnAGridFromTheStartStartTheMusicWithThePicture()
    {
        for (double bpm : {119.98, 120.0, 120.02, 60.0}) {
            TempoConstraints c;
            c.minBpm = c.maxBpm = bpm;
            QVector<TimedEvent> cuts;
            for (qint64 t : {4000000, 8000000})
                cuts.append({t, 1.0, EventKind::Cut, {}});
            const TempoSolution s = solveTempo(cuts, 12000000, c);
            QVERIFY2(
                s.musicStartUs < 30000,
                qPrintable(QStringLiteral("%1 bpm: starts at %2").arg(bpm).arg(s.musicStartUs)));
            for (const EventPlacement& p : s.placements)
                QVERIFY(std::llabs(p.offsetToDownbeatUs) < 30000);
        }
    }

    void aPromptTempoIsHonouredExactly()
    {
        QRandomGenerator random(11);
        const sw::plan::CutList list = sw::plan::editingRhythm(random);
        TempoConstraints c;
        c.minBpm = c.maxBpm = 92;
        const TempoSolution s = solveTempo(list.cuts, list.durationUs, c);
        QVERIFY2(std::abs(s.bpm - 92.0) < 0.001, qPrintable(QString::number(s.bpm, 'f', 4)));
    }

    void withoutEventsTheMusicSimplyFillsThePicture()
    {
        TempoConstraints c;
        c.preferredBpm = 100;
        const TempoSolution s = solveTempo({}, 30000000, c);
        QCOMPARE(s.musicStartUs, qint64(0));
        QVERIFY(std::abs(s.bpm - 100.0) < 0.01);
        QVERIFY(std::abs(s.musicEndUs - 30000000) <= 300000);
    }

    void cutsOnAGridLandOnDownbeats()
    {
        QRandomGenerator random(2026);
        QVector<double> gridOffsetsMs;
        int nearBeat = 0, all = 0;
        for (int trial = 0; trial < 30; ++trial) {
            const sw::plan::CutList list = sw::plan::editingRhythm(random);
            const TempoSolution s = solveTempo(list.cuts, list.durationUs, TempoConstraints{});
            for (int i = 0; i < s.placements.size(); ++i) {
                const EventPlacement& p = s.placements[i];
                if (list.onGrid[i])
                    gridOffsetsMs.append(std::abs(p.offsetToDownbeatUs) / 1000.0);
                nearBeat += std::abs(p.offsetToBeatUs) <= 80000 ? 1 : 0;
                ++all;
            }
        }
        const double medianMs = median(gridOffsetsMs);
        const double share = double(nearBeat) / all;
        qInfo("grid cuts: median %.1f ms from a downbeat; %.0f%% of all %d cuts within 80 ms of a "
              "beat",
              medianMs, share * 100, all);
        QVERIFY2(medianMs <= 40.0, qPrintable(QString::number(medianMs)));
        QVERIFY2(share >= 0.70, qPrintable(QString::number(share)));
    }
};

QTEST_GUILESS_MAIN(TestTempoSolver)
#include "test_tempo_solver.moc"
