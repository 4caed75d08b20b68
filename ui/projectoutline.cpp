#include "ui/projectoutline.h"

#include <QTreeWidgetItemIterator>

#include "project/project.h"
#include "ui/projectedits.h"

#include <QDir>
#include <QFileInfo>
#include <QHeaderView>

namespace sw::ui {

using namespace sw::project;

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
}

ProjectOutline::ProjectOutline(QWidget* parent) : QTreeWidget(parent)
{
    setColumnCount(4);
    setHeaderLabels({tr("Name"), tr("Start"), tr("Length"), tr("Details")});
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setUniformRowHeights(true);
    header()->setStretchLastSection(true);
}

void ProjectOutline::setProject(Project* project)
{
    if (m_project)
        m_project->disconnect(this);
    m_project = project;
    if (m_project) {
        followProjectEdits(m_project, this, [this] { rebuild(); });
        connect(m_project, &Project::settingsChanged, this, &ProjectOutline::rebuild);
    }
    rebuild();
}

QList<QUuid> ProjectOutline::selectedElementIds() const
{
    QList<QUuid> ids;
    for (QTreeWidgetItem* item : selectedItems()) {
        const QUuid id = item->data(0, kIdRole).toUuid();
        if (!id.isNull())
            ids.append(id);
    }
    return ids;
}

void ProjectOutline::selectElements(const QList<QUuid>& ids)
{
    clearSelection();
    for (QTreeWidgetItemIterator it(this); *it; ++it) {
        if (ids.contains((*it)->data(0, kIdRole).toUuid())) {
            (*it)->setSelected(true);
            scrollToItem(*it);
        }
    }
}

int ProjectOutline::elementCount() const
{
    int count = 0;
    for (int i = 0; i < topLevelItemCount(); ++i)
        count += topLevelItem(i)->childCount();
    return count;
}

void ProjectOutline::rebuild()
{
    const QList<QUuid> selected = selectedElementIds();
    clear();
    if (!m_project)
        return;
    const ProjectContent& content = m_project->content();
    const QStringList missing = content.missingMedia();

    auto group = [this](const QString& title) {
        auto* item = new QTreeWidgetItem(this, {title});
        item->setFlags(Qt::ItemIsEnabled);
        QFont font = item->font(0);
        font.setBold(true);
        item->setFont(0, font);
        return item;
    };
    auto row = [&](QTreeWidgetItem* parent, const QUuid& id, const QString& name, qint64 start,
                   qint64 length, const QString& details) {
        auto* item = new QTreeWidgetItem(parent, {name, formatMediaTime(start),
                                                  length >= 0 ? formatMediaTime(length) : QString(),
                                                  details});
        item->setData(0, kIdRole, id);
        if (selected.contains(id))
            item->setSelected(true);
        return item;
    };

    const struct
    {
        ClipKind kind;
        QString title;
    } clipGroups[] = {{ClipKind::Video, tr("Video")},
                      {ClipKind::Image, tr("Images")},
                      {ClipKind::Audio, tr("Audio")},
                      {ClipKind::Prompt, tr("Prompts")},
                      {ClipKind::Lyrics, tr("Lyrics")}};
    for (const auto& g : clipGroups) {
        QTreeWidgetItem* heading = nullptr;
        int number = 0;
        for (const Clip& c : content.clips) {
            if (c.kind != g.kind)
                continue;
            if (!heading)
                heading = group(g.title);
            ++number;
            const bool usesMedia = clipKindUsesMedia(c.kind);
            QString name = c.name;
            if (name.isEmpty() && usesMedia)
                name = QFileInfo(c.mediaPath).fileName();
            else if (name.isEmpty())
                name = c.kind == ClipKind::Prompt ? tr("Prompt %1").arg(number)
                                                  : tr("Line %1").arg(number);
            const QString details = usesMedia ? QDir::toNativeSeparators(c.mediaPath) : c.text;
            QTreeWidgetItem* item = row(heading, c.id, name, c.startUs, c.durationUs, details);
            if (usesMedia && missing.contains(c.mediaPath)) {
                item->setText(3, tr("Offline: %1 not found").arg(details));
                item->setForeground(3, QColor(Qt::red));
            }
        }
    }
    if (!content.musicRegions.isEmpty()) {
        QTreeWidgetItem* heading = group(tr("Music"));
        for (const MusicRegion& r : content.musicRegions) {
            QString details = tr("%n take(s)", nullptr, int(r.takes.size()));
            if (const Take* t = r.active())
                details += tr("; playing \"%1\": %2 notes, %3 bpm")
                               .arg(t->name)
                               .arg(t->score.noteCount())
                               .arg(t->score.tempoMap.bpmAt(0), 0, 'f', 0);
            row(heading, r.id, r.name, r.startUs, r.durationUs, details);
        }
    }
    if (!content.markers.isEmpty()) {
        QTreeWidgetItem* heading = group(tr("Markers"));
        for (const Marker& m : content.markers)
            row(heading, m.id, m.name, m.timeUs, -1,
                m.kind == MarkerKind::HitPoint ? tr("Hit point") : tr("Marker"));
    }
    expandAll();
    for (int c = 0; c < 3; ++c)
        resizeColumnToContents(c);
}

} // namespace sw::ui
