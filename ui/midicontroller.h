#pragma once
// The desktop's MIDI devices: the chosen output and input ports (remembered by name), the MIDI
// menu that lists the ports there are each time it opens, previewing a score on the output and
// recording a melody from the input while the score plays along. The backend is the system's
// (RtMidi) unless a test or a machine without MIDI sets another; without a MIDI system the
// menu says so and the rest of the application is unaffected.

#include "devices/midirecorder.h"
#include "music/score.h"

#include <QObject>

#include <memory>

class QMenu;
class QAction;

namespace sw::devices {
class MidiBackend;
class MidiInput;
class MidiOutput;
class MidiPreviewPlayer;
class PlaybackClock;
} // namespace sw::devices

namespace sw::ui {

class MidiController : public QObject
{
    Q_OBJECT
public:
    explicit MidiController(QObject* parent = nullptr);
    ~MidiController() override;

    /// Replaces the backend (and the clock previews and recordings keep time by).
    void setBackend(std::unique_ptr<devices::MidiBackend> backend,
                    std::shared_ptr<devices::PlaybackClock> clock = nullptr);
    /// The system backend is created the first time it is needed.
    devices::MidiBackend& backend();

    QString outputPort() const { return m_outputPort; }
    QString inputPort() const { return m_inputPort; }
    void setOutputPort(const QString& port);
    void setInputPort(const QString& port);

    /// One entry of a port list: the port (empty for none) and how it is shown.
    struct PortChoice
    {
        QString port;
        QString label;
    };
    /// "None", the ports there are now, then the remembered `chosen` one when it is not
    /// plugged in ("Synth (not connected)").
    static QList<PortChoice> portChoices(const QStringList& ports, const QString& chosen);

    /// Fills `menu` with the Output Port and Input Port submenus, listed afresh on opening.
    void addPortMenus(QMenu* menu);

    /// Plays `score` on the output port from its start. False, with the reason, when there is
    /// no output port or it cannot be opened.
    bool startPreview(const music::Score& score, QString* error);
    void stopPreview();
    bool isPreviewing() const;

    /// Sounds one note for a moment on the output port (the piano roll's audition on click);
    /// nothing happens without an output port.
    void audition(int pitch, int velocity, int program, bool drumKit);

    /// Records from the input port; `backing` plays on the output port meanwhile, when one is
    /// chosen, so the person plays along with the bars.
    bool startRecording(const music::Score& backing, QString* error);
    /// Stops and returns the notes played (times from the start of the recording).
    QVector<devices::PlayedNote> stopRecording();
    bool isRecording() const { return m_input != nullptr; }

Q_SIGNALS:
    /// The preview reached the end, or its port went away (`error` says so).
    void previewFinished(const QString& error);

private:
    void fillPortMenu(QMenu* menu, bool outputs);

    std::unique_ptr<devices::MidiBackend> m_backend;
    std::shared_ptr<devices::PlaybackClock> m_clock;
    std::unique_ptr<devices::MidiPreviewPlayer> m_player;
    std::unique_ptr<devices::MidiRecorder> m_recorder;
    std::unique_ptr<devices::MidiInput> m_input;
    std::unique_ptr<devices::MidiOutput> m_auditionOutput;
    QString m_outputPort;
    QString m_inputPort;
};

} // namespace sw::ui
