// The guide vocal, heard by a tracker that is not ours: aubio's YIN follows the sung pitch, and
// on at least 90% of the voiced frames inside the notes it is within 50 cents of the note (in
// the voice's octave); aubio's onset detector finds each syllable's start within 20 ms of its
// note. Also: a chosen voice sings in its own range, the vocal can be switched back to its
// instrument, and a track without lyrics is left to the synthesizer.
#include "media/resample.h"
#include "render/guidevocal.h"
#include "render/scorerenderer.h"
#include "testscores.h"

#include <QtTest>
#include <aubio/aubio.h>
#include <cmath>

using namespace sw::render;
using sw::music::Score;
using sw::music::Syllabic;

namespace {

constexpr int kTrackerRate = 16000;

// A sung line at 92 bpm with two- and three-syllable words, a melisma, leaps up and down, a
// rest between phrases and syllables that start on voiced and unvoiced consonants and vowels.
struct S
{
    const char* text; // nullptr: a rest
    Syllabic syllabic;
    int pitch;
    double beats;
};

Score scoreOf(const QVector<S>& line, double bpm)
{
    Score s;
    s.tempoMap.setTempo(0, sw::music::TempoMap::microsPerQuarterFromBpm(bpm));
    s.tempoMap.setMeter(0, 4, 4);
    sw::music::Track t;
    t.name = QStringLiteral("Vocal");
    t.role = sw::music::TrackRole::Vocal;
    t.program = 54;
    double beat = 0;
    for (const S& x : line) {
        if (x.text) {
            t.notes.append(sw::testing::note(x.pitch, qint64(beat * 480), qint64(x.beats * 480), 90,
                                             QString::fromLatin1(x.text), x.syllabic));
        }
        beat += x.beats;
    }
    s.tracks = {t};
    return s;
}

Score sungLine()
{
    return scoreOf(
        {
            {"Take", Syllabic::Single, 60, 1}, {"my", Syllabic::Single, 62, 1},
            {"hand", Syllabic::Single, 64, 2}, {"to", Syllabic::Single, 62, 0.5},
            {"mor", Syllabic::Begin, 60, 0.5}, {"row", Syllabic::End, 59, 1},
            {"", Syllabic::Single, 57, 1},     {"we", Syllabic::Single, 55, 1},
            {"will", Syllabic::Single, 60, 1}, {"be", Syllabic::Single, 64, 1},
            {"free", Syllabic::Single, 67, 2}, {nullptr, Syllabic::Single, 0, 1},
            {"Ev", Syllabic::Begin, 65, 0.5},  {"e", Syllabic::Middle, 64, 0.5},
            {"ry", Syllabic::End, 62, 1},      {"sha", Syllabic::Begin, 60, 1},
            {"dow", Syllabic::End, 62, 1},     {"fades", Syllabic::Single, 59, 1.5},
            {"a", Syllabic::Begin, 57, 0.5},   {"way", Syllabic::End, 60, 3},
        },
        92);
}

// Another line, quicker, lower and in 6/8-like long-short pairs, with other consonants: nasals,
// a liquid, sibilants, a "k" and a "g".
Score secondLine()
{
    return scoreOf(
        {
            {"Hold", Syllabic::Single, 55, 1.5},
            {"on", Syllabic::Single, 57, 0.5},
            {"the", Syllabic::Single, 59, 0.5},
            {"night", Syllabic::Single, 62, 1.5},
            {"is", Syllabic::Single, 60, 0.5},
            {"cold", Syllabic::Single, 59, 1.5},
            {nullptr, Syllabic::Single, 0, 0.5},
            {"sing", Syllabic::Single, 57, 1},
            {"me", Syllabic::Single, 55, 0.5},
            {"a", Syllabic::Single, 54, 0.5},
            {"gen", Syllabic::Begin, 52, 1},
            {"tle", Syllabic::End, 54, 1},
            {"song", Syllabic::Single, 55, 3},
        },
        120);
}

// The stem brought to a peak of 0.5, so that the level thresholds below do not depend on how
// loud the voice is set in the mix.
void normalise(StereoAudio* a)
{
    float peak = 0;
    for (float x : a->samples)
        peak = std::max(peak, std::abs(x));
    if (peak > 0) {
        for (float& x : a->samples)
            x *= 0.5f / peak;
    }
}

std::vector<float> mono(const StereoAudio& a)
{
    std::vector<float> m(size_t(a.frames()));
    for (qint64 i = 0; i < a.frames(); ++i)
        m[size_t(i)] = 0.5f * (a.samples[size_t(2 * i)] + a.samples[size_t(2 * i + 1)]);
    return m;
}

std::vector<float> monoAt16k(const StereoAudio& a)
{
    return sw::media::resampleMono(mono(a), kSampleRate, kTrackerRate);
}

// aubio's YIN at the stem's own rate (at 16 kHz a high voice's dip at its period falls between
// two lags and aubio took the octave below), a `window` every `hop` samples: (time of the
// window's centre, MIDI pitch, or NaN where aubio is unsure or the voice is quiet).
QVector<std::pair<double, double>> pitchTrack(const StereoAudio& stem, uint_t window, uint_t hop)
{
    const std::vector<float> x = mono(stem);
    aubio_pitch_t* yin = new_aubio_pitch("yinfast", window, hop, kSampleRate);
    aubio_pitch_set_unit(yin, "midi");
    aubio_pitch_set_tolerance(yin, 0.15f);
    fvec_t* in = new_fvec(hop);
    fvec_t* out = new_fvec(1);
    QVector<std::pair<double, double>> track;
    for (size_t start = 0; start + hop <= x.size(); start += hop) {
        double energy = 0;
        for (uint_t i = 0; i < hop; ++i) {
            in->data[i] = x[start + i];
            energy += double(x[start + i]) * x[start + i];
        }
        aubio_pitch_do(yin, in, out);
        // aubio reports the pitch of the window that ends at this hop.
        const double t = (double(start + hop) - window / 2.0) / kSampleRate;
        const bool sure =
            aubio_pitch_get_confidence(yin) >= 0.8f && 10 * std::log10(energy / hop + 1e-12) > -45;
        track.append({t, sure ? double(out->data[0]) : std::nan("")});
    }
    del_fvec(out);
    del_fvec(in);
    del_aubio_pitch(yin);
    return track;
}

struct PitchCheck
{
    int voiced = 0;
    int within = 0;
};

// aubio's YIN on 43 ms windows every 10 ms; a frame counts when aubio is sure, and it lies
// inside a note, away from its first 50 ms and last 20 ms (consonants, glides).
PitchCheck checkPitch(const StereoAudio& stem, const Score& score, int expectedShift)
{
    PitchCheck check;
    const auto& notes = score.tracks[0].notes;
    for (const auto& [t, midi] : pitchTrack(stem, 2048, kSampleRate / 100)) {
        if (std::isnan(midi))
            continue;
        for (const auto& n : notes) {
            const double a = score.tempoMap.tickToMicros(n.startTick) / 1e6 + 0.05;
            const double b = score.tempoMap.tickToMicros(n.endTick()) / 1e6 - 0.02;
            if (t >= a && t < b) {
                ++check.voiced;
                if (100 * std::abs(midi - (n.pitch + expectedShift)) <= 50)
                    ++check.within;
                break;
            }
        }
    }
    return check;
}

// aubio's onsets in seconds: its "complex" detector (spectral difference with phase) on 16 ms
// windows every 1 ms, fine enough to time a consonant.
QVector<double> onsets(const StereoAudio& stem)
{
    const std::vector<float> x = monoAt16k(stem);
    const uint_t hop = 16;
    aubio_onset_t* o = new_aubio_onset("complex", 256, hop, kTrackerRate);
    // Onsets at least 80 ms apart (a syllable is longer) and above twice aubio's default
    // peak-picking threshold (0.3): about one onset per syllable, so that a time chosen at
    // random seldom has one near it (the check below moves the notes to see that).
    aubio_onset_set_minioi_ms(o, 80);
    aubio_onset_set_threshold(o, 0.6f);
    fvec_t* in = new_fvec(hop);
    fvec_t* out = new_fvec(1);
    QVector<double> found;
    for (size_t start = 0; start + hop <= x.size(); start += hop) {
        for (uint_t i = 0; i < hop; ++i)
            in->data[i] = x[start + i];
        aubio_onset_do(o, in, out);
        if (out->data[0] > 0)
            found.append(aubio_onset_get_last_s(o));
    }
    del_fvec(out);
    del_fvec(in);
    del_aubio_onset(o);
    return found;
}

} // namespace

class GuideVocalTest : public QObject
{
    Q_OBJECT
    static void lines()
    {
        QTest::addColumn<int>("line");
        QTest::newRow("92 bpm, tenor") << 0;
        QTest::newRow("120 bpm, low") << 1;
    }
    static Score line()
    {
        QFETCH(int, line);
        return line == 0 ? sungLine() : secondLine();
    }
private Q_SLOTS:
    void theNotesPitchesAreSung_data() { lines(); }
    void theNotesPitchesAreSung();
    void eachSyllableStartsOnItsNote_data() { lines(); }
    void eachSyllableStartsOnItsNote();
    void aChosenVoiceSingsInItsRange();
    void theVocalCanBePlayedByItsInstrument();
    void theSameScoreSingsTheSameSamples();
    void notesWithoutSyllablesRestBetweenThem();
};

void GuideVocalTest::theNotesPitchesAreSung()
{
    const Score score = line();
    StereoAudio stem;
    QString error;
    QVERIFY2(renderGuideVocal(score, 0, VoiceType::Auto, &stem, &error), qPrintable(error));
    normalise(&stem);
    const PitchCheck c = checkPitch(stem, score, 0);
    qInfo("aubio YIN: %d of %d voiced frames within 50 cents", c.within, c.voiced);
    QVERIFY(c.voiced > 200);
    QVERIFY(c.within >= 0.9 * c.voiced);
}

void GuideVocalTest::eachSyllableStartsOnItsNote()
{
    const Score score = line();
    StereoAudio stem;
    QString error;
    QVector<SungSyllable> sung;
    QVERIFY2(renderGuideVocal(score, 0, VoiceType::Auto, &stem, &error, {}, {}, &sung),
             qPrintable(error));
    normalise(&stem);
    // A syllable's start is heard as an onset (a consonant, a vowel after a rest), as the level
    // rising again, or, sung legato on a voiced sound, as its new pitch arriving.
    const QVector<double> found = onsets(stem);
    // 21 ms windows every 5 ms, to time where a new pitch arrives.
    const QVector<std::pair<double, double>> pitch = pitchTrack(stem, 1024, kSampleRate / 200);
    // The level in dB of the 10 ms from `t` seconds, of the sound or (`hiss`) of its
    // difference from sample to sample, which weighs the highs where fricatives are.
    auto levelAt = [&](double t, bool hiss) {
        const qint64 from = std::max<qint64>(1, qint64(t * kSampleRate));
        const qint64 to = std::min(stem.frames(), from + kSampleRate / 100);
        double e = 0;
        for (qint64 i = from; i < to; ++i) {
            const double x =
                stem.samples[size_t(2 * i)] - (hiss ? stem.samples[size_t(2 * (i - 1))] : 0.0f);
            e += x * x;
        }
        return 10 * std::log10(e / double(std::max<qint64>(1, to - from)) + 1e-12);
    };
    // How many syllables start within 20 ms of their note moved by `shift` seconds.
    auto onTime = [&](double shift, QString* misses) {
        int near = 0;
        const auto& notes = score.tracks[0].notes;
        for (int i = 0; i < notes.size(); ++i) {
            const auto& n = notes[i];
            if (n.lyric.isEmpty())
                continue;
            const double t = score.tempoMap.tickToMicros(n.startTick) / 1e6 + shift;
            double best = 1e9;
            for (double f : found)
                best = std::min(best, std::abs(f - t));
            if (i > 0 && notes[i - 1].pitch != n.pitch) {
                for (const auto& [at, midi] : pitch) {
                    if (at >= t - 0.05 && !std::isnan(midi) && std::abs(midi - n.pitch) < 0.5) {
                        best = std::min(best, std::abs(at - t));
                        break;
                    }
                }
            }
            // A consonant is heard as the level changing by 6 dB (rising again for a "t" after
            // "hand", falling where a vowel gives way to a soft "f"), a fricative as its hiss
            // rising or outweighing the rest of the sound by 6 dB more than before.
            for (double b = t - 0.02; b <= t + 0.02 && best > 0.02; b += 0.001) {
                const double tiltAfter = levelAt(b, true) - levelAt(b, false);
                const double tiltBefore = levelAt(b - 0.01, true) - levelAt(b - 0.01, false);
                if (std::abs(levelAt(b, false) - levelAt(b - 0.01, false)) >= 6 ||
                    levelAt(b, true) - levelAt(b - 0.01, true) >= 6 || tiltAfter - tiltBefore >= 6)
                    best = std::min(best, std::abs(b - t));
            }
            if (best <= 0.02)
                ++near;
            else if (misses)
                *misses += QStringLiteral(" %1 (%2 ms)").arg(n.lyric).arg(int(best * 1000));
        }
        return near;
    };
    QString misses;
    const int syllables = sung.size();
    QCOMPARE(syllables,
             int(std::count_if(score.tracks[0].notes.begin(), score.tracks[0].notes.end(),
                               [](const auto& n) { return !n.lyric.isEmpty(); })));
    const int near = onTime(0, &misses);
    qInfo("aubio found %d onsets; %d of %d syllables start within 20 ms of their notes%s%s",
          int(found.size()), near, syllables,
          misses.isEmpty() ? "" : "; missed:", qPrintable(misses));
    QCOMPARE(near, syllables);
    // The onsets are the syllables', not so many that any time has one near it.
    const int late = onTime(0.06, nullptr);
    qInfo("with the notes moved 60 ms later, %d of %d", late, syllables);
    QVERIFY(late < syllables / 2);
}

void GuideVocalTest::aChosenVoiceSingsInItsRange()
{
    const Score score = sungLine();
    StereoAudio stem;
    QString error;
    QVERIFY2(renderGuideVocal(score, 0, VoiceType::Soprano, &stem, &error), qPrintable(error));
    normalise(&stem);
    const PitchCheck c = checkPitch(stem, score, 12);
    qInfo("soprano: %d of %d voiced frames within 50 cents of the notes an octave up", c.within,
          c.voiced);
    QVERIFY(c.voiced > 200);
    QVERIFY(c.within >= 0.9 * c.voiced);
}

void GuideVocalTest::theVocalCanBePlayedByItsInstrument()
{
    Score score = sungLine();
    RenderOptions sung;
    RenderOptions played;
    played.vocalSound = VocalSound::Instrument;
    RenderResult a, b;
    QString error;
    QVERIFY2(renderScore(score, sung, &a, &error), qPrintable(error));
    QVERIFY2(renderScore(score, played, &b, &error), qPrintable(error));
    // The mix sings: aubio hears the notes in it, as in the guide vocal alone.
    const PitchCheck c = checkPitch(a.mix, score, 0);
    QVERIFY(c.voiced > 200);
    QVERIFY(c.within >= 0.9 * c.voiced);
    // Played, the track is the General MIDI instrument: another sound, of the same length.
    QCOMPARE(a.mix.frames(), b.mix.frames());
    double same = 0, energyA = 0, energyB = 0;
    for (size_t i = 0; i < a.mix.samples.size(); i += 2) {
        same += double(a.mix.samples[i]) * b.mix.samples[i];
        energyA += double(a.mix.samples[i]) * a.mix.samples[i];
        energyB += double(b.mix.samples[i]) * b.mix.samples[i];
    }
    QVERIFY(energyB > 0);
    QVERIFY(std::abs(same) / std::sqrt(energyA * energyB) < 0.5);

    // A vocal track without syllables is an instrument's part whatever the setting.
    for (auto& n : score.tracks[0].notes)
        n.lyric.clear();
    QVERIFY(!hasSungLyrics(score.tracks[0]));
    RenderResult c1, c2;
    QVERIFY2(renderScore(score, sung, &c1, &error), qPrintable(error));
    QVERIFY2(renderScore(score, played, &c2, &error), qPrintable(error));
    QVERIFY(c1.mix.samples == c2.mix.samples);
}

void GuideVocalTest::theSameScoreSingsTheSameSamples()
{
    StereoAudio a, b, c;
    QString error;
    QVERIFY(renderGuideVocal(sungLine(), 0, VoiceType::Auto, &a, &error));
    QVERIFY(renderGuideVocal(secondLine(), 0, VoiceType::Bass, &c, &error));
    QVERIFY(renderGuideVocal(sungLine(), 0, VoiceType::Auto, &b, &error));
    QVERIFY(a.samples == b.samples);
}

void GuideVocalTest::notesWithoutSyllablesRestBetweenThem()
{
    // "la", then notes without syllables after rests: each is sung on its own vowel, and the
    // rests are silent (they used to be one "la" held through them).
    Score s = scoreOf({{"la", Syllabic::Single, 60, 1},
                       {nullptr, Syllabic::Single, 0, 1},
                       {"", Syllabic::Single, 62, 1},
                       {nullptr, Syllabic::Single, 0, 1},
                       {"", Syllabic::Single, 64, 1}},
                      120);
    StereoAudio stem;
    QString error;
    QVERIFY2(renderGuideVocal(s, 0, VoiceType::Auto, &stem, &error), qPrintable(error));
    auto rms = [&](double from, double to) {
        double e = 0;
        const qint64 a = qint64(from * kSampleRate), b = qint64(to * kSampleRate);
        for (qint64 i = a; i < b; ++i)
            e += double(stem.samples[size_t(2 * i)]) * stem.samples[size_t(2 * i)];
        return std::sqrt(e / double(b - a));
    };
    // At 120 bpm a beat is 0.5 s: notes at 0, 1 and 2 s, rests in between.
    for (double note : {0.1, 1.1, 2.1})
        QVERIFY(rms(note, note + 0.3) > 0.003);
    for (double rest : {0.6, 1.6})
        QVERIFY(rms(rest, rest + 0.35) < 0.01 * rms(1.1, 1.4));
}

QTEST_GUILESS_MAIN(GuideVocalTest)
#include "test_guidevocal.moc"
