#pragma once
// The MIDI menu: the output and input ports, Preview on MIDI Output (the active take played on
// a synthesizer) and Record Melody (a keyboard recorded against the active take, quantised to
// its tempo map, kept as a new take with the played melody in place of its own).

#include <QObject>
#include <QUuid>
#include <functional>

class QAction;
class QMenuBar;
class QStatusBar;
class QWidget;

namespace sw::project {
class Project;
}

namespace sw::ui {

class MidiController;
class UserPrompts;

class MidiActions : public QObject
{
    Q_OBJECT
public:
    struct Window
    {
        QWidget* window = nullptr; ///< the parent of dialogs
        UserPrompts* prompts = nullptr;
        QStatusBar* statusBar = nullptr;
        MidiController* midi = nullptr;
        std::function<project::Project*()> project;
    };
    /// Adds the MIDI menu to `menuBar`.
    MidiActions(Window window, QMenuBar* menuBar, QObject* parent);

private:
    void toggleMidiPreview();
    void toggleRecording();
    /// Adds the recorded melody as a new take over the take it was played against.
    void finishRecording();
    project::Project& project() const { return *m_window.project(); }

    Window m_window;
    QAction* m_midiPreviewAction = nullptr;
    QAction* m_recordAction = nullptr;
    QUuid m_recordingRegion;
};

} // namespace sw::ui
