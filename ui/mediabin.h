#pragma once
// The media bin: every media file the project uses (videos, images, sounds) with its kind,
// length and whether it is there; files can be dragged from here onto the timeline again, and
// File > Import Media adds new ones.

#include <QListWidget>

namespace sw::project {
class Project;
}

namespace sw::ui {

class MediaBin : public QListWidget
{
    Q_OBJECT
public:
    explicit MediaBin(QWidget* parent = nullptr);
    void setProject(project::Project* project);
    /// The media files listed, in the order shown.
    QStringList paths() const;

protected:
    QMimeData* mimeData(const QList<QListWidgetItem*>& items) const override;

private:
    void rebuild();
    project::Project* m_project = nullptr;
};

} // namespace sw::ui
