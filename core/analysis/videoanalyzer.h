#pragma once
// Analyses a video file: decodes it at analysis size on one thread while the frames are
// measured on the calling thread, then finds transitions, visual beats, the motion tempo and
// the shots' colour mood. Frames are streamed, never all held, so memory does not grow with
// the video's length. Stops within a frame's time when `stop` says so.

#include "analysis/videoanalysis.h"
#include "media/mediainfo.h"

#include <functional>

namespace sw::analysis {

struct VideoAnalysisOptions
{
    int analysisWidth = 160; ///< frames are scaled to this width (16:9 gives 160 x 90)
    /// 0 lets the decoder choose: small frames decode on one thread and leave the other core to
    /// the analysis; from 720p up decoding is the bottleneck and gets both.
    int decoderThreads = 0;
    qint64 curveStepUs = 50000; ///< 20 values a second
    /// When set, every frame's measures are written here as tab-separated values, for tuning
    /// the detectors on real material (`scorewright-cli analyze --frames FILE`).
    QString frameMeasuresPath;
};

using ProgressCallback = std::function<void(double fraction)>;

/// On failure or cancellation returns false and sets `error` (naming the file).
bool analyzeVideo(const QString& path, const VideoAnalysisOptions& options, VideoAnalysis* out,
                  QString* error, const media::StopRequested& stop = {},
                  const ProgressCallback& progress = {});

} // namespace sw::analysis
