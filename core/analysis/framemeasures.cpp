#include "analysis/framemeasures.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/video/tracking.hpp>

#include <algorithm>
#include <deque>

namespace sw::analysis::detail {

namespace {
// DIS throws ("the input image must have either width or height >= 12") on frames it cannot
// build a pyramid for: probing OpenCV 4.6 with random frames, it fails when the short side is
// under 8 px or the long side under 12. A 2x2 video, a 4096x16 strip or a 1000:1 pixel aspect
// scales to such frames; they get no flow rather than an abort. 12 on both sides keeps a margin
// for other OpenCV versions.
constexpr int kMinFlowSide = 12;
} // namespace

struct FrameMeasurer::Private
{
    int window = 2;
    // DIS optical flow at its fastest preset: 15-18x cheaper than Farneback at analysis size
    // and good enough for "how much and which way does the picture move" (PERFORMANCE.md).
    cv::Ptr<cv::DISOpticalFlow> flow =
        cv::DISOpticalFlow::create(cv::DISOpticalFlow::PRESET_ULTRAFAST);
    cv::Mat gray, previousGray, hsv, histogram, previousHistogram;
    cv::Mat flowField, flowParts[2], magnitude, angle, mapX, mapY, warped, difference;
    cv::Mat smoothed, previousSmoothed, changed; // the grey frames blurred for the flow
    std::deque<cv::Mat> recent;                  // the last 2 * window + 1 grey frames

    void measureColour(const cv::Mat& bgr, FrameMeasure& m)
    {
        cv::cvtColor(bgr, hsv, cv::COLOR_BGR2HSV);
        const cv::Scalar hsvMean = cv::mean(hsv);
        m.saturation = float(hsvMean[1] / 255.0);
        m.brightness = float(hsvMean[2] / 255.0);
        const cv::Scalar bgrMean = cv::mean(bgr);
        m.warmth = float((bgrMean[2] - bgrMean[0]) / (bgrMean[2] + bgrMean[0] + 1.0));

        static const int channels[] = {0, 1, 2};
        static const int bins[] = {16, 4, 4};
        static const float hueRange[] = {0, 180};
        static const float fullRange[] = {0, 256};
        static const float* ranges[] = {hueRange, fullRange, fullRange};
        cv::calcHist(&hsv, 1, channels, cv::Mat(), histogram, 3, bins, ranges);
        cv::normalize(histogram, histogram, 1.0, 0.0, cv::NORM_L1);
        if (!previousHistogram.empty())
            m.histogramDiff =
                float(cv::compareHist(previousHistogram, histogram, cv::HISTCMP_BHATTACHARYYA));
        std::swap(previousHistogram, histogram);
    }

    void measureMotion(FrameMeasure& m)
    {
        cv::absdiff(gray, previousGray, difference);
        m.frameDiff = float(cv::mean(difference)[0] / 255.0);
        if (std::min(gray.rows, gray.cols) < kMinFlowSide) {
            // No motion is measured, so none explains the change: cuts are still found.
            m.compensatedDiff = m.frameDiff;
            return;
        }
        // flow(x) maps previous(x) to current(x + flow(x)). DIS starts from the flow it is
        // handed when that has the right size: start from zero, or a ball that bounces is
        // still seen falling for two frames after it hit the floor.
        flowField.release();
        // On grain and sensor noise the flow of the raw frames follows the noise (a still
        // background measured 2-4 px a frame of motion); blurred frames keep what moves.
        cv::GaussianBlur(gray, smoothed, cv::Size(5, 5), 1.2);
        if (previousSmoothed.empty() || previousSmoothed.size() != smoothed.size())
            cv::GaussianBlur(previousGray, previousSmoothed, cv::Size(5, 5), 1.2);
        flow->calc(previousSmoothed, smoothed, flowField);
        cv::split(flowField, flowParts);
        cv::cartToPolar(flowParts[0], flowParts[1], magnitude, angle, true);
        // Where the blurred picture does not change, nothing moves, whatever the flow says:
        // on flat, grainy areas it is free to point anywhere. "Changes" is above the noise of
        // this frame pair (three times its mean change, at least 4 grey levels).
        cv::absdiff(smoothed, previousSmoothed, changed);
        const double changeThreshold = std::max(4.0, 3.0 * cv::mean(changed)[0]);
        const int pixels = magnitude.rows * magnitude.cols;
        for (int y = 0; y < magnitude.rows; ++y) {
            const float* mag = magnitude.ptr<float>(y);
            const float* ang = angle.ptr<float>(y);
            const unsigned char* change = changed.ptr<unsigned char>(y);
            for (int x = 0; x < magnitude.cols; ++x) {
                if (change[x] < changeThreshold)
                    continue;
                const int bin = int(ang[x] / (360.0f / kDirectionBins) + 0.5f) % kDirectionBins;
                m.directions[bin] += mag[x];
            }
        }
        // How much the picture moves, for the shot's mood, stays the whole frame's flow: in a
        // pan across flat colours only the edges change, yet the whole picture travels.
        m.motion = float(cv::mean(magnitude)[0]);
        for (float& d : m.directions)
            d /= float(pixels);
        // What the motion cannot explain: large at cuts and dissolves, small for camera moves.
        if (mapX.size() != gray.size()) {
            mapX.create(gray.size(), CV_32F);
            mapY.create(gray.size(), CV_32F);
        }
        for (int y = 0; y < gray.rows; ++y) {
            const float* fx = flowParts[0].ptr<float>(y);
            const float* fy = flowParts[1].ptr<float>(y);
            float* mx = mapX.ptr<float>(y);
            float* my = mapY.ptr<float>(y);
            for (int x = 0; x < gray.cols; ++x) {
                mx[x] = float(x) + fx[x];
                my[x] = float(y) + fy[x];
            }
        }
        cv::remap(gray, warped, mapX, mapY, cv::INTER_LINEAR, cv::BORDER_REPLICATE);
        cv::absdiff(warped, previousGray, difference);
        m.compensatedDiff = float(cv::mean(difference)[0] / 255.0);
        std::swap(previousSmoothed, smoothed);
    }

    // A dissolve blends linearly: its middle frame is the average of the frames around it,
    // which neither a cut nor movement produces.
    void measureGradual(QVector<FrameMeasure>& measures)
    {
        recent.push_back(gray.clone());
        if (int(recent.size()) > 2 * window + 1)
            recent.pop_front();
        if (int(recent.size()) < 2 * window + 1)
            return;
        const cv::Mat& before = recent.front();
        const cv::Mat& after = recent.back();
        const cv::Mat& middle = recent[size_t(window)];
        cv::absdiff(before, after, difference);
        const double span = cv::mean(difference)[0] / 255.0;
        cv::Mat average;
        cv::addWeighted(before, 0.5, after, 0.5, 0.0, average);
        cv::absdiff(middle, average, difference);
        FrameMeasure& centre = measures[measures.size() - 1 - window];
        centre.gradualSpan = float(span);
        centre.gradualResidual = float(cv::mean(difference)[0] / 255.0);
    }
};

FrameMeasurer::FrameMeasurer(int gradualWindow) : d(std::make_unique<Private>())
{
    d->window = std::max(1, gradualWindow);
}

FrameMeasurer::~FrameMeasurer() = default;

void FrameMeasurer::add(const media::VideoFrame& frame, QVector<FrameMeasure>& measures)
{
    const cv::Mat bgr(frame.height, frame.width, CV_8UC3,
                      const_cast<unsigned char*>(frame.pixels.data()), size_t(frame.stride));
    FrameMeasure m;
    m.timeUs = frame.timeUs;
    cv::cvtColor(bgr, d->gray, cv::COLOR_BGR2GRAY);
    d->measureColour(bgr, m);
    cv::Mat thumbnail(kThumbnailHeight, kThumbnailWidth, CV_8U, m.thumbnail.data());
    cv::resize(d->gray, thumbnail, thumbnail.size(), 0, 0, cv::INTER_AREA);
    if (!d->previousGray.empty() && d->previousGray.size() == d->gray.size())
        d->measureMotion(m);
    else
        d->previousSmoothed.release();
    measures.append(m);
    d->measureGradual(measures);
    std::swap(d->previousGray, d->gray); // `gray` is overwritten by the next frame
}

} // namespace sw::analysis::detail
