// The composer's token language: lossless round trips of quantised bars, the grammar of every
// token kind, and the controls computed from real-looking bars.
#include "engine/barcontrols.h"
#include "engine/evaluation.h"
#include "engine/pop909.h"
#include "engine/tokens.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace sw::engine;

class TestTokens : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void vocabularyRangesAreDisjointAndNamed()
    {
        QSet<QString> names;
        for (int t = 0; t < vocab::Size; ++t) {
            const QString name = vocab::tokenName(t);
            QVERIFY2(!name.isEmpty(), qPrintable(QString::number(t)));
            QVERIFY2(!names.contains(name), qPrintable(name));
            names.insert(name);
        }
        QCOMPARE(vocab::tokenName(vocab::PitchBase + 60), QStringLiteral("PITCH_60"));
        QCOMPARE(vocab::tokenName(chordToken(9, sw::music::ChordQuality::Minor7)),
                 QStringLiteral("CHORD_Am7"));
    }

    void randomQuantisedBarsRoundTrip()
    {
        QRandomGenerator random(11);
        QVector<TokenBar> bars;
        for (int b = 0; b < 200; ++b) {
            TokenBar bar;
            BarControls& c = bar.controls;
            c.quarters = random.bounded(1, kMaxBarQuarters + 1);
            c.mode = random.bounded(2) ? sw::music::KeyMode::Minor : sw::music::KeyMode::Major;
            c.section = static_cast<Section>(random.bounded(kSectionCount));
            c.density = random.bounded(kLevels);
            c.intensity = random.bounded(kLevels);
            c.valence = random.bounded(kAffectLevels);
            c.arousal = random.bounded(kAffectLevels);
            c.melody = random.bounded(2);
            c.accompaniment = random.bounded(2);
            const int length = c.quarters * kGridPerQuarter;
            int position = 0;
            while ((position += random.bounded(1, 20)) < length) {
                GridChord chord;
                chord.position = position;
                chord.root = random.bounded(-1, 12);
                chord.quality = static_cast<sw::music::ChordQuality>(random.bounded(13));
                if (chord.root < 0)
                    chord.quality = sw::music::ChordQuality::Major;
                bar.chords.append(chord);
            }
            auto notes = [&](bool mono) {
                QVector<GridNote> out;
                for (int p = 0; p < length; p += random.bounded(1, 8)) {
                    const int count = mono ? 1 : random.bounded(1, 4);
                    for (int k = 0; k < count; ++k) {
                        GridNote n;
                        n.position = p;
                        n.pitch = 30 + 12 * k + random.bounded(12);
                        n.duration = durationSet()[random.bounded(durationSet().size())];
                        n.velocityLevel = random.bounded(kVelocityLevels);
                        out.append(n);
                    }
                }
                std::sort(out.begin(), out.end());
                return out;
            };
            if (c.melody)
                bar.melody = notes(true);
            if (c.accompaniment)
                bar.accompaniment = notes(false);
            bars.append(bar);
        }
        const QVector<int> tokens = encodeBars(bars);
        for (int t : tokens)
            QVERIFY(t > vocab::Pad && t < vocab::Size);
        int skipped = -1;
        const QVector<TokenBar> back = decodeBars(tokens, &skipped);
        QCOMPARE(skipped, 0);
        QCOMPARE(back.size(), bars.size());
        for (int i = 0; i < bars.size(); ++i)
            QVERIFY2(back[i] == bars[i], qPrintable(QStringLiteral("bar %1").arg(i)));
    }

    void tokensOutOfPlaceAreSkippedNotTrusted()
    {
        // A duration without a pitch and a chord inside the melody are grammar errors.
        QVector<int> tokens{vocab::Bar};
        controlTokens(BarControls(), &tokens);
        tokens << vocab::TrackMelody << durVelToken(12, 2) << chordToken(0, {}) << positionToken(0)
               << pitchToken(64) << durVelToken(12, 2) << vocab::TrackAccomp;
        int skipped = 0;
        const QVector<TokenBar> bars = decodeBars(tokens, &skipped);
        QCOMPARE(skipped, 2);
        QCOMPARE(bars.size(), 1);
        QCOMPARE(bars[0].melody.size(), 1);
        QCOMPARE(bars[0].melody[0].pitch, 64);
    }

    void quantisingMovesTheKeyToCAndMeasuresControls()
    {
        // One 4/4 bar in D major at 120 bpm: a melody of eight eighths and chords on the beats.
        SourceBar bar;
        bar.startTick = 0;
        bar.endTick = 1920;
        bar.quarters = 4;
        bar.key = sw::music::KeySignature::fromTonic(2, sw::music::KeyMode::Major);
        bar.secondsPerQuarter = 0.5;
        QVector<sw::music::Note> melody, accompaniment;
        for (int i = 0; i < 8; ++i) {
            sw::music::Note n;
            n.pitch = 74 + (i % 3);
            n.startTick = i * 240 + (i == 3 ? 13 : 0); // a little off the grid
            n.durationTicks = 230;
            n.velocity = 90;
            melody.append(n);
        }
        for (int beat = 0; beat < 4; ++beat) {
            for (int p : {50, 54, 57}) {
                sw::music::Note n;
                n.pitch = p;
                n.startTick = beat * 480;
                n.durationTicks = 480;
                n.velocity = 90;
                accompaniment.append(n);
            }
        }
        const QVector<SourceChord> chords{{0, 2, sw::music::ChordQuality::Major}};
        const QVector<TokenBar> bars = quantizeBars({bar}, melody, accompaniment, chords);
        QCOMPARE(bars.size(), 1);
        const TokenBar& b = bars[0];
        QCOMPARE(b.melody.size(), 8);
        QCOMPARE(b.melody[0].pitch, 72);    // D5 moved down a whole tone to C5
        QCOMPARE(b.melody[3].position, 18); // snapped to the eighth
        QCOMPARE(b.accompaniment.size(), 12);
        QCOMPARE(b.chords.size(), 1);
        QCOMPARE(b.chords[0].root, 0);                   // D in D major is the tonic
        QCOMPARE(b.controls.density, densityLevel(2.0)); // 8 onsets in 4 quarters
        QCOMPARE(b.controls.density, 2);
        QCOMPARE(b.controls.intensity, intensityLevel(92)); // velocity 90 is level 2 (92)
        QCOMPARE(b.controls.valence, 2);                    // a major chord throughout
        QVERIFY(b.controls.melody && b.controls.accompaniment);
    }

    void densityRangesCoverEveryOnsetCount()
    {
        for (int quarters : {3, 4, 6}) {
            QSet<int> covered;
            for (int level = 0; level < kLevels; ++level) {
                int lo = 0, hi = 0;
                densityOnsetRange(level, quarters, &lo, &hi);
                QVERIFY(lo <= hi);
                // A level no onset count reaches in a short bar borrows the next count up.
                QVERIFY(std::abs(densityLevel(double(lo) / quarters) - level) <= 1);
                QVERIFY(densityLevel(double(hi) / quarters) >= level);
                for (int n = lo; n <= hi; ++n)
                    covered.insert(n);
            }
            QCOMPARE(covered.size(), quarters * kGridPerQuarter);
        }
    }

    void pop909ChordLabels()
    {
        SourceChord c;
        QVERIFY(parsePop909Chord(QStringLiteral("A:min7/b7"), &c));
        QCOMPARE(c.root, 9);
        QCOMPARE(c.quality, sw::music::ChordQuality::Minor7);
        QVERIFY(parsePop909Chord(QStringLiteral("Bb:sus4(b7)"), &c));
        QCOMPARE(c.root, 10);
        QCOMPARE(c.quality, sw::music::ChordQuality::Suspended4);
        QVERIFY(parsePop909Chord(QStringLiteral("N"), &c));
        QCOMPARE(c.root, -1);
        QVERIFY(!parsePop909Chord(QStringLiteral("H:maj"), &c));
    }

    void metricsOfKnownBars()
    {
        TokenBar bar;
        bar.controls.quarters = 4;
        // C major scale on beats 1 and 3 only: two empty beats of four.
        for (int i = 0; i < 2; ++i) {
            GridNote n;
            n.position = i * 24;
            n.pitch = 60;
            n.duration = 12;
            bar.melody.append(n);
        }
        const MusicMetrics one = measureMusic({bar, bar});
        QCOMPARE(one.pitchClassEntropy, 0.0);
        QCOMPARE(one.emptyBeatRate, 0.5);
        QCOMPARE(one.grooveSimilarity, 1.0);
        QCOMPARE(one.ioiMean, 2.0);
        QCOMPARE(one.noteDensity, 2.0);
        QCOMPARE(one.scaleConsistency, 1.0);

        TokenBar scale;
        scale.controls.quarters = 8;
        const int degrees[] = {0, 2, 4, 5, 7, 9, 11, 0, 4, 7, 0, 7};
        for (int i = 0; i < 12; ++i) {
            GridNote n;
            n.position = i * 8;
            n.pitch = 60 + degrees[i] + 2; // D major
            n.duration = i % 3 == 0 ? 24 : 8;
            scale.melody.append(n);
        }
        int tonic = -1;
        sw::music::KeyMode mode;
        estimateKey({scale}, &tonic, &mode);
        QCOMPARE(tonic, 2);
        QCOMPARE(mode, sw::music::KeyMode::Major);
        QVERIFY(measureMusic({scale}).pitchClassEntropy > 2.0);
    }
};

QTEST_GUILESS_MAIN(TestTokens)
#include "test_tokens.moc"
