#include "cli/benchsupport.h"

#include <QProcess>
#include <algorithm>
#include <sys/resource.h>

namespace sw::cli {

double median(QVector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0.0 : values[values.size() / 2];
}

qint64 peakMemoryMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

bool runFfmpeg(const QStringList& args, QString* error)
{
    QProcess p;
    p.start(QStringLiteral("ffmpeg"), args);
    if (!p.waitForStarted(10000)) {
        *error = QStringLiteral("the ffmpeg command is needed (Debian package ffmpeg)");
        return false;
    }
    p.waitForFinished(-1);
    if (p.exitCode() != 0) {
        *error = QString::fromUtf8(p.readAllStandardError());
        return false;
    }
    return true;
}

bool makeBenchVideo(const QString& path, const QString& size, int seconds, QString* error)
{
    const QString graph = QStringLiteral("testsrc2=s=%1:r=30:d=%2,noise=alls=8:allf=t,"
                                         "hue=h='if(lt(mod(t,7),3.5),0,140)'")
                              .arg(size)
                              .arg(seconds);
    return runFfmpeg({QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"),
                      QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"), graph,
                      QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-preset"),
                      QStringLiteral("veryfast"), QStringLiteral("-crf"), QStringLiteral("23"),
                      QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"), path},
                     error);
}

} // namespace sw::cli
