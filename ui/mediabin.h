#pragma once
// The media bin: every media file the project uses (videos, images, sounds) with a thumbnail,
// its kind, its length (a picture's size) and whether it is there; files can be dragged from
// here onto the timeline again, and File > Import Media adds new ones.

#include <QHash>
#include <QListWidget>

namespace sw::project {
class Project;
}

namespace sw::ui {

class MediaPreviews;

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
    /// Puts the thumbnails decoded so far on the items (they arrive one by one).
    void refreshIcons();
    project::Project* m_project = nullptr;
    MediaPreviews* m_previews;
    struct Probed
    {
        qint64 durationUs = -1;
        bool hasPicture = false;
    };
    QHash<QString, Probed> m_probed; ///< what each file's headers said, by path
};

} // namespace sw::ui
