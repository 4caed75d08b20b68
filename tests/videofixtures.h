#pragma once
// Test videos made on the spot by FFmpeg's lavfi sources, so that their truth is known exactly:
// where the cuts are, how long the fades last, when the ball hits the floor.

#include <QProcess>
#include <QString>
#include <QStringList>

namespace sw::testing {

/// Runs `ffmpeg -y <arguments> <output>`; returns an empty string or the error output.
inline QString runFfmpeg(const QStringList& arguments, const QString& output)
{
    QProcess p;
    QStringList args{QStringLiteral("-hide_banner"), QStringLiteral("-loglevel"),
                     QStringLiteral("error"), QStringLiteral("-y")};
    args << arguments << output;
    p.start(QStringLiteral("ffmpeg"), args);
    if (!p.waitForStarted(10000))
        return QStringLiteral("ffmpeg is not installed (Debian package ffmpeg)");
    if (!p.waitForFinished(120000)) {
        p.kill();
        return QStringLiteral("ffmpeg did not finish");
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QString::fromUtf8(p.readAllStandardError());
    return {};
}

/// Encodes a lavfi filter graph whose video output is labelled [v] (and audio [a] if
/// `withAudio`) as H.264 at good quality, a keyframe a second.
inline QString makeVideo(const QString& graph, const QString& output, bool withAudio = false)
{
    QStringList args{QStringLiteral("-filter_complex"), graph, QStringLiteral("-map"),
                     QStringLiteral("[v]")};
    if (withAudio)
        args << QStringLiteral("-map") << QStringLiteral("[a]") << QStringLiteral("-c:a")
             << QStringLiteral("aac");
    args << QStringLiteral("-c:v") << QStringLiteral("libx264") << QStringLiteral("-preset")
         << QStringLiteral("veryfast") << QStringLiteral("-crf") << QStringLiteral("18")
         << QStringLiteral("-g") << QStringLiteral("25") << QStringLiteral("-pix_fmt")
         << QStringLiteral("yuv420p");
    return runFfmpeg(args, output);
}

} // namespace sw::testing
