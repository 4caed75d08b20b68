#pragma once
// Cut detectors of other tools, rebuilt here so that `bench cuts` can put ours beside them on
// the same frames. Not used by the analysis itself.
//
// Both follow PySceneDetect 0.6 (scenedetect/detectors/content_detector.py and
// adaptive_detector.py) with its documented defaults: frames downscaled to about 256 pixels
// wide, the content value is the mean of the per-pixel absolute differences of hue, saturation
// and value between consecutive frames (0..255), and a new scene must be at least 15 frames
// long. The content detector cuts where that value reaches 27; the adaptive one where it is at
// least 3 times the average of the 2 frames on either side and at least 15.

#include "media/videodecoder.h"

#include <QString>
#include <QVector>

namespace sw::analysis {

enum class ReferenceCutDetector
{
    Content,  ///< PySceneDetect's ContentDetector: a fixed threshold
    Adaptive, ///< PySceneDetect's AdaptiveDetector: against a rolling average
};

/// The times (microseconds, the first frame of each new scene) at which `detector` cuts `path`.
bool detectReferenceCuts(const QString& path, ReferenceCutDetector detector,
                         QVector<qint64>* cutsUs, QString* error);

} // namespace sw::analysis
