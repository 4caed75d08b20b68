// The planner's fusion on guidance built in the test: sections follow the cuts and cover every
// bar, hard constraints win, the prompt's exclusions hold, conflicts are listed, the JSON has the
// documented fields, and a MIDI file written from the plan carries its exact bar lines.
#include "analysis/promptparser.h"
#include "music/midifile.h"
#include "plan/planner.h"

#include <QJsonArray>
#include <QtTest>

using namespace sw::plan;
using sw::analysis::PromptParser;

namespace {

// A 20 s video with cuts at 5, 10 and 15 s, calm then busy.
TimedVideo cutVideo()
{
    TimedVideo v;
    v.analysis.durationUs = 20000000;
    v.analysis.frameRate = 25;
    for (qint64 t : {5000000, 10000000, 15000000})
        v.analysis.transitions.append({t, 0, sw::analysis::TransitionKind::Hard, 1.0});
    v.analysis.motion.stepUs = 50000;
    for (int i = 0; i < 400; ++i)
        v.analysis.motion.values.append(i < 200 ? 0.05f : 0.6f);
    qint64 start = 0;
    for (qint64 end : {5000000, 10000000, 15000000, 20000000}) {
        sw::analysis::Shot shot;
        shot.startUs = start;
        shot.endUs = end;
        shot.mood.valence = end <= 10000000 ? -0.5 : 0.5;
        v.analysis.shots.append(shot);
        start = end;
    }
    return v;
}

PlanGuidance guidance(const QString& prompt = {})
{
    PlanGuidance g;
    g.durationUs = 20000000;
    g.videos.append(cutVideo());
    if (!prompt.isEmpty())
        g.prompts.append({0, g.durationUs, PromptParser().parse(prompt)});
    return g;
}

} // namespace

class TestPlanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Issue 20: on a bright video "tense" and "düster" came out major, ten bright shots
    // outvoting the words. The prompt's mood decides the mode; the disagreement is listed.
    void thePromptsMoodOutranksThePicturesColour()
    {
        for (const QString& words : {QStringLiteral("tense"), QStringLiteral("düster")}) {
            PlanGuidance g = guidance(words);
            for (sw::analysis::Shot& shot : g.videos[0].analysis.shots)
                shot.mood.valence = 0.8; // a bright, warm picture
            for (int i = 0; i < 6; ++i)
                g.videos[0].analysis.shots.append(g.videos[0].analysis.shots.first());
            const MusicPlan plan = makePlan(g);
            QVERIFY2(
                plan.key.mode == sw::music::KeyMode::Minor,
                qPrintable(words + QStringLiteral(": ") + plan.reasons.join(QStringLiteral("; "))));
            QVERIFY2(plan.conflicts.join(u' ').contains(QStringLiteral("the prompts win")),
                     qPrintable(plan.conflicts.join(QStringLiteral("; "))));
        }
        // Without words of mood, the picture's colour decides.
        PlanGuidance bright = guidance();
        for (sw::analysis::Shot& shot : bright.videos[0].analysis.shots)
            shot.mood.valence = 0.8;
        QCOMPARE(makePlan(bright).key.mode, sw::music::KeyMode::Major);
    }

    // Issue 20: "calm piano lullaby" came out at 120-132 bpm; "epic orchestral" gave the same
    // instruments as no prompt. A genre now picks a tempo range, an ensemble and the drums;
    // the prompt's own words still win over its style.
    void aGenreChoosesTempoEnsembleAndDrums()
    {
        using sw::music::TrackRole;
        const MusicPlan lullaby = makePlan(guidance(QStringLiteral("lullaby")));
        QVERIFY2(lullaby.tempo.bpm >= 60 && lullaby.tempo.bpm <= 80,
                 qPrintable(QString::number(lullaby.tempo.bpm)));
        for (const PlanBar& b : lullaby.bars) {
            QVERIFY(!b.roles.contains(TrackRole::Drums));
            QCOMPARE(b.programs.value(TrackRole::Melody), 8);  // celesta
            QCOMPARE(b.programs.value(TrackRole::Chords), 46); // harp
        }
        const MusicPlan rock = makePlan(guidance(QStringLiteral("hard rock")));
        QVERIFY(rock.tempo.bpm >= 110 && rock.tempo.bpm <= 150);
        QCOMPARE(rock.bars.last().programs.value(TrackRole::Chords), 30); // distortion guitar
        QVERIFY(rock.bars.last().roles.contains(TrackRole::Drums));
        // The words beat the style: a tempo, drums asked for, an instrument named.
        const MusicPlan asked = makePlan(guidance(QStringLiteral("lullaby with drums, 100 bpm")));
        QCOMPARE(asked.tempo.bpm, 100.0);
        QVERIFY(asked.bars.last().roles.contains(TrackRole::Drums));
        const MusicPlan flute = makePlan(guidance(QStringLiteral("lullaby on a flute")));
        QCOMPARE(flute.bars.first().programs.value(TrackRole::Melody), 73);
        // An unknown genre, or none, keeps the defaults.
        const MusicPlan plain = makePlan(guidance());
        QCOMPARE(plain.bars.first().programs.value(TrackRole::Chords), 48);
    }

    void sectionsFollowTheCutsAndCoverEveryBar()
    {
        const MusicPlan plan = makePlan(guidance());
        QVERIFY(!plan.bars.isEmpty());
        QVERIFY(plan.sections.size() >= 4);
        int expected = 0;
        for (const PlanSection& s : plan.sections) {
            QCOMPARE(s.firstBar, expected);
            QVERIFY(s.lastBar >= s.firstBar);
            expected = s.lastBar + 1;
        }
        QCOMPARE(expected, plan.bars.size());
        for (const EventPlacement& e : plan.tempo.placements)
            QVERIFY2(std::abs(e.offsetToDownbeatUs) <= 2000,
                     qPrintable(QString::number(e.offsetToDownbeatUs)));
        const double beatUs = 60e6 / plan.tempo.bpm;
        QVERIFY(std::abs(double(plan.tempo.musicEndUs - 20000000)) <= beatUs);
        // Busy second half: more intensity, and the drums come in.
        QVERIFY(plan.bars.last().intensity > plan.bars.first().intensity + 0.3);
        QVERIFY(plan.bars.last().roles.contains(sw::music::TrackRole::Drums));
        QVERIFY(!plan.bars.first().roles.contains(sw::music::TrackRole::Drums));
        QVERIFY(!plan.bars.last().reasons.isEmpty());
    }

    void explicitSettingsBeatThePromptWhichBeatsThePicture()
    {
        MusicPlan plan = makePlan(guidance(QStringLiteral("92 bpm in D minor, no drums, strings")));
        QVERIFY(std::abs(plan.tempo.bpm - 92.0) < 0.001);
        QCOMPARE(plan.key.name(), QStringLiteral("D minor"));
        for (const PlanBar& b : plan.bars) {
            QVERIFY(!b.roles.contains(sw::music::TrackRole::Drums));
            QCOMPARE(b.programs.value(sw::music::TrackRole::Chords), 48);
        }
        PlanGuidance pinned = guidance(QStringLiteral("92 bpm in D minor"));
        pinned.settings.bpm = 100;
        pinned.settings.key = sw::music::KeySignature{0, 2, sw::music::KeyMode::Major};
        plan = makePlan(pinned);
        QVERIFY(std::abs(plan.tempo.bpm - 100.0) < 0.001);
        QCOMPARE(plan.key.name(), QStringLiteral("D major"));
        QVERIFY(plan.reasons.join(u' ').contains(QStringLiteral("pinned")));
    }

    void theDrawnCurvePinnedInstrumentsAndPlacedSectionsWin()
    {
        PlanGuidance g = guidance(QStringLiteral("no drums"));
        g.settings.intensityCurve = {{0, 1.0}, {20000000, 0.0}};
        g.settings.instruments = {{sw::music::TrackRole::Melody, 73}};
        g.settings.sectionStarts = {{12500000, QStringLiteral("chorus")}};
        const MusicPlan plan = makePlan(g);
        QVERIFY(plan.bars.first().intensity > 0.8);
        QVERIFY(plan.bars.last().intensity < 0.2); // although the picture is busiest there
        QVERIFY(plan.bars.first().reasons.join(u' ').contains(QStringLiteral("as drawn")));
        for (const PlanBar& b : plan.bars) {
            QCOMPARE(b.programs.value(sw::music::TrackRole::Melody), 73);
            QVERIFY(!b.roles.contains(sw::music::TrackRole::Drums));
        }
        bool chorus = false;
        for (const PlanSection& s : plan.sections)
            chorus |=
                s.label == QLatin1String("chorus") &&
                std::abs(plan.bars[s.firstBar].startUs - 12500000) <= 60e6 / plan.tempo.bpm * 4;
        QVERIFY(chorus);
        int expected = 0;
        for (const PlanSection& s : plan.sections) {
            QCOMPARE(s.firstBar, expected);
            expected = s.lastBar + 1;
        }
        QCOMPARE(expected, plan.bars.size());
    }

    // Sections laid out by hand are the whole form: the cuts at 5, 10 and 15 s start none.
    void sectionsLaidOutByHandAreTheWholeForm()
    {
        PlanGuidance g = guidance();
        QVERIFY(makePlan(g).sections.size() >= 3); // the cuts make sections of their own
        g.settings.sectionStarts = {{0, QStringLiteral("verse")},
                                    {12000000, QStringLiteral("chorus")}};
        g.settings.sectionStartsExact = true;
        const MusicPlan plan = makePlan(g);
        QCOMPARE(plan.sections.size(), 2);
        QCOMPARE(plan.sections[0].label, QStringLiteral("verse"));
        QCOMPARE(plan.sections[1].label, QStringLiteral("chorus"));
        QCOMPARE(plan.sections[1].lastBar, plan.bars.size() - 1);
        QVERIFY(plan.sections[1].reason.contains(QStringLiteral("by hand")));
        // The cuts still land on bar lines.
        QCOMPARE(plan.bars.size(), makePlan(guidance()).bars.size());
    }

    // An intro leaves the lead out, unless lyrics lie there: the words are sung to it.
    void lyricsKeepTheLeadInAnIntro()
    {
        PlanGuidance g = guidance();
        const MusicPlan plain = makePlan(g);
        QVERIFY(!plain.phrases.isEmpty());
        QVERIFY(!plain.phrases.first().melodic()); // the intro
        QVERIFY(!plain.bars.first().roles.contains(sw::music::TrackRole::Melody));
        g.sungSpans = {{plain.bars.first().startUs + 100000, plain.bars.first().endUs}};
        const MusicPlan sung = makePlan(g);
        QVERIFY(sung.bars.first().roles.contains(sw::music::TrackRole::Melody));
        QVERIFY(sung.bars.first().reasons.join(u' ').contains(QStringLiteral("lyrics")));
        QCOMPARE(sung.bars.last().roles, plain.bars.last().roles); // the outro is not sung
    }

    void conflictsAreListed()
    {
        PlanGuidance g = guidance(QStringLiteral("in D minor"));
        g.prompts.append({10000000, 10000000, PromptParser().parse(QStringLiteral("in E major"))});
        const MusicPlan plan = makePlan(g);
        QCOMPARE(plan.key.name(), QStringLiteral("D minor"));
        QVERIFY2(plan.conflicts.join(u' ').contains(QStringLiteral("E major")),
                 qPrintable(plan.conflicts.join(u'\n')));
        // A prompt that contradicts itself is listed too.
        const MusicPlan contradicted = makePlan(guidance(QStringLiteral("no drums, drums only")));
        QVERIFY2(contradicted.conflicts.join(u' ').contains(QStringLiteral(
                     "the prompt \"no drums, drums only\": drums are both excluded")),
                 qPrintable(contradicted.conflicts.join(u'\n')));
    }

    // A single frame, a 0.1 s clip or a 1 us project: at least one bar, covered by a section.
    void shortTimelinesHaveABar_data()
    {
        QTest::addColumn<qint64>("durationUs");
        QTest::addColumn<qint64>("cutUs");
        QTest::newRow("1 us") << qint64(1) << qint64(0);
        QTest::newRow("one frame") << qint64(40000) << qint64(0);
        QTest::newRow("100 ms, a cut") << qint64(100000) << qint64(60000);
        QTest::newRow("200 ms, a cut") << qint64(200000) << qint64(100000);
        QTest::newRow("400 ms, a cut") << qint64(400000) << qint64(390000);
    }
    void shortTimelinesHaveABar()
    {
        QFETCH(qint64, durationUs);
        QFETCH(qint64, cutUs);
        PlanGuidance g;
        g.durationUs = durationUs;
        TimedVideo v;
        v.analysis.durationUs = durationUs;
        v.analysis.frameRate = 25;
        v.analysis.motion.stepUs = 50000;
        v.analysis.motion.values = {0.3f};
        sw::analysis::Shot shot;
        shot.endUs = durationUs;
        v.analysis.shots.append(shot);
        if (cutUs > 0) {
            v.analysis.transitions.append({cutUs, 0, sw::analysis::TransitionKind::Hard, 1.0});
            g.markers.append({cutUs, 1.0, EventKind::HitPoint, {}});
        }
        g.videos.append(v);
        const MusicPlan plan = makePlan(g);
        QVERIFY(!plan.bars.isEmpty());
        QCOMPARE(plan.bars.first().startUs, plan.tempo.musicStartUs);
        QVERIFY(plan.tempo.musicStartUs < durationUs);
        for (const PlanBar& bar : plan.bars) {
            QVERIFY(bar.endUs > bar.startUs);
            QVERIFY(bar.beats >= 1);
            QVERIFY(!bar.section.isEmpty());
        }
        QVERIFY(!plan.sections.isEmpty());
        QCOMPARE(plan.sections.last().lastBar, int(plan.bars.size()) - 1);
    }

    void anEmptyTimelineHasNoBars()
    {
        PlanGuidance g;
        const MusicPlan plan = makePlan(g);
        QVERIFY(plan.bars.isEmpty());
        QVERIFY(plan.sections.isEmpty());
    }

    // A hit marker a year into a 12 s project: the music stops at the cap, and says why.
    void aMarkerFarPastThePictureDoesNotStretchTheMusicWithoutLimit()
    {
        PlanGuidance g = guidance();
        const qint64 year = 365LL * 24 * 3600 * 1000000;
        g.durationUs = year;
        g.markers.append({year, 1.0, EventKind::HitPoint, {}});
        const MusicPlan plan = makePlan(g);
        const qint64 fourHours = 4LL * 3600 * 1000000;
        QVERIFY(!plan.bars.isEmpty());
        QVERIFY2(plan.tempo.musicEndUs <= fourHours + 60000000,
                 qPrintable(QString::number(plan.tempo.musicEndUs)));
        QVERIFY(plan.bars.size() < 20000);
        QVERIFY2(plan.reasons.join(u'\n').contains(QStringLiteral("first 4 hours")),
                 qPrintable(plan.reasons.join(u'\n')));
    }

    void jsonHasTheDocumentedFields()
    {
        const QJsonObject json = makePlan(guidance()).toJson();
        const QJsonObject bar = json[QStringLiteral("bars")].toArray().first().toObject();
        for (const char* key : {"index", "start_s", "bpm", "section"})
            QVERIFY2(bar.contains(QLatin1String(key)), key);
        const QJsonObject event = json[QStringLiteral("events")].toArray().first().toObject();
        for (const char* key : {"time_s", "kind", "offset_to_downbeat_s", "offset_to_beat_s"})
            QVERIFY2(event.contains(QLatin1String(key)), key);
        QVERIFY(json.contains(QStringLiteral("music_start_s")));
    }

    void aMidiFileFromThePlanCarriesItsBarLines()
    {
        const MusicPlan plan = makePlan(guidance(QStringLiteral("waltz")));
        QCOMPARE(plan.meterNumerator, 3);
        sw::music::Score read;
        QString error;
        QVERIFY(sw::music::readMidi(sw::music::writeMidi(plan.toScore(), 1), &read, &error));
        QCOMPARE(read.tempoMap, plan.tempo.tempoMap);
        QVector<qint64> downbeats;
        for (const sw::music::Note& n : read.tracks.first().notes) {
            if (n.pitch == 76)
                downbeats.append(plan.tempo.musicStartUs + read.tempoMap.tickToMicros(n.startTick));
        }
        QCOMPARE(downbeats.size(), plan.bars.size());
        for (int b = 0; b < plan.bars.size(); ++b)
            QCOMPARE(downbeats[b], plan.bars[b].startUs);
    }
    // A swinging style swings the eighths, lighter when fast; "straight" and 6/8 do not.
    void jazzAndShufflesSwingTheirEighths()
    {
        const MusicPlan shuffle = makePlan(guidance(QStringLiteral("blues shuffle")));
        QCOMPARE(shuffle.swingPercent, 67);
        QVERIFY(shuffle.reasons.join(u' ').contains(QStringLiteral("swung eighths")));
        QCOMPARE(shuffle.toScore().swingPercent, 67);
        const MusicPlan fast = makePlan(guidance(QStringLiteral("jazz at 200 bpm")));
        QVERIFY2(fast.swingPercent > 55 && fast.swingPercent < 64,
                 qPrintable(QString::number(fast.swingPercent)));
        QCOMPARE(makePlan(guidance(QStringLiteral("jazz, straight eighths"))).swingPercent, 50);
        QCOMPARE(makePlan(guidance(QStringLiteral("jazz waltz in 6/8"))).swingPercent, 50);
        QCOMPARE(makePlan(guidance(QStringLiteral("upbeat pop"))).swingPercent, 50);
        QCOMPARE(makePlan(guidance()).swingPercent, 50);
    }

    // Players are not a sequencer: lo-fi sits behind the beat, house is on the grid, and the
    // prompt's own words ("tight", "laid back") win over the genre's habit.
    void theStyleAndThePromptSetHowLooselyItIsPlayed()
    {
        const MusicPlan lofi = makePlan(guidance(QStringLiteral("lofi beat")));
        QVERIFY(lofi.looseMs > 0);
        QVERIFY(lofi.laidBackMs > 0);
        QCOMPARE(lofi.toScore().laidBackMs, 0); // the plan's click is a metronome
        QVERIFY(lofi.reasons.join(u' ').contains(QStringLiteral("played loosely")));
        const MusicPlan house = makePlan(guidance(QStringLiteral("deep house")));
        QCOMPARE(house.looseMs, 0);
        QCOMPARE(house.laidBackMs, 0);
        QVERIFY(house.reasons.join(u' ').contains(QStringLiteral("on the grid")));
        const MusicPlan tight = makePlan(guidance(QStringLiteral("lofi, tight and quantized")));
        QCOMPARE(tight.looseMs, 0);
        QCOMPARE(tight.laidBackMs, 0);
        const MusicPlan relaxed = makePlan(guidance(QStringLiteral("deep house, laid back")));
        QVERIFY(relaxed.laidBackMs >= 15);
        const MusicPlan urgent = makePlan(guidance(QStringLiteral("rock, pushing ahead")));
        QVERIFY(urgent.laidBackMs < 0);
        const MusicPlan plain = makePlan(guidance());
        QVERIFY(plain.looseMs > 0 && plain.looseMs <= 10);
        QCOMPARE(plain.toScore().validate(), QStringList());
    }

    // "busy" and "sparse" set how many notes the bars ask for, whatever the motion says.
    void thePromptSetsTheDensity()
    {
        const MusicPlan busy = makePlan(guidance(QStringLiteral("busy arpeggios")));
        const MusicPlan sparse = makePlan(guidance(QStringLiteral("sparse")));
        for (const PlanBar& bar : busy.bars)
            QCOMPARE(bar.density, 4);
        for (const PlanBar& bar : sparse.bars)
            QCOMPARE(bar.density, 0);
    }
    // A hit a prompt asks for: where its clip starts, or where its build arrives (the clip's
    // end); before, a prompt starting at 0 s lost its hit.
    void aPromptsHitLandsAtItsClipOrWhereItsBuildArrives()
    {
        auto hitTimes = [](const MusicPlan& plan) {
            QList<qint64> times;
            for (const EventPlacement& p : plan.tempo.placements) {
                if (p.event.kind == EventKind::PromptHit)
                    times.append(p.event.timeUs);
            }
            return times;
        };
        const MusicPlan build =
            makePlan(guidance(QStringLiteral("tense strings, building to a hit")));
        QCOMPARE(hitTimes(build), (QList<qint64>{20000000 - 1}));
        PlanGuidance g = guidance();
        g.prompts.append({12000000, 4000000, PromptParser().parse(QStringLiteral("a hit"))});
        QCOMPARE(hitTimes(makePlan(g)), (QList<qint64>{12000000}));
        QCOMPARE(hitTimes(makePlan(guidance(QStringLiteral("a hit, strings")))),
                 (QList<qint64>{1}));
    }
};

QTEST_GUILESS_MAIN(TestPlanner)
#include "test_planner.moc"
