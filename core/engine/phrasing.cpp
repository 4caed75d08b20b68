#include "engine/phrasing.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace sw::engine {

namespace {

// The longest duration of the token set not longer than `gridUnits` (at least the shortest).
int durationAtMost(int gridUnits)
{
    int best = durationSet().first();
    for (int d : durationSet()) {
        if (d <= gridUnits)
            best = std::max(best, d);
    }
    return best;
}

} // namespace

QVector<FormBar> formBars(const QVector<plan::PlanPhrase>& phrases,
                          const QVector<BarControls>& controls)
{
    QVector<FormBar> out(controls.size());
    QHash<QChar, const plan::PlanPhrase*> firstOfLetter;
    // "A" and "a" are one material, with and without the lead.
    for (const plan::PlanPhrase& p : phrases) {
        const QChar material = p.letter.toUpper();
        const plan::PlanPhrase* source = firstOfLetter.value(material);
        if (!source)
            firstOfLetter.insert(material, &p);
        for (int b = p.firstBar; b <= p.lastBar && b < out.size(); ++b) {
            FormBar& f = out[b];
            f.phraseEnd = p.melodic() && b == p.lastBar;
            if (!source)
                continue;
            const int from = source->firstBar + (b - p.firstBar);
            if (from > source->lastBar || controls[from].quarters != controls[b].quarters)
                continue; // a longer repeat writes its extra bars, a bar of other length too
            f.copyOf = from;
            f.varyEnding = b == p.lastBar && p.occurrence % 2 == 1;
        }
    }
    return out;
}

EndingBars endingBars(const QVector<BarControls>& controls)
{
    EndingBars e;
    const int n = controls.size();
    if (n == 0)
        return e;
    e.final = n - 1;
    if (n >= 2 && controls[n - 1].quarters < controls[n - 2].quarters) {
        e.ringOut = n - 1;
        e.final = n - 2;
    }
    if (e.final >= 1)
        e.cadence = e.final - 1;
    for (int b = e.final; b >= 0; --b) {
        if (controls[b].melody) {
            e.landing = b;
            break;
        }
    }
    return e;
}

void breathe(TokenBar* bar)
{
    const int length = bar->controls.quarters * kGridPerQuarter;
    QVector<GridNote> kept;
    for (const GridNote& n : bar->melody) {
        if (n.position < length - kGridPerQuarter)
            kept.append(n);
    }
    if (kept.isEmpty())
        return;
    GridNote& last = kept.last();
    const int latestEnd = length - kGridPerQuarter / 2;
    if (last.position + last.duration > latestEnd && last.position < latestEnd)
        last.duration = durationAtMost(latestEnd - last.position);
    bar->melody = kept;
}

void landOnTonic(TokenBar* bar, int previousPitch, int low, int high)
{
    const int length = bar->controls.quarters * kGridPerQuarter;
    const int landing = (bar->controls.quarters / 2) * kGridPerQuarter;
    QVector<GridNote> kept;
    int velocityLevel = 2;
    for (const GridNote& n : bar->melody) {
        if (n.position >= landing)
            continue;
        GridNote k = n;
        k.duration = std::min(k.duration, durationAtMost(landing - k.position));
        kept.append(k);
        previousPitch = k.pitch;
        velocityLevel = k.velocityLevel;
    }
    int tonic = int(std::lround(previousPitch / 12.0)) * 12;
    while (tonic < low)
        tonic += 12;
    while (tonic > high && tonic - 12 >= low)
        tonic -= 12;
    GridNote last;
    last.position = landing;
    last.pitch = tonic;
    last.duration = durationAtMost(length - landing);
    last.velocityLevel = velocityLevel;
    kept.append(last);
    bar->melody = kept;
}

GridChord cadenceChord(const BarControls& controls, bool dominant)
{
    GridChord c;
    c.position = 0;
    c.root = dominant ? 7 : 0;
    c.quality = !dominant && controls.mode == music::KeyMode::Minor ? music::ChordQuality::Minor
                                                                    : music::ChordQuality::Major;
    return c;
}

} // namespace sw::engine
