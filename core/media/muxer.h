#pragma once
// Puts a new soundtrack under a video: the video stream's packets are copied as they are (never
// re-encoded, so the picture is bit-identical), the soundtrack is encoded to AAC, and the result
// is written to a temporary file renamed into place only when complete, so a failed or cancelled
// mux leaves nothing under the chosen name. The container follows the output's suffix (.mp4,
// .mov, .mkv). The soundtrack is cut or padded with silence to the video's length.

#include "media/audiospool.h"
#include "media/mediainfo.h"

#include <vector>

namespace sw::media {

/// The containers a video with a new soundtrack can be written in, by the output's suffix.
struct VideoContainer
{
    const char* suffix;     ///< "mp4"
    const char* ffmpegName; ///< FFmpeg's muxer: "mp4", "mov", "matroska"
    const char* name;       ///< for people: "MP4"
};
const QVector<VideoContainer>& videoContainers();
/// The container `path`'s suffix names; null when none does (.webm, .avi, no suffix).
const VideoContainer* videoContainerFor(const QString& path);

struct Soundtrack
{
    const std::vector<float>* samples = nullptr; ///< interleaved stereo
    int sampleRate = 48000;
    qint64 offsetUs = 0;               ///< where the soundtrack starts in the video
    const AudioSpool* spool = nullptr; ///< instead of `samples`: a stereo spool (a long one)
};

bool muxSoundtrack(const QString& videoPath, const Soundtrack& soundtrack,
                   const QString& outputPath, QString* error, const StopRequested& stop = {});

} // namespace sw::media
