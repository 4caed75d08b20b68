#pragma once
// The project a person edits, with its undo stack.
//
// The contract follows Kdenlive's timeline model: the GUI sends requests (requestMoveClip, ...)
// that return true on success; a request that fails changes nothing and leaves the reason in
// lastError(). Every successful request pushes one QUndoCommand named for the person
// ("Move clip"); compound edits (split, delete several) are one macro, so one action is one undo
// step. Continuous gestures pass `dragging = true` while the mouse moves and false on release:
// the whole gesture folds into one undo step, while two separate moves stay two steps.
//
// Only the GUI thread calls requests. Workers return values (a new take, say) that the GUI
// thread applies through a request.

#include "project/timeline.h"

#include <QObject>
#include <QUuid>
#include <optional>

class QUndoStack;

namespace sw::project {

template <typename T> class ElementCommand;

class Project : public QObject
{
    Q_OBJECT
public:
    explicit Project(QObject* parent = nullptr);
    explicit Project(ProjectContent content, QObject* parent = nullptr);
    ~Project() override;

    const ProjectContent& content() const { return m_content; }
    const Clip* clip(const QUuid& id) const;
    const Marker* marker(const QUuid& id) const;
    const MusicRegion* musicRegion(const QUuid& id) const;
    bool contains(const QUuid& id) const;

    QUndoStack* undoStack() const { return m_undoStack; }
    /// Why the last request failed, in words for the person.
    QString lastError() const { return m_lastError; }

    bool requestSetTitle(const QString& title);
    bool requestSetSourceAudio(const SourceAudio& settings);
    /// Replaces the plan's pins; `actionName` names the step ("Pin tempo", "Draw intensity");
    /// `dragging` folds a drawing gesture into one step.
    bool requestSetPlanPins(const PlanPins& pins, const QString& actionName = {},
                            bool dragging = false);

    /// Adds a clip; a null id is replaced by a new one, returned through `newId`.
    bool requestAddClip(Clip clip, QUuid* newId = nullptr);
    bool requestMoveClip(const QUuid& id, qint64 startUs, bool dragging = false);
    /// Moves several clips at once (a selection dragged): one undo step, a drag's moves merged.
    bool requestMoveClips(const QVector<QPair<QUuid, qint64>>& starts, bool dragging = false);
    /// Moves the clip's edges; the media stays in place under video and audio clips.
    bool requestTrimClip(const QUuid& id, qint64 startUs, qint64 durationUs, bool dragging = false);
    bool requestSplitClip(const QUuid& id, qint64 atUs, QUuid* secondPartId = nullptr);
    bool requestSetClipText(const QUuid& id, const QString& text);
    /// Points every clip that uses the media file `oldPath` at `newPath` (an offline file found
    /// elsewhere): one undo step.
    bool requestRelinkMedia(const QString& oldPath, const QString& newPath);

    bool requestAddMarker(Marker marker, QUuid* newId = nullptr);
    bool requestMoveMarker(const QUuid& id, qint64 timeUs, bool dragging = false);
    /// Renames a marker or makes it a hit point (or a plain marker again); one undo step.
    bool requestEditMarker(const QUuid& id, const QString& name, MarkerKind kind);

    /// `actionName` names the undo step (default "Add music region").
    bool requestAddMusicRegion(MusicRegion region, QUuid* newId = nullptr,
                               const QString& actionName = {});
    bool requestMoveMusicRegion(const QUuid& id, qint64 startUs, bool dragging = false);
    /// Adds a take to a region and makes it the active one.
    /// `actionName` names the undo step (default "Add take").
    bool requestAddTake(const QUuid& regionId, Take take, QUuid* newId = nullptr,
                        const QString& actionName = {});
    bool requestSetActiveTake(const QUuid& regionId, int index);
    /// Replaces the notes of track `track` of the region's active take (the piano roll's
    /// edits); `actionName` names the step ("Move notes", "Delete notes"). Notes outside MIDI's
    /// ranges, or of no length, are refused.
    bool requestSetTakeNotes(const QUuid& regionId, int track, QVector<music::Note> notes,
                             const QString& actionName, bool dragging = false);

    /// Removes clips, markers and regions in one undo step.
    bool requestRemove(const QList<QUuid>& ids);

Q_SIGNALS:
    void elementAdded(const QUuid& id);
    void elementChanged(const QUuid& id);
    void elementRemoved(const QUuid& id);
    void settingsChanged();

private:
    template <typename T> friend class ElementCommand;
    friend class SettingsCommand;

    template <typename T> QVector<T>& elements();
    template <typename T> const T* find(const QUuid& id) const;
    /// Puts `value` in place of the element `id` (inserting it at `index` if absent), or removes
    /// the element when `value` is empty. Called only by ElementCommand.
    template <typename T>
    void applyElement(const QUuid& id, const std::optional<T>& value, int index);
    template <typename T>
    bool pushChange(const T& before, const T& after, const QString& text, bool dragging);
    template <typename T> bool pushAdd(T element, const QString& text, QUuid* newId);
    void applySettings(const QString& title, const SourceAudio& sourceAudio, const PlanPins& pins);

    bool fail(const QString& why);
    /// Clip `id` at `startUs`, checked (it exists, it starts at 0 or later); false says why.
    bool movedClip(const QUuid& id, qint64 startUs, Clip* moved);
    bool validate(const ProjectContent& probe);

    ProjectContent m_content;
    QUndoStack* m_undoStack;
    QString m_lastError;
};

} // namespace sw::project
