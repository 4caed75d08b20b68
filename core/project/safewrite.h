#pragma once
// Writing a file so that a crash, a full disk or a power cut never leaves a broken file under
// its name (the failures MuseScore's tracker is full of): the bytes go to a temporary file in
// the same folder, are flushed to the disk (fsync), read back from the disk and compared, and
// only then renamed over the old file, which POSIX makes atomic; the folder is synced too.
// Before the old file is replaced, it is kept as a previous version in a folder beside it
// (".<name>.versions/"), of which the newest kMaxSavedVersions stay.
//
// QSaveFile does the same rename but offers no way to read its temporary file before the commit,
// and reading back what actually reached the disk is the point; hence this small writer.

#include <QDateTime>
#include <QString>
#include <QVector>

namespace sw::project {

constexpr int kMaxSavedVersions = 10;

struct SavedVersion
{
    QString path;
    QDateTime savedAt; ///< when that version was saved (local time)
    qint64 bytes = 0;
};

/// Writes `bytes` to `path` as described above. `keepVersion` keeps the replaced file as a
/// previous version. On failure the file under `path` is untouched and `error` says why (without
/// the file name: the caller knows how to name the document).
bool writeFileSafely(const QString& path, const QByteArray& bytes, bool keepVersion,
                     QString* error);

/// The folder holding the previous versions of `path`.
QString savedVersionsFolder(const QString& path);
/// The previous versions of `path`, newest first.
QVector<SavedVersion> listSavedVersions(const QString& path);

} // namespace sw::project
