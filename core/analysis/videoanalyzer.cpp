#include "analysis/videoanalyzer.h"

#include "analysis/framemeasures.h"
#include "analysis/transitions.h"
#include "analysis/visualbeats.h"
#include "media/videodecoder.h"

#include <QFile>
#include <QFileInfo>
#include <QTextStream>
#include <atomic>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>

namespace sw::analysis {

namespace {

using detail::FrameMeasure;

// Hands frames from the decoding thread to the measuring thread; a few frames of slack let
// the two run side by side on the two cores.
class FrameQueue
{
public:
    explicit FrameQueue(size_t capacity) : m_capacity(capacity) {}

    bool push(media::VideoFrame&& frame)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_notFull.wait(lock, [&] { return m_closed || m_frames.size() < m_capacity; });
        if (m_closed)
            return false;
        m_frames.push_back(std::move(frame));
        m_notEmpty.notify_one();
        return true;
    }
    enum class Pop
    {
        Frame,
        Closed,
        Timeout
    };
    Pop pop(media::VideoFrame* frame, std::chrono::milliseconds timeout)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        if (!m_notEmpty.wait_for(lock, timeout, [&] { return m_closed || !m_frames.empty(); }))
            return Pop::Timeout;
        if (m_frames.empty())
            return Pop::Closed;
        *frame = std::move(m_frames.front());
        m_frames.pop_front();
        m_notFull.notify_one();
        return Pop::Frame;
    }
    void close()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_closed = true;
        m_notEmpty.notify_all();
        m_notFull.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_notEmpty, m_notFull;
    std::deque<media::VideoFrame> m_frames;
    size_t m_capacity;
    bool m_closed = false;
};

Curve resample(const QVector<FrameMeasure>& m, qint64 durationUs, qint64 stepUs,
               const std::function<float(const FrameMeasure&)>& value)
{
    Curve curve;
    curve.stepUs = stepUs;
    const int bins = int(std::max<qint64>(1, (durationUs + stepUs - 1) / stepUs));
    QVector<double> sums(bins, 0.0);
    QVector<int> counts(bins, 0);
    for (const FrameMeasure& f : m) {
        const int bin = int(std::clamp<qint64>(f.timeUs / stepUs, 0, bins - 1));
        sums[bin] += value(f);
        ++counts[bin];
    }
    curve.values.resize(bins);
    float last = m.isEmpty() ? 0.0f : value(m.first());
    for (int b = 0; b < bins; ++b) {
        if (counts[b] > 0)
            last = float(sums[b] / counts[b]);
        curve.values[b] = last; // bins between frames (slow frame rates) hold the last value
    }
    return curve;
}

QVector<Shot> describeShots(const QVector<FrameMeasure>& m, const QVector<Transition>& transitions,
                            qint64 durationUs, double motionScale)
{
    QVector<qint64> bounds{0};
    for (const Transition& t : transitions)
        bounds.append(t.timeUs);
    bounds.append(durationUs);
    QVector<Shot> shots;
    for (int s = 0; s + 1 < bounds.size(); ++s) {
        Shot shot;
        shot.startUs = bounds[s];
        shot.endUs = bounds[s + 1];
        if (shot.endUs <= shot.startUs)
            continue;
        double b = 0, sat = 0, w = 0, motion = 0;
        int n = 0;
        for (const FrameMeasure& f : m) {
            if (f.timeUs < shot.startUs || f.timeUs >= shot.endUs)
                continue;
            b += f.brightness;
            sat += f.saturation;
            w += f.warmth;
            motion += f.motion * motionScale;
            ++n;
        }
        if (n == 0)
            continue;
        shot.brightness = b / n;
        shot.saturation = sat / n;
        shot.warmth = w / n;
        shot.motion = motion / n;
        // Half a frame width per second of average flow is a busy shot.
        shot.mood = moodFromColour(shot.brightness, shot.saturation, shot.warmth, shot.motion / 0.5,
                                   QStringLiteral("motion"));
        shots.append(shot);
    }
    return shots;
}

bool writeFrameMeasures(const QString& path, const QVector<FrameMeasure>& measures, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        *error = QStringLiteral("%1: cannot write the frame measures (%2)")
                     .arg(path, file.errorString());
        return false;
    }
    QTextStream out(&file);
    out << "time_s\tbrightness\tsaturation\twarmth\tframe_diff\tcompensated_diff\thistogram_diff"
           "\tmotion\tgradual_span\tgradual_residual";
    for (int b = 0; b < detail::kDirectionBins; ++b)
        out << "\tdirection_" << b * 360 / detail::kDirectionBins;
    out << "\n";
    for (const FrameMeasure& f : measures) {
        out << f.timeUs / 1e6 << '\t' << f.brightness << '\t' << f.saturation << '\t' << f.warmth
            << '\t' << f.frameDiff << '\t' << f.compensatedDiff << '\t' << f.histogramDiff << '\t'
            << f.motion << '\t' << f.gradualSpan << '\t' << f.gradualResidual;
        for (float d : f.directions)
            out << '\t' << d;
        out << '\n';
    }
    return true;
}

} // namespace

bool analyzeVideo(const QString& path, const VideoAnalysisOptions& options, VideoAnalysis* out,
                  QString* error, const media::StopRequested& stop,
                  const ProgressCallback& progress)
{
    media::VideoDecoder decoder;
    media::VideoDecodeOptions decodeOptions;
    decodeOptions.width = options.analysisWidth;
    decodeOptions.format = media::PixelFormat::Bgr24;
    decodeOptions.threads = options.decoderThreads;
    if (!decoder.open(path, decodeOptions, error))
        return false;
    const QString name = QFileInfo(path).fileName();
    const media::StreamInfo& stream = decoder.stream();
    const double frameRate =
        stream.frameRate > 0 && stream.frameRate < 1000 ? stream.frameRate : 25.0;
    const int window = std::max(2, int(std::lround(0.2 * frameRate)));
    const qint64 expectedUs =
        stream.durationUs > 0 ? stream.durationUs : std::max<qint64>(0, decoder.info().durationUs);

    FrameQueue queue(6);
    std::atomic<bool> abort{false};
    media::VideoDecoder::Result decodeEnd = media::VideoDecoder::Result::EndOfStream;
    std::thread producer([&] {
        media::VideoFrame frame;
        for (;;) {
            const auto result = decoder.read(&frame, [&] { return abort.load(); });
            if (result != media::VideoDecoder::Result::Frame) {
                decodeEnd = result;
                break;
            }
            if (!queue.push(std::move(frame)))
                break;
        }
        queue.close();
    });

    detail::FrameMeasurer measurer(window);
    QVector<FrameMeasure> measures;
    bool cancelled = false;
    QString measureError;
    media::VideoFrame frame;
    for (;;) {
        if (stop && stop()) {
            cancelled = true;
            break;
        }
        const auto popped = queue.pop(&frame, std::chrono::milliseconds(50));
        if (popped == FrameQueue::Pop::Closed)
            break;
        if (popped == FrameQueue::Pop::Timeout)
            continue;
        // OpenCV reports what it cannot do by throwing; a frame it refuses must end this
        // analysis with the file's name, not the program (the decoder thread is still joined).
        try {
            measurer.add(frame, measures);
        } catch (const std::exception& e) {
            measureError = QStringLiteral("%1: cannot measure the frame at %2 s (%3x%4): %5")
                               .arg(name)
                               .arg(double(frame.timeUs) / 1e6, 0, 'f', 2)
                               .arg(frame.width)
                               .arg(frame.height)
                               .arg(QString::fromLocal8Bit(e.what()).trimmed());
            break;
        }
        if (progress && expectedUs > 0 && measures.size() % 32 == 0)
            progress(std::clamp(double(frame.timeUs) / expectedUs, 0.0, 0.99));
    }
    abort = true;
    queue.close();
    producer.join();
    if (cancelled) {
        *error = QStringLiteral("%1: analysis was cancelled").arg(name);
        return false;
    }
    if (!measureError.isEmpty()) {
        *error = measureError;
        return false;
    }

    VideoAnalysis result;
    if (decodeEnd == media::VideoDecoder::Result::Error) {
        if (measures.isEmpty()) {
            *error = decoder.errorString();
            return false;
        }
        result.warnings << QStringLiteral("decoding stopped early: %1").arg(decoder.errorString());
    }
    if (measures.isEmpty()) {
        *error = QStringLiteral("%1: the video has no frames that can be decoded").arg(name);
        return false;
    }
    if (decoder.skippedPackets() > 0)
        result.warnings
            << QStringLiteral("%1 damaged packets were skipped").arg(decoder.skippedPackets());

    if (!options.frameMeasuresPath.isEmpty() &&
        !writeFrameMeasures(options.frameMeasuresPath, measures, error))
        return false;

    const qint64 frameUs = qint64(std::llround(1e6 / frameRate));
    result.path = path;
    result.frameRate = frameRate;
    result.framesAnalysed = measures.size();
    result.analysisWidth = decoder.outputWidth();
    result.analysisHeight = decoder.outputHeight();
    result.durationUs = std::max(expectedUs, measures.last().timeUs + frameUs);
    // What the header announces: its duration, or its frame count (a truncated AVI's duration
    // is guessed from the file's size; its header still counts every frame).
    const qint64 announcedUs = std::max(
        expectedUs, stream.headerFrames > 0
                        ? qint64(std::llround(double(stream.headerFrames) * 1e6 / frameRate))
                        : qint64(0));
    if (announcedUs > 0 && measures.last().timeUs + frameUs < announcedUs - 1000000)
        result.warnings << QStringLiteral(
                               "the video stops at %1 s of the %2 s its header announces; "
                               "the file may be truncated")
                               .arg(double(measures.last().timeUs + frameUs) / 1e6, 0, 'f', 1)
                               .arg(double(announcedUs) / 1e6, 0, 'f', 1);

    // Flow is measured in pixels per frame at analysis size: frame widths per second travel.
    const double motionScale = frameRate / std::max(1, result.analysisWidth);
    const qint64 step = options.curveStepUs;
    result.motion = resample(measures, result.durationUs, step,
                             [&](const FrameMeasure& f) { return float(f.motion * motionScale); });
    result.frameDifference = resample(measures, result.durationUs, step,
                                      [](const FrameMeasure& f) { return f.frameDiff; });
    result.brightness = resample(measures, result.durationUs, step,
                                 [](const FrameMeasure& f) { return f.brightness; });
    result.saturation = resample(measures, result.durationUs, step,
                                 [](const FrameMeasure& f) { return f.saturation; });
    result.warmth =
        resample(measures, result.durationUs, step, [](const FrameMeasure& f) { return f.warmth; });
    result.transitions = detail::detectTransitions(measures, frameRate, window);
    result.visualBeats =
        detail::detectVisualBeats(measures, frameRate, result.transitions, &result.motionTempoBpm,
                                  &result.motionTempoConfidence);
    result.shots = describeShots(measures, result.transitions, result.durationUs, motionScale);
    if (progress)
        progress(1.0);
    *out = result;
    return true;
}

} // namespace sw::analysis
