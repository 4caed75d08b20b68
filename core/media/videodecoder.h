#pragma once
// Decodes the frames of a file's video stream, already scaled to the size the caller asked for
// (libswscale, fast bilinear, in the decoding thread) in grey or BGR, with their presentation
// times in microseconds from the stream's start. Like Olive's Decoder it never hands out a
// partial frame and does nothing else: no caching, no playback.
//
// Analysis does not need a pristine picture, so by default the decoder skips H.264's loop
// filter (invisible at analysis size, and a real saving; see PERFORMANCE.md) and lets FFmpeg
// decode on two frame threads. Damaged packets are skipped and counted, so a truncated or
// partly corrupt file yields the frames that can be decoded.

#include "media/mediainfo.h"

#include <memory>
#include <vector>

namespace sw::media {

enum class PixelFormat
{
    Gray8,
    Bgr24
};

struct VideoFrame
{
    qint64 timeUs = 0; ///< presentation time from the start of the stream
    int width = 0;
    int height = 0;
    int stride = 0; ///< bytes per row
    PixelFormat format = PixelFormat::Bgr24;
    /// `stride * height` bytes of picture, then a few spare ones that the scaler may write to.
    std::vector<unsigned char> pixels;
};

struct VideoDecodeOptions
{
    int width = 0; ///< output width; 0 keeps the source size. Height follows the display aspect.
    PixelFormat format = PixelFormat::Bgr24;
    int threads = 2; ///< 0 chooses by frame size: one below 720p, where decoding is cheap, else two
    bool fastDecode = true; ///< skip the loop filter (blocky at full size, fine for analysis)
};

class VideoDecoder
{
public:
    enum class Result
    {
        Frame,
        EndOfStream,
        Error,
        Stopped
    };

    VideoDecoder();
    ~VideoDecoder();
    VideoDecoder(const VideoDecoder&) = delete;
    VideoDecoder& operator=(const VideoDecoder&) = delete;

    /// Opens the best video stream of `path`. Errors name the file and, where it matters, the
    /// stream ("clip.mp4: stream 0 (hevc): no decoder available").
    bool open(const QString& path, const VideoDecodeOptions& options, QString* error);
    const MediaInfo& info() const;
    const StreamInfo& stream() const;
    int outputWidth() const;
    int outputHeight() const;

    /// The next frame, or why there is none. `stop` is asked between packets.
    Result read(VideoFrame* frame, const StopRequested& stop = {});
    /// Positions the decoder so that the next read() returns the first frame at or after
    /// `timeUs`.
    bool seek(qint64 timeUs, QString* error);
    /// Why read() returned Error.
    QString errorString() const;
    /// Packets that could not be decoded and were skipped.
    int skippedPackets() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sw::media
