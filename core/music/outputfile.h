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

/// A file written where `target` will be, nameless until it is complete: an unnamed file
/// (O_TMPFILE) in the target's folder, given the target's name by commit(), replacing what was
/// there. A writer killed half-way leaves nothing behind, not even a hidden file. Where the file
/// system has no unnamed files, the hidden file partialPathFor() names stands in.
class PendingFile
{
public:
    explicit PendingFile(const QString& target);
    ~PendingFile(); ///< an uncommitted file is discarded
    PendingFile(const PendingFile&) = delete;
    PendingFile& operator=(const PendingFile&) = delete;

    bool open(QString* why);
    /// Where a writer that opens files by name (FFmpeg) writes the content.
    QString writePath() const;
    bool commit(QString* why);

private:
    QString m_target;
    QString m_partial; // the named stand-in, or the name given for an instant on commit
    int m_fd = -1;
    bool m_committed = false;
};

/// Bytes free to this user in the file system holding `path` (a folder, or a file's folder;
/// a file that does not exist yet counts as its folder); -1 when unknown.
qint64 freeBytesAt(const QString& path);
/// A size for people: "40 MB", "1.4 GB".
QString sizeText(qint64 bytes);
/// Why writing `needed` bytes to `path` failed, when it is the disk: "the disk is full: 38 MB
/// free in /media/card, the file needs 173 MB". Empty when the disk has room (another cause).
QString diskFullReason(const QString& path, qint64 needed);
/// The same when the writer was told the disk is full (ENOSPC) but not how much it needed.
QString diskFullReason(const QString& path);

/// True when both paths name one existing file (the same device and inode: through a link,
/// another spelling or a hard link too). An output that is an input would destroy what it is
/// being made from.
bool sameFile(const QString& a, const QString& b);

} // namespace sw::music
