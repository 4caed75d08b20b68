#include "media/videodecoder.h"

#include "media/ffmpegsupport.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libswscale/swscale.h>
}

#include <QCoreApplication>
#include <QFileInfo>
#include <cmath>

namespace sw::media {

namespace {
// A file whose packets fail this many times in a row is not worth decoding further.
constexpr int kMaxConsecutiveFailures = 200;
// Bytes a frame's buffer keeps beyond its last row for swscale's vector stores (see convert):
// more than the widest (AVX-512, 64 bytes) store.
constexpr size_t kScalerSlack = 128;
} // namespace

struct VideoDecoder::Private
{
    MediaInfo info;
    VideoDecodeOptions options;
    AVFormatContext* format = nullptr;
    AVCodecContext* codec = nullptr;
    AVStream* stream = nullptr;
    SwsContext* scaler = nullptr;
    AVPacket* packet = nullptr;
    AVFrame* frame = nullptr;
    int outWidth = 0;
    int outHeight = 0;
    qint64 startUs = 0;
    qint64 seekTargetUs = -1;
    bool flushing = false;
    int skipped = 0;
    int consecutiveFailures = 0;
    QString error;
    QString name; // file name for messages

    ~Private()
    {
        sws_freeContext(scaler);
        av_frame_free(&frame);
        av_packet_free(&packet);
        avcodec_free_context(&codec);
        avformat_close_input(&format);
    }

    QString streamLabel() const
    {
        return QStringLiteral("stream %1 (%2)")
            .arg(stream->index)
            .arg(QString::fromUtf8(avcodec_get_name(stream->codecpar->codec_id)));
    }

    bool fail(const QString& why)
    {
        error = QStringLiteral("%1: %2").arg(name, why);
        return false;
    }

    void computeOutputSize()
    {
        const AVCodecParameters* par = stream->codecpar;
        double aspect = double(par->width) / par->height;
        const AVRational sar = av_guess_sample_aspect_ratio(format, stream, nullptr);
        if (sar.num > 0 && sar.den > 0)
            aspect *= av_q2d(sar);
        if (options.width <= 0 || options.width >= par->width) {
            outWidth = par->width;
            outHeight = par->height;
            return;
        }
        outWidth = options.width & ~1;
        outHeight = std::max(2, int(std::lround(outWidth / aspect / 2.0)) * 2);
    }

    bool convert(VideoFrame* out)
    {
        const AVPixelFormat target =
            options.format == PixelFormat::Gray8 ? AV_PIX_FMT_GRAY8 : AV_PIX_FMT_BGR24;
        scaler = sws_getCachedContext(scaler, frame->width, frame->height,
                                      AVPixelFormat(frame->format), outWidth, outHeight, target,
                                      SWS_FAST_BILINEAR, nullptr, nullptr, nullptr);
        if (!scaler)
            return fail(QCoreApplication::translate(
                            "sw::media", "%1: cannot convert frames of this pixel format")
                            .arg(streamLabel()));
        const int bytesPerPixel = options.format == PixelFormat::Gray8 ? 1 : 3;
        out->width = outWidth;
        out->height = outHeight;
        // swscale's SIMD paths store whole vectors, past the end of a short row: a 2x2 BGR
        // frame (12 bytes) had the heap behind it overwritten. Rows are written top to bottom,
        // so only the last row's overrun leaves the buffer; spare bytes after it absorb it.
        out->stride = outWidth * bytesPerPixel;
        out->format = options.format;
        out->pixels.resize(size_t(out->stride) * outHeight + kScalerSlack);
        uint8_t* planes[4] = {out->pixels.data(), nullptr, nullptr, nullptr};
        int strides[4] = {out->stride, 0, 0, 0};
        sws_scale(scaler, frame->data, frame->linesize, 0, frame->height, planes, strides);
        const qint64 pts = frame->best_effort_timestamp;
        out->timeUs = pts == AV_NOPTS_VALUE
                          ? 0
                          : av_rescale_q(pts, stream->time_base, AV_TIME_BASE_Q) - startUs;
        return true;
    }
};

VideoDecoder::VideoDecoder() : d(std::make_unique<Private>()) {}
VideoDecoder::~VideoDecoder() = default;

bool VideoDecoder::open(const QString& path, const VideoDecodeOptions& options, QString* error)
{
    d = std::make_unique<Private>();
    d->options = options;
    d->name = QFileInfo(path).fileName();
    auto fail = [&](const QString& why) {
        *error = QStringLiteral("%1: %2").arg(d->name, why);
        d = std::make_unique<Private>();
        return false;
    };
    QString why;
    d->format = detail::openInput(path, &why);
    if (!d->format)
        return fail(why);
    detail::describeStreams(d->format, path, &d->info);
    if (!d->info.video())
        return fail(QCoreApplication::translate("sw::media", "has no video stream"));
    d->stream = d->format->streams[d->info.video()->index];
    const AVCodecParameters* par = d->stream->codecpar;
    const AVCodec* decoder = avcodec_find_decoder(par->codec_id);
    if (!decoder)
        return fail(
            QStringLiteral("%1: no decoder for this codec is installed").arg(d->streamLabel()));
    if (par->width <= 0 || par->height <= 0)
        return fail(QCoreApplication::translate(
                        "sw::media", "%1: the picture size cannot be read (the file is damaged or "
                                     "not a picture)")
                        .arg(d->streamLabel()));
    if (qint64(par->width) * par->height > kMaxVideoPixels)
        return fail(
            QCoreApplication::translate(
                "sw::media", "%1: frames of %2 x %3 pixels are larger than Scorewright reads")
                .arg(d->streamLabel())
                .arg(par->width)
                .arg(par->height));
    d->codec = avcodec_alloc_context3(decoder);
    avcodec_parameters_to_context(d->codec, par);
    d->codec->max_pixels = kMaxVideoPixels;
    d->codec->thread_count = options.threads > 0
                                 ? options.threads
                                 : (qint64(par->width) * par->height >= 1280 * 720 ? 2 : 1);
    d->codec->thread_type = FF_THREAD_FRAME | FF_THREAD_SLICE;
    if (options.fastDecode) {
        d->codec->skip_loop_filter = AVDISCARD_ALL;
        d->codec->flags2 |= AV_CODEC_FLAG2_FAST;
    }
    const int rc = avcodec_open2(d->codec, decoder, nullptr);
    if (rc < 0)
        return fail(QCoreApplication::translate("sw::media", "%1: cannot open the decoder (%2)")
                        .arg(d->streamLabel(), detail::ffmpegErrorText(rc)));
    // Only the video stream's packets are wanted: the demuxer drops the rest early.
    for (unsigned i = 0; i < d->format->nb_streams; ++i) {
        if (int(i) != d->stream->index)
            d->format->streams[i]->discard = AVDISCARD_ALL;
    }
    d->startUs = d->stream->start_time != AV_NOPTS_VALUE
                     ? av_rescale_q(d->stream->start_time, d->stream->time_base, AV_TIME_BASE_Q)
                     : 0;
    d->packet = av_packet_alloc();
    d->frame = av_frame_alloc();
    d->computeOutputSize();
    return true;
}

const MediaInfo& VideoDecoder::info() const
{
    return d->info;
}
const StreamInfo& VideoDecoder::stream() const
{
    return *d->info.video();
}
int VideoDecoder::outputWidth() const
{
    return d->outWidth;
}
int VideoDecoder::outputHeight() const
{
    return d->outHeight;
}
QString VideoDecoder::errorString() const
{
    return d->error;
}
int VideoDecoder::skippedPackets() const
{
    return d->skipped;
}

VideoDecoder::Result VideoDecoder::read(VideoFrame* out, const StopRequested& stop)
{
    if (!d->codec) {
        d->error = QCoreApplication::translate("sw::media", "no video is open");
        return Result::Error;
    }
    for (;;) {
        if (stop && stop())
            return Result::Stopped;
        int rc = avcodec_receive_frame(d->codec, d->frame);
        if (rc == 0) {
            d->consecutiveFailures = 0;
            if (!d->convert(out)) {
                av_frame_unref(d->frame);
                return Result::Error;
            }
            av_frame_unref(d->frame);
            if (d->seekTargetUs >= 0 && out->timeUs < d->seekTargetUs)
                continue; // decoding forward from the keyframe before the seek target
            d->seekTargetUs = -1;
            return Result::Frame;
        }
        if (rc == AVERROR_EOF)
            return Result::EndOfStream;
        if (rc != AVERROR(EAGAIN)) {
            // A frame that cannot be decoded is skipped, as players do.
            ++d->skipped;
            if (++d->consecutiveFailures > kMaxConsecutiveFailures) {
                d->fail(QCoreApplication::translate("sw::media",
                                                    "%1: too many frames cannot be decoded (%2)")
                            .arg(d->streamLabel(), detail::ffmpegErrorText(rc)));
                return Result::Error;
            }
            continue;
        }
        if (d->flushing)
            return Result::EndOfStream;
        rc = av_read_frame(d->format, d->packet);
        if (rc < 0) {
            // End of file, or a truncated file: decode what is buffered, then stop.
            d->flushing = true;
            avcodec_send_packet(d->codec, nullptr);
            continue;
        }
        if (d->packet->stream_index == d->stream->index) {
            rc = avcodec_send_packet(d->codec, d->packet);
            if (rc < 0 && rc != AVERROR(EAGAIN)) {
                ++d->skipped;
                if (++d->consecutiveFailures > kMaxConsecutiveFailures) {
                    av_packet_unref(d->packet);
                    d->fail(QCoreApplication::translate("sw::media",
                                                        "%1: the video data is damaged (%2)")
                                .arg(d->streamLabel(), detail::ffmpegErrorText(rc)));
                    return Result::Error;
                }
            }
        }
        av_packet_unref(d->packet);
    }
}

bool VideoDecoder::seek(qint64 timeUs, QString* error)
{
    if (!d->codec) {
        *error = QCoreApplication::translate("sw::media", "no video is open");
        return false;
    }
    const qint64 target = av_rescale_q(timeUs + d->startUs, AV_TIME_BASE_Q, d->stream->time_base);
    const int rc = av_seek_frame(d->format, d->stream->index, target, AVSEEK_FLAG_BACKWARD);
    if (rc < 0) {
        *error = QCoreApplication::translate("sw::media", "%1: cannot seek to %2 s (%3)")
                     .arg(d->name)
                     .arg(timeUs / 1e6)
                     .arg(detail::ffmpegErrorText(rc));
        return false;
    }
    avcodec_flush_buffers(d->codec);
    d->flushing = false;
    d->seekTargetUs = timeUs;
    return true;
}

} // namespace sw::media
