#include "media/ffmpegsupport.h"

extern "C" {
#include <libavutil/display.h>
#include <libavutil/pixdesc.h>
}

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <cmath>
#include <mutex>
#include <vector>

namespace sw::media::detail {

QString ffmpegErrorText(int code)
{
    char buffer[AV_ERROR_MAX_STRING_SIZE] = {0};
    av_strerror(code, buffer, sizeof buffer);
    return QString::fromUtf8(buffer);
}

AVFormatContext* openInput(const QString& path, QString* error)
{
    // FFmpeg's own log lines would only repeat, less clearly, what our errors say. Set
    // SW_FFMPEG_LOG=1 to see them when diagnosing a file.
    static std::once_flag quiet;
    std::call_once(quiet, [] {
        if (!qEnvironmentVariableIsSet("SW_FFMPEG_LOG"))
            av_log_set_level(AV_LOG_QUIET);
    });
    const QFileInfo file(path);
    if (!file.exists()) {
        *error = QCoreApplication::translate("sw::media", "the file does not exist");
        return nullptr;
    }
    if (!file.isFile()) {
        *error = QCoreApplication::translate("sw::media", "not a regular file");
        return nullptr;
    }
    if (file.size() == 0) {
        *error = QCoreApplication::translate("sw::media", "the file is empty");
        return nullptr;
    }
    AVDictionary* options = nullptr;
    // Only local files: a crafted playlist or reference must not make us open URLs.
    av_dict_set(&options, "protocol_whitelist", "file", 0);
    av_dict_set_int(&options, "probesize", kProbeSizeBytes, 0);
    av_dict_set_int(&options, "analyzeduration", kProbeDurationUs, 0);
    AVFormatContext* context = nullptr;
    const QByteArray local = QFile::encodeName(file.absoluteFilePath());
    int rc = avformat_open_input(&context, local.constData(), nullptr, &options);
    av_dict_free(&options);
    if (rc < 0) {
        *error = QCoreApplication::translate("sw::media", "not a media file FFmpeg can read (%1)")
                     .arg(ffmpegErrorText(rc));
        return nullptr;
    }
    // Probing decodes a first frame: refuse absurd sizes there too (decompression bombs).
    std::vector<AVDictionary*> streamOptions(context->nb_streams, nullptr);
    for (AVDictionary*& o : streamOptions)
        av_dict_set_int(&o, "max_pixels", kMaxVideoPixels, 0);
    rc = avformat_find_stream_info(context, streamOptions.empty() ? nullptr : streamOptions.data());
    for (AVDictionary*& o : streamOptions)
        av_dict_free(&o);
    if (rc < 0) {
        avformat_close_input(&context);
        *error = QCoreApplication::translate("sw::media", "cannot read the streams (%1)")
                     .arg(ffmpegErrorText(rc));
        return nullptr;
    }
    return context;
}

namespace {

int rotationOf(const AVStream* stream)
{
    const uint8_t* matrix = av_stream_get_side_data(stream, AV_PKT_DATA_DISPLAYMATRIX, nullptr);
    if (!matrix)
        return 0;
    const double degrees = av_display_rotation_get(reinterpret_cast<const int32_t*>(matrix));
    if (std::isnan(degrees))
        return 0;
    // FFmpeg gives the counter-clockwise rotation of the content; players turn it back.
    const int clockwise = int(std::lround(-degrees)) % 360;
    return ((clockwise + 360) % 360 + 45) / 90 * 90 % 360;
}

} // namespace

void describeStreams(AVFormatContext* context, const QString& path, MediaInfo* info)
{
    info->path = path;
    info->container = QString::fromUtf8(context->iformat->name);
    info->durationUs = context->duration != AV_NOPTS_VALUE ? context->duration : -1;
    info->streams.clear();
    const int bestVideo = av_find_best_stream(context, AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
    const int bestAudio = av_find_best_stream(context, AVMEDIA_TYPE_AUDIO, -1, -1, nullptr, 0);
    for (unsigned i = 0; i < context->nb_streams; ++i) {
        const AVStream* st = context->streams[i];
        const AVCodecParameters* par = st->codecpar;
        StreamInfo s;
        s.index = int(i);
        s.codec = QString::fromUtf8(avcodec_get_name(par->codec_id));
        if (st->duration != AV_NOPTS_VALUE)
            s.durationUs = av_rescale_q(st->duration, st->time_base, AV_TIME_BASE_Q);
        switch (par->codec_type) {
        case AVMEDIA_TYPE_VIDEO: {
            s.type = StreamInfo::Type::Video;
            s.width = par->width;
            s.height = par->height;
            if (const AVPixFmtDescriptor* pixels = av_pix_fmt_desc_get(AVPixelFormat(par->format)))
                s.bitsPerPixel = av_get_bits_per_pixel(pixels);
            const AVRational rate =
                st->avg_frame_rate.num > 0 ? st->avg_frame_rate : st->r_frame_rate;
            s.frameRate = rate.den > 0 ? av_q2d(rate) : 0.0;
            s.rotationDegrees = rotationOf(st);
            s.isAttachedPicture = (st->disposition & AV_DISPOSITION_ATTACHED_PIC) != 0;
            s.headerFrames = std::max<int64_t>(0, st->nb_frames);
            break;
        }
        case AVMEDIA_TYPE_AUDIO: {
            s.type = StreamInfo::Type::Audio;
            s.sampleRate = par->sample_rate;
            s.channels = par->ch_layout.nb_channels;
            char layout[128] = {0};
            av_channel_layout_describe(&par->ch_layout, layout, sizeof layout);
            s.channelLayout = QString::fromUtf8(layout);
            break;
        }
        case AVMEDIA_TYPE_SUBTITLE:
            s.type = StreamInfo::Type::Subtitle;
            break;
        default:
            break;
        }
        if (int(i) == bestVideo && !s.isAttachedPicture)
            info->videoStream = info->streams.size();
        if (int(i) == bestAudio)
            info->audioStream = info->streams.size();
        info->streams.append(s);
    }
}

AVCodecContext* openAudioEncoder(AVCodecID codecId, int sampleRate, qint64 bitRate,
                                 bool globalHeader, QString* error, bool fastAac)
{
    const AVCodec* codec = avcodec_find_encoder(codecId);
    if (!codec) {
        *error = QCoreApplication::translate("sw::media", "no %1 encoder is installed")
                     .arg(QString::fromUtf8(avcodec_get_name(codecId)));
        return nullptr;
    }
    AVSampleFormat format = AV_SAMPLE_FMT_NONE;
    for (AVSampleFormat wanted : {AV_SAMPLE_FMT_FLTP, AV_SAMPLE_FMT_FLT, AV_SAMPLE_FMT_S32P,
                                  AV_SAMPLE_FMT_S32, AV_SAMPLE_FMT_S16P, AV_SAMPLE_FMT_S16}) {
        for (const AVSampleFormat* f = codec->sample_fmts;
             f && *f != AV_SAMPLE_FMT_NONE && format == AV_SAMPLE_FMT_NONE; ++f) {
            if (*f == wanted)
                format = wanted;
        }
    }
    if (format == AV_SAMPLE_FMT_NONE) {
        *error = QCoreApplication::translate(
                     "sw::media", "the %1 encoder takes no sample format Scorewright writes")
                     .arg(QString::fromUtf8(codec->name));
        return nullptr;
    }
    AVCodecContext* encoder = avcodec_alloc_context3(codec);
    encoder->sample_rate = sampleRate;
    encoder->sample_fmt = format;
    av_channel_layout_default(&encoder->ch_layout, 2);
    if (bitRate > 0)
        encoder->bit_rate = bitRate;
    if (codecId == AV_CODEC_ID_FLAC)
        encoder->bits_per_raw_sample = 24;
    encoder->time_base = AVRational{1, sampleRate};
    if (globalHeader)
        encoder->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    AVDictionary* options = nullptr;
    if (fastAac && codecId == AV_CODEC_ID_AAC)
        av_dict_set(&options, "aac_coder", "fast", 0);
    const int rc = avcodec_open2(encoder, codec, &options);
    av_dict_free(&options);
    if (rc < 0) {
        *error = QCoreApplication::translate("sw::media", "cannot start the %1 encoder (%2)")
                     .arg(QString::fromUtf8(codec->name), ffmpegErrorText(rc));
        avcodec_free_context(&encoder);
        return nullptr;
    }
    return encoder;
}

bool encodeAudio(AVCodecContext* encoder, qint64 frames,
                 const std::function<float(qint64, int)>& sampleAt,
                 const std::function<bool(AVPacket*)>& emitPacket,
                 const std::function<bool()>& stop)
{
    AVFrame* frame = av_frame_alloc();
    AVPacket* packet = av_packet_alloc();
    auto drain = [&]() {
        for (;;) {
            const int rc = avcodec_receive_packet(encoder, packet);
            if (rc == AVERROR(EAGAIN) || rc == AVERROR_EOF)
                return true;
            if (rc < 0)
                return false;
            const bool kept = emitPacket(packet);
            av_packet_unref(packet);
            if (!kept)
                return false;
        }
    };
    const AVSampleFormat format = encoder->sample_fmt;
    const bool planar = av_sample_fmt_is_planar(format);
    const AVSampleFormat packed = av_get_packed_sample_fmt(format);
    const int frameSize = encoder->frame_size > 0 ? encoder->frame_size : 4096;
    bool ok = true;
    for (qint64 position = 0; ok && position < frames; position += frameSize) {
        if (stop && stop()) {
            ok = false;
            break;
        }
        const int count = int(std::min<qint64>(frameSize, frames - position));
        av_frame_unref(frame);
        frame->nb_samples = count;
        frame->format = format;
        frame->sample_rate = encoder->sample_rate;
        av_channel_layout_copy(&frame->ch_layout, &encoder->ch_layout);
        ok = av_frame_get_buffer(frame, 0) >= 0;
        for (int c = 0; ok && c < 2; ++c) {
            for (int i = 0; i < count; ++i) {
                const float v = std::clamp(sampleAt(position + i, c), -1.0f, 1.0f);
                const int index = planar ? i : i * 2 + c;
                uint8_t* data = frame->data[planar ? c : 0];
                if (packed == AV_SAMPLE_FMT_FLT)
                    reinterpret_cast<float*>(data)[index] = v;
                else if (packed == AV_SAMPLE_FMT_S32) // 24 bits in the top of 32
                    reinterpret_cast<int32_t*>(data)[index] =
                        int32_t(std::lround(v * 8388607.0)) * 256;
                else
                    reinterpret_cast<int16_t*>(data)[index] = int16_t(std::lround(v * 32767.0));
            }
        }
        frame->pts = position;
        ok = ok && avcodec_send_frame(encoder, frame) >= 0 && drain();
    }
    if (ok) {
        avcodec_send_frame(encoder, nullptr);
        ok = drain();
    }
    av_frame_free(&frame);
    av_packet_free(&packet);
    return ok;
}

} // namespace sw::media::detail
