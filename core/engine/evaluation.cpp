#include "engine/evaluation.h"

#include "engine/barcontrols.h"
#include "engine/decoder.h"
#include "engine/lyricsdata.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace sw::engine {

QStringList MusicMetrics::names()
{
    return {QStringLiteral("pitch-class entropy"), QStringLiteral("scale consistency"),
            QStringLiteral("empty-beat rate"),     QStringLiteral("IOI mean (quarters)"),
            QStringLiteral("IOI std (quarters)"),  QStringLiteral("grooving similarity"),
            QStringLiteral("polyphony"),           QStringLiteral("notes per bar")};
}

QVector<double> MusicMetrics::values() const
{
    return {pitchClassEntropy, scaleConsistency, emptyBeatRate, ioiMean, ioiStd,
            grooveSimilarity,  polyphony,        noteDensity};
}

void estimateKey(const QVector<TokenBar>& bars, int* tonic, music::KeyMode* mode)
{
    QVector<int> pitches;
    QVector<double> durations;
    for (const TokenBar& b : bars) {
        for (const QVector<GridNote>* s : {&b.melody, &b.accompaniment}) {
            for (const GridNote& n : *s) {
                pitches.append(n.pitch);
                durations.append(n.duration);
            }
        }
    }
    const music::KeySignature key = estimateKeyOfPitches(pitches, durations);
    *tonic = key.tonicPitchClass();
    *mode = key.mode;
}

MusicMetrics measureMusic(const QVector<TokenBar>& bars)
{
    MusicMetrics m;
    m.bars = bars.size();
    double pcs[12] = {0};
    int beats = 0;
    int emptyBeats = 0;
    int onsetCount = 0;
    QVector<double> iois;
    double grooveSum = 0;
    int groovePairs = 0;
    QVector<bool> previousPattern;
    qint64 barStart = 0;
    qint64 lastMelodyOnset = -1;
    for (const TokenBar& b : bars) {
        const int length = b.controls.quarters * kGridPerQuarter;
        QVector<bool> pattern(length, false);
        for (const QVector<GridNote>* s : {&b.melody, &b.accompaniment}) {
            for (const GridNote& n : *s) {
                pcs[((n.pitch % 12) + 12) % 12] += 1;
                ++m.notes;
                if (n.position < length)
                    pattern[n.position] = true;
            }
        }
        for (const GridNote& n : b.melody) {
            const qint64 onset = barStart + n.position;
            if (lastMelodyOnset >= 0 && onset > lastMelodyOnset)
                iois.append(double(onset - lastMelodyOnset) / kGridPerQuarter);
            lastMelodyOnset = onset;
        }
        for (int beat = 0; beat < b.controls.quarters; ++beat) {
            bool any = false;
            for (int p = beat * kGridPerQuarter; p < (beat + 1) * kGridPerQuarter; ++p)
                any = any || pattern[p];
            ++beats;
            emptyBeats += any ? 0 : 1;
        }
        onsetCount += int(std::count(pattern.begin(), pattern.end(), true));
        if (!previousPattern.isEmpty() && previousPattern.size() == pattern.size()) {
            int differ = 0;
            for (int p = 0; p < length; ++p)
                differ += previousPattern[p] != pattern[p];
            grooveSum += 1.0 - double(differ) / length;
            ++groovePairs;
        }
        previousPattern = pattern;
        barStart += length;
    }
    double total = 0;
    for (double c : pcs)
        total += c;
    for (double c : pcs) {
        if (c > 0)
            m.pitchClassEntropy -= c / total * std::log2(c / total);
    }
    double bestScale = 0;
    static const int major[7] = {0, 2, 4, 5, 7, 9, 11};
    for (int t = 0; t < 12; ++t) {
        double in = 0;
        for (int d : major)
            in += pcs[(t + d) % 12];
        bestScale = std::max(bestScale, total > 0 ? in / total : 0);
    }
    // Every natural minor scale is a major scale's rotation, so the major scales cover both.
    m.scaleConsistency = bestScale;
    m.emptyBeatRate = beats ? double(emptyBeats) / beats : 0;
    if (!iois.isEmpty()) {
        double s = 0;
        for (double x : iois)
            s += x;
        m.ioiMean = s / iois.size();
        double v = 0;
        for (double x : iois)
            v += (x - m.ioiMean) * (x - m.ioiMean);
        m.ioiStd = std::sqrt(v / iois.size());
    }
    m.grooveSimilarity = groovePairs ? grooveSum / groovePairs : 0;
    m.polyphony = onsetCount ? double(m.notes) / onsetCount : 0;
    m.noteDensity = m.bars ? double(m.notes) / m.bars : 0;
    return m;
}

void addControlAccuracy(const QVector<TokenBar>& requested, const QVector<TokenBar>& written,
                        ControlAccuracy* a)
{
    const int n = std::min(requested.size(), written.size());
    for (int i = 0; i < n; ++i) {
        TokenBar measured = written[i];
        deriveBarControls(&measured, 0.5);
        const BarControls& want = requested[i].controls;
        ++a->bars;
        a->densityHits += measured.controls.density == want.density;
        a->intensityHits += measured.controls.intensity == want.intensity;
    }
    if (n > 0) {
        int tonic = 0;
        music::KeyMode mode;
        estimateKey(written, &tonic, &mode);
        ++a->pieces;
        // Every piece is written relative to C in the requested mode.
        const music::KeyMode wanted = requested.first().controls.mode;
        if (tonic == 0 && mode == wanted)
            ++a->keyHits;
        else
            a->missedKeys.append(QStringLiteral("%1 as %2")
                                     .arg(music::KeySignature::fromTonic(0, wanted).name(),
                                          music::KeySignature::fromTonic(tonic, mode).name()));
    }
}

namespace {
class MarkovBaseline : public TokenModel
{
public:
    explicit MarkovBaseline(QVector<QVector<float>> table) : m_table(std::move(table)) {}
    void reset() override
    {
        m_fed = 0;
        m_logits.clear();
    }
    const QVector<float>& feed(const QVector<int>& tokens) override
    {
        if (tokens.isEmpty())
            return m_logits;
        m_fed += tokens.size();
        m_logits = m_table[tokens.last()];
        return m_logits;
    }
    const QVector<float>& logits() const override { return m_logits; }
    qint64 tokensFed() const override { return m_fed; }
    int context() const override { return 1; }

private:
    QVector<QVector<float>> m_table;
    QVector<float> m_logits;
    qint64 m_fed = 0;
};
} // namespace

std::unique_ptr<TokenModel> trainMarkovBaseline(const QVector<QVector<int>>& sequences)
{
    QVector<QVector<double>> counts(vocab::Size, QVector<double>(vocab::Size, 0.01));
    for (const QVector<int>& seq : sequences) {
        for (int i = 0; i + 1 < seq.size(); ++i)
            counts[seq[i]][seq[i + 1]] += 1;
    }
    QVector<QVector<float>> table(vocab::Size, QVector<float>(vocab::Size));
    for (int a = 0; a < vocab::Size; ++a) {
        double total = 0;
        for (double c : counts[a])
            total += c;
        for (int b = 0; b < vocab::Size; ++b)
            table[a][b] = float(std::log(counts[a][b] / total));
    }
    return std::make_unique<MarkovBaseline>(std::move(table));
}

} // namespace sw::engine
