#include "engine/lyricsevaluation.h"

#include <algorithm>
#include <cmath>

namespace sw::engine {

analysis::LyricsAnalysis lyricsOfSong(const SungSong& song)
{
    analysis::LyricsAnalysis a;
    for (const SungSyllable& s : song.syllables) {
        if (s.indexInLine == 0)
            a.lines.append(analysis::LyricLine());
        analysis::LyricLine& line = a.lines.last();
        if (s.syllableInWord == 0) {
            analysis::LyricWord w;
            w.text = s.word;
            w.syllableCount = s.wordSyllables;
            line.words.append(w);
            line.text += (line.text.isEmpty() ? QString() : QStringLiteral(" ")) + s.word;
        }
        analysis::LyricSyllable x;
        x.text = s.text;
        x.stress = static_cast<analysis::Stress>(std::clamp(s.stress, 0, 2));
        x.word = std::max(0, int(line.words.size()) - 1);
        x.phraseEnd = s.phraseEnd;
        const bool first = s.syllableInWord == 0, last = s.syllableInWord == s.wordSyllables - 1;
        x.syllabic = first && last ? music::Syllabic::Single
                     : first       ? music::Syllabic::Begin
                     : last        ? music::Syllabic::End
                                   : music::Syllabic::Middle;
        line.syllables.append(x);
    }
    return a;
}

SungSong songWithMelody(const SungSong& song, const QVector<music::Note>& notes, int tonic)
{
    SungSong out = song;
    double position = 0;
    for (int i = 0; i < out.syllables.size() && i < notes.size(); ++i) {
        const double onset = notes[i].startTick / double(music::kTicksPerQuarter);
        out.syllables[i].rest = std::max(0.0, onset - position);
        out.syllables[i].duration = notes[i].durationTicks / double(music::kTicksPerQuarter);
        out.syllables[i].relativePitch =
            std::clamp(notes[i].pitch - tonic - kLyricPitchBase, 0, kLyricPitches - 1);
        position = onset + out.syllables[i].duration;
    }
    return out;
}

MarginalMelodyBaseline::MarginalMelodyBaseline(const QVector<SungSong>& training)
{
    for (int pace = 0; pace < kPaceLevels; ++pace) {
        m_rest[pace].fill(0, lyricRestSet().size());
        m_duration[pace].fill(0, lyricDurationSet().size());
    }
    m_pitch[0].fill(0, kLyricPitches);
    m_pitch[1].fill(0, kLyricPitches);
    for (const SungSong& s : training) {
        const int pace = paceLevel(s.beatsPerSyllable());
        for (const SungSyllable& x : s.syllables) {
            m_rest[pace][nearestIndex(lyricRestSet(), x.rest)] += 1;
            m_duration[pace][nearestIndex(lyricDurationSet(), x.duration)] += 1;
            m_pitch[s.mode == music::KeyMode::Minor][x.relativePitch] += 1;
        }
    }
}

static int draw(const QVector<double>& weights, std::mt19937_64& rng)
{
    double total = 0;
    for (double w : weights)
        total += w;
    double u = double(rng() >> 11) * (1.0 / 9007199254740992.0) * total;
    for (int i = 0; i < weights.size(); ++i) {
        if ((u -= weights[i]) < 0)
            return i;
    }
    return weights.size() - 1;
}

SungSong MarginalMelodyBaseline::write(const SungSong& song, std::mt19937_64& rng) const
{
    SungSong out = song;
    const int pace = paceLevel(song.beatsPerSyllable());
    for (SungSyllable& x : out.syllables) {
        x.rest = lyricRestSet()[draw(m_rest[pace], rng)];
        x.duration = lyricDurationSet()[draw(m_duration[pace], rng)];
        x.relativePitch = draw(m_pitch[song.mode == music::KeyMode::Minor], rng);
    }
    return out;
}

QVector<SungSong> anotherSongsMelodies(const QVector<SungSong>& songs)
{
    QVector<int> pace;
    for (const SungSong& song : songs)
        pace.append(paceLevel(song.beatsPerSyllable()));
    QVector<SungSong> out;
    for (int k = 0; k < songs.size(); ++k) {
        const SungSong& song = songs[k];
        const SungSong* other = nullptr;
        for (int step = 1; step < songs.size() && !other; ++step) {
            const int c = (k + step) % songs.size();
            if (songs[c].mode == song.mode && pace[c] == pace[k] && !songs[c].syllables.isEmpty())
                other = &songs[c];
        }
        SungSong sung = song;
        for (int i = 0; other && i < sung.syllables.size(); ++i) {
            const SungSyllable& note = other->syllables[i % other->syllables.size()];
            sung.syllables[i].relativePitch = note.relativePitch;
            sung.syllables[i].duration = note.duration;
            sung.syllables[i].rest = note.rest;
        }
        out.append(sung);
    }
    return out;
}

namespace {
QVector<double> normalized(QVector<double> h)
{
    double t = 0;
    for (double x : h)
        t += x;
    for (double& x : h)
        x = t > 0 ? x / t : 0;
    return h;
}

double overlap(const QVector<double>& a, const QVector<double>& b)
{
    double s = 0;
    for (int i = 0; i < a.size(); ++i)
        s += std::min(a[i], b[i]);
    return s;
}

double entropyBits(const QVector<double>& h)
{
    double e = 0;
    for (double p : h) {
        if (p > 0)
            e -= p * std::log2(p);
    }
    return e;
}

double contourDtw(const SungSong& a, const SungSong& b)
{
    auto contour = [](const SungSong& s) {
        QVector<double> c;
        double mean = 0;
        for (const SungSyllable& x : s.syllables)
            mean += x.relativePitch;
        mean /= std::max(1, int(s.syllables.size()));
        for (const SungSyllable& x : s.syllables)
            c.append(x.relativePitch - mean);
        return c;
    };
    const QVector<double> x = contour(a), y = contour(b);
    const int n = x.size(), m = y.size();
    if (n == 0 || m == 0)
        return 0;
    QVector<double> prev(m + 1, 1e18), cur(m + 1, 1e18);
    prev[0] = 0;
    for (int i = 1; i <= n; ++i) {
        cur.fill(1e18);
        for (int j = 1; j <= m; ++j)
            cur[j] = std::abs(x[i - 1] - y[j - 1]) + std::min({prev[j], cur[j - 1], prev[j - 1]});
        std::swap(prev, cur);
    }
    return prev[m] / std::max(n, m);
}
} // namespace

MelodyHistograms melodyHistograms(const QVector<SungSong>& songs, int from, int to)
{
    MelodyHistograms h;
    h.pitchClass.fill(0, 12);
    h.duration.fill(0, lyricDurationSet().size());
    h.rest.fill(0, lyricRestSet().size());
    for (const SungSong& s : songs) {
        for (int i = std::max(0, from); i < std::min(to, int(s.syllables.size())); ++i) {
            const SungSyllable& x = s.syllables[i];
            h.pitchClass[x.relativePitch % 12] += 1;
            h.duration[nearestIndex(lyricDurationSet(), x.duration)] += 1;
            h.rest[nearestIndex(lyricRestSet(), x.rest)] += 1;
        }
    }
    h.pitchClass = normalized(h.pitchClass);
    h.duration = normalized(h.duration);
    h.rest = normalized(h.rest);
    return h;
}

QVector<bool> onStrongBeats(const SungSong& song)
{
    QVector<bool> strong;
    strong.reserve(song.syllables.size());
    double position = 0;
    for (const SungSyllable& x : song.syllables) {
        const double onset = position + x.rest;
        position = onset + x.duration;
        const double inBar = std::fmod(onset, 4.0);
        strong.append(std::abs(inBar) < 1e-6 || std::abs(inBar - 2.0) < 1e-6);
    }
    return strong;
}

MelodyMetrics compareMelodies(const QVector<SungSong>& real, const QVector<SungSong>& written)
{
    MelodyMetrics m;
    static const bool majorScale[12] = {1, 0, 1, 0, 1, 1, 0, 1, 0, 1, 0, 1};
    static const bool minorScale[12] = {1, 0, 1, 1, 0, 1, 0, 1, 1, 0, 1, 1};
    int stressed = 0, stressedStrong = 0, lineEnds = 0, breathing = 0, stableEnds = 0, notes = 0,
        inKey = 0;
    double dtw = 0, pitchSimilarity = 0, durationSimilarity = 0, pitchSpread = 0,
           durationSpread = 0;
    int paired = 0;
    for (int k = 0; k < written.size(); ++k) {
        const SungSong& s = written[k];
        const QVector<bool> strongBeats = onStrongBeats(s);
        for (int i = 0; i < s.syllables.size(); ++i) {
            const SungSyllable& x = s.syllables[i];
            const bool strong = strongBeats[i];
            if (x.stress == 2) {
                ++stressed;
                stressedStrong += strong;
            }
            if (x.indexInLine == x.lineSyllables - 1) {
                ++lineEnds;
                const int degree = x.relativePitch % 12;
                stableEnds += degree == 0 || degree == 7 ||
                              degree == (s.mode == music::KeyMode::Minor ? 3 : 4);
                const bool rested = i + 1 < s.syllables.size() && s.syllables[i + 1].rest >= 0.5;
                breathing += x.duration >= 1.5 || rested || i + 1 == s.syllables.size();
            }
            ++notes;
            inKey +=
                (s.mode == music::KeyMode::Minor ? minorScale : majorScale)[x.relativePitch % 12];
        }
        if (k < real.size()) {
            dtw += contourDtw(s, real[k]);
            const MelodyHistograms song = melodyHistograms({s}),
                                   truth = melodyHistograms({real[k]});
            pitchSimilarity += overlap(truth.pitchClass, song.pitchClass);
            pitchSpread += entropyBits(song.pitchClass);
            durationSpread += entropyBits(song.duration);
            durationSimilarity += overlap(truth.duration, song.duration);
            ++paired;
        }
    }
    m.pitchSimilarity = paired ? pitchSimilarity / paired : 0;
    m.durationSimilarity = paired ? durationSimilarity / paired : 0;
    const MelodyHistograms pooledReal = melodyHistograms(real),
                           pooledWritten = melodyHistograms(written);
    m.pooledPitchOverlap = overlap(pooledReal.pitchClass, pooledWritten.pitchClass);
    m.pooledDurationOverlap = overlap(pooledReal.duration, pooledWritten.duration);
    m.contourDistance = paired ? dtw / paired : 0;
    m.pitchSpread = paired ? pitchSpread / paired : 0;
    m.durationSpread = paired ? durationSpread / paired : 0;
    m.stressOnStrongBeat = stressed ? double(stressedStrong) / stressed : 0;
    m.lineEndBreath = lineEnds ? double(breathing) / lineEnds : 0;
    m.lineEndStable = lineEnds ? double(stableEnds) / lineEnds : 0;
    m.inKey = notes ? double(inKey) / notes : 0;
    return m;
}

} // namespace sw::engine
