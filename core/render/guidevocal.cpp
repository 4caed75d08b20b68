#include "render/guidevocal.h"

#include "analysis/speechsynthesis.h"
#include "media/resample.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace sw::render {

namespace {

using analysis::kSpeechSampleRate;
using analysis::SpokenWord;

// Consonants keep their spoken length up to these shares of a syllable's time, so a short note
// still has a vowel.
constexpr double kOnsetShare = 0.35;
constexpr double kCodaShare = 0.25;
// The crossfade that joins syllables and the notes of a melisma, and the fade-in of a syllable
// after a rest (short, so the consonant's attack stays where the note starts).
constexpr double kCrossfadeSeconds = 0.010;
constexpr double kAttackSeconds = 0.003;
// The consonants before a vowel are sung this much louder than espeak-ng speaks them, as
// singers sharpen theirs to be understood over the band (espeak-ng's "f" is 20 dB under its
// vowel).
constexpr float kOnsetEmphasis = 2.0f; // +6 dB
// espeak-ng speaks near -18 dBFS RMS and FluidSynth plays the General MIDI voices near -39 dBFS
// at velocity 90: this sets the guide voice 3 dB over the vocal track's instrument, where a lead
// vocal sits, so the mix keeps its balance whichever sings.
constexpr float kVoiceGain = 0.13f;
// A note without a syllable that does not continue one is sung on this.
const char* const kNeutralVowel = "ah";

struct Syllable
{
    QString text;
    QVector<int> notes; // indices into the sorted notes: the first sings the syllable
};

struct Word
{
    QVector<int> syllables;
};

bool isMelismaMark(const QString& lyric)
{
    const QString t = lyric.trimmed();
    return t.isEmpty() || t == u"-" || t == u"_" || t == u"~" || t == u"+";
}

// What espeak-ng is given for a word: its letters and apostrophes, anything else a space ("I
// love you" on one note stays three words), or the text as it is when that leaves nothing (a
// number is read as words).
QString speakable(const QString& text)
{
    QString letters;
    for (QChar c : text)
        letters += c.isLetter() || c == u'\'' || c == QChar(0x2019) ? c : u' ';
    letters = letters.simplified();
    return letters.isEmpty() ? text.trimmed() : letters;
}

double hzOf(double midi)
{
    return 440.0 * std::pow(2.0, (midi - 69.0) / 12.0);
}

// A pitch no voice reaches (MIDI 0 is 8 Hz; 127 is over espeak-ng's 11 kHz band) is sung in the
// octave nearest the voices' range, E1 to C7.
int singable(int pitch)
{
    while (pitch < 28)
        pitch += 12;
    while (pitch > 96)
        pitch -= 12;
    return pitch;
}

int medianPitch(const QVector<music::Note>& notes)
{
    QVector<int> p;
    for (const music::Note& n : notes)
        p.append(n.pitch);
    std::nth_element(p.begin(), p.begin() + p.size() / 2, p.end());
    return p[p.size() / 2];
}

// The voice's centre of range (MIDI), and the octaves that bring the melody nearest it.
int centreOf(VoiceType v)
{
    switch (v) {
    case VoiceType::Soprano:
        return 72;
    case VoiceType::Alto:
        return 65;
    case VoiceType::Tenor:
        return 60;
    case VoiceType::Bass:
        return 52;
    case VoiceType::Auto:
        break;
    }
    return 60;
}

// TD-PSOLA (Moulines and Charpentier, "Pitch-synchronous waveform processing techniques for
// text-to-speech synthesis using diphones", Speech Communication 1990). espeak-ng speaks on one
// pitch, so the word's pitch periods lie every `sourcePeriod` samples: grains two periods wide,
// Hann-windowed, are taken where the time map points and laid out every output period. The
// spacing of the grains makes the pitch and the grains keep the spectral envelope, so the
// vowels' formants stay where a voice has them when the pitch moves.
//
// Rubber Band was tried first: its finer engine sang 24 lines in 12 s (20x real time, six times
// the 2 s budget), and with its formant preservation aubio heard 10-25% of the frames of notes
// moved up by 1.5-2.6 an octave low.
struct Grains
{
    const std::vector<float>* source = nullptr;
    double sourcePeriod = 100; // samples
    std::vector<float> window; // Hann, two periods: the source's, or the output's when shorter
    double windowPeriod = 0;

    explicit Grains(const SpokenWord& word)
        : source(&word.samples),
          sourcePeriod(double(kSpeechSampleRate) / std::max(40.0, word.pitchHz))
    {
    }

    // A grain two source periods wide keeps the spectral envelope; moved up by more than an
    // octave's half, so many overlap that the source's own period shows through (a pitch
    // tracker heard a third of such a soprano's frames at the spoken pitch), so the grain is
    // then two output periods wide.
    void setOutputPeriod(double period)
    {
        const double p = std::min(sourcePeriod, period);
        if (p == windowPeriod)
            return;
        windowPeriod = p;
        const int width = std::max(4, int(std::lround(2 * p)));
        window.resize(size_t(width));
        for (int i = 0; i < width; ++i)
            window[size_t(i)] = float(0.5 - 0.5 * std::cos(2 * M_PI * (i + 0.5) / width));
    }

    /// Adds to `out` (and the window to `weight`) the grain at the source period nearest
    /// `sourceAt`, centred on output sample `centre`.
    void add(double sourceAt, double centre, std::vector<float>& out,
             std::vector<float>& weight) const
    {
        const std::vector<float>& src = *source;
        const qint64 mark =
            qint64(std::llround(std::round(sourceAt / sourcePeriod) * sourcePeriod));
        const qint64 width = qint64(window.size());
        const qint64 from = mark - width / 2;
        const qint64 to = qint64(std::llround(centre)) - width / 2;
        for (qint64 i = 0; i < width; ++i) {
            const qint64 o = to + i;
            if (o < 0 || o >= qint64(out.size()))
                continue;
            const qint64 at = from + i;
            const float w = window[size_t(i)];
            if (at >= 0 && at < qint64(src.size()))
                out[size_t(o)] += w * src[size_t(at)];
            weight[size_t(o)] += w;
        }
    }
};

} // namespace

QString voiceTypeName(VoiceType voice)
{
    switch (voice) {
    case VoiceType::Auto:
        return QStringLiteral("auto");
    case VoiceType::Soprano:
        return QStringLiteral("soprano");
    case VoiceType::Alto:
        return QStringLiteral("alto");
    case VoiceType::Tenor:
        return QStringLiteral("tenor");
    case VoiceType::Bass:
        return QStringLiteral("bass");
    }
    return {};
}

bool parseVoiceType(const QString& name, VoiceType* voice)
{
    for (VoiceType v : {VoiceType::Auto, VoiceType::Soprano, VoiceType::Alto, VoiceType::Tenor,
                        VoiceType::Bass}) {
        if (name.compare(voiceTypeName(v), Qt::CaseInsensitive) == 0) {
            *voice = v;
            return true;
        }
    }
    return false;
}

bool hasSungLyrics(const music::Track& track)
{
    if (track.role != music::TrackRole::Vocal || track.drumKit)
        return false;
    return std::any_of(track.notes.begin(), track.notes.end(),
                       [](const music::Note& n) { return !isMelismaMark(n.lyric); });
}

bool renderGuideVocal(const music::Score& score, int index, VoiceType voice, StereoAudio* out,
                      QString* error, const media::StopRequested& stop,
                      const TrackPlacement& placement, QVector<SungSyllable>* sung)
{
    media::AudioSpool stem;
    if (!stem.open(media::AudioSpool::Storage::Memory, kChannels, error) ||
        !renderGuideVocal(score, index, voice, &stem, error, stop, placement, sung))
        return false;
    out->samples = stem.takeSamples();
    return true;
}

bool renderGuideVocal(const music::Score& score, int index, VoiceType voice, media::AudioSpool* out,
                      QString* error, const media::StopRequested& stop,
                      const TrackPlacement& placement, QVector<SungSyllable>* sung)
{
    if (index < 0 || index >= score.tracks.size()) {
        *error =
            QCoreApplication::translate("sw::render", "the score has no track %1").arg(index + 1);
        return false;
    }
    QVector<music::Note> notes = score.tracks[index].notes;
    std::stable_sort(notes.begin(), notes.end(), [](const music::Note& a, const music::Note& b) {
        return a.startTick < b.startTick;
    });

    // The stem, laid out as the synthesizer lays out every other track.
    const qint64 offset = std::max<qint64>(0, placement.offsetFrames);
    const qint64 total =
        placement.totalFrames > 0
            ? placement.totalFrames
            : offset +
                  qint64(std::llround(double(score.tempoMap.tickToMicros(score.endTick())) *
                                      kSampleRate / 1e6)) +
                  qint64(kReleaseTailSeconds * kSampleRate);
    out->reserve(total);
    if (sung)
        sung->clear();
    if (notes.isEmpty() || total <= offset)
        return out->extendTo(std::max<qint64>(0, total), error);

    // Syllables: a note with a syllable starts one; a note without continues the syllable
    // before it (a melisma) when it follows legato (a gap of a 32nd at most: a verse without
    // lyrics after a sung line is not one vowel held through its rests), or is sung on a
    // neutral vowel.
    QVector<Syllable> syllables;
    QVector<music::Syllabic> syllabic;
    for (int i = 0; i < notes.size(); ++i) {
        const music::Note& n = notes[i];
        const bool continues = isMelismaMark(n.lyric) && !syllables.isEmpty() &&
                               n.startTick <= notes[syllables.last().notes.last()].endTick() +
                                                  music::kTicksPerQuarter / 8;
        if (continues) {
            syllables.last().notes.append(i);
            continue;
        }
        Syllable syllable;
        syllable.text = isMelismaMark(n.lyric) ? QString::fromLatin1(kNeutralVowel) : n.lyric;
        syllable.notes = {i};
        syllables.append(syllable);
        syllabic.append(isMelismaMark(n.lyric) ? music::Syllabic::Single : n.syllabic);
    }
    // Words: a Begin opens one, Middle and End continue it.
    QVector<Word> words;
    for (int s = 0; s < syllables.size(); ++s) {
        // A word goes on only after a syllable that opens or continues one.
        const bool continues =
            s > 0 && !words.isEmpty() &&
            (syllabic[s - 1] == music::Syllabic::Begin ||
             syllabic[s - 1] == music::Syllabic::Middle) &&
            (syllabic[s] == music::Syllabic::Middle || syllabic[s] == music::Syllabic::End);
        if (!continues)
            words.append(Word{});
        words.last().syllables.append(s);
    }

    const int median = medianPitch(notes);
    const int shift = voice == VoiceType::Auto
                          ? 0
                          : 12 * int(std::lround(double(centreOf(voice) - median) / 12.0));
    // espeak-ng's man's voice speaks at 72-158 Hz and its woman's at 113-305 Hz: the voice
    // nearer the melody moves the sound least (a tenor's middle C is 262 Hz).
    const double medianHz = hzOf(median + shift);
    const analysis::SpeakingVoice speaker =
        medianHz > 175 ? analysis::SpeakingVoice::High : analysis::SpeakingVoice::Low;
    // Each word spoken near the mean pitch of its notes, so its pitch moves little.
    auto textOf = [&](const Word& w) {
        QString t;
        for (int s : w.syllables)
            t += syllables[s].text;
        return speakable(t);
    };
    auto meanHz = [&](const QVector<int>& syllableIndices) {
        double sum = 0;
        int count = 0;
        for (int s : syllableIndices) {
            for (int n : syllables[s].notes) {
                sum += hzOf(singable(notes[n].pitch + shift));
                ++count;
            }
        }
        return count ? sum / count : 150.0;
    };
    QStringList texts;
    QVector<double> pitches;
    for (const Word& w : words) {
        texts << textOf(w);
        pitches << meanHz(w.syllables);
    }
    QVector<SpokenWord> spoken;
    if (!analysis::speakWords(texts, pitches, speaker, &spoken, error))
        return false;

    // A word espeak-ng says with fewer vowels than it has syllables on notes (edited lyrics, a
    // word split by hand) is spoken again syllable by syllable.
    QStringList again;
    QVector<double> againPitches;
    for (int w = 0; w < words.size(); ++w) {
        if (spoken[w].nucleusCount() < words[w].syllables.size()) {
            for (int s : words[w].syllables) {
                again << speakable(syllables[s].text);
                againPitches << meanHz({s});
            }
        }
    }
    QVector<SpokenWord> spokenAgain;
    if (!again.isEmpty() &&
        !analysis::speakWords(again, againPitches, speaker, &spokenAgain, error))
        return false;

    // Each syllable's stretch of spoken sound: [begin, end) with its vowels in [vowelBegin,
    // vowelEnd), in the samples of `source`.
    struct SpokenSyllable
    {
        const SpokenWord* source = nullptr;
        qint64 begin = 0, end = 0, vowelBegin = 0, vowelEnd = 0;
    };
    QVector<SpokenSyllable> cut(syllables.size());
    int nextAgain = 0;
    for (int w = 0; w < words.size(); ++w) {
        const QVector<int>& members = words[w].syllables;
        const SpokenWord& word = spoken[w];
        if (word.nucleusCount() < members.size()) {
            for (int s : members) {
                const SpokenWord& alone = spokenAgain[nextAgain++];
                const qint64 length = qint64(alone.samples.size());
                qint64 vb = 0, ve = length;
                for (int p = 0; p < alone.phonemes.size(); ++p) {
                    if (alone.phonemes[p].nucleus) {
                        vb = alone.phonemes[p].startSample;
                        ve = p + 1 < alone.phonemes.size() ? alone.phonemes[p + 1].startSample
                                                           : length;
                        break;
                    }
                }
                cut[s] = {&alone, 0, length, vb, std::max(vb, ve)};
            }
            continue;
        }
        // Nuclei in order; syllable k takes nuclei [k n / m, (k + 1) n / m).
        QVector<int> nuclei;
        for (int p = 0; p < word.phonemes.size(); ++p) {
            if (word.phonemes[p].nucleus)
                nuclei.append(p);
        }
        const int n = nuclei.size();
        const int m = members.size();
        const qint64 length = qint64(word.samples.size());
        auto startOf = [&](int phoneme) {
            return phoneme < word.phonemes.size()
                       ? std::clamp<qint64>(word.phonemes[phoneme].startSample, 0, length)
                       : length;
        };
        qint64 begin = 0;
        for (int k = 0; k < m; ++k) {
            const int firstNucleus = nuclei[k * n / m];
            const int lastNucleus = nuclei[(k + 1) * n / m - 1];
            qint64 end = length;
            if (k + 1 < m) {
                // Between this syllable's last vowel and the next one's first: one consonant
                // goes to the next syllable, of two or more the first stays (a coda).
                const int nextNucleus = nuclei[(k + 1) * n / m];
                const int consonants = nextNucleus - lastNucleus - 1;
                end = startOf(consonants >= 2 ? lastNucleus + 2 : lastNucleus + 1);
            }
            const qint64 vb = std::clamp(startOf(firstNucleus), begin, end);
            const qint64 ve = std::clamp(startOf(lastNucleus + 1), vb, end);
            cut[members[k]] = {&word, begin, end, vb, ve};
            begin = end;
        }
    }

    // A stop consonant opening a syllable starts with its closure, near silence or a faint
    // voice bar; its burst is where the syllable is heard to start, so the burst goes on the
    // note and the closure is left out.
    for (SpokenSyllable& c : cut) {
        if (!c.source)
            continue;
        const QVector<analysis::SpokenPhoneme>& phonemes = c.source->phonemes;
        // The phoneme sounding at the syllable's start (the word's first covers what precedes
        // its event).
        int first = phonemes.isEmpty() ? -1 : 0;
        for (int p = 1; p < phonemes.size() && phonemes[p].startSample <= c.begin; ++p)
            first = p;
        if (first < 0 || phonemes[first].name.isEmpty() ||
            !QStringLiteral("ptkbdg").contains(phonemes[first].name[0]))
            continue;
        const qint64 stopEnd =
            std::min(c.vowelBegin,
                     first + 1 < phonemes.size() ? phonemes[first + 1].startSample : c.vowelBegin);
        const std::vector<float>& x = c.source->samples;
        constexpr qint64 kFrame = kSpeechSampleRate / 400; // 2.5 ms
        auto levelAt = [&](qint64 from) {
            double e = 1e-12;
            for (qint64 i = std::max<qint64>(0, from); i < std::min(from + kFrame, c.end); ++i)
                e += double(x[size_t(i)]) * x[size_t(i)];
            return 10 * std::log10(e);
        };
        // The burst: the first rise of 9 dB over 5 ms (the aspiration and the vowel after it
        // rise later, and less steeply).
        qint64 burst = c.begin;
        for (qint64 f = c.begin + 2 * kFrame; f + kFrame <= stopEnd; f += kFrame) {
            if (levelAt(f) - levelAt(f - 2 * kFrame) >= 9) {
                burst = f - kFrame;
                break;
            }
        }
        c.begin = std::max(c.begin, burst);
    }

    // Sung into one mono line at espeak-ng's rate, then resampled once onto the stem.
    auto sampleOf = [&](qint64 tick) {
        return qint64(
            std::llround(double(score.tempoMap.tickToMicros(tick)) * kSpeechSampleRate / 1e6));
    };
    const qint64 lineLength =
        qint64(std::ceil(double(total - offset) * kSpeechSampleRate / kSampleRate)) + 1;
    std::vector<float> line(size_t(lineLength), 0.0f);
    const qint64 crossfade = qint64(kCrossfadeSeconds * kSpeechSampleRate);
    const qint64 attack = std::max<qint64>(1, qint64(kAttackSeconds * kSpeechSampleRate));

    // A syllable starts on its note with its first consonant: what the piano roll shows, and
    // what a MIDI instrument playing the line does.
    auto soundStart = [&](int s) { return sampleOf(notes[syllables[s].notes.first()].startTick); };
    for (int s = 0; s < syllables.size(); ++s) {
        if (stop && stop()) {
            *error = QCoreApplication::translate("sw::render", "rendering was cancelled");
            return false;
        }
        const Syllable& syl = syllables[s];
        const SpokenSyllable& c = cut[s];
        const qint64 start = soundStart(s);
        qint64 end = sampleOf(notes[syl.notes.last()].endTick());
        if (s + 1 < syllables.size())
            end = std::min(end, soundStart(s + 1));
        end = std::min(end, lineLength);
        const qint64 length = end - start;
        if (length <= 0 || start < 0 || c.end - c.begin < 16)
            continue;

        // Output lengths of onset, vowel and coda: consonants as spoken, within their shares.
        double onset = double(c.vowelBegin - c.begin);
        double coda = double(c.end - c.vowelEnd);
        const double consonantRoom = (kOnsetShare + kCodaShare) * double(length);
        if (onset + coda > consonantRoom) {
            const double k = consonantRoom / (onset + coda);
            onset *= k;
            coda *= k;
        }
        // The map from a time in the syllable's output to the spoken sound: piecewise linear
        // through the vowel's two ends.
        const double outVowelBegin = onset;
        const double outVowelEnd = double(length) - coda;
        auto sourceAt = [&](double t) {
            if (t <= outVowelBegin)
                return double(c.begin) + (outVowelBegin > 0 ? t / outVowelBegin : 0.0) *
                                             double(c.vowelBegin - c.begin);
            if (t <= outVowelEnd)
                return double(c.vowelBegin) + (t - outVowelBegin) /
                                                  std::max(1.0, outVowelEnd - outVowelBegin) *
                                                  double(c.vowelEnd - c.vowelBegin);
            return double(c.vowelEnd) +
                   (t - outVowelEnd) / std::max(1.0, coda) * double(c.end - c.vowelEnd);
        };

        // The syllable's sound runs a crossfade past its end, into what follows; each output
        // period is the period of the note sounding there.
        const qint64 outLength = length + crossfade;
        std::vector<float> sound(size_t(outLength), 0.0f), weight(size_t(outLength), 0.0f);
        Grains grains(*c.source);
        int j = 0;
        for (double t = 0; t < double(outLength);) {
            while (j + 1 < syl.notes.size() &&
                   double(sampleOf(notes[syl.notes[j + 1]].startTick) - start) <= t)
                ++j;
            const double source = t <= double(length)
                                      ? sourceAt(t)
                                      : double(c.end) - 1; // the tail holds the syllable's end
            const double period =
                double(kSpeechSampleRate) / hzOf(singable(notes[syl.notes[j]].pitch + shift));
            grains.setOutputPeriod(period);
            grains.add(source, t, sound, weight);
            t += period;
        }
        const float level =
            kVoiceGain * float(std::clamp(notes[syl.notes.first()].velocity, 1, 127)) / 100.0f;
        for (qint64 i = 0; i < outLength; ++i) {
            const qint64 at = start + i;
            if (at >= lineLength)
                break;
            // The windows' sum takes out the overlap: more grains overlap when the pitch is higher.
            float g = level / std::max(0.5f, weight[size_t(i)]);
            // The onset's emphasis eases into the vowel over the crossfade's length.
            const double toVowel = (outVowelBegin - double(i)) / double(crossfade);
            g *= 1.0f + (kOnsetEmphasis - 1.0f) * float(std::clamp(toVowel, 0.0, 1.0));
            if (i < attack)
                g *= float(i + 1) / float(attack + 1);
            if (i >= outLength - crossfade)
                g *= float(outLength - i) / float(crossfade + 1);
            line[size_t(at)] += sound[size_t(i)] * g;
        }
        if (sung) {
            sung->append({syl.text, offset + start * kSampleRate / kSpeechSampleRate,
                          offset + end * kSampleRate / kSpeechSampleRate});
        }
    }

    // Resampled a second at a time straight into the stem: a two-hour line is 635 MB at
    // espeak-ng's rate, and would be 1.4 GB more at the mix's.
    media::MonoResampler resampler(kSpeechSampleRate, kSampleRate);
    if (!resampler.isValid()) {
        *error = QStringLiteral("the guide vocal could not be resampled");
        return false;
    }
    const qint64 frames = total - offset;
    qint64 written = 0;
    std::vector<float> piece, stereo;
    auto copy = [&] {
        const qint64 count = std::min<qint64>(qint64(piece.size()), frames - written);
        stereo.resize(size_t(std::max<qint64>(0, count)) * kChannels);
        for (qint64 i = 0; i < count; ++i)
            stereo[size_t(2 * i)] = stereo[size_t(2 * i + 1)] = piece[size_t(i)];
        const bool ok = count <= 0 || out->write(offset + written, stereo.data(), count, error);
        written += std::max<qint64>(0, count);
        return ok;
    };
    for (qint64 from = 0; from < lineLength && written < frames; from += kSpeechSampleRate) {
        piece.clear();
        resampler.push(line.data() + from,
                       int(std::min<qint64>(kSpeechSampleRate, lineLength - from)), &piece);
        if (!copy())
            return false;
    }
    piece.clear();
    resampler.push(nullptr, 0, &piece); // what the filter holds back
    return copy() && out->extendTo(total, error);
}

} // namespace sw::render
