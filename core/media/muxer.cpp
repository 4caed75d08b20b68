#include "media/muxer.h"

#include "media/ffmpegsupport.h"
#include "music/outputfile.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavutil/channel_layout.h>
}

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>

namespace sw::media {

namespace {

struct MuxSession
{
    AVFormatContext* input = nullptr;
    AVFormatContext* output = nullptr;
    AVCodecContext* encoder = nullptr;
    AVPacket* packet = av_packet_alloc();
    std::unique_ptr<music::PendingFile> pending; // the output, nameless until complete

    ~MuxSession()
    {
        av_packet_free(&packet);
        avcodec_free_context(&encoder);
        if (output) {
            if (output->pb)
                avio_closep(&output->pb);
            avformat_free_context(output);
        }
        avformat_close_input(&input);
    }
};

} // namespace

const QVector<VideoContainer>& videoContainers()
{
    static const QVector<VideoContainer> kContainers{
        {"mp4", "mp4", "MP4"}, {"mkv", "matroska", "MKV"}, {"mov", "mov", "MOV"}};
    return kContainers;
}

const VideoContainer* videoContainerFor(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    for (const VideoContainer& c : videoContainers()) {
        if (suffix == QLatin1String(c.suffix))
            return &c;
    }
    return nullptr;
}

bool muxSoundtrack(const QString& videoPath, const Soundtrack& soundtrack,
                   const QString& outputPath, QString* error, const StopRequested& stop)
{
    const QString outName = QFileInfo(outputPath).fileName();
    auto fail = [&](const QString& why) {
        *error = QStringLiteral("%1: %2").arg(outName, why);
        return false;
    };
    const QFileInfo target(outputPath);
    QString why;
    if (!music::outputCanReplace(outputPath, &why))
        return fail(why);
    // The container follows the suffix; another suffix would name bytes it does not hold.
    const VideoContainer* container = videoContainerFor(outputPath);
    if (!container)
        return fail(
            QCoreApplication::translate("sw::media", "a video is written as .mp4, .mov or .mkv"));
    if ((!soundtrack.samples && !soundtrack.spool) || soundtrack.sampleRate <= 0)
        return fail(QCoreApplication::translate("sw::media",
                                                "there is no soundtrack to put under the video"));
    MuxSession s;
    s.input = detail::openInput(videoPath, &why);
    if (!s.input) {
        *error = QStringLiteral("%1: %2").arg(QFileInfo(videoPath).fileName(), why);
        return false;
    }
    MediaInfo info;
    detail::describeStreams(s.input, videoPath, &info);
    if (!info.video()) {
        *error = QCoreApplication::translate("sw::media", "%1: has no video stream")
                     .arg(QFileInfo(videoPath).fileName());
        return false;
    }
    AVStream* inVideo = s.input->streams[info.video()->index];

    s.pending = std::make_unique<music::PendingFile>(outputPath);
    if (!s.pending->open(&why))
        return fail(why);
    const QByteArray format(container->ffmpegName);
    if (avformat_alloc_output_context2(&s.output, nullptr, format.constData(), nullptr) < 0)
        return fail(QCoreApplication::translate("sw::media", "cannot create a %1 file")
                        .arg(QString::fromLatin1(format)));
    AVStream* outVideo = avformat_new_stream(s.output, nullptr);
    avcodec_parameters_copy(outVideo->codecpar, inVideo->codecpar);
    outVideo->codecpar->codec_tag = 0;
    outVideo->time_base = inVideo->time_base;
    av_dict_copy(&outVideo->metadata, inVideo->metadata, 0);
    // Keep the rotation of phone videos.
    if (const uint8_t* matrix =
            av_stream_get_side_data(inVideo, AV_PKT_DATA_DISPLAYMATRIX, nullptr)) {
        if (uint8_t* copy = av_stream_new_side_data(outVideo, AV_PKT_DATA_DISPLAYMATRIX, 9 * 4))
            memcpy(copy, matrix, 9 * 4);
    }

    s.encoder = detail::openAudioEncoder(AV_CODEC_ID_AAC, soundtrack.sampleRate, 192000,
                                         (s.output->oformat->flags & AVFMT_GLOBALHEADER) != 0, &why,
                                         /*fastAac=*/true); // muxing a 3-minute video in under 3 s
    if (!s.encoder)
        return fail(why);
    AVStream* outAudio = avformat_new_stream(s.output, nullptr);
    avcodec_parameters_from_context(outAudio->codecpar, s.encoder);
    outAudio->time_base = s.encoder->time_base;

    if (avio_open(&s.output->pb, QFile::encodeName(s.pending->writePath()).constData(),
                  AVIO_FLAG_WRITE) < 0)
        return fail(QCoreApplication::translate("sw::media", "the folder cannot be written"));
    if (avformat_write_header(s.output, nullptr) < 0)
        return fail(QCoreApplication::translate("sw::media", "cannot write the file header"));

    // The soundtrack, aligned to the video: silence before its offset, cut at the video's end.
    const qint64 videoUs =
        info.video()->durationUs > 0 ? info.video()->durationUs : info.durationUs;
    const qint64 totalFrames = videoUs * soundtrack.sampleRate / 1000000;
    const qint64 offsetFrames = soundtrack.offsetUs * soundtrack.sampleRate / 1000000;
    const AudioSpool pcm =
        soundtrack.spool ? AudioSpool() : AudioSpool::view(*soundtrack.samples, 2);
    SpoolCursor cursor(soundtrack.spool ? *soundtrack.spool : pcm);
    auto sampleAt = [&](qint64 frame, int channel) -> float {
        const qint64 i = frame - offsetFrames;
        return i >= 0 ? cursor.at(i, channel) : 0.0f;
    };
    // AAC encoding costs several times what copying the picture does: a worker encodes while
    // this thread copies, and each audio packet is written once the picture has reached it.
    std::mutex mutex;
    std::condition_variable ready;
    std::deque<AVPacket*> encoded;
    bool encoderDone = false;
    bool encoderFailed = false;
    std::atomic<bool> abandon{false};
    std::thread encoderThread([&] {
        const bool ok = detail::encodeAudio(
            s.encoder, totalFrames, sampleAt,
            [&](AVPacket* packet) {
                av_packet_rescale_ts(packet, s.encoder->time_base, outAudio->time_base);
                packet->stream_index = outAudio->index;
                std::lock_guard<std::mutex> lock(mutex);
                encoded.push_back(av_packet_clone(packet));
                ready.notify_one();
                return true;
            },
            [&] { return abandon.load(); });
        std::lock_guard<std::mutex> lock(mutex);
        encoderDone = true;
        encoderFailed = !ok && !abandon;
        ready.notify_one();
    });
    // Writes the audio packets due up to `untilUs` (all of them when negative), waiting for the
    // encoder where it has not got there yet.
    auto writeAudioUntil = [&](qint64 untilUs) -> bool {
        for (;;) {
            AVPacket* next = nullptr;
            {
                std::unique_lock<std::mutex> lock(mutex);
                ready.wait(lock, [&] { return !encoded.empty() || encoderDone; });
                if (encoded.empty())
                    return !encoderFailed;
                const qint64 at =
                    av_rescale_q(encoded.front()->dts, outAudio->time_base, AV_TIME_BASE_Q);
                if (untilUs >= 0 && at > untilUs)
                    return true;
                next = encoded.front();
                encoded.pop_front();
            }
            const int rc = av_interleaved_write_frame(s.output, next);
            av_packet_free(&next);
            if (rc < 0)
                return false;
        }
    };
    auto finishEncoder = [&] {
        abandon = true;
        encoderThread.join();
        for (AVPacket* p : encoded)
            av_packet_free(&p);
        encoded.clear();
    };

    // The picture, packet for packet. Packets without timestamps (an AVI's MPEG-4 with
    // B-frames) get them from FFmpeg (+genpts): the picture is the same, and MKV and MP4 need
    // them (MKV refused them, MP4 lost a frame and had decode times going backwards).
    s.input->flags |= AVFMT_FLAG_GENPTS;
    for (unsigned i = 0; i < s.input->nb_streams; ++i) {
        if (s.input->streams[i] != inVideo)
            s.input->streams[i]->discard = AVDISCARD_ALL;
    }
    bool written = true;
    QString failure;
    while (written && av_read_frame(s.input, s.packet) >= 0) {
        if (stop && stop()) {
            failure = QStringLiteral("muxing was cancelled; nothing was written");
            written = false;
        } else if (s.packet->stream_index == inVideo->index) {
            const qint64 dtsUs =
                s.packet->dts == AV_NOPTS_VALUE
                    ? 0
                    : av_rescale_q(s.packet->dts, inVideo->time_base, AV_TIME_BASE_Q);
            if (!writeAudioUntil(dtsUs)) {
                failure = QStringLiteral("encoding the soundtrack failed");
                written = false;
            } else {
                av_packet_rescale_ts(s.packet, inVideo->time_base, outVideo->time_base);
                s.packet->stream_index = outVideo->index;
                s.packet->pos = -1;
                if (const int rc = av_interleaved_write_frame(s.output, s.packet); rc < 0) {
                    // Say what FFmpeg said: "the disk may be full" was said of every failure.
                    failure = rc == AVERROR(ENOSPC) || s.output->pb->error == AVERROR(ENOSPC)
                                  ? music::diskFullReason(outputPath)
                                  : QStringLiteral("writing the video failed (%1)")
                                        .arg(detail::ffmpegErrorText(rc));
                    written = false;
                }
            }
        }
        av_packet_unref(s.packet);
    }
    if (written && !writeAudioUntil(-1)) {
        failure = QStringLiteral("encoding the soundtrack failed");
        written = false;
    }
    finishEncoder();
    if (written && cursor.failed()) {
        failure = cursor.error();
        written = false;
    }
    if (!written && s.output->pb && s.output->pb->error == AVERROR(ENOSPC))
        failure = music::diskFullReason(outputPath); // whichever stream's packet met it
    if (!written)
        return fail(failure);
    if (av_write_trailer(s.output) < 0 || s.output->pb->error == AVERROR(ENOSPC) ||
        avio_closep(&s.output->pb) < 0)
        return fail(s.output->pb && s.output->pb->error == AVERROR(ENOSPC)
                        ? music::diskFullReason(outputPath)
                        : QCoreApplication::translate("sw::media", "finishing the file failed"));
    if (!s.pending->commit(&why))
        return fail(why);
    return true;
}

} // namespace sw::media
