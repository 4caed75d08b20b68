#include "music/outputfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <sys/stat.h>

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
