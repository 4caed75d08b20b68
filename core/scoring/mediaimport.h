#pragma once
// Turning media files into clips: each file is probed (FFmpeg) to tell a video from a still
// image or a sound and to learn its length; a file that cannot be read is named with the reason
// and the others are still imported.

#include "project/timeline.h"

#include <QStringList>
#include <QVector>

namespace sw::scoring {

/// How long a still image stays on the timeline when it is dropped there.
constexpr qint64 kStillImageUs = 4000000;

struct MediaImport
{
    QVector<project::Clip> clips; ///< one per readable file, placed one after another
    QStringList errors;           ///< "file: why" for each file that could not be read
};

/// Clips for `paths`, the first starting at `atUs`, each following the one before.
MediaImport clipsForMedia(const QStringList& paths, qint64 atUs);

/// The MIME type a media file is dragged with inside the application (its path as text).
QString mediaMimeType();

} // namespace sw::scoring
