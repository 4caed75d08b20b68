#pragma once
// Synthetic cut lists drawn from real editing rhythms, for the tempo solver's tests and for
// `scorewright-cli bench plan`: shots of 1.5-8 s, most cuts placed on the downbeats of a musical
// grid (a tempo of 70-140 bpm the editor cut to) with a little human jitter, the rest free.

#include "plan/temposolver.h"

#include <QRandomGenerator>
#include <cmath>

namespace sw::plan {

struct CutList
{
    double trueBpm = 0;
    qint64 durationUs = 0;
    QVector<TimedEvent> cuts;
    QVector<bool> onGrid;
};

inline CutList editingRhythm(QRandomGenerator& random, double gridShare = 0.7,
                             qint64 jitterUs = 20000, double seconds = 0)
{
    CutList list;
    list.trueBpm = 70.0 + random.bounded(70.0);
    const double barUs = 60e6 / list.trueBpm * 4;
    const double originUs = random.bounded(barUs);
    list.durationUs = qint64((seconds > 0 ? seconds : 60.0 + random.bounded(240.0)) * 1e6);
    double t = 0;
    for (;;) {
        t += (1.5 + random.bounded(6.5)) * 1e6;
        const bool grid = random.bounded(1.0) < gridShare;
        double cut = t;
        if (grid) {
            cut = originUs + std::round((t - originUs) / barUs) * barUs;
            cut += (random.bounded(2.0) - 1.0) * jitterUs;
        }
        if (cut >= list.durationUs - 1e6)
            break;
        if (!list.cuts.isEmpty() && cut <= list.cuts.last().timeUs + 500000)
            continue;
        list.cuts.append({qint64(cut), 1.0, EventKind::Cut, {}});
        list.onGrid.append(grid);
    }
    return list;
}

} // namespace sw::plan
