#pragma once
// A MidiBackend that lives in memory: ports are added and removed by the test (or a machine
// without MIDI), every message sent to an output is recorded with the clock's time, and
// messages can be played into an input as if a keyboard were attached.

#include "devices/mididevice.h"
#include "devices/playbackclock.h"

#include <QMap>

#include <memory>
#include <mutex>

namespace sw::devices {

struct SentMidiMessage
{
    qint64 timeUs = 0;
    MidiBytes bytes;
};

class VirtualMidiBackend : public MidiBackend
{
public:
    /// Sent messages are stamped with `clock` (the steady clock when null).
    explicit VirtualMidiBackend(std::shared_ptr<PlaybackClock> clock = nullptr);
    ~VirtualMidiBackend() override;

    void addOutputPort(const QString& name);
    void addInputPort(const QString& name);
    /// The port vanishes: open outputs fail to send, open inputs receive nothing more.
    void removePort(const QString& name);
    /// Delivers `message` to whoever has `port` open, as a device would; false when nobody has.
    bool play(const QString& port, const MidiBytes& message);
    /// Everything sent to `port` so far, in order.
    QVector<SentMidiMessage> sent(const QString& port) const;
    void clearSent();

    QString unavailableReason() const override { return {}; }
    QStringList outputPorts() override;
    QStringList inputPorts() override;
    std::unique_ptr<MidiOutput> openOutput(const QString& port, QString* error) override;
    std::unique_ptr<MidiInput> openInput(const QString& port, MidiInputHandler handler,
                                         QString* error) override;

    struct State; // shared with the open ports, which may outlive a removal

private:
    std::shared_ptr<State> m_state;
};

} // namespace sw::devices
