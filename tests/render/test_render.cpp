// Rendering and loudness: a test note sounds at its pitch, the same score gives the same
// samples, drums play, every loudness preset is met within 0.5 LU under its true-peak ceiling,
// and bad requests (no notes, no soundfont, nowhere to write) fail with a sentence.
#include "render/loudness.h"
#include "render/scorerenderer.h"
#include "render/synthesizer.h"
#include "render/wavfile.h"
#include "testscores.h"

#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

using namespace sw::render;
using sw::music::Score;

namespace {

Score singleNote(int pitch, int program = 0, bool drums = false)
{
    Score s;
    sw::music::Track t;
    t.program = program;
    t.drumKit = drums;
    t.notes = {sw::testing::note(pitch, 0, 960, 100)}; // a half note at 120 bpm: 1 s
    s.tracks = {t};
    return s;
}

// Goertzel power of `hz` over the left channel of the first `seconds`.
double powerAt(const StereoAudio& audio, double hz, double seconds)
{
    const qint64 n = std::min<qint64>(audio.frames(), qint64(seconds * kSampleRate));
    const double k = 2 * std::cos(2 * M_PI * hz / kSampleRate);
    double s1 = 0, s2 = 0;
    for (qint64 i = 0; i < n; ++i) {
        const double s0 = audio.samples[2 * i] + k * s1 - s2;
        s2 = s1;
        s1 = s0;
    }
    return s1 * s1 + s2 * s2 - k * s1 * s2;
}

} // namespace

class TestRender : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aTestNoteSoundsAtItsPitch()
    {
        RenderResult r;
        QString error;
        QVERIFY2(renderScore(singleNote(69, 73), {}, &r, &error), qPrintable(error)); // flute A4
        QCOMPARE(r.stems.size(), 1);
        double peakHz = 0, peakPower = 0;
        for (double hz = 100; hz <= 2000; hz += 2) {
            const double p = powerAt(r.stems.first(), hz, 0.9);
            if (p > peakPower) {
                peakPower = p;
                peakHz = hz;
            }
        }
        QVERIFY2(std::abs(peakHz - 440) <= 8, qPrintable(QString::number(peakHz)));
        QVERIFY(r.mix.seconds() >= 1.0 && r.mix.seconds() <= 1.0 + kReleaseTailSeconds + 0.01);
    }

    void theSameScoreGivesTheSameSamples()
    {
        RenderResult a, b;
        QString error;
        QVERIFY(renderScore(sw::testing::richScore(), {}, &a, &error));
        QVERIFY(renderScore(sw::testing::richScore(), {}, &b, &error));
        QVERIFY(a.mix.samples == b.mix.samples);
        QVERIFY(a.stems[3].samples == b.stems[3].samples);
    }

    void drumsPlayOnChannelTen()
    {
        RenderResult r;
        QString error;
        QVERIFY2(renderScore(singleNote(38, 0, true), {}, &r, &error), qPrintable(error));
        double energy = 0;
        for (float s : r.stems.first().samples)
            energy += double(s) * s;
        QVERIFY(energy > 1.0);
    }

    void loudnessPresetsAreMet_data()
    {
        QTest::addColumn<QString>("preset");
        for (const LoudnessPreset& p : loudnessPresets())
            QTest::newRow(qPrintable(p.name)) << p.name;
    }
    void loudnessPresetsAreMet()
    {
        QFETCH(QString, preset);
        RenderOptions options;
        options.preset = preset;
        RenderResult r;
        QString error;
        QVERIFY2(renderScore(sw::testing::richScore(), options, &r, &error), qPrintable(error));
        LoudnessPreset target;
        QVERIFY(findLoudnessPreset(preset, &target));
        LoudnessReport measured;
        QVERIFY(measureLoudness(r.mix, &measured, &error));
        QVERIFY2(std::abs(measured.integratedLufs - target.targetLufs) <= 0.5,
                 qPrintable(QString::number(measured.integratedLufs)));
        QVERIFY2(measured.truePeakDbtp <= target.truePeakCeilingDbtp,
                 qPrintable(QString::number(measured.truePeakDbtp)));
    }

    void gainPanMuteAndSolo()
    {
        Score two = singleNote(69, 73);
        two.tracks.append(singleNote(60, 73).tracks.first()); // C4: no harmonic near A4's 440 Hz
        auto energy = [](const StereoAudio& a, int channel) {
            double e = 0;
            for (qint64 i = 0; i < a.frames(); ++i)
                e += double(a.samples[2 * i + channel]) * a.samples[2 * i + channel];
            return e;
        };
        RenderOptions options;
        options.mix = {TrackMix{0, -1.0, false, false}, TrackMix{-6, 0, false, false}};
        RenderResult r;
        QString error;
        QVERIFY2(renderScore(two, options, &r, &error), qPrintable(error));
        QVERIFY(energy(r.stems[0], 1) < 1e-6 * energy(r.stems[0], 0)); // hard left
        // Centred: about even (the soundfont's own samples are not perfectly centred).
        const double balance = energy(r.stems[1], 0) / energy(r.stems[1], 1);
        QVERIFY2(balance > 0.25 && balance < 4, qPrintable(QString::number(balance)));
        options.mix = {TrackMix{0, 1.0, false, false}, TrackMix{}};
        QVERIFY(renderScore(two, options, &r, &error));
        QVERIFY(energy(r.stems[0], 0) < 1e-6 * energy(r.stems[0], 1)); // hard right
        // The mix holds only what is heard: soloing track 2 leaves C4 alone.
        options.mix = {TrackMix{}, TrackMix{0, 0, false, true}};
        QVERIFY(renderScore(two, options, &r, &error));
        QVERIFY(powerAt(r.mix, 261.63, 0.9) > 20 * powerAt(r.mix, 440, 0.9));
        options.mix = {TrackMix{0, 0, true, false}, TrackMix{}};
        QVERIFY(renderScore(two, options, &r, &error));
        QVERIFY(powerAt(r.mix, 261.63, 0.9) > 20 * powerAt(r.mix, 440, 0.9));
        options.mix = {};
        QVERIFY(renderScore(two, options, &r, &error)); // both heard
        QVERIFY(powerAt(r.mix, 440, 0.9) > 0.05 * powerAt(r.mix, 261.63, 0.9));
        options.mix = {TrackMix{0, 0, true, false}, TrackMix{0, 0, true, false}};
        QVERIFY(!renderScore(two, options, &r, &error));
        QVERIFY(error.contains(QStringLiteral("muted")));
    }

    void badRequestsFailWithASentence()
    {
        RenderResult r;
        QString error;
        QVERIFY(!renderScore(Score{}, {}, &r, &error));
        QVERIFY(error.contains(QStringLiteral("no notes")));
        RenderOptions options;
        options.preset = QStringLiteral("cinema");
        QVERIFY(!renderScore(singleNote(60), options, &r, &error));
        QVERIFY(error.contains(QStringLiteral("unknown loudness preset")));
        options = {};
        options.soundFont = QStringLiteral("/nowhere/piano.sf2");
        QVERIFY(!renderScore(singleNote(60), options, &r, &error));
        QVERIFY2(error.contains(QStringLiteral("/nowhere/piano.sf2 does not exist")),
                 qPrintable(error));
    }

    void wavFilesAreWholeOrAbsent()
    {
        QTemporaryDir dir;
        StereoAudio audio;
        audio.samples = {0.5f, -0.5f, 1.5f, -1.5f};
        QString error;
        const QString path = dir.filePath(QStringLiteral("a.wav"));
        QVERIFY(writeWav(path, audio, 24, &error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QCOMPARE(bytes.size(), 44 + 4 * 3);
        QVERIFY(bytes.startsWith("RIFF") && bytes.mid(8, 8) == "WAVEfmt ");
        QCOMPARE(qFromLittleEndian<quint32>(bytes.constData() + 24), quint32(48000));
        QCOMPARE(qFromLittleEndian<quint16>(bytes.constData() + 34), quint16(24));
        QCOMPARE(quint8(bytes[44 + 6 + 2]), quint8(0x7F)); // +1.5 clipped to full scale
        QVERIFY(!writeWav(dir.filePath(QStringLiteral("missing/b.wav")), audio, 16, &error));
        QVERIFY(error.startsWith(QStringLiteral("b.wav: ")));
        // A device is never replaced (as root, renaming over /dev/full would succeed).
        QVERIFY(!writeWav(QStringLiteral("/dev/full"), audio, 16, &error));
        QVERIFY(error.contains(QStringLiteral("not a regular file")));
        QVERIFY(QFileInfo(QStringLiteral("/dev/full")).exists() &&
                !QFileInfo(QStringLiteral("/dev/full")).isFile());
        QVERIFY(!writeWav(path, audio, 12, &error));
    }
};

QTEST_GUILESS_MAIN(TestRender)
#include "test_render.moc"
