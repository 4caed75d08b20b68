#include "ui/midicontroller.h"

#include "devices/mididevice.h"
#include "devices/midipreview.h"
#include "devices/playbackclock.h"

#include <QActionGroup>
#include <QMenu>
#include <QMetaObject>
#include <QPointer>
#include <QSettings>
#include <QTimer>
#include <algorithm>

namespace sw::ui {

namespace {
const QString kOutputKey = QStringLiteral("midi/outputPort");
const QString kInputKey = QStringLiteral("midi/inputPort");
} // namespace

MidiController::MidiController(QObject* parent) : QObject(parent)
{
    QSettings settings;
    m_outputPort = settings.value(kOutputKey).toString();
    m_inputPort = settings.value(kInputKey).toString();
}

MidiController::~MidiController()
{
    stopRecording();
    if (m_player)
        m_player->stop();
}

void MidiController::setBackend(std::unique_ptr<devices::MidiBackend> backend,
                                std::shared_ptr<devices::PlaybackClock> clock)
{
    stopRecording();
    if (m_player)
        m_player->stop();
    m_player.reset();
    m_recorder.reset();
    m_auditionOutput.reset();
    m_backend = std::move(backend);
    m_clock = clock ? std::move(clock) : std::make_shared<devices::SteadyPlaybackClock>();
}

devices::MidiBackend& MidiController::backend()
{
    if (!m_backend)
        setBackend(devices::createSystemMidiBackend());
    return *m_backend;
}

void MidiController::setOutputPort(const QString& port)
{
    m_outputPort = port;
    QSettings().setValue(kOutputKey, port);
}

void MidiController::setInputPort(const QString& port)
{
    m_inputPort = port;
    QSettings().setValue(kInputKey, port);
}

void MidiController::addPortMenus(QMenu* menu)
{
    QMenu* outputs = menu->addMenu(tr("&Output Port"));
    outputs->setObjectName(QStringLiteral("midiOutputMenu"));
    connect(outputs, &QMenu::aboutToShow, this, [this, outputs] { fillPortMenu(outputs, true); });
    QMenu* inputs = menu->addMenu(tr("&Input Port"));
    inputs->setObjectName(QStringLiteral("midiInputMenu"));
    connect(inputs, &QMenu::aboutToShow, this, [this, inputs] { fillPortMenu(inputs, false); });
}

void MidiController::fillPortMenu(QMenu* menu, bool outputs)
{
    // Listed each time the menu opens: a keyboard plugged in a minute ago is there.
    menu->clear();
    devices::MidiBackend& midi = backend();
    if (!midi.unavailableReason().isEmpty()) {
        menu->addAction(midi.unavailableReason())->setEnabled(false);
        return;
    }
    const QStringList ports = outputs ? midi.outputPorts() : midi.inputPorts();
    const QString chosen = outputs ? m_outputPort : m_inputPort;
    auto* group = new QActionGroup(menu);
    for (const PortChoice& choice : portChoices(ports, chosen)) {
        QAction* action = menu->addAction(choice.label);
        action->setCheckable(true);
        action->setChecked(choice.port == chosen);
        action->setData(choice.port);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, outputs, port = choice.port] {
            outputs ? setOutputPort(port) : setInputPort(port);
        });
    }
}

QList<MidiController::PortChoice> MidiController::portChoices(const QStringList& ports,
                                                              const QString& chosen)
{
    QList<PortChoice> choices{{QString(), tr("None")}};
    for (const QString& port : ports)
        choices.append({port, port});
    if (!chosen.isEmpty() && !ports.contains(chosen)) // remembered, but not plugged in now
        choices.append({chosen, tr("%1 (not connected)").arg(chosen)});
    return choices;
}

bool MidiController::startPreview(const music::Score& score, QString* error)
{
    stopPreview();
    if (m_outputPort.isEmpty()) {
        *error = tr("Choose a MIDI output port first (MIDI > Output Port).");
        return false;
    }
    std::unique_ptr<devices::MidiOutput> output = backend().openOutput(m_outputPort, error);
    if (!output)
        return false;
    if (!m_player)
        m_player = std::make_unique<devices::MidiPreviewPlayer>(m_clock);
    // The player's thread reports the end; the window hears it on its own thread.
    QPointer<MidiController> self(this);
    devices::MidiPreviewPlayer* player = m_player.get();
    m_player->setFinishedHandler([self, player] {
        const QString why = player->error();
        QMetaObject::invokeMethod(
            self.data(),
            [self, why] {
                if (self)
                    Q_EMIT self->previewFinished(why);
            },
            Qt::QueuedConnection);
    });
    m_player->play(std::move(output), score);
    return true;
}

void MidiController::stopPreview()
{
    if (m_player)
        m_player->stop();
}

bool MidiController::isPreviewing() const
{
    return m_player && m_player->isPlaying();
}

void MidiController::audition(int pitch, int velocity, int program, bool drumKit)
{
    if (m_outputPort.isEmpty() || isPreviewing())
        return;
    if (!m_auditionOutput || m_auditionOutput->portName() != m_outputPort)
        m_auditionOutput = backend().openOutput(m_outputPort, nullptr);
    if (!m_auditionOutput)
        return;
    // Channel 16 for pitched notes (the preview's own channels keep their programs), 10 for
    // drums.
    const auto channel = static_cast<unsigned char>(drumKit ? 9 : 15);
    const auto key = static_cast<unsigned char>(std::clamp(pitch, 0, 127));
    if (!drumKit)
        m_auditionOutput->send({static_cast<unsigned char>(0xC0 | channel),
                                static_cast<unsigned char>(std::clamp(program, 0, 127))},
                               nullptr);
    m_auditionOutput->send({static_cast<unsigned char>(0x90 | channel), key,
                            static_cast<unsigned char>(std::clamp(velocity, 1, 127))},
                           nullptr);
    QTimer::singleShot(300, this, [this, channel, key] {
        if (m_auditionOutput)
            m_auditionOutput->send({static_cast<unsigned char>(0x80 | channel), key, 0}, nullptr);
    });
}

bool MidiController::startRecording(const music::Score& backing, QString* error)
{
    stopRecording();
    if (m_inputPort.isEmpty()) {
        *error = tr("Choose a MIDI input port first (MIDI > Input Port).");
        return false;
    }
    devices::MidiBackend& midi = backend();
    if (!m_recorder)
        m_recorder = std::make_unique<devices::MidiRecorder>(m_clock);
    devices::MidiRecorder* recorder = m_recorder.get();
    m_input = midi.openInput(
        m_inputPort, [recorder](const devices::MidiBytes& m) { recorder->handle(m); }, error);
    if (!m_input)
        return false;
    recorder->start();
    // The backing is a courtesy: without an output the recording still works.
    QString ignored;
    if (!m_outputPort.isEmpty())
        startPreview(backing, &ignored);
    return true;
}

QVector<devices::PlayedNote> MidiController::stopRecording()
{
    if (!m_input)
        return {};
    m_recorder->stop();
    m_input.reset(); // no more messages from here on
    stopPreview();
    return m_recorder->playedNotes();
}

} // namespace sw::ui
