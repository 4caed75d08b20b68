#pragma once
// The desktop application's main window: the project's timeline outline, the File menu
// (New, Open, Open Recent, Save, Save As), and Undo/Redo wired to the project's undo stack.
// The window owns the open project; opening a file that fails to load leaves the current
// project as it was and says why.

#include "ui/userprompts.h"

#include "jobs/task.h"

#include <QMainWindow>
#include <memory>

class QUndoGroup;
class QMenu;
class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QComboBox;

namespace sw::project {
class Autosaver;
class Project;
struct ProjectContent;
struct MusicRegion;
} // namespace sw::project

namespace sw::jobs {
class TaskManager;
} // namespace sw::jobs

namespace sw::render {
class ExportTask;
}

namespace sw::engine {
class VocalTask;
struct LyricPlacement;
} // namespace sw::engine

namespace sw::ui {

class Inspector;
class MediaBin;
class MidiActions;
class AudioGuidance;
class MidiController;
class MusicJobs;
class MusicOutput;
class PreviewPanel;
class Transport;
class PianoRoll;
class ProjectOutline;
class TimelineView;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// `prompts` answers the window's questions; null means real dialogs.
    explicit MainWindow(std::unique_ptr<UserPrompts> prompts = nullptr, QWidget* parent = nullptr);
    ~MainWindow() override;

    project::Project* project() const { return m_project.get(); }
    QString projectPath() const { return m_path; }
    ProjectOutline* outline() const { return m_outline; }
    TimelineView* timeline() const { return m_timeline; }
    /// The Music menu's jobs and the export, on workers (see musicjobs.h).
    MusicJobs* jobs() const { return m_jobs; }
    /// Where the composer's weights are read from (tests point it elsewhere).
    void setModelsDirectory(const QString& dir);
    bool isPlanning() const;
    bool isExporting() const;
    bool isWritingVocal() const;
    /// File > Import Media and drops on the timeline: the files as clips from `atUs` on (one
    /// undo step); unreadable files are named with the reason.
    void importMedia(const QStringList& paths, qint64 atUs);
    MediaBin* mediaBin() const { return m_mediaBin; }
    PianoRoll* pianoRoll() const { return m_pianoRoll; }
    Inspector* inspector() const { return m_inspector; }
    Transport* transport() const { return m_transport; }
    PreviewPanel* preview() const { return m_preview; }
    /// The MIDI devices (tests give it a virtual backend).
    MidiController* midi() const { return m_midi; }
    /// Cancels the plan, score, vocal or export that is running.
    void cancelRunningTask();
    void cancelPlanning();

    /// Opens `path`; on failure shows the error and keeps the current project.
    bool openProject(const QString& path);
    bool saveProject();
    bool saveProjectAs();
    void newProject();
    QStringList recentFiles() const;
    /// Offers the work a crash left in the recovery folder; call once at start. Returns true
    /// when a project was recovered (and is now open).
    bool offerRecovery();
    /// Asks where each missing media file went and relinks its clips (undoable).
    void relinkMissingMedia();
    /// Opens one of the previous versions kept beside the project file, unsaved.
    void restorePreviousVersion();
    /// Where autosaves go (the default is RecoveryStore::defaultFolder()).
    void setRecoveryFolder(const QString& folder);
    project::Autosaver* autosaver() const { return m_autosaver.get(); }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void addLanguageMenu(QMenu* parent);
    /// Follows every edit: the transport's length, and discarding results made stale.
    void projectEdited(const QUuid& id);
    void addPlaybackMenu();
    /// Starts the active take's sound at the transport's position (rendering it first if it
    /// changed); the transport follows it once it plays.
    void startMusic();
    /// What Playback > Loop Selection loops: the piano roll's bars, else the selected clip.
    std::pair<qint64, qint64> loopRange() const;
    void createDocks();
    /// `unsaved`: the content differs from the file at `path` (recovered or restored work).
    void setProject(std::unique_ptr<project::Project> project, const QString& path,
                    bool unsaved = false);
    bool hasUnsavedChanges() const;
    bool saveTo(const QString& path);
    /// Asks to save unsaved changes; false if the person cancelled.
    bool maybeSave();
    void addRecentFile(const QString& path);
    void rebuildRecentMenu();
    void updateTitle();
    void deleteSelection();
    /// Edit > Copy and Cut: the selected clips to the clipboard (Cut removes them, one step).
    void copySelection(bool cut);
    /// Edit > Paste: the clipboard's clips at the playhead, one undo step.
    void pasteClips();
    QString projectDisplayName() const;
    /// View (the panels, shown or hidden, and Reset Layout) and Help (Keyboard Shortcuts,
    /// About), after every other menu.
    void createViewAndHelpMenus();
    /// Every action of the menus that has a shortcut, as "Menu > Action: Ctrl+S" lines.
    QStringList shortcutLines() const;

    std::unique_ptr<UserPrompts> m_prompts;
    std::unique_ptr<project::Project> m_project;
    std::unique_ptr<project::Autosaver> m_autosaver;
    bool m_unsavedContent = false;
    QString m_path;
    QByteArray m_defaultLayout; ///< the panels as they first open, for View > Reset Layout
    QUndoGroup* m_undoGroup;
    ProjectOutline* m_outline;
    QMenu* m_recentMenu = nullptr;
    QAction* m_deleteAction = nullptr;
    QString m_recoveryFolder;
    QLabel* m_summaryLabel;
    TimelineView* m_timeline;
    jobs::TaskManager* m_tasks;
    MusicJobs* m_jobs = nullptr;
    QProgressBar* m_progress;
    QPushButton* m_cancelButton;
    MidiController* m_midi;
    MidiActions* m_midiActions = nullptr;
    AudioGuidance* m_audioGuidance = nullptr;
    PianoRoll* m_pianoRoll;
    QComboBox* m_trackChooser = nullptr;
    QComboBox* m_takeChooser = nullptr;
    Inspector* m_inspector;
    MediaBin* m_mediaBin = nullptr;
    Transport* m_transport;
    MusicOutput* m_music;
    PreviewPanel* m_preview = nullptr;
    QUuid m_previewedTake; ///< the take whose rendering MusicOutput holds
};

} // namespace sw::ui
