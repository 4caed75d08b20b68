// A reference track read for guidance: tempo and key of synthesised songs whose tempo and key
// are known (bass on the roots, chords, kick, snare and hi-hats, in major and minor keys at
// 70-135 bpm), its build as an intensity contour, and the pins a person accepts one by one.
#include "analysis/referencetrack.h"
#include "scoring/referencepins.h"
#include "syntheticsong.h"

#include <QtTest>
#include <cmath>
#include <random>

using namespace sw;
using namespace sw::analysis;
using namespace sw::testing;

namespace {

constexpr int kRate = kSyntheticSongRate;

} // namespace

class TestReferenceTrack : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tempoAndKeyOfSongsInManyKeys()
    {
        int tempoRight = 0, keyRight = 0;
        QStringList wrong;
        for (quint32 seed = 1; seed <= 10; ++seed) {
            const SyntheticSong song = synthesiseSong(seed);
            const ReferenceTrack track =
                analyseReferenceSamples(song.samples.data(), qint64(song.samples.size()), kRate);
            if (std::abs(track.bpm / song.bpm - 1) <= 0.02)
                ++tempoRight;
            else
                wrong << QStringLiteral("%1 bpm read as %2")
                             .arg(song.bpm, 0, 'f', 1)
                             .arg(track.bpm, 0, 'f', 1);
            if (track.key.tonicPitchClass() == song.key.tonicPitchClass() &&
                track.key.mode == song.key.mode)
                ++keyRight;
            else
                wrong << song.key.name() + QStringLiteral(" read as ") + track.key.name();
        }
        qInfo("tempo within 2%% on %d of 10, key right on %d of 10", tempoRight, keyRight);
        if (!wrong.isEmpty())
            qInfo("%s", qPrintable(wrong.join(QStringLiteral("; "))));
        QVERIFY2(tempoRight >= 9, qPrintable(wrong.join(QStringLiteral("; "))));
        QVERIFY2(keyRight >= 9, qPrintable(wrong.join(QStringLiteral("; "))));
    }

    void aCrescendoBuilds()
    {
        const SyntheticSong song = synthesiseSong(5, 30, true);
        const ReferenceTrack track =
            analyseReferenceSamples(song.samples.data(), qint64(song.samples.size()), kRate);
        const QVector<double> contour = intensityContour(track, 6);
        QCOMPARE(contour.size(), 6);
        for (int i = 1; i < contour.size(); ++i)
            QVERIFY2(contour[i] >= contour[i - 1] - 0.05, qPrintable(QString::number(i)));
        QVERIFY(contour.first() < 0.2);
        QVERIFY(contour.last() > 0.8);
    }

    void pinsAreTakenOneByOne()
    {
        const SyntheticSong song = synthesiseSong(3);
        const ReferenceTrack track =
            analyseReferenceSamples(song.samples.data(), qint64(song.samples.size()), kRate);
        const QVector<scoring::ReferencePinOffer> offers = scoring::referencePinOffers(track);
        QCOMPARE(offers.size(), 3);
        project::PlanPins before;
        before.bpm = 0;
        const project::PlanPins keyOnly =
            scoring::withReferencePins(before, track, {scoring::ReferencePin::Key}, 60000000);
        QCOMPARE(keyOnly.bpm, 0.0);
        QVERIFY(keyOnly.key.has_value());
        QVERIFY(keyOnly.intensity.isEmpty());
        const project::PlanPins all =
            scoring::withReferencePins(before, track,
                                       {scoring::ReferencePin::Tempo, scoring::ReferencePin::Key,
                                        scoring::ReferencePin::Build},
                                       60000000);
        QVERIFY(std::abs(all.bpm - song.bpm) < 0.02 * song.bpm);
        QCOMPARE(all.intensity.size(), 12);
        QVERIFY(all.intensity.first().timeUs > 0 && all.intensity.last().timeUs < 60000000);
        QSet<scoring::ReferencePin> parsed;
        QVERIFY(scoring::parseReferencePins(QStringLiteral("Tempo, build"), &parsed));
        QCOMPARE(parsed.size(), 2);
        QVERIFY(!scoring::parseReferencePins(QStringLiteral("tempo,mood"), &parsed));
    }

    void noiseHasNoSteadyBeatToOffer()
    {
        std::mt19937 rng(9);
        std::normal_distribution<double> gauss(0, 0.2);
        std::vector<float> noise(size_t(kRate) * 10);
        for (float& v : noise)
            v = float(gauss(rng));
        const ReferenceTrack track =
            analyseReferenceSamples(noise.data(), qint64(noise.size()), kRate);
        for (const scoring::ReferencePinOffer& offer : scoring::referencePinOffers(track))
            QVERIFY2(offer.pin != scoring::ReferencePin::Tempo,
                     qPrintable(QStringLiteral("offered %1 from noise").arg(offer.detail)));
    }
};

QTEST_GUILESS_MAIN(TestReferenceTrack)
#include "test_reference_track.moc"
