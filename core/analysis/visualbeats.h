#pragma once
// Internal to sw_analysis: visual beats and the motion tempo.
//
// Following Davis & Agrawala ("Visual Rhythm and Beat", 2018), on which CMT's visual beats are
// built, a visual beat is a moment where motion suddenly stops or turns: a ball hitting the
// floor, a foot landing, a door slamming shut. Per frame we take the flow's directogram (speed
// per direction) and sum the drops from the previous frame over all directions; beats are the
// peaks of that deceleration envelope that stand out from their surroundings. The envelope's
// autocorrelation gives the motion tempo.

#include "analysis/framemeasures.h"
#include "analysis/videoanalysis.h"

namespace sw::analysis::detail {

QVector<VisualBeat> detectVisualBeats(const QVector<FrameMeasure>& measures, double frameRate,
                                      const QVector<Transition>& transitions, double* tempoBpm,
                                      double* tempoConfidence);

} // namespace sw::analysis::detail
