#pragma once
// Internal to sw_media: opening files the same safe way everywhere, and FFmpeg's error codes as
// sentences.

extern "C" {
#include <libavformat/avformat.h>
}

#include "media/mediainfo.h"

#include <QString>

namespace sw::media::detail {

QString ffmpegErrorText(int code);

/// Opens `path` for reading with the `file` protocol only and a bounded probe, and reads the
/// stream information. On failure returns nullptr and sets `error` (without the file name).
AVFormatContext* openInput(const QString& path, QString* error);

/// Fills `info` from an opened context.
void describeStreams(AVFormatContext* context, const QString& path, MediaInfo* info);

} // namespace sw::media::detail
