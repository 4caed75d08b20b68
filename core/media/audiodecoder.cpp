#include "media/audiodecoder.h"

#include "media/ffmpegsupport.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libswresample/swresample.h>
}

#include <QCoreApplication>
#include <QFileInfo>
#include <functional>
#include <memory>

namespace sw::media {

namespace {

// Owns the FFmpeg objects of one decode, released on every return path.
struct AudioDecodeSession
{
    AVFormatContext* format = nullptr;
    AVCodecContext* codec = nullptr;
    SwrContext* resampler = nullptr;
    AVPacket* packet = av_packet_alloc();
    AVFrame* frame = av_frame_alloc();
    ~AudioDecodeSession()
    {
        swr_free(&resampler);
        av_frame_free(&frame);
        av_packet_free(&packet);
        avcodec_free_context(&codec);
        avformat_close_input(&format);
    }
};

} // namespace

namespace {

// Decodes and converts a packet at a time, handing each converted piece to `sink` (which may
// refuse it with its reason).
using DecodedSink = std::function<bool(const float* samples, qint64 frames, QString* why)>;

bool decodeAudioTo(const QString& path, int sampleRate, int channels, const DecodedSink& sink,
                   QString* error, const StopRequested& stop)
{
    const QString name = QFileInfo(path).fileName();
    auto fail = [&](const QString& why) {
        *error = QStringLiteral("%1: %2").arg(name, why);
        return false;
    };
    if (sampleRate < 8000 || sampleRate > 192000 || channels < 1 || channels > 2)
        return fail(
            QStringLiteral("cannot decode to %1 Hz, %2 channels").arg(sampleRate).arg(channels));
    AudioDecodeSession s;
    QString why;
    s.format = detail::openInput(path, &why);
    if (!s.format)
        return fail(why);
    MediaInfo info;
    detail::describeStreams(s.format, path, &info);
    if (!info.audio())
        return fail(QCoreApplication::translate("sw::media", "has no audio stream"));
    AVStream* stream = s.format->streams[info.audio()->index];
    const QString label =
        QStringLiteral("stream %1 (%2)").arg(stream->index).arg(info.audio()->codec);
    const AVCodec* decoder = avcodec_find_decoder(stream->codecpar->codec_id);
    if (!decoder)
        return fail(
            QCoreApplication::translate("sw::media", "%1: no decoder for this codec is installed")
                .arg(label));
    s.codec = avcodec_alloc_context3(decoder);
    avcodec_parameters_to_context(s.codec, stream->codecpar);
    int rc = avcodec_open2(s.codec, decoder, nullptr);
    if (rc < 0)
        return fail(QCoreApplication::translate("sw::media", "%1: cannot open the decoder (%2)")
                        .arg(label, detail::ffmpegErrorText(rc)));
    for (unsigned i = 0; i < s.format->nb_streams; ++i) {
        if (s.format->streams[i] != stream)
            s.format->streams[i]->discard = AVDISCARD_ALL;
    }

    AVChannelLayout outLayout;
    av_channel_layout_default(&outLayout, channels);
    const qint64 maxFrames = kMaxDecodedAudioUs / 1000000 * sampleRate;
    qint64 decodedFrames = 0;
    std::vector<float> piece;
    QString sinkError;

    // E2BIG past the cap, EIO when the sink refuses.
    auto append = [&](const uint8_t** input, int inputSamples) -> int {
        const int capacity = swr_get_out_samples(s.resampler, inputSamples);
        if (capacity <= 0)
            return 0;
        piece.resize(size_t(capacity) * channels);
        uint8_t* target = reinterpret_cast<uint8_t*>(piece.data());
        const int produced = swr_convert(s.resampler, &target, capacity, input, inputSamples);
        if (produced <= 0)
            return 0;
        if (!sink(piece.data(), produced, &sinkError))
            return AVERROR(EIO);
        decodedFrames += produced;
        return decodedFrames <= maxFrames ? 0 : AVERROR(E2BIG);
    };
    auto drainFrames = [&]() -> int {
        for (;;) {
            const int r = avcodec_receive_frame(s.codec, s.frame);
            if (r < 0)
                return r;
            if (!s.resampler) {
                // Set up from the first frame: its layout is the decoder's real one.
                AVChannelLayout inLayout;
                if (s.frame->ch_layout.order == AV_CHANNEL_ORDER_UNSPEC)
                    av_channel_layout_default(&inLayout, s.frame->ch_layout.nb_channels);
                else
                    av_channel_layout_copy(&inLayout, &s.frame->ch_layout);
                const int ok = swr_alloc_set_opts2(
                    &s.resampler, &outLayout, AV_SAMPLE_FMT_FLT, sampleRate, &inLayout,
                    AVSampleFormat(s.frame->format), s.frame->sample_rate, 0, nullptr);
                av_channel_layout_uninit(&inLayout);
                if (ok < 0 || swr_init(s.resampler) < 0)
                    return AVERROR(EINVAL);
            }
            const int appended =
                append(const_cast<const uint8_t**>(s.frame->extended_data), s.frame->nb_samples);
            av_frame_unref(s.frame);
            if (appended < 0)
                return appended;
        }
    };

    bool reading = true;
    while (reading) {
        if (stop && stop())
            return fail(QCoreApplication::translate("sw::media", "decoding was cancelled"));
        rc = av_read_frame(s.format, s.packet);
        if (rc < 0) {
            reading = false;
            avcodec_send_packet(s.codec, nullptr); // end of file, or truncated: flush
        } else {
            if (s.packet->stream_index == stream->index)
                avcodec_send_packet(s.codec, s.packet); // damaged packets are skipped
            av_packet_unref(s.packet);
        }
        const int drained = drainFrames();
        if (drained == AVERROR(EINVAL))
            return fail(
                QCoreApplication::translate("sw::media", "%1: cannot convert this sample format")
                    .arg(label));
        if (drained == AVERROR(E2BIG))
            return fail(QCoreApplication::translate(
                            "sw::media", "%1: longer than the %2 hours Scorewright decodes at once")
                            .arg(label)
                            .arg(kMaxDecodedAudioUs / 3600000000LL));
        if (drained == AVERROR(EIO)) {
            *error = sinkError;
            return false;
        }
    }
    if (s.resampler && append(nullptr, 0) == AVERROR(EIO)) { // the resampler's delayed samples
        *error = sinkError;
        return false;
    }
    av_channel_layout_uninit(&outLayout);
    return true;
}

} // namespace

bool decodeAudio(const QString& path, int sampleRate, int channels, AudioBuffer* out,
                 QString* error, const StopRequested& stop)
{
    AudioBuffer result;
    result.sampleRate = sampleRate;
    result.channels = channels;
    const bool ok = decodeAudioTo(
        path, sampleRate, channels,
        [&](const float* samples, qint64 frames, QString*) {
            result.samples.insert(result.samples.end(), samples, samples + frames * channels);
            return true;
        },
        error, stop);
    if (ok)
        *out = std::move(result);
    return ok;
}

bool decodeAudio(const QString& path, int sampleRate, int channels, AudioSpool* out, QString* error,
                 const StopRequested& stop)
{
    return decodeAudioTo(
        path, sampleRate, channels,
        [&](const float* samples, qint64 frames, QString* why) {
            return out->write(out->frames(), samples, frames, why);
        },
        error, stop);
}

} // namespace sw::media
