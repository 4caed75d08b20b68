// A reference track read for guidance: tempo and key of synthesised songs whose tempo and key
// are known (bass on the roots, chords, kick, snare and hi-hats, in major and minor keys at
// 70-135 bpm), its build as an intensity contour, and the pins a person accepts one by one.
#include "analysis/referencetrack.h"
#include "scoring/referencepins.h"

#include <QtTest>
#include <cmath>
#include <random>

using namespace sw;
using namespace sw::analysis;

namespace {

constexpr int kRate = 22050;

struct SyntheticSong
{
    std::vector<float> samples;
    double bpm;
    music::KeySignature key;
};

// A chord a bar: I vi IV V in major, i VI III VII in minor, ending on the tonic; about
// `seconds` long; a crescendo when `build`.
SyntheticSong synthesiseSong(quint32 seed, double seconds = 30, bool build = false)
{
    std::mt19937 rng(seed);
    SyntheticSong song;
    song.bpm = std::uniform_real_distribution<double>(70, 135)(rng);
    const int tonic = std::uniform_int_distribution<int>(0, 11)(rng);
    const bool minor = rng() % 2;
    song.key = music::KeySignature::fromTonic(tonic, minor ? music::KeyMode::Minor
                                                           : music::KeyMode::Major);
    // Chord roots in semitones above the tonic and their qualities (third above the root).
    const int majorRoots[4] = {0, 9, 5, 7}, majorThirds[4] = {4, 3, 4, 4};
    const int minorRoots[4] = {0, 8, 3, 10}, minorThirds[4] = {3, 4, 4, 4};
    std::normal_distribution<double> gauss(0, 1);
    const double beat = 60.0 / song.bpm;
    // Whole turns of the progression, then a last bar on the tonic, as songs end.
    const int bars = std::max(5, int(seconds / (4 * beat)) / 4 * 4 + 1);
    const size_t total = size_t((bars * 4 * beat + 0.5) * kRate);
    song.samples.assign(total, 0.f);
    const auto tone = [&](double midi, double from, double to, double gain, int harmonics) {
        const double hz = 440 * std::pow(2.0, (midi - 69) / 12);
        for (size_t s = size_t(from * kRate); s < std::min(total, size_t(to * kRate)); ++s) {
            const double t = double(s) / kRate - from;
            const double envelope = std::min(1.0, t / 0.01) * std::exp(-1.5 * t);
            double v = 0;
            for (int h = 1; h <= harmonics; ++h)
                v += std::sin(2 * M_PI * hz * h * t) / h;
            song.samples[s] += float(gain * envelope * v);
        }
    };
    for (int bar = 0; bar < bars; ++bar) {
        const int chord = bar == bars - 1 ? 0 : bar % 4;
        const int root = tonic + (minor ? minorRoots[chord] : majorRoots[chord]);
        const int third = minor ? minorThirds[chord] : majorThirds[chord];
        const double start = bar * 4 * beat;
        const double gain = build ? 0.1 + 0.9 * double(bar) / std::max(1, bars) : 1.0;
        for (int b = 0; b < 4; ++b) {
            const double at = start + b * beat;
            tone(36 + (root % 12), at, at + beat * 0.9, 0.25 * gain, 3); // bass on each beat
            if (b % 2 == 0)
                for (const int interval : {0, third, 7})
                    tone(60 + (root % 12) + interval, at, at + 2 * beat, 0.08 * gain, 4);
            // Kick on 1 and 3, snare on 2 and 4, hats on the eighths.
            for (int e = 0; e < 2; ++e) {
                const double hit = at + e * beat / 2;
                const bool kick = e == 0 && b % 2 == 0, snare = e == 0 && b % 2 == 1;
                const double length = kick ? 0.12 : snare ? 0.1 : 0.03;
                for (size_t s = size_t(hit * kRate);
                     s < std::min(total, size_t((hit + length) * kRate)); ++s) {
                    const double t = double(s) / kRate - hit;
                    const double decay = std::exp(-t / (length / 4));
                    double v = kick ? std::sin(2 * M_PI * (50 + 60 * std::exp(-t * 30)) * t)
                                    : gauss(rng) * (snare ? 0.5 : 0.15);
                    song.samples[s] += float(gain * decay * v * 0.4);
                }
            }
        }
    }
    float peak = 1e-6f;
    for (float v : song.samples)
        peak = std::max(peak, std::abs(v));
    for (float& v : song.samples)
        v *= 0.7f / peak;
    return song;
}

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
