#include "media/ffmpegsupport.h"
#include "media/mediainfo.h"

#include <QFileInfo>

namespace sw::media {

bool probeMedia(const QString& path, MediaInfo* info, QString* error)
{
    QString why;
    AVFormatContext* context = detail::openInput(path, &why);
    if (!context) {
        *error = QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), why);
        return false;
    }
    MediaInfo probed;
    detail::describeStreams(context, path, &probed);
    avformat_close_input(&context);
    *info = probed;
    return true;
}

} // namespace sw::media
