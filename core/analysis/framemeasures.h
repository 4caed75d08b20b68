#pragma once
// Internal to sw_analysis: what is measured on every decoded frame, and the measurer that keeps
// the little state this needs (the previous frame, the optical-flow engine, a short ring of
// recent frames for the gradual-transition test).

#include "media/videodecoder.h"

#include <QVector>
#include <array>
#include <memory>

namespace sw::analysis::detail {

constexpr int kDirectionBins = 8;
constexpr int kThumbnailWidth = 16;
constexpr int kThumbnailHeight = 9;

struct FrameMeasure
{
    qint64 timeUs = 0;
    float brightness = 0;      ///< mean V of HSV, 0..1
    float saturation = 0;      ///< mean S of HSV, 0..1
    float warmth = 0;          ///< (R - B) / (R + B), -1..1
    float frameDiff = 0;       ///< mean |grey - previous grey| / 255
    float compensatedDiff = 0; ///< the same after warping the previous frame by the flow
    float histogramDiff = 0;   ///< Bhattacharyya distance of HSV histograms, 0..1
    float motion = 0;          ///< mean flow speed, pixels per frame at analysis size
    std::array<float, kDirectionBins> directions{}; ///< flow speed per direction (a directogram)
    // Gradual-transition test, filled for this frame once the frames `window` later arrive:
    float gradualSpan = 0;     ///< mean |frame(-w) - frame(+w)| / 255
    float gradualResidual = 0; ///< mean |frame - (frame(-w) + frame(+w)) / 2| / 255
    /// The grey frame at 16 x 9, to check that a gradual transition really blends two pictures
    /// (144 bytes a frame: an hour at 30 fps holds 16 MB of them).
    std::array<unsigned char, kThumbnailWidth * kThumbnailHeight> thumbnail{};
};

class FrameMeasurer
{
public:
    /// `gradualWindow`: frames on each side of a frame for the gradual-transition test.
    explicit FrameMeasurer(int gradualWindow);
    ~FrameMeasurer();

    /// Measures `frame` (BGR) and appends to `measures`; may also complete the gradual test of
    /// the frame `gradualWindow` places back.
    void add(const media::VideoFrame& frame, QVector<FrameMeasure>& measures);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sw::analysis::detail
