// A hummed, sung or whistled melody written down: notes found in synthesised lines whose notes
// are known (vibrato, glides, breath noise at 5-15 dB SNR, 80-600 Hz hums and 600-2400 Hz
// whistles), scored as mir_eval.transcription scores (onset 50 ms, pitch 50 cents, offsets
// ignored); breath and noise alone give no notes; a long vibrato is one note; an out-of-tune
// singer's notes come out right; the notes land on the written sixteenths of the tempo.
#include "analysis/pitchtracker.h"
#include "analysis/sungmelody.h"
#include "analysis/sungnotes.h"
#include "cli/humcorpus.h"

#include <QtTest>
#include <cmath>
#include <random>

using namespace sw;
using namespace sw::analysis;

namespace {

QVector<cli::TimedPitch> referenceOf(const cli::HummedLine& line)
{
    QVector<cli::TimedPitch> out;
    for (const cli::KnownNote& n : line.notes)
        out.append({n.onsetSeconds, double(n.pitch)});
    return out;
}

QVector<cli::TimedPitch> estimateOf(const SungLine& line)
{
    QVector<cli::TimedPitch> out;
    for (const SungNote& n : line.notes)
        out.append({n.onsetSeconds, double(n.pitch)});
    return out;
}

SungLine transcribe(const std::vector<float>& samples, int rate = kPitchSampleRate)
{
    return transcribeSamples(samples.data(), qint64(samples.size()), rate);
}

// A voice-like tone of `seconds` at `midi`, vibrato of `vibratoCents` at 5 Hz.
std::vector<float> heldNote(double midi, double seconds, double vibratoCents, double tuning = 0)
{
    const int rate = kPitchSampleRate;
    std::vector<float> out(size_t((seconds + 0.6) * rate), 0.f);
    double phase = 0;
    for (size_t s = size_t(0.3 * rate); s < size_t((seconds + 0.3) * rate); ++s) {
        const double t = double(s) / rate - 0.3;
        const double m = midi + tuning + vibratoCents / 100 * std::sin(2 * M_PI * 5 * t);
        phase += 2 * M_PI * 440 * std::pow(2, (m - 69) / 12) / rate;
        double v = 0;
        for (int k = 1; k <= 6; ++k)
            v += std::sin(k * phase) / k;
        out[s] = float(0.3 * std::min(1.0, t / 0.03) * v);
    }
    return out;
}

} // namespace

class TestHum : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Seeds the transcriber was not tuned on (bench hum tuned on 0-9 and reports 100000-).
    void notesOfHummedAndWhistledLines_data()
    {
        QTest::addColumn<int>("voice");
        QTest::addColumn<double>("snr");
        for (const double snr : {5.0, 10.0, 15.0}) {
            QTest::newRow(qPrintable(QStringLiteral("low hum %1 dB").arg(snr)))
                << int(cli::HumVoice::LowHum) << snr;
            QTest::newRow(qPrintable(QStringLiteral("high hum %1 dB").arg(snr)))
                << int(cli::HumVoice::HighHum) << snr;
            QTest::newRow(qPrintable(QStringLiteral("whistle %1 dB").arg(snr)))
                << int(cli::HumVoice::Whistle) << snr;
        }
    }
    void notesOfHummedAndWhistledLines()
    {
        QFETCH(int, voice);
        QFETCH(double, snr);
        cli::NoteScores sum;
        for (quint32 seed = 700000; seed < 700004; ++seed) {
            const cli::HummedLine line = cli::synthesiseLine(cli::HumVoice(voice), seed, snr);
            const SungLine sung = transcribe(line.samples, line.sampleRate);
            const cli::NoteScores s = cli::matchNotes(referenceOf(line), estimateOf(sung));
            sum.reference += s.reference;
            sum.estimated += s.estimated;
            sum.matched += s.matched;
        }
        QVERIFY2(sum.reference >= 30, "the lines hold notes");
        qInfo("F %.3f", sum.f());
        QVERIFY2(sum.f() >= 0.9, qPrintable(QStringLiteral("F %1 (%2 of %3 found, %4 notes)")
                                                .arg(sum.f(), 0, 'f', 3)
                                                .arg(sum.matched)
                                                .arg(sum.reference)
                                                .arg(sum.estimated)));
    }

    void breathAndNoiseAreNoNotes()
    {
        std::mt19937 rng(3);
        std::normal_distribution<double> gauss(0, 1);
        std::vector<float> noise(size_t(4 * kPitchSampleRate));
        double low = 0;
        for (size_t s = 0; s < noise.size(); ++s) {
            low += 0.5 * (gauss(rng) - low);
            // Breaths: louder for 300 ms every second.
            const double breath = (s % kPitchSampleRate) < size_t(0.3 * kPitchSampleRate) ? 1 : 0.1;
            noise[s] = float(0.2 * breath * (s % 2 ? low : gauss(rng) * 0.5));
        }
        QCOMPARE(transcribe(noise).notes.size(), 0);
        QCOMPARE(transcribe(std::vector<float>(size_t(kPitchSampleRate), 0.f)).notes.size(), 0);
    }

    void aLongVibratoIsOneNote()
    {
        // +-80 cents at 5 Hz for 2 s: one note, on its centre.
        const SungLine sung = transcribe(heldNote(57, 2.0, 80));
        QCOMPARE(sung.notes.size(), 1);
        QCOMPARE(sung.notes.first().pitch, 57);
        QVERIFY(std::abs(sung.notes.first().onsetSeconds - 0.3) < 0.05);
        QVERIFY(std::abs(sung.notes.first().offsetSeconds - 2.3) < 0.08);
    }

    void anOutOfTuneSingerIsHeardInTune()
    {
        // A whole line 40 cents flat (each note 40 cents under its pitch): the notes meant.
        std::vector<float> samples;
        const int pitches[] = {60, 62, 64, 65, 67};
        for (int p : pitches) {
            const std::vector<float> note = heldNote(p, 0.4, 20, -0.4);
            samples.insert(samples.end(), note.begin(), note.end());
        }
        const SungLine sung = transcribe(samples);
        QCOMPARE(sung.notes.size(), 5);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(sung.notes[i].pitch, pitches[i]);
        QVERIFY2(std::abs(sung.tuningCents + 40) < 12,
                 qPrintable(QString::number(sung.tuningCents)));
    }

    void notesLandOnTheirWrittenSixteenths()
    {
        // Given the tempo the line was sung at, and found from its onsets.
        int found = 0, written = 0, tempoRight = 0;
        for (quint32 seed = 710000; seed < 710006; ++seed) {
            const cli::HummedLine line = cli::synthesiseLine(cli::HumVoice::HighHum, seed, 15);
            const SungLine sung = transcribe(line.samples, line.sampleRate);
            const LineTiming given = estimateLineTiming(sung, line.bpm);
            const music::Track melody =
                melodyOfLine(sung, music::TempoMap::constant(line.bpm), given.barOneSeconds);
            // Bar 1 on the first note, which the line writes on its bar 1.
            const qint64 eighth = music::kTicksPerQuarter / 2;
            const qint64 shift =
                std::llround((line.barOneSeconds - given.barOneSeconds) * line.bpm / 30.0) * eighth;
            for (const cli::KnownNote& n : line.notes) {
                ++written;
                for (const music::Note& m : melody.notes)
                    if (m.startTick == n.eighthStart * eighth + shift && m.pitch == n.pitch)
                        ++found;
            }
            const LineTiming estimated = estimateLineTiming(sung);
            const double ratio = estimated.bpm / line.bpm;
            // The tempo or its double or half: a tune's beat is ambiguous by octaves.
            for (const double octave : {0.5, 1.0, 2.0})
                if (std::abs(ratio / octave - 1) < 0.04)
                    ++tempoRight;
        }
        qInfo("%d of %d notes on their written sixteenth, tempo right on %d of 6 lines", found,
              written, tempoRight);
        QVERIFY2(found >= 0.9 * written,
                 qPrintable(QStringLiteral("%1 of %2").arg(found).arg(written)));
        QVERIFY2(tempoRight >= 5, qPrintable(QString::number(tempoRight)));
    }

    void pitchTrackOfAPureTone()
    {
        for (const double hz : {82.4, 220.0, 1000.0, 2400.0}) {
            std::vector<float> tone(kPitchSampleRate / 2);
            for (size_t s = 0; s < tone.size(); ++s)
                tone[s] = float(0.5 * std::sin(2 * M_PI * hz * double(s) / kPitchSampleRate));
            const PitchTrack track = trackPitch(tone.data(), qint64(tone.size()));
            const PitchFrame& middle = track.frames[track.frames.size() / 2];
            const double expected = 69 + 12 * std::log2(hz / 440);
            QVERIFY2(std::abs(middle.midi - expected) < 0.1,
                     qPrintable(QStringLiteral("%1 Hz read as MIDI %2").arg(hz).arg(middle.midi)));
            QVERIFY(middle.periodicity > 0.9);
        }
    }
};

QTEST_GUILESS_MAIN(TestHum)
#include "test_hum.moc"
