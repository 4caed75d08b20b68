#include "ui/mediabin.h"

#include "project/project.h"
#include "scoring/mediaimport.h"
#include "ui/projectedits.h"

#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

namespace sw::ui {

namespace {
constexpr int kPathRole = Qt::UserRole + 1;
}

MediaBin::MediaBin(QWidget* parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("mediaBin"));
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
        const QString kind = c.kind == project::ClipKind::Video   ? tr("video")
                             : c.kind == project::ClipKind::Image ? tr("image")
                                                                  : tr("audio");
        QString text = QStringLiteral("%1 (%2)").arg(QFileInfo(c.mediaPath).fileName(), kind);
        if (missing.contains(c.mediaPath))
            text = tr("%1, offline").arg(text);
        auto* item = new QListWidgetItem(text, this);
        item->setData(kPathRole, c.mediaPath);
        item->setToolTip(c.mediaPath);
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
