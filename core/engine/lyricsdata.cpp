#include "engine/lyricsdata.h"

#include "analysis/lyricsanalysis.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <memory>

namespace sw::engine {

const QVector<double>& lyricRestSet()
{
    static const QVector<double> set{0, 0.25, 0.5, 1, 1.5, 2, 3, 4};
    return set;
}

const QVector<double>& lyricDurationSet()
{
    static const QVector<double> set{0.25, 0.5, 0.75, 1, 1.5, 2, 3, 4, 6, 8};
    return set;
}

int nearestIndex(const QVector<double>& set, double value)
{
    int best = 0;
    for (int i = 1; i < set.size(); ++i) {
        if (std::abs(set[i] - value) < std::abs(set[best] - value))
            best = i;
    }
    return best;
}

bool isFunctionWord(const QString& word)
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        for (const char* w :
             {"a",     "an",    "the",   "and",    "or",     "but",  "of",  "to",   "in",   "on",
              "at",    "for",   "with",  "from",   "by",     "as",   "is",  "am",   "are",  "was",
              "were",  "be",    "been",  "it",     "its",    "i",    "you", "he",   "she",  "we",
              "they",  "me",    "him",   "her",    "us",     "them", "my",  "your", "his",  "our",
              "their", "that",  "this",  "these",  "those",  "if",   "so",  "do",   "does", "did",
              "can",   "will",  "would", "could",  "should", "not",  "no",  "oh",   "yeah", "i'm",
              "it's",  "don't", "i'll",  "you're", "than",   "then", "up",  "out",  "just", "all"})
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return words.contains(word.toLower());
}

double SungSong::beatsPerSyllable() const
{
    double beats = 0;
    for (const SungSyllable& s : syllables)
        beats += s.duration + std::min(s.rest, 4.0);
    return syllables.isEmpty() ? 0 : beats / syllables.size();
}

int paceLevel(double beatsPerSyllable)
{
    return beatsPerSyllable < 1.5    ? 0
           : beatsPerSyllable < 1.85 ? 1
           : beatsPerSyllable < 2.2  ? 2
                                     : 3;
}

void syllableFeatures(const SungSyllable& s, music::KeyMode mode, double beatsPerSyllable, float* f)
{
    const int pace = paceLevel(beatsPerSyllable);
    std::fill(f, f + kSyllableFeatures, 0.0f);
    f[std::clamp(s.stress, 0, 2)] = 1; // 0-2 stress
    const bool first = s.syllableInWord == 0;
    const bool last = s.syllableInWord == s.wordSyllables - 1;
    f[3 + (first && last ? 0 : first ? 1 : last ? 3 : 2)] = 1;       // 3-6 place in word
    f[7 + std::clamp(s.wordSyllables - 1, 0, 3)] = 1;                // 7-10 word length
    f[11] = s.indexInLine == 0 ? 1 : 0;                              // line start
    f[12] = s.indexInLine == s.lineSyllables - 1 ? 1 : 0;            // line end
    f[13] = float(s.indexInLine) / std::max(1, s.lineSyllables - 1); // place in line
    f[14] = s.functionWord ? 1 : 0;
    f[15] = s.phraseEnd ? 1 : 0;
    const int letters = s.text.size();
    f[16 + (letters <= 2 ? 0 : letters <= 4 ? 1 : 2)] = 1; // 16-18 weight
    f[19] = mode == music::KeyMode::Minor ? 1 : 0;
    f[20 + std::clamp(pace, 0, kPaceLevels - 1)] = 1; // 20-23 pace level
    f[20 + kPaceLevels] =
        float(std::clamp(std::log2(std::max(0.05, beatsPerSyllable) / 1.8), -2.0, 2.0));
}

StressLookup espeakStressLookup()
{
    auto cache = std::make_shared<QHash<QString, QVector<int>>>();
    auto mutex = std::make_shared<QMutex>();
    return [cache, mutex](const QString& word, int syllables) {
        const QString key = word.toLower() + QLatin1Char('/') + QString::number(syllables);
        {
            QMutexLocker lock(mutex.get());
            const auto it = cache->constFind(key);
            if (it != cache->constEnd())
                return *it;
        }
        QVector<int> pattern(syllables, 0);
        const analysis::LyricsAnalysis a = analysis::analyzeLyrics(word);
        if (!a.lines.isEmpty() && a.lines[0].syllables.size() == syllables) {
            for (int i = 0; i < syllables; ++i)
                pattern[i] = int(a.lines[0].syllables[i].stress);
        } else if (!isFunctionWord(word)) {
            pattern[0] = 2;
        }
        QMutexLocker lock(mutex.get());
        cache->insert(key, pattern);
        return pattern;
    };
}

music::KeySignature estimateKeyOfPitches(const QVector<int>& pitches,
                                         const QVector<double>& weights)
{
    static const double major[12] = {6.35, 2.23, 3.48, 2.33, 4.38, 4.09,
                                     2.52, 5.19, 2.39, 3.66, 2.29, 2.88};
    static const double minor[12] = {6.33, 2.68, 3.52, 5.38, 2.60, 3.53,
                                     2.54, 4.75, 3.98, 2.69, 3.34, 3.17};
    double h[12] = {0};
    for (int i = 0; i < pitches.size(); ++i)
        h[((pitches[i] % 12) + 12) % 12] += weights.value(i, 1.0);
    double best = -2;
    int bestTonic = 0;
    music::KeyMode bestMode = music::KeyMode::Major;
    for (int t = 0; t < 12; ++t) {
        for (int m = 0; m < 2; ++m) {
            const double* p = m ? minor : major;
            double mh = 0, mp = 0;
            for (int i = 0; i < 12; ++i) {
                mh += h[(i + t) % 12] / 12;
                mp += p[i] / 12;
            }
            double num = 0, dh = 0, dp = 0;
            for (int i = 0; i < 12; ++i) {
                const double a = h[(i + t) % 12] - mh, b = p[i] - mp;
                num += a * b;
                dh += a * a;
                dp += b * b;
            }
            const double r = dh > 0 ? num / std::sqrt(dh * dp) : 0;
            if (r > best) {
                best = r;
                bestTonic = t;
                bestMode = m ? music::KeyMode::Minor : music::KeyMode::Major;
            }
        }
    }
    return music::KeySignature::fromTonic(bestTonic, bestMode);
}

bool loadLyricsMelody(const QString& path, int maxSongs, const StressLookup& stress,
                      QVector<SungSong>* songs, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot be read (%2)").arg(path, file.errorString());
        return false;
    }
    while (!file.atEnd() && (maxSongs <= 0 || songs->size() < maxSongs)) {
        const QJsonObject o = QJsonDocument::fromJson(file.readLine()).object();
        const QJsonArray lines = o.value(QStringLiteral("lines")).toArray();
        SungSong song;
        song.id = o.value(QStringLiteral("id")).toString();
        QVector<int> pitches;
        QVector<double> weights;
        for (const QJsonValue& lineValue : lines) {
            const QJsonArray words = lineValue.toArray();
            const int lineStart = song.syllables.size();
            for (const QJsonValue& wordValue : words) {
                const QJsonObject w = wordValue.toObject();
                const QString text = w.value(QStringLiteral("word")).toString();
                const QJsonArray syl = w.value(QStringLiteral("syllables")).toArray();
                const QVector<int> pattern = stress(text, syl.size());
                for (int i = 0; i < syl.size(); ++i) {
                    const QJsonArray s = syl[i].toArray();
                    SungSyllable x;
                    x.text = s.at(0).toString();
                    x.word = text;
                    x.stress = pattern.value(i);
                    x.syllableInWord = i;
                    x.wordSyllables = syl.size();
                    x.functionWord = isFunctionWord(text);
                    x.phraseEnd =
                        i == syl.size() - 1 && (text.endsWith(u',') || text.endsWith(u'.') ||
                                                text.endsWith(u'!') || text.endsWith(u'?'));
                    x.relativePitch = s.at(1).toInt(); // absolute until the key is known
                    x.duration = s.at(2).toDouble();
                    x.rest = s.at(3).toDouble();
                    pitches.append(x.relativePitch);
                    weights.append(x.duration);
                    song.syllables.append(x);
                }
            }
            const int count = song.syllables.size() - lineStart;
            for (int i = lineStart; i < song.syllables.size(); ++i) {
                song.syllables[i].indexInLine = i - lineStart;
                song.syllables[i].lineSyllables = count;
            }
            if (count > 0)
                song.syllables.last().phraseEnd = true;
        }
        if (song.syllables.size() < 8)
            continue;
        const music::KeySignature key = estimateKeyOfPitches(pitches, weights);
        song.mode = key.mode;
        const int tonic = key.tonicPitchClass();
        for (SungSyllable& s : song.syllables)
            s.relativePitch =
                std::clamp(s.relativePitch - tonic - kLyricPitchBase, 0, kLyricPitches - 1);
        songs->append(song);
    }
    if (songs->isEmpty()) {
        *error = QStringLiteral("%1: no songs with lyrics and notes").arg(path);
        return false;
    }
    return true;
}

} // namespace sw::engine
