#include "media/audiofile.h"

#include "media/ffmpegsupport.h"
#include "music/outputfile.h"

#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstdio>

namespace sw::media {

namespace {

struct Format
{
    const char* suffix;
    const char* name;
    const char* container;
    AVCodecID codec;
    qint64 bitRate;
    bool offered; ///< listed for people to choose (.aac is read as .m4a's twin, not offered)
};

const Format kFormats[] = {
    {"flac", "FLAC (lossless)", "flac", AV_CODEC_ID_FLAC, 0, true},
    {"m4a", "AAC (.m4a)", "ipod", AV_CODEC_ID_AAC, 192000, true},
    {"aac", "AAC", "ipod", AV_CODEC_ID_AAC, 192000, false},
    {"mp3", "MP3", "mp3", AV_CODEC_ID_MP3, 192000, true},
};

const Format* formatFor(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    for (const Format& f : kFormats) {
        if (suffix == QLatin1String(f.suffix))
            return &f;
    }
    return nullptr;
}

} // namespace

const QVector<EncodedAudioFormat>& encodedAudioFormats()
{
    static const QVector<EncodedAudioFormat> kOffered = [] {
        QVector<EncodedAudioFormat> list;
        for (const Format& f : kFormats) {
            if (f.offered)
                list.append(EncodedAudioFormat{f.suffix, f.name});
        }
        return list;
    }();
    return kOffered;
}

bool isEncodedAudioFile(const QString& path)
{
    return formatFor(path) != nullptr;
}

bool writeAudioFile(const QString& path, const std::vector<float>& pcm, int sampleRate,
                    QString* error, const StopRequested& stop)
{
    return writeAudioFile(path, AudioSpool::view(pcm, 2), sampleRate, error, stop);
}

bool writeAudioFile(const QString& path, const AudioSpool& pcm, int sampleRate, QString* error,
                    const StopRequested& stop)
{
    const QFileInfo target(path);
    const QString name = target.fileName();
    auto fail = [&](const QString& why) {
        *error = QStringLiteral("%1: %2").arg(name, why);
        return false;
    };
    const Format* format = formatFor(path);
    if (!format)
        return fail(QStringLiteral("audio is written as .flac, .m4a or .mp3"));
    QString why;
    if (!music::outputCanReplace(path, &why))
        return fail(why);
    music::PendingFile pending(path);
    if (!pending.open(&why))
        return fail(why);
    AVFormatContext* output = nullptr;
    AVCodecContext* encoder = nullptr;
    bool ok = false;
    if (avformat_alloc_output_context2(&output, nullptr, format->container, nullptr) >= 0) {
        encoder =
            detail::openAudioEncoder(format->codec, sampleRate, format->bitRate,
                                     (output->oformat->flags & AVFMT_GLOBALHEADER) != 0, &why);
        AVStream* stream = encoder ? avformat_new_stream(output, nullptr) : nullptr;
        if (stream && avcodec_parameters_from_context(stream->codecpar, encoder) >= 0 &&
            avio_open(&output->pb, QFile::encodeName(pending.writePath()).constData(),
                      AVIO_FLAG_WRITE) >= 0) {
            stream->time_base = encoder->time_base;
            if (avformat_write_header(output, nullptr) >= 0) {
                SpoolCursor cursor(pcm);
                ok = detail::encodeAudio(
                         encoder, pcm.frames(), [&](qint64 f, int c) { return cursor.at(f, c); },
                         [&](AVPacket* packet) {
                             av_packet_rescale_ts(packet, encoder->time_base, stream->time_base);
                             packet->stream_index = stream->index;
                             return av_interleaved_write_frame(output, packet) >= 0;
                         },
                         stop) &&
                     av_write_trailer(output) >= 0;
                if (cursor.failed())
                    why = cursor.error();
                ok = ok && !cursor.failed();
            }
            const bool diskFull = output->pb->error == AVERROR(ENOSPC);
            ok = avio_closep(&output->pb) >= 0 && ok;
            if (!ok && diskFull)
                why = music::diskFullReason(path);
        } else if (why.isEmpty()) {
            why = QStringLiteral("the folder cannot be written");
        }
    }
    avcodec_free_context(&encoder);
    avformat_free_context(output);
    if (ok && pending.commit(&why))
        return true;
    if (stop && stop())
        return fail(QStringLiteral("the export was cancelled; nothing was written"));
    return fail(why.isEmpty() ? QStringLiteral("encoding failed") : why);
}

} // namespace sw::media
