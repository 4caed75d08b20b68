#pragma once
// Whether a file may be replaced by one written beside it and renamed over it, as every writer
// of the program does (MIDI, MusicXML, WAV, encoded audio, the muxed video, the project): never
// a device or a folder (a rename would replace /dev/null as root), and never a file this user
// may not write (in a shared folder a rename would replace another user's file, which opening
// it for writing would have refused). Kept in the lowest module so every writer asks the same.

#include <QString>

namespace sw::music {

/// True when `path` does not exist, or is a regular file this user may write. Otherwise false
/// with `why`: "is not a regular file and cannot be replaced", "is read-only ...".
bool outputCanReplace(const QString& path, QString* why);

/// Where a file is written before it is renamed over `target`: hidden beside it and marked
/// with this process's id (".mix.flac.1234.partial"). Partial files that a killed export left
/// beside the same target, whose process is gone, are removed first: nobody else can finish
/// them, and they are the person's disk.
QString partialPathFor(const QString& target);

/// True when both paths name one existing file (the same device and inode: through a link,
/// another spelling or a hard link too). An output that is an input would destroy what it is
/// being made from.
bool sameFile(const QString& a, const QString& b);

} // namespace sw::music
