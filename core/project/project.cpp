#include "project/project.h"

#include "project/elementcommand.h"

#include <QUndoStack>

namespace sw::project {

// Changes the project-wide settings (title, source audio); there are few, so one command keeps
// both values.
// Changes the project-wide settings (title, source audio, the plan's pins); there are few, so
// one command keeps them all. A drag (drawing the intensity curve) folds into one step.
class SettingsCommand : public QUndoCommand
{
public:
    SettingsCommand(Project* project, const QString& text, QString title, SourceAudio audio,
                    PlanPins pins, bool open = false)
        : QUndoCommand(text), m_project(project), m_title(std::move(title)), m_audio(audio),
          m_pins(std::move(pins)), m_oldTitle(project->m_content.title),
          m_oldAudio(project->m_content.sourceAudio), m_oldPins(project->m_content.planPins),
          m_open(open)
    {
    }
    void redo() override { m_project->applySettings(m_title, m_audio, m_pins); }
    void undo() override { m_project->applySettings(m_oldTitle, m_oldAudio, m_oldPins); }
    int id() const override { return 1010; }
    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* next = dynamic_cast<const SettingsCommand*>(other);
        if (!m_open || !next || next->text() != text())
            return false;
        m_title = next->m_title;
        m_audio = next->m_audio;
        m_pins = next->m_pins;
        m_open = next->m_open;
        return true;
    }

private:
    Project* m_project;
    QString m_title;
    SourceAudio m_audio;
    PlanPins m_pins;
    QString m_oldTitle;
    SourceAudio m_oldAudio;
    PlanPins m_oldPins;
    bool m_open;
};

// A project holding just `element`, to check it against the project's invariants.
static ProjectContent probeWith(const Clip& element)
{
    ProjectContent probe;
    probe.clips = {element};
    return probe;
}
static ProjectContent probeWith(const Marker& element)
{
    ProjectContent probe;
    probe.markers = {element};
    return probe;
}
static ProjectContent probeWith(const MusicRegion& element)
{
    ProjectContent probe;
    probe.musicRegions = {element};
    return probe;
}

template <> QVector<Clip>& Project::elements<Clip>()
{
    return m_content.clips;
}
template <> QVector<Marker>& Project::elements<Marker>()
{
    return m_content.markers;
}
template <> QVector<MusicRegion>& Project::elements<MusicRegion>()
{
    return m_content.musicRegions;
}

template <typename T> const T* Project::find(const QUuid& id) const
{
    const QVector<T>& list = const_cast<Project*>(this)->elements<T>();
    for (const T& element : list) {
        if (element.id == id)
            return &element;
    }
    return nullptr;
}

template <typename T>
void Project::applyElement(const QUuid& id, const std::optional<T>& value, int index)
{
    QVector<T>& list = elements<T>();
    int position = -1;
    for (int i = 0; i < list.size(); ++i) {
        if (list[i].id == id) {
            position = i;
            break;
        }
    }
    if (value && position >= 0) {
        list[position] = *value;
        Q_EMIT elementChanged(id);
    } else if (value) {
        list.insert(std::clamp(index, 0, int(list.size())), *value);
        Q_EMIT elementAdded(id);
    } else if (position >= 0) {
        list.remove(position);
        Q_EMIT elementRemoved(id);
    }
}

Project::Project(QObject* parent) : Project(ProjectContent{}, parent) {}

Project::Project(ProjectContent content, QObject* parent)
    : QObject(parent), m_content(std::move(content)), m_undoStack(new QUndoStack(this))
{
}

Project::~Project() = default;

const Clip* Project::clip(const QUuid& id) const
{
    return find<Clip>(id);
}
const Marker* Project::marker(const QUuid& id) const
{
    return find<Marker>(id);
}
const MusicRegion* Project::musicRegion(const QUuid& id) const
{
    return find<MusicRegion>(id);
}

bool Project::contains(const QUuid& id) const
{
    return clip(id) || marker(id) || musicRegion(id);
}

bool Project::fail(const QString& why)
{
    m_lastError = why;
    return false;
}

// Checks elements about to enter the project with the same invariants the whole project obeys,
// so that a request can never produce a project that fails checkConsistency().
bool Project::validate(const ProjectContent& probe)
{
    const QStringList problems = probe.checkConsistency();
    if (!problems.isEmpty())
        return fail(problems.first());
    m_lastError.clear();
    return true;
}

template <typename T>
bool Project::pushChange(const T& before, const T& after, const QString& text, bool dragging)
{
    if (!validate(probeWith(after)))
        return false;
    if (before == after && !dragging) {
        // Nothing changes, but a drag of this element still open (the mouse let go where the
        // last move left it) is closed, or the next change of the element (a rename after a
        // move) would fold into the drag's undo step.
        const int top = m_undoStack->index() - 1;
        const auto* open =
            top >= 0 ? dynamic_cast<const ElementCommand<T>*>(m_undoStack->command(top)) : nullptr;
        if (open && open->isOpenChangeOf(after.id))
            m_undoStack->push(new ElementCommand<T>(this, after.id, before, after, 0, text, false));
        return true;
    }
    m_undoStack->push(new ElementCommand<T>(this, after.id, before, after, 0, text, dragging));
    return true;
}

template <typename T> bool Project::pushAdd(T element, const QString& text, QUuid* newId)
{
    if (element.id.isNull())
        element.id = QUuid::createUuid();
    if (contains(element.id))
        return fail(tr("An element with this id is already in the project."));
    if (!validate(probeWith(element)))
        return false;
    m_undoStack->push(new ElementCommand<T>(this, element.id, std::nullopt, element,
                                            int(elements<T>().size()), text));
    if (newId)
        *newId = element.id;
    return true;
}

void Project::applySettings(const QString& title, const SourceAudio& sourceAudio,
                            const PlanPins& pins)
{
    m_content.title = title;
    m_content.sourceAudio = sourceAudio;
    m_content.planPins = pins;
    Q_EMIT settingsChanged();
}

bool Project::requestSetTitle(const QString& title)
{
    if (title == m_content.title)
        return true;
    m_undoStack->push(new SettingsCommand(this, tr("Rename project"), title, m_content.sourceAudio,
                                          m_content.planPins));
    return true;
}

bool Project::requestSetSourceAudio(const SourceAudio& settings)
{
    if (!(settings.gainDb >= -96.0 && settings.gainDb <= 24.0))
        return fail(tr("The source audio gain must lie between -96 dB and +24 dB."));
    if (settings == m_content.sourceAudio)
        return true;
    m_undoStack->push(new SettingsCommand(this, tr("Change source audio"), m_content.title,
                                          settings, m_content.planPins));
    return true;
}

bool Project::requestSetPlanPins(const PlanPins& pins, const QString& actionName, bool dragging)
{
    const QStringList problems = pins.validate();
    if (!problems.isEmpty())
        return fail(problems.first());
    if (pins == m_content.planPins && !dragging)
        return true;
    m_undoStack->push(new SettingsCommand(this,
                                          actionName.isEmpty() ? tr("Change plan") : actionName,
                                          m_content.title, m_content.sourceAudio, pins, dragging));
    m_lastError.clear();
    return true;
}

bool Project::requestAddClip(Clip clip, QUuid* newId)
{
    const QString text = tr("Add %1 clip").arg(clipKindName(clip.kind));
    return pushAdd(std::move(clip), text, newId);
}

bool Project::movedClip(const QUuid& id, qint64 startUs, Clip* moved)
{
    const Clip* current = clip(id);
    if (!current)
        return fail(tr("The clip no longer exists."));
    if (startUs < 0)
        return fail(tr("A clip cannot start before the beginning of the timeline."));
    *moved = *current;
    moved->startUs = startUs;
    return true;
}

bool Project::requestMoveClip(const QUuid& id, qint64 startUs, bool dragging)
{
    Clip moved;
    if (!movedClip(id, startUs, &moved))
        return false;
    return pushChange(*clip(id), moved, tr("Move clip"), dragging);
}

bool Project::requestMoveClips(const QVector<QPair<QUuid, qint64>>& starts, bool dragging)
{
    QVector<QUuid> ids;
    QVector<Clip> before, after;
    for (const auto& [id, startUs] : starts) {
        Clip moved;
        if (!movedClip(id, startUs, &moved) || !validate(probeWith(moved)))
            return false;
        ids << id;
        before << *clip(id);
        after << moved;
    }
    if (ids.isEmpty())
        return true;
    if (before == after && !dragging) {
        // As pushChange: only closes a drag of these clips still open.
        const int top = m_undoStack->index() - 1;
        const auto* open =
            top >= 0 ? dynamic_cast<const ClipGroupCommand*>(m_undoStack->command(top)) : nullptr;
        if (!open || !open->isOpenFor(ids))
            return true;
    }
    auto* group = new ClipGroupCommand(tr("Move %n clip(s)", nullptr, int(ids.size())), dragging);
    for (int i = 0; i < ids.size(); ++i)
        group->addMove(new ElementCommand<Clip>(this, ids[i], before[i], after[i], 0, QString(),
                                                dragging, group),
                       ids[i]);
    m_undoStack->push(group);
    m_lastError.clear();
    return true;
}

bool Project::requestTrimClip(const QUuid& id, qint64 startUs, qint64 durationUs, bool dragging)
{
    const Clip* current = clip(id);
    if (!current)
        return fail(tr("The clip no longer exists."));
    if (durationUs <= 0)
        return fail(tr("A clip cannot be trimmed to nothing."));
    Clip trimmed = *current;
    trimmed.startUs = startUs;
    trimmed.durationUs = durationUs;
    if (current->kind == ClipKind::Video || current->kind == ClipKind::Audio) {
        trimmed.sourceInUs = current->sourceInUs + (startUs - current->startUs);
        if (trimmed.sourceInUs < 0)
            return fail(tr("The clip cannot start before the beginning of its media."));
    }
    return pushChange(*current, trimmed, tr("Trim clip"), dragging);
}

bool Project::requestSplitClip(const QUuid& id, qint64 atUs, QUuid* secondPartId)
{
    const Clip* current = clip(id);
    if (!current)
        return fail(tr("The clip no longer exists."));
    if (atUs <= current->startUs || atUs >= current->endUs())
        return fail(tr("The split point must lie inside the clip."));
    Clip first = *current;
    first.durationUs = atUs - current->startUs;
    Clip second = *current;
    second.id = QUuid::createUuid();
    second.startUs = atUs;
    second.durationUs = current->endUs() - atUs;
    if (current->kind == ClipKind::Video || current->kind == ClipKind::Audio)
        second.sourceInUs = current->sourceInUs + first.durationUs;

    const Clip before = *current;
    const int index = int(m_content.clips.indexOf(before)) + 1;
    m_undoStack->beginMacro(tr("Split clip"));
    m_undoStack->push(new ElementCommand<Clip>(this, id, before, first, 0, tr("Split clip")));
    m_undoStack->push(
        new ElementCommand<Clip>(this, second.id, std::nullopt, second, index, tr("Split clip")));
    m_undoStack->endMacro();
    if (secondPartId)
        *secondPartId = second.id;
    m_lastError.clear();
    return true;
}

bool Project::requestSetClipText(const QUuid& id, const QString& text)
{
    const Clip* current = clip(id);
    if (!current)
        return fail(tr("The clip no longer exists."));
    if (clipKindUsesMedia(current->kind))
        return fail(tr("Only prompt and lyric clips hold text."));
    if (text.trimmed().isEmpty())
        return fail(current->kind == ClipKind::Prompt ? tr("A prompt cannot be empty.")
                                                      : tr("A lyric line cannot be empty."));
    Clip edited = *current;
    edited.text = text;
    return pushChange(*current, edited,
                      current->kind == ClipKind::Prompt ? tr("Edit prompt") : tr("Edit lyrics"),
                      false);
}

bool Project::requestRelinkMedia(const QString& oldPath, const QString& newPath)
{
    if (newPath.isEmpty())
        return fail(tr("Choose the file to use instead."));
    QVector<Clip> affected;
    for (const Clip& c : m_content.clips) {
        if (clipKindUsesMedia(c.kind) && c.mediaPath == oldPath)
            affected.append(c);
    }
    if (affected.isEmpty())
        return fail(tr("No clip uses %1.").arg(oldPath));
    const QString text = tr("Relink media");
    m_undoStack->beginMacro(text);
    for (const Clip& before : affected) {
        Clip after = before;
        after.mediaPath = newPath;
        m_undoStack->push(new ElementCommand<Clip>(this, before.id, before, after, 0, text));
    }
    m_undoStack->endMacro();
    m_lastError.clear();
    return true;
}

bool Project::requestAddMarker(Marker marker, QUuid* newId)
{
    const QString text =
        marker.kind == MarkerKind::HitPoint ? tr("Add hit point") : tr("Add marker");
    return pushAdd(std::move(marker), text, newId);
}

bool Project::requestMoveMarker(const QUuid& id, qint64 timeUs, bool dragging)
{
    const Marker* current = marker(id);
    if (!current)
        return fail(tr("The marker no longer exists."));
    Marker moved = *current;
    moved.timeUs = timeUs;
    return pushChange(*current, moved, tr("Move marker"), dragging);
}

bool Project::requestEditMarker(const QUuid& id, const QString& name, MarkerKind kind)
{
    const Marker* current = marker(id);
    if (!current)
        return fail(tr("The marker no longer exists."));
    if (name.trimmed().isEmpty())
        return fail(tr("A marker needs a name."));
    Marker edited = *current;
    edited.name = name.trimmed();
    edited.kind = kind;
    if (edited == *current)
        return true;
    const QString action = edited.kind != current->kind
                               ? (kind == MarkerKind::HitPoint ? tr("Make marker a hit point")
                                                               : tr("Make hit point a marker"))
                               : tr("Rename marker to %1").arg(edited.name);
    return pushChange(*current, edited, action, false);
}

bool Project::requestAddMusicRegion(MusicRegion region, QUuid* newId, const QString& actionName)
{
    return pushAdd(std::move(region), actionName.isEmpty() ? tr("Add music region") : actionName,
                   newId);
}

bool Project::requestMoveMusicRegion(const QUuid& id, qint64 startUs, bool dragging)
{
    const MusicRegion* current = musicRegion(id);
    if (!current)
        return fail(tr("The music region no longer exists."));
    MusicRegion moved = *current;
    moved.startUs = startUs;
    return pushChange(*current, moved, tr("Move music"), dragging);
}

bool Project::requestAddTake(const QUuid& regionId, Take take, QUuid* newId,
                             const QString& actionName)
{
    const MusicRegion* current = musicRegion(regionId);
    if (!current)
        return fail(tr("The music region no longer exists."));
    if (take.id.isNull())
        take.id = QUuid::createUuid();
    if (take.created.isNull())
        take.created = QDateTime::currentDateTimeUtc();
    if (take.name.isEmpty())
        take.name = tr("Take %1").arg(current->takes.size() + 1);
    MusicRegion edited = *current;
    edited.takes.append(take);
    edited.activeTake = int(edited.takes.size()) - 1;
    if (!pushChange(*current, edited, actionName.isEmpty() ? tr("Add take") : actionName, false))
        return false;
    if (newId)
        *newId = take.id;
    return true;
}

bool Project::requestSetActiveTake(const QUuid& regionId, int index)
{
    const MusicRegion* current = musicRegion(regionId);
    if (!current)
        return fail(tr("The music region no longer exists."));
    if (index < 0 || index >= current->takes.size())
        return fail(tr("There is no take %1 in this region.").arg(index + 1));
    MusicRegion edited = *current;
    edited.activeTake = index;
    return pushChange(*current, edited, tr("Choose take"), false);
}

bool Project::requestSetTakeNotes(const QUuid& regionId, int track, QVector<music::Note> notes,
                                  const QString& actionName, bool dragging)
{
    const MusicRegion* current = musicRegion(regionId);
    if (!current)
        return fail(tr("The music region no longer exists."));
    if (!current->active())
        return fail(tr("The music region has no take to edit."));
    if (track < 0 || track >= current->active()->score.tracks.size())
        return fail(tr("The take has no track %1.").arg(track + 1));
    for (const music::Note& n : notes) {
        if (n.pitch < 0 || n.pitch > 127)
            return fail(tr("A note cannot go beyond the MIDI range (C-1 to G9)."));
        if (n.startTick < 0)
            return fail(tr("A note cannot start before the beginning of the take."));
        if (n.durationTicks <= 0)
            return fail(tr("A note cannot be shortened to nothing."));
        if (n.velocity < 1 || n.velocity > 127)
            return fail(tr("A note's velocity lies between 1 and 127."));
    }
    MusicRegion edited = *current;
    music::Track& edit = edited.takes[edited.activeTake].score.tracks[track];
    edit.notes = std::move(notes);
    edit.sortNotes();
    return pushChange(*current, edited, actionName, dragging);
}

bool Project::requestRemove(const QList<QUuid>& ids)
{
    if (ids.isEmpty())
        return true;
    for (const QUuid& id : ids) {
        if (!contains(id))
            return fail(tr("An element to delete no longer exists."));
    }
    const QString text =
        ids.size() == 1 ? tr("Delete item") : tr("Delete %1 items").arg(ids.size());
    m_undoStack->beginMacro(text);
    for (const QUuid& id : ids) {
        if (const Clip* c = clip(id))
            m_undoStack->push(new ElementCommand<Clip>(this, id, *c, std::nullopt,
                                                       int(m_content.clips.indexOf(*c)), text));
        else if (const Marker* m = marker(id))
            m_undoStack->push(new ElementCommand<Marker>(this, id, *m, std::nullopt,
                                                         int(m_content.markers.indexOf(*m)), text));
        else if (const MusicRegion* r = musicRegion(id))
            m_undoStack->push(new ElementCommand<MusicRegion>(
                this, id, *r, std::nullopt, int(m_content.musicRegions.indexOf(*r)), text));
    }
    m_undoStack->endMacro();
    m_lastError.clear();
    return true;
}

} // namespace sw::project
