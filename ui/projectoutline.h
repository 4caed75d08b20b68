#pragma once
// A tree of everything on the project's timeline, grouped by kind (video, images, prompts,
// lyrics, music, markers), with start, length and details. It is the desktop shell's view of
// the project until the full timeline editor lands; it follows the project's signals.

#include <QTreeWidget>
#include <QUuid>

namespace sw::project {
class Project;
}

namespace sw::ui {

class ProjectOutline : public QTreeWidget
{
    Q_OBJECT
public:
    explicit ProjectOutline(QWidget* parent = nullptr);

    void setProject(project::Project* project);
    QList<QUuid> selectedElementIds() const;
    /// Selects the row of element `id` (and only it).
    void selectElement(const QUuid& id) { selectElements({id}); }
    void selectElements(const QList<QUuid>& ids);
    /// Number of elements listed (group headings not counted).
    int elementCount() const;

private:
    void rebuild();

    project::Project* m_project = nullptr;
};

} // namespace sw::ui
