#pragma once
// Internal to sw_analysis: finds hard cuts and gradual transitions (fades through black,
// dissolves) in the per-frame measures.
//
// A hard cut is a frame whose colour histogram, or whose picture after compensating for motion,
// changes far more than its neighbours' do. A gradual transition is a run of frames each of
// which is the average of the frames around it (a linear blend) while motion explains little of
// the change; it is a fade when it passes through black. Camera moves and moving objects are
// explained by the optical flow, so they make neither.

#include "analysis/framemeasures.h"
#include "analysis/videoanalysis.h"

namespace sw::analysis::detail {

QVector<Transition> detectTransitions(const QVector<FrameMeasure>& measures, double frameRate,
                                      int gradualWindow);

} // namespace sw::analysis::detail
