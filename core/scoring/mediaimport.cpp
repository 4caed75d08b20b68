#include "scoring/mediaimport.h"

#include "media/mediainfo.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace sw::scoring {

QString mediaMimeType()
{
    return QStringLiteral("application/x-scorewright-media");
}

MediaImport clipsForMedia(const QStringList& paths, qint64 atUs)
{
    MediaImport result;
    qint64 at = std::max<qint64>(0, atUs);
    for (const QString& path : paths) {
        media::MediaInfo info;
        QString error;
        if (!media::probeMedia(path, &info, &error)) {
            result.errors << error;
            continue;
        }
        project::Clip clip;
        clip.id = QUuid::createUuid();
        clip.name = QFileInfo(path).completeBaseName();
        clip.mediaPath = QFileInfo(path).absoluteFilePath();
        clip.startUs = at;
        // FFmpeg reads stills through its image demuxers (image2, png_pipe, jpeg_pipe...).
        const bool still = info.container.startsWith(QLatin1String("image2")) ||
                           info.container.endsWith(QLatin1String("_pipe"));
        if (info.video() && still) {
            clip.kind = project::ClipKind::Image;
            clip.durationUs = kStillImageUs;
        } else if (info.video() && !info.video()->isAttachedPicture) {
            clip.kind = project::ClipKind::Video;
            clip.durationUs = info.durationUs;
        } else if (info.audio()) {
            clip.kind = project::ClipKind::Audio;
            clip.durationUs = info.durationUs;
        } else {
            result.errors << QCoreApplication::translate("sw::ui",
                                                         "%1: neither a picture nor a sound")
                                 .arg(QFileInfo(path).fileName());
            continue;
        }
        if (clip.durationUs <= 0) {
            result.errors << QCoreApplication::translate("sw::ui", "%1: its length cannot be read")
                                 .arg(QFileInfo(path).fileName());
            continue;
        }
        at += clip.durationUs;
        result.clips.append(clip);
    }
    return result;
}

} // namespace sw::scoring
