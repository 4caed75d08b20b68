// Rendering and loudness: a test note sounds at its pitch, the same score gives the same
// samples, drums play, every loudness preset is met within 0.5 LU under its true-peak ceiling,
// and bad requests (no notes, no soundfont, nowhere to write) fail with a sentence.
#include "render/loudness.h"
#include "render/scorerenderer.h"
#include "render/synthesizer.h"
#include "render/voiceactivity.h"
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

// A voice-like test signal: a gliding 130 Hz glottal tone with three formants, spoken in
// syllables four times a second, between `from` and `to` seconds, over a faint noise floor.
StereoAudio speechLike(double seconds, double from, double to, double peak = 0.3)
{
    StereoAudio a;
    const qint64 frames = qint64(seconds * kSampleRate);
    a.samples.assign(size_t(frames) * 2, 0.0f);
    quint32 noise = 12345;
    double phase = 0;
    for (qint64 f = 0; f < frames; ++f) {
        const double t = double(f) / kSampleRate;
        noise = noise * 1664525u + 1013904223u;
        double v = 0.001 * (double(noise) / 4294967296.0 - 0.5); // about -60 dBFS
        const double f0 = 130 + 20 * std::sin(2 * M_PI * 0.7 * t);
        phase += 2 * M_PI * f0 / kSampleRate;
        if (t >= from && t < to) {
            const double syllable = std::fmod((t - from) * 4, 1.0);
            const double envelope = syllable < 0.7 ? std::sin(M_PI * syllable / 0.7) : 0;
            double voice = 0;
            for (int k = 1; k <= 25; ++k) {
                const double hz = k * f0;
                const double formants = 1 / (1 + std::pow((hz - 500) / 200, 2)) +
                                        0.6 / (1 + std::pow((hz - 1500) / 300, 2)) +
                                        0.3 / (1 + std::pow((hz - 2500) / 400, 2));
                voice += formants * std::sin(k * phase);
            }
            v += peak * 0.5 * envelope * voice;
        }
        a.samples[2 * f] = a.samples[2 * f + 1] = float(v);
    }
    return a;
}

// RMS level in dB of one channel (left unless told) between two times.
double levelDb(const StereoAudio& audio, double from, double to, int channel = 0)
{
    double sum = 0;
    const qint64 a = qint64(from * kSampleRate), b = qint64(to * kSampleRate);
    for (qint64 f = a; f < b; ++f)
        sum += double(audio.samples[2 * f + channel]) * audio.samples[2 * f + channel];
    return 10 * std::log10(sum / double(b - a) + 1e-20);
}

Score organ(double seconds)
{
    Score s;
    sw::music::Track t;
    t.program = 16; // drawbar organ: a level sustain
    t.notes = {sw::testing::note(60, 0, qint64(seconds * 960), 100)}; // 120 bpm
    s.tracks = {t};
    return s;
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

    // One note at the largest delta a MIDI file holds lasts 77 hours: refused with a reason,
    // not allocated (every stem is held whole, 1.4 GB an hour). A picture that long too.
    void aScoreOfManyHoursIsRefusedNotAllocated()
    {
        Score late = singleNote(60);
        late.tracks[0].notes = {sw::testing::note(60, 0x0FFFFFF0, 480, 100)};
        RenderResult r;
        QString error;
        QVERIFY(!renderScore(late, {}, &r, &error));
        QVERIFY2(error.contains(QStringLiteral("renders at most 4 hours")), qPrintable(error));
        RenderOptions options;
        options.picture.durationUs = 100LL * 3600 * 1000000;
        QVERIFY(!renderScore(singleNote(60), options, &r, &error));
        QVERIFY2(error.contains(QStringLiteral("lasts 100.0 hours")), qPrintable(error));
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

    void controllersShapeTheSound()
    {
        namespace cc = sw::music::controller;
        QString error;
        RenderResult r;
        // A pitch bend of +4096 is a semitone up with General MIDI's default range of two.
        Score bent = singleNote(69, 73);
        bent.tracks[0].controls = {{0, cc::kPitchBend, 4096}};
        QVERIFY2(renderScore(bent, {}, &r, &error), qPrintable(error));
        QVERIFY(powerAt(r.mix, 466.16, 0.9) > 20 * powerAt(r.mix, 440, 0.9));
        // Pan through the channel's controller moves the sound left or right of where the
        // same track sits centred (the soundfont's stereo samples keep some in both channels).
        auto balanceWithPan = [&](int pan) {
            Score panned = singleNote(69, 52); // choir: about 6 dB either way
            panned.tracks[0].controls = {{0, cc::kPan, pan}};
            RenderResult p;
            QString e;
            if (!renderScore(panned, {}, &p, &e))
                return 0.0;
            return levelDb(p.stems[0], 0.2, 0.8, 0) - levelDb(p.stems[0], 0.2, 0.8, 1);
        };
        const double centre = balanceWithPan(64);
        QVERIFY2(balanceWithPan(0) > centre + 4, qPrintable(QString::number(centre)));
        QVERIFY2(balanceWithPan(127) < centre - 4,
                 qPrintable(QString::number(balanceWithPan(127))));
        // The sustain pedal holds a short piano note after its note-off, until it is lifted.
        Score dry = singleNote(60, 0);
        dry.tracks[0].notes[0].durationTicks = 120;                     // 1/16 s
        dry.tracks[0].notes.append(sw::testing::note(30, 2400, 10, 1)); // keeps the score 2.5 s
        Score pedalled = dry;
        pedalled.tracks[0].controls = {{0, cc::kSustain, 127}, {1440, cc::kSustain, 0}};
        RenderResult wet;
        QVERIFY(renderScore(dry, {}, &r, &error));
        QVERIFY(renderScore(pedalled, {}, &wet, &error));
        const double held = (levelDb(wet.stems[0], 0.5, 1.4) - wet.loudness.appliedGainDb) -
                            (levelDb(r.stems[0], 0.5, 1.4) - r.loudness.appliedGainDb);
        QVERIFY2(held > 15, qPrintable(QString::number(held)));
    }

    void speechIsFoundAndSteadySoundIsNot()
    {
        const QVector<SpeechSpan> found = detectSpeech(speechLike(8, 2, 5));
        QCOMPARE(found.size(), 1); // one sentence, its pauses between syllables bridged
        QVERIFY2(std::abs(found[0].startFrame / double(kSampleRate) - 2) < 0.1,
                 qPrintable(QString::number(found[0].startFrame / double(kSampleRate))));
        QVERIFY2(std::abs(found[0].endFrame / double(kSampleRate) - 5) < 0.2,
                 qPrintable(QString::number(found[0].endFrame / double(kSampleRate))));
        // A sustained chord (a music bed in the video's sound) and silence are not speech.
        RenderResult bed;
        QString error;
        QVERIFY2(renderScore(organ(6), {}, &bed, &error), qPrintable(error));
        QVERIFY(detectSpeech(bed.mix).isEmpty());
        QVERIFY(detectSpeech(speechLike(4, 9, 9)).isEmpty());
        // Speech over that bed still is.
        StereoAudio both = speechLike(6, 2, 4);
        for (size_t i = 0; i < both.samples.size() && i < bed.mix.samples.size(); ++i)
            both.samples[i] += 0.3f * bed.mix.samples[i];
        QCOMPARE(detectSpeech(both).size(), 1);
        // Issue 24: a 440 Hz beep of 2.5 s (and one of 0.6 s) in the sound ducked the music.
        StereoAudio beeps = speechLike(8, 9, 9);
        for (qint64 f = 0; f < beeps.frames(); ++f) {
            const double t = double(f) / kSampleRate;
            if ((t >= 1.0 && t < 3.5) || (t >= 5.0 && t < 5.6)) {
                const float v = float(0.3 * std::sin(2 * M_PI * 440 * t));
                beeps.samples[2 * f] += v;
                beeps.samples[2 * f + 1] += v;
            }
        }
        QVERIFY(detectSpeech(beeps).isEmpty());
    }

    void musicDucksUnderSpeechByItsDepth()
    {
        const StereoAudio voice = speechLike(8, 2, 4);
        RenderOptions options;
        options.picture.durationUs = 8000000;
        options.picture.sourceAudio = &voice;
        options.picture.ducking.depthDb = -12;
        RenderResult r;
        QString error;
        QVERIFY2(renderScore(organ(8), options, &r, &error), qPrintable(error));
        QCOMPARE(r.speech.size(), 1);
        QCOMPARE(r.mix.frames(), qint64(8 * kSampleRate)); // the picture's length
        // The organ swells on its own, so the ducked music is compared with the same render
        // without ducking, window by window, less the loudness gain each mix received.
        options.picture.ducking.depthDb = 0;
        RenderResult plain;
        QVERIFY(renderScore(organ(8), options, &plain, &error));
        auto duckedBy = [&](double from, double to) {
            return levelDb(r.stems[0], from, to) - r.loudness.appliedGainDb -
                   (levelDb(plain.stems[0], from, to) - plain.loudness.appliedGainDb);
        };
        QVERIFY2(std::abs(duckedBy(1.0, 1.8)) <= 0.1,
                 qPrintable(QString::number(duckedBy(1, 1.8))));
        QVERIFY2(std::abs(duckedBy(2.0, 4.0) + 12) <= 1, // down from the first syllable
                 qPrintable(QString::number(duckedBy(2.0, 4.0))));
        const double released = 4.0 + 0.2 + 0.5; // hold and release after the last syllable
        QVERIFY2(std::abs(duckedBy(released, 7.0)) <= 0.1,
                 qPrintable(QString::number(duckedBy(released, 7.0))));
        QVERIFY(duckedBy(4.3, 4.6) < -1 && duckedBy(4.3, 4.6) > -11); // on its way back up
    }

    // A long export goes through spools in temporary files: the same samples as in memory,
    // the video's sound, ducking, fades and loudness included, and no file left behind.
    void aRenderInFilesSoundsAsOneInMemory()
    {
        const StereoAudio voice = speechLike(8, 2, 4);
        RenderOptions options;
        options.picture.durationUs = 8000000;
        options.picture.musicOffsetUs = 250000;
        options.picture.sourceAudio = &voice;
        RenderResult inMemory;
        QString error;
        QVERIFY2(renderScore(sw::testing::richScore(), options, &inMemory, &error),
                 qPrintable(error));
        QTemporaryDir spoolFolder;
        const QByteArray oldTmp = qgetenv("TMPDIR");
        qputenv("TMPDIR", QFile::encodeName(spoolFolder.path()));
        SpooledRender spooled;
        SpoolOptions spooling;
        spooling.storage = sw::media::AudioSpool::Storage::File;
        const bool rendered =
            renderScoreToSpools(sw::testing::richScore(), options, spooling, &spooled, &error);
        const int left = QDir(spoolFolder.path())
                             .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                             .size();
        qputenv("TMPDIR", oldTmp);
        QVERIFY2(rendered, qPrintable(error));
        QVERIFY(!spooled.mix.inMemory());
        QCOMPARE(left, 0); // unnamed files, even while open
        QCOMPARE(spooled.speech.size(), inMemory.speech.size());
        QCOMPARE(spooled.loudness.integratedLufs, inMemory.loudness.integratedLufs);
        QVERIFY(spooled.mix.takeSamples() == inMemory.mix.samples);
        QCOMPARE(int(spooled.stems.size()), inMemory.stems.size());
        const float gain = float(std::pow(10.0, spooled.stemGainDb / 20.0));
        std::vector<float> stem = spooled.stems[1].takeSamples();
        for (float& v : stem)
            v *= gain;
        QVERIFY(stem == inMemory.stems[1].samples);
    }

    // The limiter reads ahead across the blocks a long mix is processed in: peaks on a block's
    // edge are held like any other.
    void peaksOnTheEdgesOfBlocksAreLimited()
    {
        StereoAudio audio;
        audio.samples.assign(size_t(4 * kSampleRate) * 2, 0.0f);
        for (qint64 f = 0; f < audio.frames(); ++f)
            audio.samples[2 * f] = audio.samples[2 * f + 1] =
                float(0.02 * std::sin(2 * M_PI * 220 * double(f) / kSampleRate));
        for (qint64 edge : {qint64(1) << 16, qint64(2) << 16})
            for (qint64 f = edge; f <= edge + 6; ++f)
                audio.samples[2 * f] = audio.samples[2 * f + 1] = (f % 2 ? 0.9f : -0.9f);
        const StereoAudio original = audio;
        LoudnessPreset web;
        QVERIFY(findLoudnessPreset(QStringLiteral("web"), &web));
        LoudnessReport report;
        QString error;
        QVERIFY2(normalizeLoudness(audio, web, &report, &error), qPrintable(error));
        float peak = 0;
        for (float v : audio.samples)
            peak = std::max(peak, std::abs(v));
        const double threshold = std::pow(10.0, (web.truePeakCeilingDbtp - 0.8) / 20.0);
        QVERIFY2(peak <= threshold + 1e-6, qPrintable(QString::number(peak)));
        QVERIFY(report.appliedGainDb > 20); // it was limited, not merely turned down
        // Looking ahead, the gain is already down in the last millisecond before the peaks,
        // which is the end of the block before.
        auto gainAround = [&](qint64 from, qint64 to) {
            double most = 0;
            for (qint64 f = from; f < to; ++f) {
                if (std::abs(original.samples[2 * f]) > 0.005)
                    most = std::max(most, double(audio.samples[2 * f] / original.samples[2 * f]));
            }
            return most;
        };
        const double far = gainAround(20000, 30000);
        const qint64 edge = qint64(1) << 16;
        const double before = gainAround(edge - 40, edge);
        QVERIFY2(before < 0.5 * far, qPrintable(QStringLiteral("%1 %2").arg(before).arg(far)));
    }

    // Room for a long render is checked before the work starts, and the message says where and
    // how much.
    void aRenderTooBigForTheTemporaryFolderSaysSo()
    {
        sw::media::AudioSpool::Storage storage;
        QString error;
        QVERIFY(chooseSpoolStorage(3 * 60 * kSampleRate, 6, &storage, &error));
        QVERIFY(storage == sw::media::AudioSpool::Storage::Memory);
        QVERIFY(chooseSpoolStorage(30 * 60 * kSampleRate, 6, &storage, &error));
        QVERIFY(storage == sw::media::AudioSpool::Storage::File);
        QVERIFY(!chooseSpoolStorage(qint64(4) * 3600 * kSampleRate, 1000000, &storage, &error));
        QVERIFY2(error.contains(QStringLiteral("needs about")), qPrintable(error));
        // Music longer than any render is refused for its length, whatever the room.
        QVERIFY(!chooseSpoolStorage(qint64(77) * 3600 * kSampleRate, 1, &storage, &error));
        QVERIFY2(error.contains(QStringLiteral("renders at most 4 hours")), qPrintable(error));
        QVERIFY(!chooseSpoolStorage(qint64(4) * 3600 * kSampleRate, 1000000, &storage, &error));
        QVERIFY2(error.contains(QStringLiteral("needs about")) &&
                     error.contains(QStringLiteral("TMPDIR")),
                 qPrintable(error));
    }

    void theMusicLiesOnThePictureWithFades()
    {
        RenderOptions options;
        options.picture.durationUs = 3000000;
        options.picture.musicOffsetUs = 500000;
        options.picture.fades.outSeconds = 1.0;
        RenderResult r;
        QString error;
        QVERIFY2(renderScore(organ(8), options, &r, &error), qPrintable(error));
        QCOMPARE(r.mix.frames(), qint64(3 * kSampleRate)); // cut at the picture's end
        QVERIFY(r.speech.isEmpty());                       // no video sound given
        QVERIFY(levelDb(r.mix, 0, 0.49) < -100);           // silence before the music's offset
        const double full = levelDb(r.mix, 1.0, 1.9);
        QVERIFY(levelDb(r.mix, 2.5, 2.9) < full - 4);            // fading out
        QCOMPARE(r.mix.samples[r.mix.samples.size() - 2], 0.0f); // silent on the last frame
        // The video's own sound, muted, is not in the mix but the music still lies on the picture.
        const StereoAudio voice = speechLike(3, 1, 2);
        options.picture.sourceAudio = &voice;
        options.picture.sourceMix.mute = true;
        QVERIFY(renderScore(organ(8), options, &r, &error));
        QVERIFY(r.speech.isEmpty());
        QVERIFY(levelDb(r.mix, 0, 0.49) < -100);
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
