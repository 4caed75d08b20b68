#include "engine/formevaluation.h"

#include <QSet>

#include <algorithm>

namespace sw::engine {

namespace {

using Onset = int; // bar within the window, position and pitch in one number

QSet<Onset> melodyOnsets(const QVector<TokenBar>& bars, int first, int count)
{
    QSet<Onset> out;
    for (int b = first; b < first + count && b < bars.size(); ++b) {
        for (const GridNote& n : bars[b].melody)
            out.insert(((b - first) * kMaxPositions + n.position) * 128 + n.pitch);
    }
    return out;
}

bool sameMelody(const TokenBar& a, const TokenBar& b)
{
    if (a.melody.size() != b.melody.size())
        return false;
    for (int i = 0; i < a.melody.size(); ++i) {
        if (a.melody[i].position != b.melody[i].position ||
            a.melody[i].pitch != b.melody[i].pitch || a.melody[i].duration != b.melody[i].duration)
            return false;
    }
    return true;
}

bool sameChords(const QVector<TokenBar>& bars, int a, int b, int count)
{
    for (int i = 0; i < count; ++i) {
        if (!(bars[a + i].chords == bars[b + i].chords))
            return false;
    }
    return true;
}

} // namespace

FormMetrics measureForm(const QVector<TokenBar>& bars)
{
    FormMetrics m;
    const int n = bars.size();
    if (n == 0)
        return m;
    int withMelody = 0, repeated = 0;
    for (int b = 0; b < n; ++b) {
        if (bars[b].melody.isEmpty())
            continue;
        ++withMelody;
        for (int e = 0; e < b; ++e) {
            if (sameMelody(bars[e], bars[b])) {
                ++repeated;
                break;
            }
        }
    }
    m.barsWithoutMelody = double(n - withMelody) / n;
    m.melodyBarsRepeated = withMelody ? double(repeated) / withMelody : 0;

    int windows = 0, recurring = 0, chordWindows = 0, chordRecurring = 0;
    for (int w = 0; w + 4 <= n; w += 4) {
        ++chordWindows;
        for (int e = 0; e + 4 <= w; ++e) {
            if (sameChords(bars, e, w, 4)) {
                ++chordRecurring;
                break;
            }
        }
        const QSet<Onset> here = melodyOnsets(bars, w, 4);
        if (here.isEmpty())
            continue;
        ++windows;
        for (int e = 0; e + 4 <= w; ++e) {
            const QSet<Onset> there = melodyOnsets(bars, e, 4);
            const int shared = QSet<Onset>(here).intersect(there).size();
            const int either = QSet<Onset>(here).unite(there).size();
            if (either > 0 && 2 * shared >= either) {
                ++recurring;
                break;
            }
        }
    }
    m.phraseRecurrence = windows ? double(recurring) / windows : 0;
    m.chordWindowRecurrence = chordWindows ? double(chordRecurring) / chordWindows : 0;

    for (int b = n - 1; b >= 0; --b) {
        if (bars[b].melody.isEmpty())
            continue;
        const GridNote& last = bars[b].melody.last();
        m.endsOnTonic = ((last.pitch % 12) + 12) % 12 == 0;
        // The note's length as heard: to the bar's end at most, and on through a last bar that
        // only rings.
        const int barLength = bars[b].controls.quarters * kGridPerQuarter;
        int length = std::min(last.duration, barLength - last.position);
        if (b == n - 2 && bars[n - 1].melody.isEmpty() && bars[n - 1].accompaniment.isEmpty() &&
            last.position + last.duration >= barLength)
            length += bars[n - 1].controls.quarters * kGridPerQuarter;
        m.lastNoteQuarters = double(length) / kGridPerQuarter;
        break;
    }
    const TokenBar& lastBar = bars.last();
    m.wholeLastBar = n == 1 || lastBar.controls.quarters >= bars[n - 2].controls.quarters ||
                     (lastBar.melody.isEmpty() && lastBar.accompaniment.isEmpty());
    return m;
}

} // namespace sw::engine
