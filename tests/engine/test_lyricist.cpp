// The lyricist with the weights shipped in models/: one note per syllable with the lyrics on
// it, the key and the voice's range held, stressed syllables drawn to strong beats, a rewritten
// line that leaves every other note alone, clear errors.
#include "analysis/lyricsanalysis.h"
#include "engine/lyricist.h"
#include "engine/lyricsdata.h"
#include "engine/lyricsevaluation.h"
#include "engine/repeatedlines.h"
#include "engine/telemelodymetrics.h"
#include "engine/trainer.h"
#include "engine/vocalline.h"
#include "testscores.h"

#include <QtTest>

using namespace sw;
using engine::addVocalLine;
using engine::Lyricist;
using engine::LyricPlacement;

namespace {
const QString kLyrics = QStringLiteral("I'm stranded, waiting for the morning\n"
                                       "The river runs beside me, slow and cold\n"
                                       "And every light is fading into gray\n"
                                       "But I will carry on until the day\n");
}

class TestLyricist : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<Lyricist> m_lyricist;

private Q_SLOTS:
    void trainingGradientsAreSound()
    {
        // The backward pass the trainer relies on gives the same finite gradients for the same
        // batch (torch::gelu's did not, behind the GRU: see lyricistnet.h).
        QString problem;
        QVERIFY2(engine::lyricistGradientsAreSound(&problem), qPrintable(problem));
    }

    void lyricClipsAreSungOverATake()
    {
        using namespace sw::music;
        Score take;
        take.tempoMap = TempoMap::constant(120);          // a bar is 2 s
        take.keys = {KeySignature{0, 2, KeyMode::Major}}; // D major
        take.chords = {ChordSymbol{0, 2, ChordQuality::Major, -1},
                       ChordSymbol{1920 * 2, 7, ChordQuality::Major, -1}};
        Track lead;
        lead.role = TrackRole::Melody;
        lead.name = QStringLiteral("Lead");
        for (int i = 0; i < 64; ++i)
            lead.notes.append(sw::testing::note(74 + (i % 3), i * 480, 480));
        take.tracks = {lead};
        // The second clip starts at 4.9 s: its nearest bar line is bar 3 (4 s).
        const QVector<LyricPlacement> lyrics = {
            {0, QStringLiteral("Morning is breaking")},
            {4900000, QStringLiteral("over the sleeping town")}};
        QStringList notes;
        QString error;
        Score sung = take;
        QVERIFY2(addVocalLine(*m_lyricist, lyrics, {}, &sung, &notes, &error), qPrintable(error));
        QCOMPARE(sung.tracks.first().role, TrackRole::Vocal);
        const Track& voice = sung.tracks.first();
        QCOMPARE(voice.notes.size(), 5 + 6); // one note per syllable
        QCOMPARE(voice.notes.first().lyric, QStringLiteral("Morn"));
        qint64 secondLine = -1;
        for (const Note& n : voice.notes) {
            if (n.lyric.startsWith(QStringLiteral("o"), Qt::CaseInsensitive) && secondLine < 0)
                secondLine = n.startTick;
            QVERIFY(n.pitch >= 55 && n.pitch <= 74); // an alto's range
        }
        qint64 firstLineEnd = 0;
        for (const Note& n : voice.notes) {
            if (n.startTick < secondLine)
                firstLineEnd = std::max(firstLineEnd, n.endTick());
        }
        // The lyricist may open a line with a rest, so the first syllable is on or after the
        // bar line it was given: the one nearest 4.9 s (bar 3) or, when the first line is still
        // being sung there, a later one, which the notes say.
        QVERIFY2(secondLine >= 2 * 1920 && secondLine >= firstLineEnd,
                 qPrintable(QString::number(secondLine)));
        QCOMPARE(firstLineEnd > 2 * 1920,
                 notes.join(u' ').contains(QStringLiteral("after the lyric")));
        // The lead rests wherever the voice sings, and plays elsewhere.
        const Track& leadAfter = sung.tracks[1];
        QVERIFY(leadAfter.notes.size() < lead.notes.size() && !leadAfter.notes.isEmpty());
        for (const Note& l : leadAfter.notes) {
            for (const Note& v : voice.notes)
                QVERIFY(!(l.startTick < v.endTick() && v.startTick < l.endTick()));
        }
        // Singing again replaces the voice rather than adding a second one.
        QVERIFY(addVocalLine(*m_lyricist, lyrics, {}, &sung, &notes, &error));
        int voices = 0;
        for (const Track& t : sung.tracks)
            voices += t.role == TrackRole::Vocal;
        QCOMPARE(voices, 1);
        Score empty = take;
        QVERIFY(
            !addVocalLine(*m_lyricist, {{0, QStringLiteral("  ")}}, {}, &empty, &notes, &error));
        QVERIFY(error.contains(QStringLiteral("no syllables")));
    }

    void initTestCase()
    {
        QString error;
        m_lyricist = Lyricist::loadFromModels(QStringLiteral(SW_SOURCE_DIR "/models"), &error);
        QVERIFY2(m_lyricist, qPrintable(error));
    }

    void everySyllableGetsOneNoteInTheKeyAndRange()
    {
        const analysis::LyricsAnalysis lyrics = analysis::analyzeLyrics(kLyrics);
        engine::LyricistOptions o;
        QVERIFY(music::KeySignature::parse(QStringLiteral("E minor"), &o.key));
        engine::voiceRange(engine::VoiceType::Tenor, &o.low, &o.high);
        music::Track vocal;
        QString error;
        QVERIFY2(m_lyricist->writeMelody(lyrics, o, &vocal, &error), qPrintable(error));
        QCOMPARE(vocal.notes.size(), lyrics.syllableCount());
        QCOMPARE(vocal.role, music::TrackRole::Vocal);
        qint64 lastEnd = 0;
        for (const music::Note& n : vocal.notes) {
            QVERIFY(n.pitch >= o.low && n.pitch <= o.high);
            // E natural minor, or its raised seventh (D#).
            QVERIFY2(o.key.containsPitchClass(n.pitch % 12) || n.pitch % 12 == 3,
                     qPrintable(QString::number(n.pitch)));
            QVERIFY(!n.lyric.isEmpty());
            QVERIFY(n.startTick >= lastEnd); // one voice: no overlaps
            lastEnd = n.endTick();
        }
        QCOMPARE(vocal.notes.first().lyric, QStringLiteral("I'm"));
        // The last note ends the song on the tonic.
        QCOMPARE(vocal.notes.last().pitch % 12, 4);
    }

    void sameSeedSameMelody()
    {
        const analysis::LyricsAnalysis lyrics = analysis::analyzeLyrics(kLyrics);
        engine::LyricistOptions o;
        o.seed = 7;
        music::Track a, b, c;
        QString error;
        QVERIFY(m_lyricist->writeMelody(lyrics, o, &a, &error));
        QVERIFY(m_lyricist->writeMelody(lyrics, o, &b, &error));
        o.seed = 8;
        QVERIFY(m_lyricist->writeMelody(lyrics, o, &c, &error));
        QVERIFY(a == b);
        QVERIFY(!(a == c));
    }

    void stressedSyllablesPreferStrongBeats()
    {
        const analysis::LyricsAnalysis lyrics = analysis::analyzeLyrics(kLyrics);
        int stressed = 0, strong = 0, unstressed = 0, unstressedStrong = 0;
        for (quint64 seed = 1; seed <= 20; ++seed) {
            engine::LyricistOptions o;
            o.seed = seed;
            music::Track vocal;
            QString error;
            QVERIFY(m_lyricist->writeMelody(lyrics, o, &vocal, &error));
            int k = 0;
            for (const analysis::LyricLine& line : lyrics.lines) {
                for (const analysis::LyricSyllable& s : line.syllables) {
                    const qint64 inBar = vocal.notes[k++].startTick % 1920;
                    const bool onStrong = inBar == 0 || inBar == 960;
                    if (s.stress == analysis::Stress::Primary) {
                        ++stressed;
                        strong += onStrong;
                    } else if (s.stress == analysis::Stress::None) {
                        ++unstressed;
                        unstressedStrong += onStrong;
                    }
                }
            }
        }
        const double stressedRate = double(strong) / stressed;
        const double unstressedRate = double(unstressedStrong) / unstressed;
        qInfo("on beats 1 and 3: %.2f of primary stresses, %.2f of unstressed syllables",
              stressedRate, unstressedRate);
        QVERIFY2(stressedRate > unstressedRate + 0.1,
                 qPrintable(QStringLiteral("%1 vs %2").arg(stressedRate).arg(unstressedRate)));
    }

    void theMostTypicalDraftIsKept()
    {
        // Three drafts in quarter notes: all on C, all on G, and half of each. The third shares
        // half its pitches with each of the others, which share none with each other, and it
        // leaps once.
        auto draft = [](QVector<int> pitches) {
            QVector<music::Note> notes;
            for (int i = 0; i < pitches.size(); ++i) {
                music::Note n;
                n.pitch = pitches[i];
                n.startTick = qint64(i) * 480;
                n.durationTicks = 480;
                notes.append(n);
            }
            return notes;
        };
        const QVector<music::Note> onC = draft({60, 60, 60, 60}), onG = draft({67, 67, 67, 67}),
                                   both = draft({60, 60, 67, 67});
        QCOMPARE(engine::mostTypicalMelody({onC, onG, both}, 0), 2);
        QCOMPARE(engine::mostTypicalMelody({both, onC, onG}, 0), 0);
        // Of two drafts with the same notes, the one that leaps less: C C G G rather than
        // C G C G.
        const QVector<music::Note> leaping = draft({60, 67, 60, 67});
        QCOMPARE(engine::mostTypicalMelody({leaping, both}, 0), 1);
        QCOMPARE(engine::mostTypicalMelody({both, leaping}, 0), 0);
        // Pitch classes count above the tonic, and note values count too.
        const QVector<music::Note> halves = draft({60, 62, 64, 65});
        QVector<music::Note> longer = halves;
        for (music::Note& n : longer)
            n.durationTicks = 960;
        QCOMPARE(engine::mostTypicalMelody({longer, halves, halves}, 0), 1);
        QCOMPARE(engine::mostTypicalMelody({onC}, 0), 0);
    }

    void draftingKeepsTheMelodyNearTheNetworksConsensus()
    {
        // What the network writes for these lyrics, sixteen times: a melody chosen from eight
        // drafts shares more of its pitch classes and note values with them than a single
        // draft does.
        const analysis::LyricsAnalysis lyrics = analysis::analyzeLyrics(kLyrics);
        auto histogram = [](const music::Track& t) {
            QVector<double> h(12 + engine::lyricDurationSet().size(), 0);
            for (const music::Note& n : t.notes) {
                h[n.pitch % 12] += 1.0 / t.notes.size();
                h[12 + engine::nearestIndex(engine::lyricDurationSet(), n.durationTicks / 480.0)] +=
                    1.0 / t.notes.size();
            }
            return h;
        };
        QVector<QVector<double>> reference;
        QString error;
        for (quint64 seed = 101; seed <= 116; ++seed) {
            engine::LyricistOptions o;
            o.seed = seed;
            o.drafts = 1;
            music::Track t;
            QVERIFY(m_lyricist->writeMelody(lyrics, o, &t, &error));
            reference.append(histogram(t));
        }
        auto shared = [&](const music::Track& t) {
            const QVector<double> h = histogram(t);
            double s = 0;
            for (const QVector<double>& r : reference) {
                for (int k = 0; k < h.size(); ++k)
                    s += std::min(h[k], r[k]) / reference.size();
            }
            return s;
        };
        double single = 0, chosen = 0;
        for (quint64 seed = 1; seed <= 8; ++seed) {
            engine::LyricistOptions o;
            o.seed = seed;
            o.drafts = 1;
            music::Track one, ofEight;
            QVERIFY(m_lyricist->writeMelody(lyrics, o, &one, &error));
            o.drafts = 8;
            QVERIFY(m_lyricist->writeMelody(lyrics, o, &ofEight, &error));
            QCOMPARE(ofEight.notes.size(), lyrics.syllableCount());
            single += shared(one) / 8;
            chosen += shared(ofEight) / 8;
        }
        qInfo("shared with the network's other melodies: %.3f chosen of 8, %.3f single", chosen,
              single);
        QVERIFY2(chosen > single + 0.02,
                 qPrintable(QStringLiteral("%1 vs %2").arg(chosen).arg(single)));
    }

    void rewritingALineKeepsEveryOtherNote()
    {
        const analysis::LyricsAnalysis lyrics = analysis::analyzeLyrics(kLyrics);
        engine::LyricistOptions o;
        music::Track first, second;
        QString error;
        QVERIFY(m_lyricist->writeMelody(lyrics, o, &first, &error));
        o.seed = 1234;
        QVERIFY2(m_lyricist->rewriteLine(lyrics, first, 1, o, &second, &error), qPrintable(error));
        QCOMPARE(second.notes.size(), first.notes.size());
        const int line0 = lyrics.lines[0].syllables.size();
        const int line1 = lyrics.lines[1].syllables.size();
        bool changed = false;
        for (int i = 0; i < first.notes.size(); ++i) {
            if (i < line0 || i >= line0 + line1)
                QVERIFY(first.notes[i] == second.notes[i]);
            else
                changed = changed || first.notes[i] != second.notes[i];
        }
        QVERIFY(changed);
        // The rewritten line still ends before the next line starts.
        QVERIFY(second.notes[line0 + line1 - 1].endTick() <= second.notes[line0 + line1].startTick);
        QVERIFY(!m_lyricist->rewriteLine(lyrics, first, 9, o, &second, &error));
        QVERIFY(error.contains(QStringLiteral("line 10")));
    }

    // What the lyrics editor warns of: a clip too short for its syllables, and a stressed
    // syllable sung on a weaker beat than the unstressed one beside it ("MOR-ning" sung
    // "mor-NING"); a well-set line draws nothing.
    void prosodyNotesNameCrowdedLinesAndMisplacedStress()
    {
        using namespace sw::music;
        const QString words = QStringLiteral("Morning is breaking\nover the town");
        const int syllables = analysis::analyzeLyrics(words).syllableCount();
        QCOMPARE(syllables, 5 + 4);
        const QVector<LyricPlacement> roomy = {{0, words, 8000000}};
        QVERIFY(engine::prosodyNotes(roomy, 0, nullptr).isEmpty());
        const QVector<LyricPlacement> crowded = {{0, words, 1000000}};
        const QVector<engine::ProsodyNote> fit = engine::prosodyNotes(crowded, 0, nullptr);
        QCOMPARE(fit.size(), 1);
        QCOMPARE(fit[0].line, -1);
        QVERIFY2(fit[0].text.contains(QStringLiteral("9 syllables in 1.0 s")),
                 qPrintable(fit[0].text));

        auto sungOn = [&](const QVector<qint64>& ticks) {
            Score take;
            take.tempoMap = TempoMap::constant(120);
            Track vocal;
            vocal.role = TrackRole::Vocal;
            for (qint64 t : ticks) {
                Note n;
                n.startTick = t;
                n.durationTicks = 200;
                vocal.notes.append(n);
            }
            take.tracks = {vocal};
            return take;
        };
        // Stresses on beats 1 and 3, the second line on the next bar's beats: nothing to say.
        const Score good = sungOn({0, 480, 720, 960, 1440, 1920, 2400, 2640, 2880});
        QVERIFY(engine::prosodyNotes(roomy, 0, &good).isEmpty());
        // "Mor" between beats with "ning" on beat 3 after it: named, with its place.
        const Score bad = sungOn({240, 960, 1200, 1680, 1920, 2400, 2880, 3360, 3840});
        const QVector<engine::ProsodyNote> stress = engine::prosodyNotes(roomy, 0, &bad);
        QVERIFY(!stress.isEmpty());
        QCOMPARE(stress[0].line, 0);
        QVERIFY2(stress[0].text.contains(QStringLiteral("\"Mor")) &&
                     stress[0].text.contains(QStringLiteral("between beats (bar 1)")),
                 qPrintable(stress[0].text));
        // Sung to other words (the count differs): no judgement of stress.
        const Score other = sungOn({0, 480, 960});
        QVERIFY(engine::prosodyNotes(roomy, 0, &other).isEmpty());

        // The line's first note, for Rewrite Line.
        QCOMPARE(engine::firstNoteOfLine(roomy, good.tracks[0], 0, 0), 0);
        QCOMPARE(engine::firstNoteOfLine(roomy, good.tracks[0], 0, 1), 5);
        QCOMPARE(engine::firstNoteOfLine(roomy, good.tracks[0], 0, 2), -1);
        QCOMPARE(engine::firstNoteOfLine(roomy, other.tracks[0], 0, 1), -1);
    }

    // Issue 25: lines that come back were sung to new melodies each time. A line repeated (by
    // its words, case and punctuation aside) is sung as the first time, at the same place in
    // the bar; the song's very last note keeps its pitch (the ending's tonic).
    void repeatedLinesAreSungToTheSameMelody()
    {
        auto words = [](const char* text) { return QString::fromLatin1(text).split(u' '); };
        const QVector<int> repeats =
            engine::repeatedLines({words("a hard head ed wo man"), words("she is a friend of mine"),
                                   words("A hard- head ed wo man,"), words("oh"), words("oh")});
        QCOMPARE(repeats, (QVector<int>{-1, -1, 0, -1, -1}));

        // Line 0 from bar 1's second beat; line 2 drafted elsewhere in bar 3.
        QVector<music::Note> notes;
        auto add = [&](qint64 tick, int pitch) {
            music::Note n;
            n.startTick = tick;
            n.durationTicks = 200;
            n.pitch = pitch;
            notes.append(n);
        };
        for (int k = 0; k < 3; ++k)
            add(480 + 240 * k, 60 + 2 * k); // line 0: 480, 720, 960
        for (int k = 0; k < 3; ++k)
            add(1920 + 480 * k, 70 - k); // line 1
        for (int k = 0; k < 3; ++k)
            add(3840 + 100 + 300 * k, 50 + k); // line 2, a repeat of line 0
        const QVector<engine::MelodyLine> lines{{0, 3}, {3, 3}, {6, 3}};
        QCOMPARE(engine::singRepeatedLinesAlike(&notes, lines, {-1, -1, 0}, 1920), 1);
        QCOMPARE(notes[6].startTick, qint64(3840 + 480)); // beat 2 of its bar, as the first time
        QCOMPARE(notes[7].startTick, qint64(3840 + 720));
        QCOMPARE(notes[6].pitch, 60);
        QCOMPARE(notes[7].pitch, 62);
        QCOMPARE(notes[8].pitch, 52); // the last note of all keeps its own
        QCOMPARE(notes[3].pitch, 70); // the line between is untouched

        // Through the lyricist: the refrain's third line sings the first line's pitches.
        const analysis::LyricsAnalysis lyrics = analysis::analyzeLyrics(
            QStringLiteral("a hard headed woman\nshe is a friend of mine\na hard headed woman\n"
                           "she brings me home"));
        engine::LyricistOptions o;
        QVERIFY(music::KeySignature::parse(QStringLiteral("C major"), &o.key));
        music::Track vocal;
        QString error;
        QVERIFY2(m_lyricist->writeMelody(lyrics, o, &vocal, &error), qPrintable(error));
        const int n0 = lyrics.lines[0].syllables.size(), n1 = lyrics.lines[1].syllables.size();
        QCOMPARE(lyrics.lines[2].syllables.size(), n0);
        for (int k = 0; k < n0; ++k) {
            QCOMPARE(vocal.notes[n0 + n1 + k].pitch, vocal.notes[k].pitch);
            QCOMPARE(vocal.notes[n0 + n1 + k].durationTicks, vocal.notes[k].durationTicks);
        }
    }

    void aSungLineOfATakeIsRewrittenInPlace()
    {
        using namespace sw::music;
        Score take;
        take.tempoMap = TempoMap::constant(120);
        take.keys = {KeySignature{0, 0, KeyMode::Major}};
        const QVector<LyricPlacement> lyrics = {
            {0, QStringLiteral("Morning is breaking\nover the sleeping town")},
            {16000000, QStringLiteral("Lights in the window\ncalling me home")}};
        QStringList notes;
        QString error;
        QVERIFY2(addVocalLine(*m_lyricist, lyrics, {}, &take, &notes, &error), qPrintable(error));
        const Track before = take.tracks.first();
        QCOMPARE(before.notes.size(), 5 + 6 + 5 + 4);
        // Note 13 ("the" of "Lights in the window") is in the second clip's first line: 11-15.
        engine::SungLine line;
        QVERIFY2(engine::findSungLine(lyrics, before, 13, &line, &error), qPrintable(error));
        QCOMPARE(line.clip, 1);
        QCOMPARE(line.line, 0);
        QCOMPARE(line.clipFirstNote, 11);
        QCOMPARE(line.lineFirstNote, 11);
        QCOMPARE(line.lineNotes, 5);
        engine::VocalOptions options;
        options.seed = 99;
        Score rewritten = take;
        engine::SungLine done;
        QVERIFY2(
            engine::rewriteVocalLine(*m_lyricist, lyrics, 13, options, &rewritten, &done, &error),
            qPrintable(error));
        QCOMPARE(done.line, 0);
        const Track& after = rewritten.tracks.first();
        QCOMPARE(after.notes.size(), before.notes.size());
        bool changed = false;
        for (int i = 0; i < before.notes.size(); ++i) {
            if (i < 11 || i >= 16)
                QVERIFY(after.notes[i] == before.notes[i]); // every other line bit-identical
            else
                changed = changed || after.notes[i] != before.notes[i];
            QCOMPARE(after.notes[i].lyric, before.notes[i].lyric);
        }
        QVERIFY(changed);
        QVERIFY(after.notes[15].endTick() <= after.notes[16].startTick);
        // Lyrics edited after the melody was written: said, nothing changed.
        QVector<LyricPlacement> edited = lyrics;
        edited[1].text += QStringLiteral(" again");
        Score untouched = take;
        QVERIFY(
            !engine::rewriteVocalLine(*m_lyricist, edited, 13, options, &untouched, &done, &error));
        QVERIFY2(error.contains(QStringLiteral("20 notes")) &&
                     error.contains(QStringLiteral("22 syllables")),
                 qPrintable(error));
        QCOMPARE(untouched.tracks.first().notes, before.notes);
    }

    void aLongerClipIsSungAtAnUnhurriedPace()
    {
        // The same words in a 4-second and a 16-second clip: the longer clip is filled by
        // longer notes and rests (the pace control), not by a line that ends early.
        using namespace sw::music;
        const QString words = QStringLiteral("I'm stranded, waiting for the morning");
        auto sungSpan = [&](qint64 durationUs) {
            Score take;
            take.tempoMap = TempoMap::constant(120); // 2 beats a second
            take.keys = {KeySignature{0, 0, KeyMode::Major}};
            QStringList notes;
            QString error;
            engine::VocalOptions o;
            qint64 total = 0;
            for (quint64 seed = 1; seed <= 5; ++seed) {
                o.seed = seed;
                Score s = take;
                if (!addVocalLine(*m_lyricist, {{0, words, durationUs}}, o, &s, &notes, &error))
                    return qint64(-1);
                total += s.tracks.first().endTick();
            }
            return total / 5;
        };
        const qint64 quick = sungSpan(4000000), unhurried = sungSpan(16000000);
        QVERIFY(quick > 0);
        QVERIFY2(unhurried > quick * 3 / 2,
                 qPrintable(QStringLiteral("%1 vs %2 ticks").arg(unhurried).arg(quick)));
    }

    void badInputIsRefused()
    {
        music::Track vocal;
        QString error;
        QVERIFY(!m_lyricist->writeMelody(analysis::analyzeLyrics(QString()), {}, &vocal, &error));
        QVERIFY2(error.contains(QStringLiteral("no syllables")), qPrintable(error));
        engine::LyricistOptions narrow;
        narrow.low = 60;
        narrow.high = 62;
        QVERIFY(!m_lyricist->writeMelody(analysis::analyzeLyrics(kLyrics), narrow, &vocal, &error));
        QVERIFY(!Lyricist::loadWeights(QStringLiteral("/nonexistent/lyricist.pt"), &error));
        QVERIFY(error.contains(QStringLiteral("missing")));
    }

    void estimatedKeysOfKnownMelodies()
    {
        // G major: G A B C D E F# G, longest on G and D.
        const QVector<int> pitches{67, 69, 71, 72, 74, 76, 78, 79, 74, 67};
        const QVector<double> weights{2, 1, 1, 1, 2, 1, 1, 2, 2, 3};
        const music::KeySignature key = engine::estimateKeyOfPitches(pitches, weights);
        QCOMPARE(key.tonicPitchClass(), 7);
        QCOMPARE(key.mode, music::KeyMode::Major);
    }

    void teleMelodysMetricsAsItsScriptsDefineThem()
    {
        // Eight crotchets on C4 (relative 12 above C3), then the same melody with its last four
        // notes on G4 and the sixth syllable after a quaver rest.
        engine::SungSong real;
        for (int i = 0; i < 8; ++i) {
            engine::SungSyllable x;
            x.relativePitch = 12;
            x.duration = 1;
            real.syllables.append(x);
        }
        const engine::TeleMelodyMetrics same = engine::teleMelodyMetrics(real, real);
        QCOMPARE(same.pitchDistribution, 1.0);
        QCOMPARE(same.durationDistribution, 1.0);
        QCOMPARE(same.melodyDistance, 0.0);
        engine::SungSong made = real;
        for (int i = 4; i < 8; ++i)
            made.syllables[i].relativePitch = 19;
        made.syllables[5].rest = 0.5;
        const engine::TeleMelodyMetrics m = engine::teleMelodyMetrics(real, made);
        // Pitches 60 (folded: 60 + 60 % 12 = 60) and 67: half of the notes on each.
        QCOMPARE(m.pitchDistribution, 0.5);
        // Spans: seven of 1 beat and one of 1.5 beats; the shortest is 1, so 1.5 counts in bin 1
        // with the others: the histograms are the same.
        QCOMPARE(m.durationDistribution, 1.0);
        // Sampled every shortest token (the quaver rest: every 2 sixteenths), the real contour
        // is 8 samples of 0; the made one 17 samples, 8 at 60 and 9 at 67 (the rest holds 67).
        // Mean-centred they are -63/17 and +56/17; the cheapest path pairs each made sample
        // with a real 0, so the cost is 8 * 63/17 + 9 * 56/17 = 1008/17 over 17 samples.
        QCOMPARE(float(m.melodyDistance), float(1008.0 / 17.0 / 17.0));
    }

    void distributionsAreComparedSongBySong()
    {
        // Two songs with nothing in common: one on the tonic in crotchets, one on the fifth in
        // minims. Written the other way round, the pooled histograms still match exactly, but
        // no song's melody fits its own song: PD and DD are 0.
        auto song = [](int pitch, double duration) {
            engine::SungSong s;
            for (int i = 0; i < 8; ++i) {
                engine::SungSyllable x;
                x.indexInLine = i;
                x.lineSyllables = 8;
                x.relativePitch = pitch;
                x.duration = duration;
                s.syllables.append(x);
            }
            return s;
        };
        const QVector<engine::SungSong> real{song(24, 1), song(31, 2)};
        const QVector<engine::SungSong> swapped{real[1], real[0]};
        const engine::MelodyMetrics same = engine::compareMelodies(real, real);
        QCOMPARE(same.pitchSimilarity, 1.0);
        QCOMPARE(same.durationSimilarity, 1.0);
        const engine::MelodyMetrics m = engine::compareMelodies(real, swapped);
        QCOMPARE(m.pooledPitchOverlap, 1.0);
        QCOMPARE(m.pooledDurationOverlap, 1.0);
        QCOMPARE(m.pitchSimilarity, 0.0);
        QCOMPARE(m.durationSimilarity, 0.0);
        // Half of one song's notes moved to the other's pitch: that song overlaps by a half.
        QVector<engine::SungSong> half = real;
        for (int i = 0; i < 4; ++i)
            half[0].syllables[i].relativePitch = 31;
        QCOMPARE(engine::compareMelodies(real, half).pitchSimilarity, 0.75);
    }

    void theBaselineDrawsAtTheSongsPace()
    {
        // Quick songs in quavers, unhurried ones in dotted minims: a baseline asked for an
        // unhurried song draws only from the unhurried songs' durations.
        auto song = [](double duration) {
            engine::SungSong s;
            for (int i = 0; i < 16; ++i) {
                engine::SungSyllable x;
                x.duration = duration;
                s.syllables.append(x);
            }
            return s;
        };
        const engine::MarginalMelodyBaseline baseline({song(0.5), song(0.5), song(3)});
        std::mt19937_64 rng(7);
        const engine::SungSong written = baseline.write(song(3), rng);
        for (const engine::SungSyllable& x : written.syllables)
            QCOMPARE(x.duration, 3.0);
    }
};

QTEST_GUILESS_MAIN(TestLyricist)
#include "test_lyricist.moc"
