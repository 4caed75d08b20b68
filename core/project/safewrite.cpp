#include "project/safewrite.h"

#include "music/outputfile.h"

#include <sys/stat.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace sw::project {

namespace {

const QString kVersionTimeFormat = QStringLiteral("yyyyMMdd-HHmmss-zzz");

bool syncFolder(const QString& folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

void keepPreviousVersion(const QFileInfo& target)
{
    QDir versions(savedVersionsFolder(target.absoluteFilePath()));
    if (!versions.exists() && !QDir().mkpath(versions.path()))
        return; // a version is a convenience; failing to keep one must not stop the save
    const QString name =
        QStringLiteral("%1-%2.%3")
            .arg(target.completeBaseName(), target.lastModified().toString(kVersionTimeFormat),
                 target.suffix());
    QFile::copy(target.absoluteFilePath(), versions.filePath(name));
    const QVector<SavedVersion> all = listSavedVersions(target.absoluteFilePath());
    for (int i = kMaxSavedVersions; i < all.size(); ++i)
        QFile::remove(all[i].path);
}

} // namespace

QString savedVersionsFolder(const QString& path)
{
    const QFileInfo info(path);
    return info.absoluteDir().filePath(QStringLiteral(".%1.versions").arg(info.fileName()));
}

QVector<SavedVersion> listSavedVersions(const QString& path)
{
    const QFileInfo info(path);
    const QDir versions(savedVersionsFolder(path));
    QVector<SavedVersion> list;
    const QString prefix = info.completeBaseName() + u'-';
    for (const QFileInfo& file : versions.entryInfoList(QDir::Files, QDir::Name)) {
        if (!file.fileName().startsWith(prefix))
            continue;
        const QString stamp = file.completeBaseName().mid(prefix.size());
        QDateTime when = QDateTime::fromString(stamp, kVersionTimeFormat);
        if (!when.isValid())
            when = file.lastModified();
        list.append({file.absoluteFilePath(), when, file.size()});
    }
    std::sort(list.begin(), list.end(),
              [](const SavedVersion& a, const SavedVersion& b) { return a.savedAt > b.savedAt; });
    return list;
}

namespace {

mode_t permissionsFor(const QFileInfo& target)
{
    struct stat existing = {};
    if (target.exists() &&
        ::stat(QFile::encodeName(target.absoluteFilePath()).constData(), &existing) == 0)
        return existing.st_mode & 07777;
    // The process's umask, read once (reading it means setting it for a moment).
    static const mode_t kUmask = [] {
        const mode_t mask = ::umask(0);
        ::umask(mask);
        return mask;
    }();
    return 0666 & ~kUmask;
}

} // namespace

bool writeFileSafely(const QString& path, const QByteArray& bytes, bool keepVersion, QString* error)
{
    const QFileInfo target(path);
    const QString folder = target.absolutePath();
    // The new file is renamed over the target (music/outputfile.h).
    QString why;
    if (!music::outputCanReplace(path, &why)) {
        *error = QStringLiteral("%1 %2").arg(path, why);
        return false;
    }
    if (!QFileInfo(folder).isDir()) {
        *error =
            QStringLiteral("the folder %1 does not exist").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    QTemporaryFile temporary(
        QDir(folder).filePath(QStringLiteral(".%1.XXXXXX.tmp").arg(target.fileName())));
    if (!temporary.open()) {
        *error = QCoreApplication::translate("sw::project", "the folder cannot be written (%1)")
                     .arg(temporary.errorString());
        return false;
    }
    if (temporary.write(bytes) != bytes.size() || !temporary.flush() ||
        ::fsync(temporary.handle()) != 0) {
        *error =
            QCoreApplication::translate("sw::project", "writing failed (%1); the disk may be full")
                .arg(temporary.error() != QFile::NoError
                         ? temporary.errorString()
                         : QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    // QTemporaryFile makes the file private (0600); the project keeps the permissions it had, or
    // gets those any new file of this user gets, so that saving does not lock others out.
    ::fchmod(temporary.handle(), permissionsFor(target));
    temporary.close();

    // What reached the disk, read back through a new handle, must be what we meant to write.
    QFile check(temporary.fileName());
    if (!check.open(QIODevice::ReadOnly) || check.readAll() != bytes) {
        *error = QCoreApplication::translate("sw::project",
                                             "the written file did not read back identically");
        return false;
    }
    check.close();

    if (keepVersion && target.exists())
        keepPreviousVersion(target);
    if (::rename(QFile::encodeName(temporary.fileName()).constData(),
                 QFile::encodeName(target.absoluteFilePath()).constData()) != 0) {
        *error = QCoreApplication::translate("sw::project",
                                             "the new file could not replace the old one (%1)")
                     .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    temporary.setAutoRemove(false); // it has become the file
    syncFolder(folder);
    return true;
}

} // namespace sw::project
