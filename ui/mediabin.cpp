#include "ui/mediabin.h"

#include "media/mediainfo.h"
#include "project/project.h"
#include "scoring/mediaimport.h"
#include "ui/mediapreviews.h"
#include "ui/projectedits.h"

#include <QFileInfo>
#include <QImageReader>
#include <QMimeData>
#include <QPainter>
#include <QStyle>
#include <QUrl>

namespace sw::ui {

namespace {
constexpr int kPathRole = Qt::UserRole + 1;
constexpr int kThumbnailAtRole = Qt::UserRole + 2; ///< media time of a video's thumbnail; -1 else
const QSize kIconSize(64, 36);

// A picture's thumbnail, read at a small size; a huge or unreadable one gets none (the analysis
// says why), so the list never waits on decoding a 7000 x 7000 PNG.
QIcon imageIcon(const QString& path, QSize* size)
{
    QImageReader reader(path);
    *size = reader.size();
    if (!size->isValid() || qint64(size->width()) * size->height() > 4096LL * 4096)
        return {};
    reader.setScaledSize(size->scaled(kIconSize, Qt::KeepAspectRatio));
    const QImage image = reader.read();
    return image.isNull() ? QIcon() : QIcon(QPixmap::fromImage(image));
}
} // namespace

MediaBin::MediaBin(QWidget* parent) : QListWidget(parent), m_previews(new MediaPreviews(this))
{
    setObjectName(QStringLiteral("mediaBin"));
    setIconSize(kIconSize);
    connect(m_previews, &MediaPreviews::ready, this, &MediaBin::refreshIcons);
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
}

void MediaBin::setProject(project::Project* project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    clear(); // another project: listed afresh
    if (m_project) {
        followProjectEdits(m_project, this, [this] { rebuild(); });
    }
    rebuild();
}

void MediaBin::rebuild()
{
    if (!m_project) {
        clear();
        return;
    }
    // Every edit comes here (each step of a drag): the list, and the look on disk for offline
    // files, are redone only when the set of files changes; the selection stays otherwise.
    QStringList files;
    for (const project::Clip& c : m_project->content().clips) {
        if (!c.mediaPath.isEmpty() && !files.contains(c.mediaPath))
            files << c.mediaPath;
    }
    if (files == paths() && count() > 0)
        return;
    clear();
    const QStringList missing = m_project->content().missingMedia();
    QStringList seen;
    for (const project::Clip& c : m_project->content().clips) {
        if (c.mediaPath.isEmpty() || seen.contains(c.mediaPath))
            continue;
        seen << c.mediaPath;
        const bool offline = missing.contains(c.mediaPath);
        // What an editor's bin says of a file: its length, or a picture's size.
        QString length;
        QIcon icon;
        qint64 thumbnailAt = -1;
        if (c.kind == project::ClipKind::Image) {
            QSize size;
            if (!offline)
                icon = imageIcon(c.mediaPath, &size);
            if (size.isValid())
                length = QStringLiteral("%1 x %2").arg(size.width()).arg(size.height());
        } else if (!offline) {
            // Probed once per file: the list is made again whenever the set of files changes.
            auto probed = m_probed.constFind(c.mediaPath);
            if (probed == m_probed.constEnd()) {
                media::MediaInfo info;
                QString error;
                Probed p;
                if (media::probeMedia(c.mediaPath, &info, &error) && info.durationUs > 0) {
                    p.durationUs = info.durationUs;
                    p.hasPicture = info.video() != nullptr;
                }
                probed = m_probed.insert(c.mediaPath, p);
            }
            if (probed->durationUs > 0) {
                length = project::formatMediaTime(probed->durationUs);
                if (c.kind == project::ClipKind::Video && probed->hasPicture)
                    thumbnailAt = std::min<qint64>(1000000, probed->durationUs / 2);
            }
            if (c.kind == project::ClipKind::Audio)
                icon = style()->standardIcon(QStyle::SP_MediaVolume);
        }
        const QString kind = c.kind == project::ClipKind::Video   ? tr("video")
                             : c.kind == project::ClipKind::Image ? tr("image")
                                                                  : tr("audio");
        QString text = QStringLiteral("%1 (%2)").arg(QFileInfo(c.mediaPath).fileName(), kind);
        if (!length.isEmpty())
            text = tr("%1\n%2, %3").arg(QFileInfo(c.mediaPath).fileName(), kind, length);
        if (offline)
            text = tr("%1, offline").arg(text);
        auto* item = new QListWidgetItem(icon, text, this);
        item->setData(kPathRole, c.mediaPath);
        item->setData(kThumbnailAtRole, thumbnailAt);
        item->setToolTip(c.mediaPath);
    }
    refreshIcons();
}

void MediaBin::refreshIcons()
{
    for (int i = 0; i < count(); ++i) {
        QListWidgetItem* it = item(i);
        const qint64 at = it->data(kThumbnailAtRole).toLongLong();
        if (at < 0)
            continue;
        const QImage frame = m_previews->thumbnail(it->data(kPathRole).toString(), at);
        if (frame.isNull())
            continue;
        it->setIcon(QIcon(QPixmap::fromImage(
            frame.scaled(kIconSize, Qt::KeepAspectRatio, Qt::SmoothTransformation))));
        it->setData(kThumbnailAtRole, qint64(-1)); // done
    }
}

QStringList MediaBin::paths() const
{
    QStringList out;
    for (int i = 0; i < count(); ++i)
        out << item(i)->data(kPathRole).toString();
    return out;
}

QMimeData* MediaBin::mimeData(const QList<QListWidgetItem*>& items) const
{
    QStringList chosen;
    QList<QUrl> urls;
    for (const QListWidgetItem* i : items) {
        chosen << i->data(kPathRole).toString();
        urls << QUrl::fromLocalFile(chosen.last());
    }
    auto* data = new QMimeData;
    data->setData(scoring::mediaMimeType(), chosen.join(u'\n').toUtf8());
    data->setUrls(urls);
    return data;
}

} // namespace sw::ui
