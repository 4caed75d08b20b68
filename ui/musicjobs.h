#pragma once
// The music's background jobs for the main window: Plan Music, Score Video, Regenerate
// Selection, Arrange Around Melody, Write Melody to Lyrics, Rewrite Sung Line and Export
// Soundtrack. Each is started from what the window shows (the piano roll's selection, the
// active take), runs on a worker through the core's pipeline (scoring/), and ends in the
// project as one undo step, or in a message that stays visible. One runs at a time, with the
// status bar's progress and Cancel; each task's own finished signal says which job ended. An
// edit of what a running job was made from discards its result.

#include "jobs/task.h"
#include "scoring/scoringjob.h"

#include <QObject>
#include <functional>
#include <memory>

class QMenu;
class QProgressBar;
class QPushButton;
class QStatusBar;
class QWidget;

namespace sw::project {
class Project;
struct MusicRegion;
} // namespace sw::project
namespace sw::jobs {
class TaskManager;
}
namespace sw::render {
class ExportTask;
}
namespace sw::engine {
class VocalTask;
}

namespace sw::ui {

class PianoRoll;
class TimelineView;
class UserPrompts;

class MusicJobs : public QObject
{
    Q_OBJECT
public:
    /// What the jobs read from and report to; all of it outlives this object.
    struct Window
    {
        QWidget* window = nullptr; ///< the parent of dialogs
        UserPrompts* prompts = nullptr;
        QStatusBar* statusBar = nullptr;
        QProgressBar* progress = nullptr;
        QPushButton* cancel = nullptr;
        PianoRoll* pianoRoll = nullptr;
        TimelineView* timeline = nullptr;
        jobs::TaskManager* tasks = nullptr;
        std::function<project::Project*()> project;
        /// Where the project file is (empty for a new project) and what to call exports.
        std::function<QString()> projectPath;
        std::function<QString()> displayName;
    };
    MusicJobs(Window window, QObject* parent);
    ~MusicJobs() override;

    void setModelsDirectory(const QString& dir) { m_modelsDir = dir; }
    QString modelsDirectory() const { return m_modelsDir; }

    void startPlanning();
    void startScoring();
    void startRegenerating();
    void startArranging();
    void startVocal();
    void startRewritingLine();
    /// Rewrites line `line` of lyric clip `clip` (the inspector's Rewrite link).
    void startRewritingLineOf(const QUuid& clip, int line);
    void startExport();
    /// Cancels whatever runs; a cancelled plan or score is forgotten at once.
    void cancelRunning();
    void cancelPlanning();

    bool isPlanning() const { return m_scoring != nullptr; }
    bool isExporting() const { return m_export != nullptr; }
    bool isWritingVocal() const { return m_vocal != nullptr; }

    /// Follows every edit of the project: a plan or melody made from what changed is stale.
    void projectEdited(const QUuid& id);

    /// The voice chosen in Music > Singing Voice: "soprano", "alto", "tenor" or "bass".
    static QString chosenVoice();
    static void setChosenVoice(const QString& key);
    /// Adds Singing Voice to `menu`: the voice melodies are written for, remembered.
    void addVoiceMenu(QMenu* menu);

private:
    /// True (after telling the person) when a job is already running.
    bool busy();
    quint64 nextSeed() const;
    void run(scoring::ScoringRequest request);
    void runVocal(std::shared_ptr<engine::VocalTask> task);
    void rewriteLineOfNote(const project::MusicRegion& region, int note);
    /// Shows the status bar's progress and Cancel for `task`.
    void showProgress(jobs::Task* task);
    void hideProgress();
    void scoringFinished(jobs::Task::State state);
    void vocalFinished(jobs::Task::State state);
    void exportFinished(jobs::Task::State state);
    void addVocalTake(const engine::VocalTask& task);
    project::Project& project() const { return *m_window.project(); }

    Window m_window;
    QString m_modelsDir;
    std::shared_ptr<scoring::ScoringTask> m_scoring;
    std::shared_ptr<engine::VocalTask> m_vocal;
    std::shared_ptr<render::ExportTask> m_export;
};

} // namespace sw::ui
