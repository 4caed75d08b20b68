// Keys, chord symbols, score validation and the score's JSON form.
#include "music/feel.h"
#include "music/harmonizer.h"
#include "music/midifile.h"
#include "music/scorejson.h"
#include "testscores.h"

#include <QJsonArray>
#include <QtTest>

using namespace sw::music;

class TestScore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aMelodyIsHarmonisedWithItsChordTones()
    {
        using namespace sw::music;
        // Half notes in C major: C E | F A | G B | D F | E G | C -> C, F, G, G (D F fit G7's
        // triad poorly: Dm), C, C.
        const QVector<std::pair<int, int>> tune{{60, 64}, {65, 69}, {67, 71}, {62, 65}, {64, 67}};
        QVector<Note> melody;
        qint64 tick = 0;
        for (const auto& [a, b] : tune) {
            for (int pitch : {a, b}) {
                Note n;
                n.pitch = pitch;
                n.startTick = tick;
                n.durationTicks = 960;
                melody.append(n);
                tick += 960;
            }
        }
        Note last;
        last.pitch = 60;
        last.startTick = tick;
        last.durationTicks = 1920;
        melody.append(last);
        const TempoMap map = TempoMap::constant(100);
        const QVector<ChordSymbol> chords = harmonizeMelody(
            melody, KeySignature::fromTonic(0, KeyMode::Major), map, 0, tick + 1920);
        QStringList names;
        for (const ChordSymbol& c : chords)
            names << c.name();
        // Each bar holds two melody notes of one triad; the last bar is the tonic.
        // The harmony moves with the bars (C | F | G ...), not with every note, and the melody
        // note on each downbeat is a tone of the chord sounding there; the tune ends at home.
        QCOMPARE(names.mid(0, 3), (QStringList{"C", "F", "G"}));
        QCOMPARE(chords[1].tick, 1920);
        QVERIFY2(chords.size() <= 6, qPrintable(names.join(u' ')));
        QCOMPARE(names.last(), QStringLiteral("C"));
        for (const Note& n : melody) {
            if (n.startTick % 1920 != 0)
                continue;
            const ChordSymbol* sounding = &chords.first();
            for (const ChordSymbol& c : chords) {
                if (c.tick <= n.startTick)
                    sounding = &c;
            }
            QVERIFY2(sounding->pitchClasses().contains(n.pitch % 12),
                     qPrintable(QStringLiteral("%1 under %2").arg(n.pitch).arg(sounding->name())));
        }
        // In A minor the same routine picks the minor tonic.
        const QVector<ChordSymbol> minor =
            harmonizeMelody({melody[0]}, KeySignature::fromTonic(9, KeyMode::Minor), map, 0, 960);
        QCOMPARE(minor.first().name(), QStringLiteral("Am"));
    }

    void keyTonicsAndNames()
    {
        QCOMPARE((KeySignature{0, 0, KeyMode::Major}).name(), QStringLiteral("C major"));
        QCOMPARE((KeySignature{0, 0, KeyMode::Minor}).name(), QStringLiteral("A minor"));
        QCOMPARE((KeySignature{0, -1, KeyMode::Minor}).tonicPitchClass(), 2); // D minor
        QCOMPARE((KeySignature{0, 6, KeyMode::Major}).name(), QStringLiteral("F# major"));
        QCOMPARE((KeySignature{0, -3, KeyMode::Major}).scalePitchClasses(),
                 QVector<int>({3, 5, 7, 8, 10, 0, 2}));
        QVERIFY((KeySignature{0, 2, KeyMode::Major}).containsPitchClass(1));  // C# in D major
        QVERIFY(!(KeySignature{0, 2, KeyMode::Major}).containsPitchClass(0)); // C is not
    }

    void keyParsing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("fifths");
        QTest::addColumn<bool>("minor");
        QTest::newRow("D minor") << "D minor" << -1 << true;
        QTest::newRow("Bb major") << "Bb major" << -2 << false;
        QTest::newRow("f#m") << "f#m" << 3 << true;
        QTest::newRow("Gb keeps flats") << "Gb" << -6 << false;
        QTest::newRow("Eb moll") << "Eb moll" << -6 << true;
    }
    void keyParsing()
    {
        QFETCH(QString, text);
        QFETCH(int, fifths);
        QFETCH(bool, minor);
        KeySignature key;
        QVERIFY(KeySignature::parse(text, &key));
        QCOMPARE(key.fifths, fifths);
        QCOMPARE(key.mode == KeyMode::Minor, minor);
    }

    void keyParsingRejectsNonsense()
    {
        KeySignature key;
        QVERIFY(!KeySignature::parse(QStringLiteral("H major"), &key));
        QVERIFY(!KeySignature::parse(QStringLiteral("C lydian"), &key));
        QVERIFY(!KeySignature::parse(QString(), &key));
    }

    void chordNamesRoundTrip()
    {
        for (int root = 0; root < 12; ++root) {
            for (int q = 0; q <= int(ChordQuality::Minor6); ++q) {
                ChordSymbol chord{0, root, ChordQuality(q), q % 3 == 0 ? (root + 4) % 12 : -1};
                ChordSymbol parsed;
                QVERIFY2(ChordSymbol::parse(chord.name(), &parsed), qPrintable(chord.name()));
                QCOMPARE(parsed, chord);
            }
        }
    }

    void chordSpellingsAndPitchClasses()
    {
        ChordSymbol c;
        QVERIFY(ChordSymbol::parse(QStringLiteral("Amin7"), &c));
        QCOMPARE(c.name(), QStringLiteral("Am7"));
        QCOMPARE(c.pitchClasses(), QVector<int>({9, 0, 4, 7}));
        QVERIFY(ChordSymbol::parse(QStringLiteral("F/C"), &c));
        QCOMPARE(c.bass, 0);
        QVERIFY(ChordSymbol::parse(QStringLiteral("Bb-7"), &c));
        QCOMPARE(c.quality, ChordQuality::Minor7);
        QVERIFY(!ChordSymbol::parse(QStringLiteral("Xm"), &c));
        QVERIFY(!ChordSymbol::parse(QStringLiteral("Cmaj13#11"), &c));
    }

    void validScoreHasNoProblems()
    {
        const Score s = sw::testing::richScore();
        QVERIFY2(s.validate().isEmpty(), qPrintable(s.validate().join(QLatin1Char('\n'))));
        QCOMPARE(s.noteCount(), 8 + 12 + 16 + 24);
        QCOMPARE(s.keyAt(5000).name(), QStringLiteral("D minor"));
        QCOMPARE(s.keyAt(4 * 1920).name(), QStringLiteral("F major"));
    }

    void validationNamesEachProblem()
    {
        Score s = sw::testing::richScore();
        s.tracks[1].notes[2].pitch = 130;
        s.tracks[2].notes[0].velocity = 0;
        s.tracks[3].notes[0].durationTicks = 0;
        const QStringList problems = s.validate();
        QCOMPARE(problems.size(), 3);
        QVERIFY(problems[0].contains(QStringLiteral("track 2 (\"Piano\"), note 3: pitch 130")));
        QVERIFY(problems[1].contains(QStringLiteral("velocity 0")));
        QVERIFY(problems[2].contains(QStringLiteral("duration 0 ticks")));
    }

    void jsonRoundTrip()
    {
        const Score s = sw::testing::richScore();
        Score back;
        QString error;
        QVERIFY2(scoreFromJson(scoreToJson(s), &back, &error), qPrintable(error));
        QCOMPARE(back, s);
        QCOMPARE(back.tracks[0].notes[0].syllabic, Syllabic::Begin);
    }

    void jsonErrorsNameTheField()
    {
        QJsonObject json = scoreToJson(sw::testing::richScore());
        QJsonArray tracks = json[QStringLiteral("tracks")].toArray();
        QJsonObject track = tracks[2].toObject();
        QJsonArray notes = track[QStringLiteral("notes")].toArray();
        notes[5] = QJsonArray{300, 80, 0, 480};
        track[QStringLiteral("notes")] = notes;
        tracks[2] = track;
        json[QStringLiteral("tracks")] = tracks;
        Score back;
        QString error;
        QVERIFY(!scoreFromJson(json, &back, &error));
        QCOMPARE(error, QStringLiteral("tracks[2].notes[5] pitch: expected a whole number from 0 "
                                       "to 127"));

        json = scoreToJson(sw::testing::richScore());
        json[QStringLiteral("chords")] = QJsonArray{QJsonArray{0, QStringLiteral("Q7")}};
        QVERIFY(!scoreFromJson(json, &back, &error));
        QVERIFY(error.contains(QStringLiteral("\"Q7\" is not a chord symbol")));
    }

    // Swung eighths are a way of playing: the score keeps them straight (what is edited and
    // notated), the performance moves each beat's second eighth (what is heard and exported
    // as MIDI), and the project remembers the feel.
    void swingMovesTheSecondEighthOfEachBeat()
    {
        QCOMPARE(swungTick(0, 67), qint64(0));
        QCOMPARE(swungTick(240, 67), qint64(321)); // a triplet swing: two thirds of the beat
        QCOMPARE(swungTick(480 + 240, 60), qint64(480 + 288));
        QCOMPARE(swungTick(120, 67), qint64(160)); // the first eighth is stretched
        QCOMPARE(swungTick(960, 67), qint64(960)); // beat lines stay
        QCOMPARE(swungTick(240, 50), qint64(240));

        Score written;
        written.tempoMap = TempoMap::constant(120);
        written.swingPercent = 67;
        Track t;
        t.name = QStringLiteral("Ride");
        for (int i = 0; i < 4; ++i) {
            Note n;
            n.startTick = qint64(i) * 240;
            n.durationTicks = 240;
            t.notes.append(n);
        }
        written.tracks.append(t);
        QVERIFY(written.validate().isEmpty());
        const Score played = performedScore(written);
        QCOMPARE(played.swingPercent, 50);
        QCOMPARE(played.tracks[0].notes[1].startTick, qint64(321));
        QCOMPARE(played.tracks[0].notes[0].durationTicks, qint64(321)); // long, then short
        QCOMPARE(played.tracks[0].notes[1].endTick(), qint64(480));
        QCOMPARE(written.tracks[0].notes[1].startTick, qint64(240)); // the score is unchanged

        // The MIDI file carries the performance.
        Score back;
        QString error;
        QVERIFY2(readMidi(writeMidi(written), &back, &error), qPrintable(error));
        QCOMPARE(back.tracks[0].notes[1].startTick, qint64(321));
        QCOMPARE(back.tracks[0].notes[3].startTick, qint64(480 + 321));

        // The project keeps the feel; a broken one is refused by name.
        Score fromJson;
        QVERIFY2(scoreFromJson(scoreToJson(written), &fromJson, &error), qPrintable(error));
        QCOMPARE(fromJson.swingPercent, 67);
        QJsonObject json = scoreToJson(written);
        json[QStringLiteral("swing_percent")] = 90;
        QVERIFY(!scoreFromJson(json, &fromJson, &error));
        QVERIFY2(error.contains(QStringLiteral("swing_percent")), qPrintable(error));
        written.swingPercent = 90;
        QVERIFY(written.validate().join(u' ').contains(QStringLiteral("swing")));

        // In 6/8 the eighths are the beat's triplet already: nothing moves.
        Score compound = played;
        compound.tempoMap = TempoMap::constant(120, 6, 8);
        compound.swingPercent = 67;
        compound.tracks = written.tracks;
        QCOMPARE(performedScore(compound).tracks[0].notes[1].startTick, qint64(240));
    }

    void humanisingMovesOnsetsALittleAndTheSameEveryTime()
    {
        Score written;
        written.tempoMap = TempoMap::constant(120); // 1 ms is 0.96 ticks
        auto track = [](const char* name, TrackRole role, bool kit) {
            Track t;
            t.name = QString::fromLatin1(name);
            t.role = role;
            t.drumKit = kit;
            return t;
        };
        Track chords = track("Chords", TrackRole::Chords, false);
        Track bass = track("Bass", TrackRole::Bass, false);
        Track vocal = track("Vocal", TrackRole::Vocal, false);
        Track kit = track("Drums", TrackRole::Drums, true);
        for (int beat = 0; beat < 64; ++beat) {
            const qint64 at = qint64(beat) * kTicksPerQuarter;
            for (int pitch : {60, 64, 67}) { // a triad struck on every beat
                Note n;
                n.pitch = pitch;
                n.startTick = at;
                n.durationTicks = kTicksPerQuarter; // legato: each ends where the next begins
                chords.notes.append(n);
            }
            Note b;
            b.pitch = 36;
            b.startTick = at;
            b.durationTicks = kTicksPerQuarter;
            bass.notes.append(b);
            vocal.notes.append(b);
            Note snare = b;
            snare.pitch = beat % 2 ? 38 : 36;
            snare.durationTicks = 60;
            kit.notes.append(snare);
        }
        written.tracks = {chords, bass, vocal, kit};
        QVERIFY(written.validate().isEmpty());

        // A score played on the grid is played as written.
        QCOMPARE(humanizedScore(written), written);

        written.looseMs = 12;
        written.laidBackMs = 20;
        QVERIFY(written.validate().isEmpty());
        const Score played = humanizedScore(written);
        QCOMPARE(played, humanizedScore(written)); // the same every time
        QCOMPARE(played.looseMs, 0);
        QCOMPARE(played.laidBackMs, 0);
        QVERIFY(played.validate().isEmpty());
        const TempoMap& map = written.tempoMap;
        auto offsetMs = [&](const Note& was, const Note& now) {
            return double(map.tickToMicros(now.startTick) - map.tickToMicros(was.startTick)) /
                   1000.0;
        };

        // The chords: behind the beat by 20 ms on average, each onset within 12 ms of that, the
        // notes of one chord together, and not all at one offset.
        const QVector<Note>& c = played.tracks[0].notes;
        QCOMPARE(c.size(), chords.notes.size());
        double sum = 0, lowest = 1e9, highest = -1e9;
        for (int i = 0; i < c.size(); i += 3) {
            QCOMPARE(c[i].startTick, c[i + 1].startTick);
            QCOMPARE(c[i].startTick, c[i + 2].startTick);
            const double ms = offsetMs(chords.notes[i], c[i]);
            QVERIFY2(ms >= 20 - 12 - 1.1 && ms <= 20 + 12 + 1.1, qPrintable(QString::number(ms)));
            sum += ms;
            lowest = std::min(lowest, ms);
            highest = std::max(highest, ms);
        }
        QVERIFY(std::abs(sum / (c.size() / 3) - 20) < 4);
        QVERIFY(highest - lowest > 6);
        // Velocities vary a little, around what was written.
        int changed = 0;
        for (int i = 0; i < c.size(); ++i) {
            QVERIFY(std::abs(c[i].velocity - chords.notes[i].velocity) <= 8);
            changed += c[i].velocity != chords.notes[i].velocity;
        }
        QVERIFY(changed > c.size() / 3);
        // No note of a pitch outlasts the start of the next of that pitch.
        for (const Track& t : played.tracks) {
            for (int i = 0; i < t.notes.size(); ++i) {
                for (int j = i + 1; j < t.notes.size(); ++j) {
                    if (t.notes[j].pitch == t.notes[i].pitch) {
                        QVERIFY(t.notes[i].endTick() <= t.notes[j].startTick);
                        break;
                    }
                }
                QVERIFY(t.notes[i].startTick >= 0);
            }
        }

        // The bass keeps the kick's time: loose, not laid back.
        double bassSum = 0;
        for (int i = 0; i < bass.notes.size(); ++i) {
            const double ms = offsetMs(bass.notes[i], played.tracks[1].notes[i]);
            QVERIFY(std::abs(ms) <= 12 + 1.1);
            bassSum += ms;
        }
        QVERIFY(std::abs(bassSum / bass.notes.size()) < 4);
        // A sung line keeps its own time.
        QCOMPARE(played.tracks[2].notes, vocal.notes);
        // The drummer is the timekeeper: the kick within half the looseness, the snare laid back.
        for (int i = 0; i < kit.notes.size(); ++i) {
            const double ms = offsetMs(kit.notes[i], played.tracks[3].notes[i]);
            const double centre = kit.notes[i].pitch == 38 ? 20 : 0;
            QVERIFY2(std::abs(ms - centre) <= 6 + 1.1, qPrintable(QString::number(ms)));
            QCOMPARE(played.tracks[3].notes[i].velocity, kit.notes[i].velocity);
        }

        // Pushed playing: ahead of the beat, but never before the piece starts.
        written.laidBackMs = -30;
        const Score pushed = humanizedScore(written);
        QCOMPARE(pushed.tracks[0].notes[0].startTick, qint64(0));
        QVERIFY(pushed.tracks[0].notes[3].startTick < chords.notes[3].startTick);

        // The project keeps the feel; values out of range are refused by name.
        Score back;
        QString error;
        QVERIFY2(scoreFromJson(scoreToJson(written), &back, &error), qPrintable(error));
        QCOMPARE(back.looseMs, 12);
        QCOMPARE(back.laidBackMs, -30);
        QJsonObject json = scoreToJson(written);
        json[QStringLiteral("loose_ms")] = 300;
        QVERIFY(!scoreFromJson(json, &back, &error));
        QVERIFY2(error.contains(QStringLiteral("loose_ms")), qPrintable(error));

        // performedScore humanises too, after the swing.
        written.swingPercent = 67;
        const Score performed = performedScore(written);
        QCOMPARE(performed.looseMs, 0);
        QCOMPARE(performed.tracks[0].notes[3].startTick, pushed.tracks[0].notes[3].startTick);
    }
};

QTEST_GUILESS_MAIN(TestScore)
#include "test_score.moc"
