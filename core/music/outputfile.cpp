#include "music/outputfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <csignal>
#include <sys/stat.h>
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
