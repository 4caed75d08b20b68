#pragma once
// The one undo command behind every element edit: it holds the element's state before and
// after (an empty optional meaning "absent"), so the same class adds, removes and modifies
// clips, markers and music regions. Internal to sw_project.

#include "project/project.h"

#include <QUndoCommand>

namespace sw::project {

/// Merge ids for QUndoStack: one per element type, so drags of a clip merge only with each other.
template <typename T> constexpr int elementMergeId();
template <> constexpr int elementMergeId<Clip>()
{
    return 1001;
}
template <> constexpr int elementMergeId<Marker>()
{
    return 1002;
}
template <> constexpr int elementMergeId<MusicRegion>()
{
    return 1003;
}

template <typename T> class ElementCommand : public QUndoCommand
{
public:
    ElementCommand(Project* project, const QUuid& id, std::optional<T> before,
                   std::optional<T> after, int index, const QString& text, bool open = false,
                   QUndoCommand* parent = nullptr)
        : QUndoCommand(text, parent), m_project(project), m_id(id), m_before(std::move(before)),
          m_after(std::move(after)), m_index(index), m_open(open)
    {
    }

    void redo() override { m_project->applyElement<T>(m_id, m_after, m_index); }
    void undo() override { m_project->applyElement<T>(m_id, m_before, m_index); }

    // Only a modification still in progress (a drag) accepts the next change of its element.
    int id() const override { return m_before && m_after ? elementMergeId<T>() : -1; }
    /// Whether this is a drag of element `id` still in progress.
    bool isOpenChangeOf(const QUuid& id) const { return m_open && m_id == id; }
    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* next = dynamic_cast<const ElementCommand<T>*>(other);
        if (!m_open || !next || next->m_id != m_id || !next->m_before || !next->m_after)
            return false;
        m_after = next->m_after;
        m_open = next->m_open;
        setObsolete(m_before == m_after);
        return true;
    }

private:
    Project* m_project;
    QUuid m_id;
    std::optional<T> m_before;
    std::optional<T> m_after;
    int m_index;
    bool m_open;
};

/// Clips moved together (a selection dragged): one step whose children move one clip each; a
/// drag still in progress takes the next move of the same clips, as one clip's drag does.
class ClipGroupCommand : public QUndoCommand
{
public:
    ClipGroupCommand(const QString& text, bool open) : QUndoCommand(text), m_open(open) {}
    void addMove(ElementCommand<Clip>* move, const QUuid& id)
    {
        m_moves.append(move);
        m_ids.append(id);
    }
    int id() const override { return 1004; }
    bool isOpenFor(const QVector<QUuid>& ids) const { return m_open && m_ids == ids; }
    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* next = dynamic_cast<const ClipGroupCommand*>(other);
        if (!next || !isOpenFor(next->m_ids))
            return false;
        for (int i = 0; i < m_moves.size(); ++i)
            m_moves[i]->mergeWith(next->m_moves[i]);
        m_open = next->m_open;
        return true;
    }

private:
    QVector<ElementCommand<Clip>*> m_moves; // owned as children
    QVector<QUuid> m_ids;
    bool m_open;
};

} // namespace sw::project
