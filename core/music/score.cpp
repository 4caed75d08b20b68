#include "music/score.h"

#include <algorithm>

namespace sw::music {

qint64 Score::endTick() const
{
    qint64 end = 0;
    for (const Track& t : tracks)
        end = std::max(end, t.endTick());
    return end;
}

int Score::noteCount() const
{
    int count = 0;
    for (const Track& t : tracks)
        count += t.notes.size();
    return count;
}

bool Score::pitchRange(int* low, int* high) const
{
    *low = 127;
    *high = 0;
    for (const Track& t : tracks) {
        if (t.drumKit)
            continue;
        for (const Note& n : t.notes) {
            *low = std::min(*low, n.pitch);
            *high = std::max(*high, n.pitch);
        }
    }
    return *low <= *high;
}

KeySignature Score::keyAt(qint64 tick) const
{
    KeySignature key;
    for (const KeySignature& k : keys) {
        if (k.tick > tick)
            break;
        key = k;
    }
    return key;
}

void Score::normalize()
{
    for (Track& t : tracks)
        t.sortNotes();
    auto byTick = [](const auto& a, const auto& b) { return a.tick < b.tick; };
    std::stable_sort(keys.begin(), keys.end(), byTick);
    std::stable_sort(chords.begin(), chords.end(), byTick);
}

QStringList Score::validate() const
{
    QStringList problems;
    if (leadInTicks < 0 || leadInTicks > kMaxTick)
        problems
            << QStringLiteral("a lead-in of %1 ticks (0 to %2)").arg(leadInTicks).arg(kMaxTick);
    if (swingPercent < 50 || swingPercent > 75)
        problems << QStringLiteral("a swing of %1% (50 straight to 75)").arg(swingPercent);
    if (looseMs < 0 || looseMs > kMaxLooseMs)
        problems << QStringLiteral("a looseness of %1 ms (0 on the grid to %2)")
                        .arg(looseMs)
                        .arg(kMaxLooseMs);
    if (laidBackMs < -kMaxLaidBackMs || laidBackMs > kMaxLaidBackMs)
        problems << QStringLiteral("a lay-back of %1 ms (%2 pushed to %3)")
                        .arg(laidBackMs)
                        .arg(-kMaxLaidBackMs)
                        .arg(kMaxLaidBackMs);
    if (tracks.size() > kMaxTracks)
        problems << QStringLiteral("%1 tracks (at most %2)").arg(tracks.size()).arg(kMaxTracks);
    if (noteCount() > kMaxNotes)
        problems << QStringLiteral("%1 notes (at most %2)").arg(noteCount()).arg(kMaxNotes);
    for (int ti = 0; ti < tracks.size(); ++ti) {
        const Track& t = tracks[ti];
        const QString where = QStringLiteral("track %1 (\"%2\")").arg(ti + 1).arg(t.name);
        if (t.program < 0 || t.program > 127)
            problems
                << QStringLiteral("%1: program %2 is outside 0..127").arg(where).arg(t.program);
        for (int ni = 0; ni < t.notes.size(); ++ni) {
            const Note& n = t.notes[ni];
            const QString noteWhere = QStringLiteral("%1, note %2").arg(where).arg(ni + 1);
            if (n.pitch < 0 || n.pitch > 127)
                problems
                    << QStringLiteral("%1: pitch %2 is outside 0..127").arg(noteWhere).arg(n.pitch);
            if (n.velocity < 1 || n.velocity > 127)
                problems << QStringLiteral("%1: velocity %2 is outside 1..127")
                                .arg(noteWhere)
                                .arg(n.velocity);
            if (n.startTick < 0 || n.endTick() > kMaxTick)
                problems << QStringLiteral("%1: starts at tick %2, outside the score")
                                .arg(noteWhere)
                                .arg(n.startTick);
            if (n.durationTicks <= 0)
                problems << QStringLiteral("%1: duration %2 ticks is not positive")
                                .arg(noteWhere)
                                .arg(n.durationTicks);
            if (problems.size() > 20)
                return problems; // enough to explain; a broken file would list millions
        }
    }
    for (const KeySignature& k : keys) {
        if (!k.isValid() || k.tick < 0)
            problems << QStringLiteral("key change at tick %1 is invalid").arg(k.tick);
    }
    for (const ChordSymbol& c : chords) {
        if (c.root < 0 || c.root > 11 || c.bass < -1 || c.bass > 11 || c.tick < 0)
            problems << QStringLiteral("chord symbol at tick %1 is invalid").arg(c.tick);
    }
    return problems;
}

} // namespace sw::music
