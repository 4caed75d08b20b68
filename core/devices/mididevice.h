#pragma once
// The project's own MIDI device interface: ports are named, opened by name each time (a port
// number means nothing once devices come and go), and a backend that cannot work says why
// instead of failing later. The system backend is RtMidi (ALSA sequencer on Linux); the tests
// and a machine without MIDI use VirtualMidiBackend behind the same interface.

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace sw::devices {

/// One MIDI message as sent on the wire: a status byte and its data bytes.
using MidiBytes = std::vector<unsigned char>;

class MidiOutput
{
public:
    virtual ~MidiOutput() = default;
    virtual QString portName() const = 0;
    /// Sends one message now. False, with the reason, when the port has gone away.
    virtual bool send(const MidiBytes& message, QString* error) = 0;
};

/// Called for every message that arrives, on the backend's own thread.
using MidiInputHandler = std::function<void(const MidiBytes& message)>;

class MidiInput
{
public:
    virtual ~MidiInput() = default; ///< closing stops the handler being called
    virtual QString portName() const = 0;
};

class MidiBackend
{
public:
    virtual ~MidiBackend() = default;
    /// Empty when ports can be listed and opened; otherwise why not ("no ALSA sequencer").
    virtual QString unavailableReason() const = 0;
    /// The ports there are now; call again to see devices plugged in or removed since.
    virtual QStringList outputPorts() = 0;
    virtual QStringList inputPorts() = 0;
    virtual std::unique_ptr<MidiOutput> openOutput(const QString& port, QString* error) = 0;
    virtual std::unique_ptr<MidiInput> openInput(const QString& port, MidiInputHandler handler,
                                                 QString* error) = 0;
};

/// What every backend says when `port` is not there (unplugged, or its program closed).
QString missingPortMessage(const QString& port);

/// The system's MIDI through RtMidi. Always returns a backend: one without a MIDI system lists
/// no ports and says why in unavailableReason().
std::unique_ptr<MidiBackend> createSystemMidiBackend();

} // namespace sw::devices
