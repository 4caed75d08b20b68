#pragma once
// What a media file holds, as probing finds it: container, duration and every stream with the
// properties the rest of Scorewright needs (size, frame rate, rotation, audio layout).

#include "jobs/progress.h"

#include <QString>
#include <QVector>

namespace sw::media {

/// Asked between frames and packets; returning true stops the work at the next check (the
/// core's one convention, jobs/progress.h).
using StopRequested = jobs::StopRequested;

/// Limits that keep hostile files from exhausting the machine.
constexpr qint64 kMaxVideoPixels = 8192LL * 8192; ///< per frame
constexpr qint64 kProbeSizeBytes = 10 * 1024 * 1024;
constexpr qint64 kProbeDurationUs = 10 * 1000000;

struct StreamInfo
{
    enum class Type
    {
        Video,
        Audio,
        Subtitle,
        Other
    };
    int index = -1;
    Type type = Type::Other;
    QString codec;
    qint64 durationUs = -1; ///< -1 when unknown
    // Video
    int width = 0;
    int height = 0;
    double frameRate = 0.0;
    int rotationDegrees = 0;        ///< clockwise rotation to apply for display: 0, 90, 180, 270
    int bitsPerPixel = 0;           ///< of the coded picture (48 for 16-bit RGB); 0 unknown
    bool isAttachedPicture = false; ///< cover art in audio files, not a video
    /// Frames the container's header announces (AVI and MOV write it), 0 when unknown: a
    /// truncated AVI's duration is estimated from its size, but its header still counts them.
    qint64 headerFrames = 0;
    // Audio
    int sampleRate = 0;
    int channels = 0;
    QString channelLayout;
};

struct MediaInfo
{
    QString path;
    QString container;
    qint64 durationUs = -1;
    QVector<StreamInfo> streams;
    int videoStream = -1; ///< index into streams of the best video stream, -1 if none
    int audioStream = -1;

    const StreamInfo* video() const { return videoStream >= 0 ? &streams[videoStream] : nullptr; }
    const StreamInfo* audio() const { return audioStream >= 0 ? &streams[audioStream] : nullptr; }
};

/// Opens the file, reads its headers and closes it. Errors name the file ("clip.mp4: ...").
bool probeMedia(const QString& path, MediaInfo* info, QString* error);

} // namespace sw::media
