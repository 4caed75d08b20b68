#pragma once
// Audio files in the compressed formats a person delivers, encoded by FFmpeg: FLAC (lossless,
// 24 bit), AAC in an .m4a, MP3 (192 kbit/s). The format follows the file's suffix. Written to a
// temporary file renamed into place when complete, so a failed or cancelled export leaves
// nothing under the chosen name.

#include "media/audiospool.h"
#include "media/mediainfo.h"

#include <vector>

namespace sw::media {

/// The compressed formats, by suffix.
struct EncodedAudioFormat
{
    const char* suffix; ///< "flac"
    const char* name;   ///< for people: "FLAC (lossless)"
};
const QVector<EncodedAudioFormat>& encodedAudioFormats();

/// True for .flac, .m4a, .aac and .mp3.
bool isEncodedAudioFile(const QString& path);

bool writeAudioFile(const QString& path, const std::vector<float>& interleavedStereo,
                    int sampleRate, QString* error, const StopRequested& stop = {});
/// The same from a stereo spool (a long mix, read a block at a time).
bool writeAudioFile(const QString& path, const AudioSpool& stereo, int sampleRate, QString* error,
                    const StopRequested& stop = {});

} // namespace sw::media
