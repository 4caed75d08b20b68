#pragma once
// Audio as guidance in the Music menu: Melody from Recording (a hummed, sung, whistled or
// played file written down as the melody of a new take), Record Melody (the same from the
// microphone, after a count-in at the take's tempo; the recording kept beside the project) and
// Guide by Reference Track (a song's tempo, key and build offered as plan pins, each taken or
// not). The work runs on a worker; the take or the pins reach the project as one undo step.

#include "scoring/audioguidance.h"

#include <QObject>
#include <functional>
#include <memory>

class QMenu;
class QStatusBar;
class QWidget;

namespace sw::project {
class Project;
}
namespace sw::jobs {
class TaskManager;
}

namespace sw::ui {

class UserPrompts;

class AudioGuidance : public QObject
{
    Q_OBJECT
public:
    struct Window
    {
        QWidget* window = nullptr;
        UserPrompts* prompts = nullptr;
        QStatusBar* statusBar = nullptr;
        jobs::TaskManager* tasks = nullptr;
        std::function<project::Project*()> project;
        std::function<QString()> projectPath; ///< empty for a project never saved
        /// Arranges the band around the active take's melody (Music > Arrange Around Melody).
        std::function<void()> arrangeAroundMelody;
    };
    /// Adds the actions to `music`.
    AudioGuidance(Window window, QMenu* music, QObject* parent);
    ~AudioGuidance() override;

    /// Writes down `path` as the melody of a new take over the active take (bar 1 of the
    /// recording on its first note unless `barOneSeconds` says where it was counted in).
    void transcribe(const QString& path, std::optional<double> barOneSeconds = {});
    /// Reads `path` as a reference track and offers its pins.
    void readReferenceTrack(const QString& path);
    /// Where a recording made now is kept: beside the project once it is saved.
    QString newRecordingPath() const;
    /// False, with the reason in words, when there is no microphone to record from.
    static bool microphoneAvailable(QString* why);

private:
    void chooseRecording();
    void record();
    void chooseReferenceTrack();
    void transcriptionFinished();
    void referenceFinished();
    project::Project& project() const { return *m_window.project(); }

    Window m_window;
    std::shared_ptr<scoring::TranscriptionTask> m_transcription;
    std::shared_ptr<scoring::ReferenceTrackTask> m_reference;
};

} // namespace sw::ui
