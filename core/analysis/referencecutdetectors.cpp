#include "analysis/referencecutdetectors.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>

namespace sw::analysis {

namespace {

constexpr int kDownscaledWidth = 256;
constexpr double kContentThreshold = 27.0;
constexpr double kAdaptiveRatio = 3.0;
constexpr double kAdaptiveMinContent = 15.0;
constexpr int kAdaptiveWindow = 2;
constexpr int kMinSceneFrames = 15;

// Mean absolute difference of H, S and V, averaged over the three (PySceneDetect's weights
// 1, 1, 1, 0: edges off by default).
double contentValue(const cv::Mat& hsv, const cv::Mat& previousHsv, cv::Mat& scratch)
{
    cv::absdiff(hsv, previousHsv, scratch);
    const cv::Scalar mean = cv::mean(scratch);
    return (mean[0] + mean[1] + mean[2]) / 3.0;
}

} // namespace

bool detectReferenceCuts(const QString& path, ReferenceCutDetector detector,
                         QVector<qint64>* cutsUs, QString* error)
{
    media::VideoDecoder decoder;
    media::VideoDecodeOptions options;
    options.width = kDownscaledWidth;
    options.format = media::PixelFormat::Bgr24;
    if (!decoder.open(path, options, error))
        return false;
    QVector<double> values;  // values[i]: frame i against frame i - 1 (0 for the first)
    QVector<qint64> timesUs; // of each frame
    cv::Mat hsv, previousHsv, scratch;
    media::VideoFrame frame;
    while (decoder.read(&frame) == media::VideoDecoder::Result::Frame) {
        const cv::Mat bgr(frame.height, frame.width, CV_8UC3,
                          const_cast<unsigned char*>(frame.pixels.data()), size_t(frame.stride));
        cv::cvtColor(bgr, hsv, cv::COLOR_BGR2HSV);
        values.append(previousHsv.empty() || previousHsv.size() != hsv.size()
                          ? 0.0
                          : contentValue(hsv, previousHsv, scratch));
        timesUs.append(frame.timeUs);
        std::swap(hsv, previousHsv);
    }
    if (values.isEmpty()) {
        *error = decoder.errorString();
        return false;
    }
    cutsUs->clear();
    int lastCut = 0;
    for (int i = 1; i < values.size(); ++i) {
        bool cut = false;
        if (detector == ReferenceCutDetector::Content) {
            cut = values[i] >= kContentThreshold;
        } else {
            if (i < kAdaptiveWindow || i + kAdaptiveWindow >= values.size())
                continue;
            double around = 0;
            for (int j = i - kAdaptiveWindow; j <= i + kAdaptiveWindow; ++j) {
                if (j != i)
                    around += values[j];
            }
            around /= 2 * kAdaptiveWindow;
            const double ratio = around > 1e-6 ? values[i] / around : (values[i] > 0 ? 255 : 0);
            cut = ratio >= kAdaptiveRatio && values[i] >= kAdaptiveMinContent;
        }
        if (cut && i - lastCut >= kMinSceneFrames) {
            cutsUs->append(timesUs[i]);
            lastCut = i;
        }
    }
    return true;
}

} // namespace sw::analysis
