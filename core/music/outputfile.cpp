#include "music/outputfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace sw::music {

bool outputCanReplace(const QString& path, QString* why)
{
    const QFileInfo target(path);
    if (!target.exists() && !target.isSymLink())
        return true;
    if (!target.isFile()) {
        *why = QCoreApplication::translate("sw::music",
                                           "is not a regular file and cannot be replaced");
        return false;
    }
    if (!target.isWritable()) {
        *why = QCoreApplication::translate(
            "sw::music", "is read-only or belongs to another user, so it was not replaced; "
                         "choose another name");
        return false;
    }
    return true;
}

QString partialPathFor(const QString& target)
{
    const QFileInfo info(target);
    const QDir folder = info.absoluteDir();
    const QString prefix = QStringLiteral(".%1.").arg(info.fileName());
    const QString suffix = QStringLiteral(".partial");
    for (const QString& name :
         folder.entryList({prefix + QStringLiteral("*") + suffix}, QDir::Files | QDir::Hidden)) {
        bool numeric = false;
        const qint64 pid = name.mid(prefix.size(), name.size() - prefix.size() - suffix.size())
                               .toLongLong(&numeric);
        // kill(pid, 0) asks whether the process exists without touching it.
        if (numeric && pid > 0 && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
            QFile::remove(folder.filePath(name));
    }
    return folder.filePath(prefix + QString::number(::getpid()) + suffix);
}

PendingFile::PendingFile(const QString& target) : m_target(target) {}

PendingFile::~PendingFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
    if (!m_committed && !m_partial.isEmpty())
        QFile::remove(m_partial);
}

bool PendingFile::open(QString* why)
{
    const QFileInfo info(m_target);
#ifdef O_TMPFILE
    // 0666 under the umask: the finished file gets the permissions any new file would.
    m_fd = ::open(QFile::encodeName(info.absolutePath()).constData(),
                  O_TMPFILE | O_RDWR | O_CLOEXEC, 0666);
    // FFmpeg reopens it by name, through /proc.
    if (m_fd >= 0 && !QFileInfo::exists(writePath())) {
        ::close(m_fd);
        m_fd = -1;
    }
    if (m_fd >= 0)
        return true;
#endif
    m_partial = partialPathFor(m_target);
    QFile probe(m_partial);
    if (!probe.open(QIODevice::WriteOnly)) {
        *why = QCoreApplication::translate("sw::music", "the folder cannot be written (%1)")
                   .arg(probe.errorString());
        m_partial.clear();
        return false;
    }
    return true;
}

QString PendingFile::writePath() const
{
    return m_fd >= 0 ? QStringLiteral("/proc/self/fd/%1").arg(m_fd) : m_partial;
}

bool PendingFile::commit(QString* why)
{
    const QByteArray target = QFile::encodeName(QFileInfo(m_target).absoluteFilePath());
    if (m_fd >= 0) {
        // An unnamed file gets a name by a link; a hidden one for an instant, then renamed over
        // the target, so that the target is replaced in one step.
        m_partial = partialPathFor(m_target);
        const QByteArray source = QFile::encodeName(writePath());
        if (::linkat(AT_FDCWD, source.constData(), AT_FDCWD,
                     QFile::encodeName(m_partial).constData(), AT_SYMLINK_FOLLOW) != 0) {
            *why = QCoreApplication::translate("sw::music",
                                               "the finished file could not be put in place (%1)")
                       .arg(QString::fromLocal8Bit(strerror(errno)));
            m_partial.clear();
            return false;
        }
    }
    if (::rename(QFile::encodeName(m_partial).constData(), target.constData()) != 0) {
        *why = QCoreApplication::translate("sw::music",
                                           "the finished file could not be put in place (%1)")
                   .arg(QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    m_committed = true;
    return true;
}

qint64 freeBytesAt(const QString& path)
{
    const QFileInfo info(path);
    const QString folder = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    struct statvfs fs;
    if (::statvfs(QFile::encodeName(folder).constData(), &fs) != 0)
        return -1;
    return qint64(fs.f_bavail) * qint64(fs.f_frsize);
}

QString sizeText(qint64 bytes)
{
    if (bytes >= 1000LL * 1000 * 1000)
        return QCoreApplication::translate("sw::music", "%1 GB")
            .arg(double(bytes) / 1e9, 0, 'f', 1);
    return QCoreApplication::translate("sw::music", "%1 MB")
        .arg(std::max<qint64>(0, bytes) / 1000000);
}

QString diskFullReason(const QString& path, qint64 needed)
{
    const qint64 free = freeBytesAt(path);
    if (free < 0 || free >= needed)
        return {};
    const QFileInfo info(path);
    const QString folder = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    return QCoreApplication::translate("sw::music",
                                       "the disk is full: %1 free in %2, the file needs %3")
        .arg(sizeText(free), QDir::toNativeSeparators(folder), sizeText(needed));
}

QString diskFullReason(const QString& path)
{
    const QFileInfo info(path);
    const QString folder = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    return QCoreApplication::translate("sw::music", "the disk is full: %1 free in %2")
        .arg(sizeText(freeBytesAt(path)), QDir::toNativeSeparators(folder));
}

bool sameFile(const QString& a, const QString& b)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    struct stat first = {}, second = {};
    return ::stat(QFile::encodeName(a).constData(), &first) == 0 &&
           ::stat(QFile::encodeName(b).constData(), &second) == 0 &&
           first.st_dev == second.st_dev && first.st_ino == second.st_ino;
}

} // namespace sw::music
