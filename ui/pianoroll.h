#pragma once
// The piano roll: the notes of the active take of a music region, every track drawn, one track
// editable at a time, with the lyric syllable under each sung note. Editing follows DAW habits:
// click selects (Ctrl adds) and sounds the note on the MIDI output, drag moves on the 16th grid
// and by semitones, a double click draws a beat-long note, arrows move, Up and Down transpose
// (Shift: an octave), Shift+Left/Right change the length, Alt+Up/Down the velocity, Ctrl+D
// duplicates after the selection, Q quantises, S splits at the middle, J joins, L locks notes
// so regeneration keeps them, Delete removes, Ctrl+A selects the track. A click or drag in the
// bar ruler selects bars, for "Regenerate Selection" and "Loop Selection". Every edit is one
// undoable request on the project (a drag folds into one step). A playhead line shows where the
// transport is in the music, as in the timeline. Ctrl+wheel or Ctrl+plus/minus zooms in time,
// Ctrl+Shift+wheel makes the rows taller or shorter.

#include "music/score.h"

#include <QSet>
#include <QUuid>
#include <QWidget>

namespace sw::project {
class Project;
}

namespace sw::ui {

class PianoRoll : public QWidget
{
    Q_OBJECT
public:
    explicit PianoRoll(QWidget* parent = nullptr);

    /// Shows the active take of the project's first region that has one; follows its edits.
    void setProject(project::Project* project);
    QUuid regionId() const { return m_regionId; }
    /// The score shown (empty when there is no take).
    const music::Score& score() const { return m_score; }

    int editableTrack() const { return m_track; }
    void setEditableTrack(int track);
    /// The parts Music > Regenerate Selection writes again: those chosen (the roll's Regenerate
    /// button), else the editable track's alone. A sung line is never among them.
    QSet<music::TrackRole> regenerateRoles() const;
    void setRegenerateRoles(const QSet<music::TrackRole>& roles) { m_regenerateRoles = roles; }
    /// Indices into the editable track's notes.
    QList<int> selectedNotes() const { return m_selected; }
    void selectNotes(const QList<int>& indices);

    /// The bars chosen in the ruler (0-based, inclusive); first < 0 when none.
    int firstSelectedBar() const { return m_firstBar; }
    int lastSelectedBar() const { return m_lastBar; }
    void selectBars(int first, int last);

    /// The grid notes snap to, in ticks (a 16th by default).
    qint64 gridTicks() const { return m_grid; }

    /// The editing commands, also bound to keys.
    void moveSelection(qint64 ticks, int semitones, bool dragging = false);
    void resizeSelection(qint64 ticks);
    void duplicateSelection();
    void deleteSelection();
    void drawNote(qint64 tick, int pitch);
    void quantizeSelection();
    void splitSelection();
    void joinSelection();
    void toggleLockSelection();
    /// Alt+Up/Down: velocity up or down by 10 (by 1 with Shift), within 1..127.
    void changeVelocity(int delta);

    /// Zoom: pixels per tick (0.02-1, 0.1 at first) and the height of a row (4-24 pixels).
    double pixelsPerTick() const { return m_pixelsPerTick; }
    int rowHeight() const { return m_rowHeight; }
    void setZoom(double pixelsPerTick, int rowHeight);

    /// The transport's position on the video's timeline; the roll draws it as a line where it
    /// falls in the music.
    void setPlayheadUs(qint64 us);
    /// The playhead's tick in the take shown; -1 before the music's start or without a take.
    qint64 playheadTick() const;

    /// Where the roll draws `tick` at `pitch` (the middle of its row); the ruler is above y = 18.
    QPoint positionOf(qint64 tick, int pitch) const;
    /// Where the editable track's music is: its first note, at the track's middle pitch (the
    /// view opens there, not on an octave without notes); null when the track has no notes.
    QPoint editableTrackFocus() const;
    /// Where the editable track's sung syllables are written under their notes: on the first of
    /// two rows free at the note, elided when both are taken; none overlaps another.
    struct LyricPlacement
    {
        QRect rect;
        QString text;
    };
    QVector<LyricPlacement> lyricLayout() const;

    QSize sizeHint() const override;

Q_SIGNALS:
    void selectionChanged();
    void barsSelected(int first, int last);
    /// A note was clicked: hear it (pitch, velocity, the track's program and kit).
    void noteAuditioned(int pitch, int velocity, int program, bool drumKit);
    /// The take shown or its tracks changed (the track chooser lists them again).
    void scoreChanged();
    /// A wheel zoom moved the spot under the mouse by `shift` pixels in the roll: the scroll
    /// area scrolls by as much, so that the spot stays under the mouse, as in a DAW.
    void zoomedAround(QPoint shift);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;

private:
    void reload();
    bool applyNotes(QVector<music::Note> notes, const QList<int>& changed,
                    const QString& actionName, bool dragging);
    int xOf(qint64 tick) const;
    int yOf(int pitch) const;
    qint64 tickAt(int x) const;
    int pitchAt(int y) const;
    int barAt(int x) const;
    QRect noteRect(const music::Note& n) const;
    int noteAt(const QPoint& pos) const;
    qint64 snap(qint64 tick) const;

    project::Project* m_project = nullptr;
    QUuid m_regionId;
    QUuid m_takeId;
    qint64 m_regionStartUs = 0; ///< where the take's tick 0 lies on the video's timeline
    qint64 m_playheadUs = -1;
    music::Score m_score;
    int m_track = 0;
    QSet<music::TrackRole> m_regenerateRoles; ///< empty: the editable track's
    QList<int> m_selected;
    int m_firstBar = -1;
    int m_lastBar = -1;
    qint64 m_grid = music::kTicksPerQuarter / 4;
    double m_pixelsPerTick = 0.1;
    int m_rowHeight = 7;
    int m_lowPitch = 36;
    int m_highPitch = 96;
    // A drag in progress: what it started from, in ticks and semitones.
    enum class Drag
    {
        None,
        Notes,
        Bars
    };
    Drag m_drag = Drag::None;
    QPoint m_dragStart;
    QVector<music::Note> m_dragOrigin;
    QList<int> m_dragSelection; ///< indices into m_dragOrigin
    qint64 m_dragTicks = 0;
    int m_dragSemitones = 0;
    int m_dragBar = -1;
};

} // namespace sw::ui
