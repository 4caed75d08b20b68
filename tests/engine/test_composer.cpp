// The composer with the weights shipped in models/: determinism, the plan's hard constraints,
// regeneration that leaves everything else bit-identical, tasks that cancel, and clear errors
// for broken weights and empty plans.
#include "analysis/promptparser.h"
#include "engine/arranger.h"
#include "engine/composer.h"
#include "engine/drumgrooves.h"
#include "engine/lyricist.h"
#include "engine/promptfidelity.h"
#include "music/feel.h"
#include "music/midifile.h"
#include "plan/planner.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace sw;
using engine::Composer;

namespace {
QString modelsDir()
{
    return QStringLiteral(SW_SOURCE_DIR "/models");
}

plan::MusicPlan testPlan(const QString& key, qint64 seconds = 24)
{
    plan::PlanGuidance g;
    g.durationUs = seconds * 1000000;
    g.settings.bpm = 100;
    music::KeySignature k;
    music::KeySignature::parse(key, &k);
    g.settings.key = k;
    return plan::makePlan(g);
}

QVector<music::Note> notesOf(const music::Score& s, music::TrackRole role)
{
    for (const music::Track& t : s.tracks) {
        if (t.role == role)
            return t.notes;
    }
    return {};
}
} // namespace

class TestComposer : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<Composer> m_composer;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_composer = Composer::loadFromModels(modelsDir(), &error);
        QVERIFY2(m_composer, qPrintable(error));
    }

    void sameSeedSameNotesOtherSeedOtherNotes()
    {
        const plan::MusicPlan plan = testPlan(QStringLiteral("E minor"));
        QVERIFY(plan.bars.size() >= 8);
        engine::ComposeOptions options;
        options.seed = 5;
        music::Score a, b, c;
        QString error;
        QVERIFY2(m_composer->compose(plan, options, &a, &error), qPrintable(error));
        QVERIFY(m_composer->compose(plan, options, &b, &error));
        options.seed = 6;
        QVERIFY(m_composer->compose(plan, options, &c, &error));
        QVERIFY(a == b);
        QVERIFY(a != c);
        QVERIFY(a.validate().isEmpty());
    }

    void obeysThePlansHardConstraints()
    {
        const plan::MusicPlan plan = testPlan(QStringLiteral("Bb major"));
        music::Score score;
        QString error;
        QVERIFY(m_composer->compose(plan, {}, &score, &error));
        const qint64 end = engine::planBarStartTicks(plan).last();
        const music::KeySignature key = plan.key;
        int pitched = 0;
        for (const music::Track& t : score.tracks) {
            for (const music::Note& n : t.notes) {
                QVERIFY2(n.startTick >= 0 && n.endTick() <= end, "a note outside the plan's bars");
                if (t.drumKit)
                    continue;
                ++pitched;
                // Bb major's scale only (the key is pinned by default).
                QVERIFY2(key.containsPitchClass(n.pitch % 12),
                         qPrintable(QStringLiteral("pitch %1 in %2").arg(n.pitch).arg(t.name)));
                if (t.role == music::TrackRole::Melody)
                    QVERIFY(n.pitch >= 55 && n.pitch <= 86);
                if (t.role == music::TrackRole::Bass)
                    QVERIFY(n.pitch >= 28 && n.pitch <= 52);
            }
        }
        QVERIFY(pitched > plan.bars.size());
        // Every role the plan asks for has a track with notes.
        QSet<music::TrackRole> planned;
        for (const plan::PlanBar& b : plan.bars)
            for (music::TrackRole r : b.roles)
                planned.insert(r);
        for (music::TrackRole role : planned)
            QVERIFY2(!notesOf(score, role).isEmpty(), qPrintable(music::trackRoleName(role)));
        QVERIFY(!score.chords.isEmpty());
        QCOMPARE(score.keys.first().fifths, key.fifths);
    }

    void regeneratingBarsKeepsEverythingElseBitIdentical()
    {
        const plan::MusicPlan plan = testPlan(QStringLiteral("A minor"), 36);
        QVERIFY(plan.bars.size() >= 14);
        music::Score score, again;
        QString error;
        QVERIFY(m_composer->compose(plan, {}, &score, &error));
        engine::ComposeOptions options;
        options.seed = 99;
        const int first = 8, last = 11; // bars 9-12
        QVERIFY2(m_composer->regenerate(
                     score, plan,
                     {music::TrackRole::Melody, music::TrackRole::Chords, music::TrackRole::Bass},
                     first, last, options, &again, &error),
                 qPrintable(error));
        const qint64 from = plan.toScore().tempoMap.barStartTick(first);
        const qint64 to = plan.toScore().tempoMap.barStartTick(last + 1);
        bool changed = false;
        for (int t = 0; t < score.tracks.size(); ++t) {
            QVector<music::Note> before, after, insideBefore, insideAfter;
            for (const music::Note& n : score.tracks[t].notes)
                (n.startTick >= from && n.startTick < to ? insideBefore : before).append(n);
            for (const music::Note& n : again.tracks[t].notes)
                (n.startTick >= from && n.startTick < to ? insideAfter : after).append(n);
            QVERIFY2(before == after, qPrintable(score.tracks[t].name));
            changed = changed || insideBefore != insideAfter;
            if (score.tracks[t].role == music::TrackRole::Drums)
                QVERIFY(insideBefore == insideAfter); // not asked for
        }
        QVERIFY(changed);
        for (const music::ChordSymbol& c : score.chords) {
            if (c.tick < from || c.tick >= to)
                QVERIFY(again.chords.contains(c));
        }
        QVERIFY(again.validate().isEmpty());
    }

    void regeneratingOnlyTheMelodyKeepsTheHarmony()
    {
        const plan::MusicPlan plan = testPlan(QStringLiteral("G major"));
        music::Score score, again;
        QString error;
        QVERIFY(m_composer->compose(plan, {}, &score, &error));
        engine::ComposeOptions options;
        options.seed = 3;
        QVERIFY(m_composer->regenerate(score, plan, {music::TrackRole::Melody}, 2, 4, options,
                                       &again, &error));
        QVERIFY(notesOf(again, music::TrackRole::Chords) ==
                notesOf(score, music::TrackRole::Chords));
        QVERIFY(notesOf(again, music::TrackRole::Bass) == notesOf(score, music::TrackRole::Bass));
        QVERIFY(again.chords == score.chords);
    }

    void hitPointsGetACrashAndAccents()
    {
        plan::PlanGuidance g;
        g.durationUs = 20000000;
        g.settings.bpm = 120;
        g.markers.append({6000000, 1.0, plan::EventKind::HitPoint, QStringLiteral("door slam")});
        g.prompts.append({0, g.durationUs,
                          analysis::PromptParser().parse(QStringLiteral("energetic, with drums"))});
        const plan::MusicPlan plan = plan::makePlan(g);
        const QVector<qint64> hits = engine::planHitTicks(plan);
        QCOMPARE(hits.size(), 1);
        music::Score score;
        QString error;
        QVERIFY(m_composer->compose(plan, {}, &score, &error));
        bool crash = false;
        for (const music::Note& n : notesOf(score, music::TrackRole::Drums))
            crash = crash || (n.pitch == 49 && std::llabs(n.startTick - hits[0]) <= 40);
        QVERIFY(crash);
        // Pitched notes on the hit are louder than the loudest velocity level alone gives.
        for (const music::Track& t : score.tracks) {
            for (const music::Note& n : t.notes) {
                if (!t.drumKit && std::llabs(n.startTick - hits[0]) <= 40)
                    QVERIFY2(n.velocity >= 58 + 20 - 4, qPrintable(t.name));
            }
        }
    }

    void badRequestsAreRefusedWithReasons()
    {
        QString error;
        music::Score score;
        plan::MusicPlan empty;
        QVERIFY(!m_composer->compose(empty, {}, &score, &error));
        QVERIFY2(error.contains(QStringLiteral("no bars")), qPrintable(error));
        const plan::MusicPlan plan = testPlan(QStringLiteral("C major"));
        QVERIFY(!m_composer->regenerate(score, plan, {music::TrackRole::Melody}, 3, 400, {}, &score,
                                        &error));
        QVERIFY2(error.contains(QStringLiteral("outside")), qPrintable(error));
    }

    void brokenWeightsGiveClearErrors()
    {
        QTemporaryDir dir;
        QString error;
        // Missing.
        QVERIFY(!Composer::loadFromModels(dir.path(), &error));
        QVERIFY2(error.contains(QStringLiteral("model card")), qPrintable(error));
        // Weights that do not match the card's checksum.
        QVERIFY(QFile::copy(modelsDir() + QStringLiteral("/composer.md"),
                            dir.filePath(QStringLiteral("composer.md"))));
        QFile bad(dir.filePath(QStringLiteral("composer.pt")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(QByteArray(4096, 'x'));
        bad.close();
        QVERIFY(!Composer::loadFromModels(dir.path(), &error));
        QVERIFY2(error.contains(QStringLiteral("SHA-256")), qPrintable(error));
        // A damaged file loaded directly (no card): the loader reports, never throws.
        QVERIFY(!Composer::loadWeights(bad.fileName(), &error));
        QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
        // A truncated copy of the real weights.
        QFile real(modelsDir() + QStringLiteral("/composer.pt"));
        QVERIFY(real.open(QIODevice::ReadOnly));
        QFile cut(dir.filePath(QStringLiteral("cut.pt")));
        QVERIFY(cut.open(QIODevice::WriteOnly));
        cut.write(real.read(real.size() / 2));
        cut.close();
        QVERIFY(!Composer::loadWeights(cut.fileName(), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!Composer::loadWeights(dir.filePath(QStringLiteral("none.pt")), &error));
        QVERIFY2(error.contains(QStringLiteral("missing")), qPrintable(error));
    }

    // NaN-filled weights used to be sampled (28 copies of one note, exit 0); both models' files
    // go through the one weights reader, which refuses numbers that are not finite.
    void weightsThatAreNotFiniteAreRefused()
    {
        QTemporaryDir dir;
        QString error;
        const QString nanComposer = dir.filePath(QStringLiteral("nan-composer.pt"));
        const QString nanLyricist = dir.filePath(QStringLiteral("nan-lyricist.pt"));
        for (const auto& [from, to] :
             {std::pair{modelsDir() + QStringLiteral("/composer.pt"), nanComposer},
              std::pair{modelsDir() + QStringLiteral("/lyricist.pt"), nanLyricist}}) {
            QProcess poison;
            poison.start(
                QStringLiteral("/usr/bin/python3"),
                {QStringLiteral(SW_SOURCE_DIR "/tests/tools/poison_weights.py"), from, to});
            QVERIFY(poison.waitForFinished(60000));
            QVERIFY2(poison.exitCode() == 0, poison.readAllStandardError().constData());
        }
        QVERIFY(!Composer::loadWeights(nanComposer, &error));
        QVERIFY2(error.contains(QStringLiteral("not finite")) && error.contains(nanComposer),
                 qPrintable(error));
        QVERIFY(!engine::Lyricist::loadWeights(nanLyricist, &error));
        QVERIFY2(error.contains(QStringLiteral("lyricist")) &&
                     error.contains(QStringLiteral("not finite")),
                 qPrintable(error));
    }

    // Issue 20: "strings join" in a later prompt was read as String Ensemble while the chords
    // kept the first section's pad for the whole piece. The instrument changes where the
    // plan's does, as a program change on the track.
    void eachSectionPlaysItsOwnInstrument()
    {
        plan::MusicPlan plan = testPlan(QStringLiteral("C major"));
        QVERIFY(plan.bars.size() >= 6);
        const int half = int(plan.bars.size()) / 2;
        for (int i = 0; i < plan.bars.size(); ++i)
            plan.bars[i].programs[music::TrackRole::Chords] = i < half ? 89 : 48;
        music::Score score;
        QString error;
        QVERIFY2(m_composer->compose(plan, {}, &score, &error), qPrintable(error));
        const music::Track* chords = nullptr;
        for (const music::Track& t : score.tracks)
            chords = t.role == music::TrackRole::Chords ? &t : chords;
        QVERIFY(chords);
        QCOMPARE(chords->program, 89);
        QVector<music::ControlChange> changes;
        for (const music::ControlChange& c : chords->controls)
            if (c.controller == music::controller::kProgram)
                changes.append(c);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0].value, 48);
        QCOMPARE(changes[0].tick, score.tempoMap.barStartTick(half));
        // It survives a MIDI file, read back by us.
        music::Score back;
        QVERIFY2(music::readMidi(music::writeMidi(score, 1), &back, &error), qPrintable(error));
        bool found = false;
        for (const music::Track& t : back.tracks) {
            if (t.role != music::TrackRole::Chords)
                continue;
            found = true;
            QCOMPARE(t.program, 89);
            QCOMPARE(t.controls, chords->controls);
        }
        QVERIFY(found);
    }

    // The form: a phrase's repeat plays the first one's melody (all but a varied ending), the
    // lead breathes at phrase ends, and the piece ends on a held tonic over V-I with its short
    // last bar only ringing the final chord out.
    void phrasesRepeatAndThePieceEnds()
    {
        plan::PlanGuidance g;
        g.durationUs = 42 * 1000000; // 100 bpm: 17 whole bars and a 2-beat last bar
        g.settings.bpm = 100;
        music::KeySignature key;
        music::KeySignature::parse(QStringLiteral("D major"), &key);
        g.settings.key = key;
        const plan::MusicPlan plan = plan::makePlan(g);
        QVERIFY(plan.phrases.size() >= 4);
        QCOMPARE(plan.phrases[0].letter, plan.phrases[1].letter);
        QVERIFY(plan.phrases[2].letter != plan.phrases[0].letter);
        QVERIFY(plan.bars.last().beats < plan.meterNumerator);

        music::Score score;
        QString error;
        engine::ComposeOptions options;
        options.seed = 3;
        QVERIFY2(m_composer->compose(plan, options, &score, &error), qPrintable(error));
        const QVector<music::Note> melody = notesOf(score, music::TrackRole::Melody);
        const qint64 bar = music::TempoMap::barLengthTicks(plan.meterNumerator, 4);
        auto melodyOfBar = [&](int b) {
            QVector<QPair<qint64, int>> notes;
            for (const music::Note& n : melody) {
                if (n.startTick >= b * bar && n.startTick < (b + 1) * bar)
                    notes.append({n.startTick - b * bar, n.pitch});
            }
            return notes;
        };
        // Phrase 2 (bars 5-8) repeats phrase 1 (bars 1-4) but for its last bar.
        for (int b = 0; b < 3; ++b) {
            QVERIFY(!melodyOfBar(b).isEmpty());
            QCOMPARE(melodyOfBar(4 + b), melodyOfBar(b));
        }
        // Phrase ends breathe: nothing sounds in the lead over the last eighth of bar 4.
        for (const music::Note& n : melody)
            QVERIFY(!(n.startTick < 4 * bar && n.endTick() > 4 * bar - 240));
        // The ending: the last melody note is the tonic (D), held at least two beats, and
        // rings to the music's end; nothing starts in the short last bar.
        const qint64 lastBarStart = plan.tempo.fullBars * bar;
        const music::Note last = melody.last();
        QCOMPARE(last.pitch % 12, 2);
        QVERIFY(last.durationTicks >= 960);
        QCOMPARE(last.endTick(), score.endTick());
        for (const music::Track& t : score.tracks) {
            for (const music::Note& n : t.notes)
                QVERIFY2(n.startTick < lastBarStart, qPrintable(t.name));
        }
        // V-I: the chords in force over the last two whole bars (a symbol is written where the
        // chord changes).
        auto chordAt = [&](qint64 tick) {
            int root = -1;
            for (const music::ChordSymbol& c : score.chords) {
                if (c.tick <= tick)
                    root = c.root;
            }
            return root;
        };
        QCOMPARE(chordAt(lastBarStart - 2 * bar), 9); // A, the dominant of D
        QCOMPARE(chordAt(lastBarStart - bar), 2);
        QCOMPARE(chordAt(lastBarStart - 1), 2);
    }

    void composingReportsProgressAndStopsWhenAsked()
    {
        const plan::MusicPlan plan = testPlan(QStringLiteral("D major"));
        music::Score score;
        QString error;
        double last = -1;
        QVERIFY(m_composer->compose(plan, {}, &score, &error,
                                    jobs::Progress{[&](double p) { last = p; }, {}}));
        QVERIFY(last > 0.5 && last < 1.0); // reported before each bar
        QVERIFY(score.noteCount() > 0);

        // The one convention: true from StopRequested stops it; the call says so.
        const plan::MusicPlan longer = testPlan(QStringLiteral("D major"), 120);
        double reached = 0;
        QVERIFY(!m_composer->compose(
            longer, {}, &score, &error,
            jobs::Progress{[&](double p) { reached = p; }, [&] { return reached > 0.1; }}));
        QCOMPARE(error, QStringLiteral("cancelled"));
        QVERIFY(reached < 0.2);
    }
    // What a prompt asks is measured on what plays: a shuffle's eighths are swung in the
    // performance (ratio near 2, a triplet feel) and straight in the written score; the ask
    // table's lines are read, and a wrong one is refused by name.
    void aShuffleSwingsAndTheAsksAreMeasured()
    {
        plan::PlanGuidance g;
        g.durationUs = 24 * 1000000;
        g.prompts.append({0, g.durationUs,
                          analysis::PromptParser().parse(QStringLiteral("blues shuffle, drums"))});
        const plan::MusicPlan plan = plan::makePlan(g);
        music::Score score;
        QString error;
        QVERIFY2(m_composer->compose(plan, {}, &score, &error), qPrintable(error));
        QCOMPARE(score.swingPercent, 67);
        QVERIFY(plan.looseMs > 0); // and played by people: a little loose, the snare behind
        QCOMPARE(score.looseMs, plan.looseMs);
        QCOMPARE(score.laidBackMs, plan.laidBackMs);
        int offbeats = 0;
        const double written = engine::swingRatioOf(score, &offbeats);
        QVERIFY2(offbeats >= 8, qPrintable(QString::number(offbeats)));
        QCOMPARE(written, 1.0);
        const engine::PieceMeasures played = engine::measurePiece(music::performedScore(score));
        QVERIFY2(played.swingRatio > 1.8 && played.swingRatio < 2.2,
                 qPrintable(QString::number(played.swingRatio)));
        QVERIFY(played.drumNotes > 0);

        QVector<engine::PromptAsk> asks;
        QVERIFY2(engine::parsePromptAsks(QStringLiteral("swing=yes drums=yes bpm=70-130"), &asks,
                                         &error),
                 qPrintable(error));
        QCOMPARE(asks.size(), 3);
        QString found;
        for (const engine::PromptAsk& ask : asks)
            QVERIFY2(engine::askMet(ask, played, played, &found), qPrintable(found));
        QVERIFY(!engine::askMet(asks[0], engine::measurePiece(score), played, &found));
        QVERIFY(!engine::parsePromptAsks(QStringLiteral("inst=kazoo"), &asks, &error));
        QVERIFY2(error.contains(QStringLiteral("inst=kazoo")), qPrintable(error));
    }
    // The drums play the style's groove and hold it through a phrase: four on the floor for
    // house (a kick on every beat), the jazz ride's "ding, ding-a ding"; every bar of a phrase
    // but its last (the fill) plays the same pattern; fills lead into the next phrase.
    void drumsPlayTheStylesGrooveAndHoldItThroughAPhrase()
    {
        plan::PlanGuidance g;
        g.durationUs = 40 * 1000000;
        g.settings.bpm = 120;
        g.prompts.append(
            {0, g.durationUs, analysis::PromptParser().parse(QStringLiteral("house, drums"))});
        const plan::MusicPlan plan = plan::makePlan(g);
        QCOMPARE(plan.groove, QStringLiteral("four on the floor"));
        music::Score score;
        QString error;
        QVERIFY2(m_composer->compose(plan, {}, &score, &error), qPrintable(error));
        const QVector<music::Note> drums = notesOf(score, music::TrackRole::Drums);
        const QVector<qint64> starts = engine::planBarStartTicks(plan);
        int phrasesChecked = 0;
        for (const plan::PlanPhrase& phrase : plan.phrases) {
            QList<QPair<qint64, int>> pattern;
            for (int b = phrase.firstBar; b < phrase.lastBar; ++b) {
                if (plan.bars[b].beats != 4)
                    continue;
                QList<QPair<qint64, int>> bar;
                int kicksOnBeats = 0;
                for (const music::Note& n : drums) {
                    if (n.startTick < starts[b] || n.startTick >= starts[b + 1] || n.pitch == 49)
                        continue;
                    bar.append({n.startTick - starts[b], n.pitch});
                    if (n.pitch == 36 && (n.startTick - starts[b]) % 480 == 0)
                        ++kicksOnBeats;
                }
                std::sort(bar.begin(), bar.end());
                QCOMPARE(kicksOnBeats, 4);
                if (b == phrase.firstBar || b == phrase.firstBar + 1)
                    pattern = bar;
                QCOMPARE(bar, pattern);
            }
            // The phrase's last bar ends on a fill when another phrase follows.
            if (phrase.lastBar + 1 < plan.bars.size()) {
                bool toms = false;
                for (const music::Note& n : drums)
                    toms |= n.startTick >= starts[phrase.lastBar] &&
                            n.startTick < starts[phrase.lastBar + 1] &&
                            (n.pitch == 45 || n.pitch == 47 || n.pitch == 50);
                QVERIFY2(toms, qPrintable(QStringLiteral("no fill in bar %1").arg(phrase.lastBar)));
            }
            ++phrasesChecked;
        }
        QVERIFY(phrasesChecked >= 3);

        engine::DrumBarRequest bar;
        bar.level = 2;
        QList<qint64> rides;
        for (const music::Note& n : engine::grooveBar(engine::Groove::JazzRide, bar)) {
            if (n.pitch == 51)
                rides.append(n.startTick);
        }
        std::sort(rides.begin(), rides.end());
        QCOMPARE(rides, (QList<qint64>{0, 480, 720, 960, 1440, 1680}));
    }
    // A waltz is heard as one: the bass on one, the chord on two and three, in every whole bar.
    void aWaltzPlaysOomPahPah()
    {
        plan::PlanGuidance g;
        g.durationUs = 24 * 1000000;
        g.settings.bpm = 150;
        g.prompts.append(
            {0, g.durationUs, analysis::PromptParser().parse(QStringLiteral("waltz"))});
        const plan::MusicPlan plan = plan::makePlan(g);
        QCOMPARE(plan.meterNumerator, 3);
        QCOMPARE(plan.groove, QStringLiteral("waltz"));
        music::Score score;
        QString error;
        QVERIFY2(m_composer->compose(plan, {}, &score, &error), qPrintable(error));
        const QVector<qint64> starts = engine::planBarStartTicks(plan);
        int bars = 0;
        for (int b = 0; b + 2 < plan.bars.size(); ++b) {
            if (plan.bars[b].beats != 3)
                continue;
            for (const music::Note& n : notesOf(score, music::TrackRole::Chords)) {
                if (n.startTick >= starts[b] && n.startTick < starts[b + 1])
                    QVERIFY2(n.startTick == starts[b] + 480 || n.startTick == starts[b] + 960,
                             qPrintable(QStringLiteral("bar %1: a chord at %2")
                                            .arg(b)
                                            .arg(n.startTick - starts[b])));
            }
            for (const music::Note& n : notesOf(score, music::TrackRole::Bass)) {
                if (n.startTick >= starts[b] && n.startTick < starts[b + 1])
                    QCOMPARE(n.startTick, starts[b]);
            }
            ++bars;
        }
        QVERIFY(bars >= 8);
    }
    // "Building to a hit" over the whole clip: the build arrives on the last whole bar's
    // downbeat, which everyone plays, loud, with a crash.
    void aBuildArrivesAtATuttiHit()
    {
        plan::PlanGuidance g;
        g.durationUs = 24 * 1000000;
        g.settings.bpm = 120;
        g.prompts.append({0, g.durationUs,
                          analysis::PromptParser().parse(
                              QStringLiteral("tense strings, drums, building to a hit"))});
        const plan::MusicPlan plan = plan::makePlan(g);
        const QVector<qint64> hits = engine::planHitTicks(plan);
        QCOMPARE(hits.size(), 1);
        const QVector<qint64> starts = engine::planBarStartTicks(plan);
        QVERIFY(starts.contains(hits[0]));
        music::Score score;
        QString error;
        QVERIFY2(m_composer->compose(plan, {}, &score, &error), qPrintable(error));
        for (const music::TrackRole role :
             {music::TrackRole::Chords, music::TrackRole::Bass, music::TrackRole::Drums}) {
            bool struck = false;
            for (const music::Note& n : notesOf(score, role))
                struck |= n.startTick == hits[0] && n.velocity >= 100;
            QVERIFY2(struck, qPrintable(music::trackRoleName(role)));
        }
        bool crash = false;
        for (const music::Note& n : notesOf(score, music::TrackRole::Drums))
            crash |= n.startTick == hits[0] && n.pitch == 49;
        QVERIFY(crash);
    }
};

QTEST_GUILESS_MAIN(TestComposer)
#include "test_composer.moc"
