#pragma once
// `analyze --plot`: a picture of what the analysis found, for a person to check at a glance.

#include "analysis/videoanalysis.h"

namespace sw::cli {

/// Draws a strip of thumbnails over the curves (motion, brightness, saturation, frame
/// difference), the cuts and gradual transitions, and the visual beats; writes a PNG.
bool plotVideoAnalysis(const analysis::VideoAnalysis& analysis, const QString& pngPath,
                       QString* error);

} // namespace sw::cli
