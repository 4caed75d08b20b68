#pragma once
// The timeline: the project's clips in lanes by kind (video with thumbnails, images, prompts,
// lyrics), its markers, and once the music is planned the picture's cuts, beats and motion, the
// plan's sections, bars, tempo, key and intensity, and the music of each region's active take,
// all on one time axis with a playhead. Ctrl+wheel or Ctrl+plus/minus zooms; a click in the
// ruler (in seconds, or in the plan's bars and beats) sets the playhead and dragging there scrubs;
// M adds a marker at the playhead, H a hit point. Clips are edited in place: a click selects one
// (Ctrl adds), dragging moves it and dragging an edge trims it, snapping to bar lines, beats, cuts,
// markers, the playhead and other clips' edges; S splits the selected clip at the playhead, Delete
// removes the selection. Double-clicking an empty spot of the Prompts or Lyrics lane (or its
// context menu, or Edit > Add Prompt / Add Lyrics at the playhead) opens a line to type the clip's
// text in place: Enter adds the clip (one undo step), Escape drops it. Dragging in the Intensity
// lane draws the intensity the plan must follow (a pin of the project, shown dashed). Files dropped
// on it become clips. Every edit is an undoable request (a drag is one step).

#include "plan/planner.h"

#include <QHash>
#include <QImage>
#include <QUuid>
#include <QWidget>

#include <map>
#include <memory>
#include <optional>

class QLineEdit;
class QPainter;
class QTimer;

namespace sw::project {
class Project;
struct Clip;
struct Marker;
enum class ClipKind;
} // namespace sw::project

namespace sw::ui {

class MediaPreviews;

class TimelineView : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineView(QWidget* parent = nullptr);
    ~TimelineView() override;

    void setProject(project::Project* project);
    /// Shows a plan and the guidance it was made from; nullopt clears them.
    void setPlan(const std::optional<plan::MusicPlan>& plan,
                 const plan::PlanGuidance& guidance = {});
    const std::optional<plan::MusicPlan>& plan() const { return m_plan; }

    /// The ruler counts bars and beats of the plan (when there is one) instead of seconds.
    bool rulerInBars() const { return m_rulerInBars; }
    void setRulerInBars(bool bars);
    /// The labelled ticks of the ruler: where (x) and what ("0:05", or bar "3").
    QVector<QPair<int, QString>> rulerMarks() const;

    qint64 playheadUs() const { return m_playheadUs; }
    void setPlayheadUs(qint64 us);
    double pixelsPerSecond() const { return m_pixelsPerSecond; }
    void setPixelsPerSecond(double pps);
    /// The zoom that shows the whole project in `visibleWidth` pixels (View > Zoom to Fit).
    void zoomToFit(int visibleWidth);
    QSize sizeHint() const override;

    QList<QUuid> selectedClips() const { return m_selected; }
    void selectClips(const QList<QUuid>& ids);
    /// Where the clip `id` is drawn (empty when it is not).
    QRect clipRect(const QUuid& id) const;
    /// The time `us` moves to when snapping is on: the nearest bar line, cut, marker, clip edge
    /// or the playhead within 8 pixels, else `us` itself.
    qint64 snapped(qint64 us, const QUuid& ignoring = {}) const;

    /// Opens the line to type a new prompt or lyric clip starting at `atUs` (snapped) in its
    /// lane; Enter adds the clip, Escape or an empty line drops it.
    /// `text`: what the line starts with (pasted text), for the person to check and confirm.
    void beginTextClip(project::ClipKind kind, qint64 atUs, const QString& text = {});
    /// That line while it is open, else null (for tests).
    QLineEdit* textClipEditor() const { return m_textClipEditor; }
    /// Opens the same line over the plan's section `index` in the Sections lane, holding its
    /// name; Enter pins the new name at the section's start (an earlier section's name brings
    /// its music back there: the section repeats), Escape drops it.
    void beginSectionRename(int index);
    /// The section of the shown plan at `us`, or -1.
    int sectionAt(qint64 us) const;
    /// The marker selected on the timeline (null when none): Delete removes it, a drag moves it.
    QUuid selectedMarker() const { return m_selectedMarker; }
    /// Opens a line over a prompt or lyric clip holding its text; Enter sets it (one undo step).
    void beginClipTextEdit(const QUuid& id);
    /// Opens a line over the marker in the Markers lane holding its name; Enter renames it.
    void beginMarkerRename(const QUuid& id);
    /// Where the marker's line is drawn (x), or -1.
    int markerX(const QUuid& id) const;
    /// Where the section `index` is drawn in the Sections lane (empty when there is none).
    QRect sectionRect(int index) const;
    /// A new section from the bar at `us` to the end of the section holding it, under a new
    /// letter (new music); false where a section already starts there. One undo step.
    bool splitSectionAt(qint64 us);
    /// The section `index` and the next become one, under the first one's name.
    bool joinSectionWithNext(int index);

Q_SIGNALS:
    void playheadMoved(qint64 us);
    void clipsSelected(const QList<QUuid>& ids);
    /// A double-click on lyrics of many lines: edit them in the inspector.
    void editTextRequested(const QUuid& id);
    /// Media files dropped on the timeline (from the media bin or the desktop) at `atUs`.
    void mediaDropped(const QStringList& paths, qint64 atUs);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    int xOf(qint64 us) const;
    qint64 timeAt(int x) const;
    qint64 durationUs() const;
    void updateWidth();

    project::Project* m_project = nullptr;
    std::optional<plan::MusicPlan> m_plan;
    bool m_rulerInBars = false;
    plan::PlanGuidance m_guidance;
    qint64 m_playheadUs = 0;
    double m_pixelsPerSecond = 80.0;
    QList<QUuid> m_selected;
    QUuid m_selectedMarker;
    enum class Drag
    {
        None,
        Move,
        TrimStart,
        TrimEnd,
        Intensity,
        Scrub,
        SectionEdge, ///< the start of m_dragSection, moved to another bar
        Marker       ///< m_dragMarker, moved in time
    };
    void drawIntensity(const QPoint& pos, bool dragging);
    /// Thumbnails and waveforms, decoded off the GUI thread.
    MediaPreviews* m_previews;
    qint64 m_lastDrawnUs = -1;
    double m_lastDrawnValue = 0;
    Drag m_drag = Drag::None;
    QUuid m_dragClip;
    int m_dragX = 0;
    qint64 m_dragStartUs = 0;
    qint64 m_dragEndUs = 0;
    bool m_dragged = false;
    QHash<QUuid, qint64> m_groupStarts; ///< where the selected clips were when grabbed
    bool m_groupMoved = false;          ///< a group move's undo step is still open
    /// The selection's new starts for the grabbed clip moved by `offset` (none before 0).
    QVector<QPair<QUuid, qint64>> groupMovedBy(qint64 offset) const;
    void endGroupMove();

    void commitTextClip();
    void closeTextClip();
    /// The clip at `pos`, or null.
    const project::Clip* clipAt(const QPoint& pos) const;
    void commitSectionName(int index, const QString& name);
    /// The sections as they stand: each one's first bar and name.
    QVector<QPair<int, QString>> sectionLayout() const;
    /// Pins `layout` (first bars and names) as the whole form, one undo step.
    void commitSectionLayout(const QVector<QPair<int, QString>>& layout, const QString& action);
    /// Whether `pos` is on an edge a drag moves: a section boundary, a clip's start or end.
    bool onDraggableEdge(const QPoint& pos) const;
    /// The entry of `layout` starting at `firstBar`, or -1.
    static int layoutIndexOf(const QVector<QPair<int, QString>>& layout, int firstBar);
    /// A waveform of `peaks` (one per 10 ms of `clip`'s media, drawn in `clipArea`) in `band`,
    /// mirrored about its middle; on a scale of 48 dB, or linear.
    void drawPeaks(QPainter& p, const project::Clip& clip, const QRect& clipArea, const QRect& band,
                   const QRect& visible, const QVector<float>& peaks, const QColor& colour,
                   bool decibels) const;
    /// The bar starting nearest `us`.
    int barNearest(qint64 us) const;
    /// The marker or hit point drawn within a few pixels of `pos` in the Markers lane, or null.
    const project::Marker* markerAt(const QPoint& pos) const;
    QUuid m_dragMarker;
    QUuid m_renamedMarker; ///< the marker the line renames
    QUuid m_editedClip;    ///< the prompt or lyric clip whose text the line edits
    int m_dragSection = -1;
    int m_sectionEdgeBar = -1;
    void replan();
    QTimer* m_replan = nullptr;     ///< gathers the pins' edits of a drag into one plan
    quint64 m_replanGeneration = 0; ///< the latest re-plan; older results are dropped
    QLineEdit* m_textClipEditor = nullptr;
    project::ClipKind m_textClipKind{};
    qint64 m_textClipUs = 0;
    int m_renamedSection = -1; ///< the section the line renames, -1 when it adds a clip
};

} // namespace sw::ui
