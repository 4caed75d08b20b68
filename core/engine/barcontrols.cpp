#include "engine/barcontrols.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace sw::engine {

namespace {
int levelOf(double value, std::initializer_list<double> bounds)
{
    int level = 0;
    for (double b : bounds) {
        if (value >= b)
            ++level;
    }
    return level;
}

int chordMood(music::ChordQuality q)
{
    using Q = music::ChordQuality;
    switch (q) {
    case Q::Minor:
    case Q::Minor7:
    case Q::Minor6:
    case Q::Diminished:
    case Q::Diminished7:
    case Q::HalfDiminished7:
        return -1;
    default:
        return 1;
    }
}

double median(QVector<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

double spread(const QVector<double>& v, double centre)
{
    double s = 0;
    for (double x : v)
        s += (x - centre) * (x - centre);
    return v.size() > 1 ? std::sqrt(s / (v.size() - 1)) : 1.0;
}
} // namespace

static const double kDensityBounds[] = {1.7, 1.95, 2.2, 2.9};

int densityLevel(double onsetsPerQuarter)
{
    return levelOf(onsetsPerQuarter,
                   {kDensityBounds[0], kDensityBounds[1], kDensityBounds[2], kDensityBounds[3]});
}

void densityOnsetRange(int level, int quarters, int* minimum, int* maximum)
{
    // Onsets n with densityLevel(n / quarters) == level.
    *minimum = 1 << 30;
    *maximum = -1;
    for (int n = 1; n <= quarters * kGridPerQuarter; ++n) {
        if (densityLevel(double(n) / quarters) == level) {
            *minimum = std::min(*minimum, n);
            *maximum = std::max(*maximum, n);
        }
    }
    if (*maximum < 0) {
        // No whole number of onsets has this level in so short a bar: the nearest count above
        // the level's lower bound stands in for it.
        const double lower = level == 0 ? 0.0 : kDensityBounds[level - 1];
        *minimum = *maximum =
            std::clamp(int(std::ceil(lower * quarters)), 1, quarters * kGridPerQuarter);
    }
}

namespace {
// Mean-velocity bounds between the intensity levels (POP909's quintiles).
constexpr double kIntensityBounds[] = {70.5, 77.5, 86, 95};
} // namespace

int intensityLevel(double meanVelocity)
{
    return levelOf(meanVelocity, {kIntensityBounds[0], kIntensityBounds[1], kIntensityBounds[2],
                                  kIntensityBounds[3]});
}

void intensityVelocityRange(int level, double* low, double* high)
{
    level = std::clamp(level, 0, 4);
    *low = level == 0 ? 0.0 : kIntensityBounds[level - 1];
    *high = level == 4 ? 128.0 : kIntensityBounds[level];
}

int arousalLevel(double onsetsPerSecond)
{
    return levelOf(onsetsPerSecond, {2.8, 3.55});
}

int valenceLevel(double valence)
{
    return valence < -0.3 ? 0 : (valence > 0.3 ? 2 : 1);
}

BarMeasures measureBar(const TokenBar& bar, double secondsPerQuarter)
{
    BarMeasures m;
    QSet<int> onsets;
    double velocity = 0;
    for (const QVector<GridNote>* stream : {&bar.melody, &bar.accompaniment}) {
        for (const GridNote& n : *stream) {
            onsets.insert(n.position);
            velocity += velocityOfLevel(n.velocityLevel);
            ++m.notes;
        }
    }
    const int quarters = std::max(1, bar.controls.quarters);
    m.onsetsPerQuarter = double(onsets.size()) / quarters;
    m.meanVelocity = m.notes ? velocity / m.notes : 0;
    m.onsetsPerSecond = onsets.size() / std::max(0.05, quarters * secondsPerQuarter);
    // Valence: the share of the bar under major-family chords minus the share under minor ones.
    const int barLength = quarters * kGridPerQuarter;
    double weighted = 0;
    double covered = 0;
    for (int i = 0; i < bar.chords.size(); ++i) {
        const GridChord& c = bar.chords[i];
        const int end = i + 1 < bar.chords.size() ? bar.chords[i + 1].position : barLength;
        const int span = std::max(0, end - c.position);
        if (c.root < 0)
            continue;
        weighted += span * chordMood(c.quality);
        covered += span;
    }
    m.valence = covered > 0 ? weighted / covered : 0;
    return m;
}

int tonicShift(const music::KeySignature& key)
{
    const int tonic = key.tonicPitchClass();
    return tonic <= 6 ? -tonic : 12 - tonic;
}

void deriveBarControls(TokenBar* bar, double secondsPerQuarter)
{
    // Velocity levels stand for the exact velocities when measuring, so that training and
    // evaluation measure intensity the same way.
    const BarMeasures m = measureBar(*bar, secondsPerQuarter);
    BarControls& c = bar->controls;
    c.density = m.notes ? densityLevel(m.onsetsPerQuarter) : 0;
    c.intensity = m.notes ? intensityLevel(m.meanVelocity) : 0;
    c.arousal = m.notes ? arousalLevel(m.onsetsPerSecond) : 0;
    c.valence = valenceLevel(m.valence);
    c.melody = !bar->melody.isEmpty();
    c.accompaniment = !bar->accompaniment.isEmpty();
}

void deriveSections(QVector<TokenBar>* bars)
{
    int first = -1;
    int last = -1;
    for (int i = 0; i < bars->size(); ++i) {
        if (!(*bars)[i].melody.isEmpty()) {
            if (first < 0)
                first = i;
            last = i;
        }
    }
    for (int i = 0; i < bars->size(); ++i) {
        (*bars)[i].controls.section =
            first < 0 || i < first ? Section::Intro : (i > last ? Section::Outro : Section::Verse);
    }
    if (first < 0)
        return;
    // Phrase scores: mean melody pitch and mean velocity of each 4 bars from the melody's start.
    QVector<double> pitches;
    QVector<double> velocities;
    QVector<QPair<double, double>> phrases;
    for (int p = first; p <= last; p += 4) {
        double pitch = 0;
        double velocity = 0;
        int n = 0;
        for (int i = p; i < std::min(p + 4, last + 1); ++i) {
            for (const GridNote& note : (*bars)[i].melody) {
                pitch += note.pitch;
                velocity += velocityOfLevel(note.velocityLevel);
                ++n;
            }
        }
        phrases.append({n ? pitch / n : 0, n ? velocity / n : 0});
        if (n) {
            pitches.append(pitch / n);
            velocities.append(velocity / n);
        }
    }
    const double mp = median(pitches);
    const double mv = median(velocities);
    const double sp = std::max(1.0, spread(pitches, mp));
    const double sv = std::max(1.0, spread(velocities, mv));
    for (int k = 0; k < phrases.size(); ++k) {
        const double z = (phrases[k].first - mp) / sp + (phrases[k].second - mv) / sv;
        if (z <= 0.5)
            continue;
        for (int i = first + 4 * k; i < std::min(first + 4 * k + 4, last + 1); ++i)
            (*bars)[i].controls.section = Section::Chorus;
    }
}

QVector<TokenBar> quantizeBars(const QVector<SourceBar>& sourceBars, QVector<music::Note> melody,
                               QVector<music::Note> accompaniment,
                               const QVector<SourceChord>& chords)
{
    // By onset, the highest note first: a monophonic melody keeps the top note of a chord.
    auto byStart = [](const music::Note& a, const music::Note& b) {
        return a.startTick != b.startTick ? a.startTick < b.startTick : a.pitch > b.pitch;
    };
    std::sort(melody.begin(), melody.end(), byStart);
    std::sort(accompaniment.begin(), accompaniment.end(), byStart);
    QVector<TokenBar> bars(sourceBars.size());
    for (int i = 0; i < sourceBars.size(); ++i) {
        bars[i].controls.quarters = std::clamp(sourceBars[i].quarters, 1, kMaxBarQuarters);
        bars[i].controls.mode = sourceBars[i].key.mode;
    }
    // The bar a tick falls in, with the grid position inside it (notes a hair early belong to
    // the bar they anticipate).
    auto locate = [&](qint64 tick, int* position) -> int {
        const auto it =
            std::upper_bound(sourceBars.begin(), sourceBars.end(), tick + kGridTicks / 2,
                             [](qint64 t, const SourceBar& b) { return t < b.startTick; });
        int index = int(it - sourceBars.begin()) - 1;
        if (index < 0)
            return -1;
        const SourceBar& b = sourceBars[index];
        if (tick >= b.endTick + kGridTicks / 2 && index == sourceBars.size() - 1)
            return -1;
        int pos = int(std::llround(double(tick - b.startTick) / kGridTicks));
        pos = std::clamp(pos, 0, bars[index].controls.quarters * kGridPerQuarter - 1);
        *position = pos;
        return index;
    };
    auto place = [&](const QVector<music::Note>& notes, bool isMelody) {
        for (const music::Note& n : notes) {
            int pos = 0;
            const int index = locate(n.startTick, &pos);
            if (index < 0)
                continue;
            GridNote g;
            g.position = pos;
            g.pitch = std::clamp(n.pitch + tonicShift(sourceBars[index].key), 0, 127);
            g.duration = durationSet()[nearestDurationIndex(
                std::max(1, int(std::llround(double(n.durationTicks) / kGridTicks))))];
            g.velocityLevel = velocityLevel(n.velocity);
            QVector<GridNote>& stream = isMelody ? bars[index].melody : bars[index].accompaniment;
            // A monophonic melody keeps one note per onset.
            if (isMelody && !stream.isEmpty() && stream.last().position == pos)
                continue;
            stream.append(g);
        }
    };
    place(melody, true);
    place(accompaniment, false);
    // Chords: the one sounding at each downbeat, then every change inside the bar.
    int ci = -1;
    for (int i = 0; i < sourceBars.size(); ++i) {
        const SourceBar& b = sourceBars[i];
        while (ci + 1 < chords.size() && chords[ci + 1].tick <= b.startTick + kGridTicks / 2)
            ++ci;
        auto relative = [&](const SourceChord& c, int pos) {
            GridChord g;
            g.position = pos;
            g.root = c.root < 0 ? -1 : (c.root - b.key.tonicPitchClass() + 12) % 12;
            g.quality = c.quality;
            return g;
        };
        if (ci >= 0)
            bars[i].chords.append(relative(chords[ci], 0));
        while (ci + 1 < chords.size() && chords[ci + 1].tick < b.endTick - kGridTicks / 2) {
            ++ci;
            // Annotations repeat a chord on every beat; only changes are chord symbols.
            if (chords[ci].root == chords[ci - 1].root &&
                (chords[ci].root < 0 || chords[ci].quality == chords[ci - 1].quality))
                continue;
            const int pos =
                std::clamp(int(std::llround(double(chords[ci].tick - b.startTick) / kGridTicks)), 0,
                           bars[i].controls.quarters * kGridPerQuarter - 1);
            if (!bars[i].chords.isEmpty() && bars[i].chords.last().position == pos)
                bars[i].chords.last() = relative(chords[ci], pos);
            else
                bars[i].chords.append(relative(chords[ci], pos));
        }
    }
    for (int i = 0; i < bars.size(); ++i) {
        std::sort(bars[i].melody.begin(), bars[i].melody.end());
        std::sort(bars[i].accompaniment.begin(), bars[i].accompaniment.end());
        deriveBarControls(&bars[i], sourceBars[i].secondsPerQuarter);
    }
    deriveSections(&bars);
    return bars;
}

} // namespace sw::engine
