#include "analysis/speechsynthesis.h"

#include "analysis/espeakengine.h"
#include "analysis/pitchtracker.h"

#include <QHash>
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <espeak-ng/speak_lib.h>

namespace sw::analysis {

namespace {

// Slow speech has long vowels, which stretch onto long notes with fewer artefacts.
constexpr int kWordsPerMinute = 120;
// espeak-ng's pitch parameter is taken in steps of this; each step's pitch is measured once.
constexpr int kPitchStep = 5;
// Below this a sample is silence, when trimming a word's ends.
constexpr float kSilence = 0.004f;
// Words kept once spoken (about 40 KB each).
constexpr int kWordsKept = 4096;

struct Capture
{
    std::vector<float> samples;
    QVector<SpokenPhoneme> phonemes;
};

Capture* capturing = nullptr; // under the engines' lock

// The singing voices: espeak-ng's en-us, and its "f4" variant for a woman's voice. The other
// women's variants (f1-f3) have roughness, which alternates the length of successive glottal
// periods: a held note turns it into a subharmonic an octave below, and aubio heard a third of
// a soprano's frames there. (espeak-ng reads a voice of one's own only from a file, and its
// espeak_SetVoiceByFile lower-cases and cuts the path at 60 characters.)
const char* singerName(SpeakingVoice voice)
{
    return voice == SpeakingVoice::High ? "en-us+f4" : "en-us";
}

int collect(short* wav, int count, espeak_EVENT* events)
{
    if (!capturing)
        return 0;
    for (espeak_EVENT* e = events; e && e->type != espeakEVENT_LIST_TERMINATED; ++e) {
        if (e->type != espeakEVENT_PHONEME)
            continue;
        char name[sizeof e->id.string + 1] = {};
        std::memcpy(name, e->id.string, sizeof e->id.string);
        capturing->phonemes.append({QString::fromLatin1(name), qint64(e->sample), false});
    }
    for (int i = 0; wav && i < count; ++i)
        capturing->samples.push_back(float(wav[i]) / 32768.0f);
    return 0;
}

bool isNucleus(const QString& name)
{
    // A vowel, or a syllabic consonant ("n-" in "button", "l-", "m-").
    static const QString kVowelStarts = QStringLiteral("aeiouAEIOUV03@");
    return !name.isEmpty() && (kVowelStarts.contains(name[0]) || name.endsWith(u'-'));
}

bool isPause(const QString& name)
{
    return name.startsWith(u'_');
}

// Speaks `utf8` in `voice` at pitch step `step`, with the voice and its settings chosen afresh.
Capture speak(const QByteArray& utf8, SpeakingVoice voice, int step)
{
    Capture capture;
    if (espeak_SetVoiceByName(singerName(voice)) != EE_OK)
        return capture;
    espeak_SetSynthCallback(collect);
    espeak_SetParameter(espeakRATE, kWordsPerMinute, 0);
    espeak_SetParameter(espeakRANGE, 0, 0);
    espeak_SetParameter(espeakPITCH, step, 0);
    // The noise of fricatives and breath comes from the C library's rand().
    std::srand(1);
    capturing = &capture;
    espeak_Synth(utf8.constData(), size_t(utf8.size() + 1), 0, POS_CHARACTER, 0, espeakCHARS_UTF8,
                 nullptr, nullptr);
    espeak_Synchronize();
    capturing = nullptr;
    return capture;
}

// The pitch espeak-ng speaks at for each step of its pitch parameter, per voice: measured by
// speaking a vowel (YIN, median of the voiced frames).
double measuredPitch(SpeakingVoice voice, int step)
{
    static QHash<int, double> measured; // under the engines' lock
    const int key = int(voice) * 1000 + step;
    if (measured.contains(key))
        return measured.value(key);
    const Capture c = speak(QByteArrayLiteral("ah"), voice, step);
    // The middle 0.15 s of the vowel: YIN over all of it cost 20 ms a step.
    const qint64 length = std::min<qint64>(qint64(c.samples.size()), kSpeechSampleRate * 15 / 100);
    const qint64 from = (qint64(c.samples.size()) - length) / 2;
    const PitchTrack track = trackPitch(c.samples.data() + from, length, kSpeechSampleRate);
    std::vector<double> hz;
    for (const PitchFrame& f : track.frames) {
        if (!std::isnan(f.midi) && f.periodicity > 0.8f && f.levelDb > -40)
            hz.push_back(440.0 * std::pow(2.0, (f.midi - 69) / 12));
    }
    double pitch = 0;
    if (!hz.empty()) {
        std::nth_element(hz.begin(), hz.begin() + long(hz.size() / 2), hz.end());
        pitch = hz[hz.size() / 2];
    }
    measured.insert(key, pitch);
    return pitch;
}

// The step whose pitch is nearest `hz` in log frequency.
int nearestStep(SpeakingVoice voice, double hz, double* stepHz)
{
    // Every step is measured the first time, in one order: espeak-ng's sound depends a little
    // on what it spoke before, and the same score must always sing the same samples.
    for (int step = 0; step <= 100; step += kPitchStep)
        measuredPitch(voice, step);
    int best = 50;
    double bestDistance = 1e9;
    *stepHz = 0;
    for (int step = 0; step <= 100; step += kPitchStep) {
        const double p = measuredPitch(voice, step);
        if (p <= 0)
            continue;
        const double d = std::abs(std::log(p / std::max(hz, 1.0)));
        if (d < bestDistance) {
            bestDistance = d;
            best = step;
            *stepHz = p;
        }
    }
    return best;
}

// Cuts the trailing pause and the silence at both ends; phoneme starts move with the cut.
SpokenWord trimmed(Capture c, double pitchHz)
{
    SpokenWord word;
    word.pitchHz = pitchHz;
    qint64 end = qint64(c.samples.size());
    for (int i = c.phonemes.size() - 1; i >= 0 && isPause(c.phonemes[i].name); --i)
        end = std::min(end, c.phonemes[i].startSample);
    while (end > 0 && std::abs(c.samples[size_t(end - 1)]) < kSilence)
        --end;
    qint64 begin = 0;
    while (begin < end && std::abs(c.samples[size_t(begin)]) < kSilence)
        ++begin;
    if (end <= begin)
        return word;
    word.samples.assign(c.samples.begin() + begin, c.samples.begin() + end);
    for (SpokenPhoneme p : c.phonemes) {
        if (isPause(p.name) || p.startSample >= end)
            continue;
        p.startSample = std::max<qint64>(0, p.startSample - begin);
        p.nucleus = isNucleus(p.name);
        word.phonemes.append(p);
    }
    return word;
}

} // namespace

int SpokenWord::nucleusCount() const
{
    return int(std::count_if(phonemes.begin(), phonemes.end(),
                             [](const SpokenPhoneme& p) { return p.nucleus; }));
}

bool speakWords(const QStringList& words, const QVector<double>& pitchHz, SpeakingVoice voice,
                QVector<SpokenWord>* spoken, QString* error)
{
    detail::Engines& e = detail::engines();
    std::lock_guard<std::mutex> lock(e.mutex);
    if (!e.espeakReady || e.espeakSampleRate != kSpeechSampleRate) {
        *error = QStringLiteral("espeak-ng is not available to sing the lyrics (install "
                                "espeak-ng-data)");
        return false;
    }
    if (espeak_SetVoiceByName(singerName(voice)) != EE_OK) {
        *error =
            QStringLiteral("espeak-ng has no voice \"%1\"").arg(QLatin1String(singerName(voice)));
        espeak_SetVoiceByName("en-us");
        return false;
    }
    // espeak-ng's sound of a word depends a little on what it spoke before (its length by up to
    // 4%, as measured here; a new voice, a fresh seed of rand() for its noise and a spoken
    // pause before it do not reset that), so each word is spoken once per process and kept:
    // the preview, the export and a second render of a score sing the same samples.
    static QHash<QString, SpokenWord> spokenBefore; // under the engines' lock
    spoken->clear();
    spoken->reserve(words.size());
    for (int i = 0; i < words.size(); ++i) {
        double stepHz = 0;
        const int step = nearestStep(voice, i < pitchHz.size() ? pitchHz[i] : 150.0, &stepHz);
        const QString key = QStringLiteral("%1/%2/%3").arg(int(voice)).arg(step).arg(words[i]);
        auto known = spokenBefore.constFind(key);
        if (known == spokenBefore.constEnd()) {
            if (spokenBefore.size() >= kWordsKept)
                spokenBefore.clear();
            known =
                spokenBefore.insert(key, trimmed(speak(words[i].toUtf8(), voice, step), stepHz));
        }
        spoken->append(*known);
    }
    // The lyrics reader pronounces with the plain voice at its usual settings.
    espeak_SetParameter(espeakPITCH, 50, 0);
    espeak_SetParameter(espeakRANGE, 50, 0);
    espeak_SetParameter(espeakRATE, espeakRATE_NORMAL, 0);
    espeak_SetVoiceByName("en-us");
    return true;
}

} // namespace sw::analysis
