// MidiBackend on RtMidi. RtMidi throws on errors and prints warnings unless given an error
// callback; every call is wrapped so that a vanished device or a missing ALSA sequencer becomes
// a message, never an exception reaching Qt.
#include "devices/mididevice.h"

#include <QCoreApplication>
#include <rtmidi/RtMidi.h>

#include <mutex>

namespace sw::devices {

namespace {

const char* const kClientName = "Scorewright";

void ignoreRtMidiWarning(RtMidiError::Type, const std::string&, void*)
{
    // Warnings ("no ports available") are answered by the port lists; errors are thrown by
    // RtMidi only without a callback, so the callback keeps RtMidi from printing to stderr.
}

template <typename Port> QStringList portNames(Port& port)
{
    QStringList names;
    const unsigned int count = port.getPortCount();
    for (unsigned int i = 0; i < count; ++i)
        names << QString::fromStdString(port.getPortName(i));
    return names;
}

// The index of `name` among the ports now, or -1.
template <typename Port> int findPort(Port& port, const QString& name)
{
    return int(portNames(port).indexOf(name));
}

class RtOutput : public MidiOutput
{
public:
    RtOutput(std::unique_ptr<RtMidiOut> out, QString name)
        : m_out(std::move(out)), m_name(std::move(name))
    {
    }
    ~RtOutput() override
    {
        try {
            m_out->closePort();
        } catch (const RtMidiError&) {
        }
    }
    QString portName() const override { return m_name; }
    bool send(const MidiBytes& message, QString* error) override
    {
        try {
            m_out->sendMessage(&message);
            return true;
        } catch (const RtMidiError& e) {
            if (error)
                *error =
                    QStringLiteral("%1: %2").arg(m_name, QString::fromStdString(e.getMessage()));
            return false;
        }
    }

private:
    std::unique_ptr<RtMidiOut> m_out;
    QString m_name;
};

class RtInput : public MidiInput
{
public:
    RtInput(std::unique_ptr<RtMidiIn> in, QString name, MidiInputHandler handler)
        : m_in(std::move(in)), m_name(std::move(name)), m_handler(std::move(handler))
    {
        m_in->setCallback(&RtInput::received, this);
        m_in->ignoreTypes(true, true, true); // sysex, timing clock and active sensing
    }
    ~RtInput() override
    {
        try {
            m_in->cancelCallback();
            m_in->closePort();
        } catch (const RtMidiError&) {
        }
    }
    QString portName() const override { return m_name; }

private:
    static void received(double, std::vector<unsigned char>* message, void* self)
    {
        if (message && !message->empty())
            static_cast<RtInput*>(self)->m_handler(*message);
    }
    std::unique_ptr<RtMidiIn> m_in;
    QString m_name;
    MidiInputHandler m_handler;
};

class RtMidiBackend : public MidiBackend
{
public:
    RtMidiBackend()
    {
        try {
            // One probe decides whether there is a MIDI system at all (ALSA's /dev/snd/seq).
            RtMidiOut probe(RtMidi::UNSPECIFIED, kClientName);
            probe.setErrorCallback(&ignoreRtMidiWarning);
            probe.getPortCount();
        } catch (const RtMidiError& e) {
            // The menu says it in words; RtMidi's own text ("MidiOutAlsa::initialize: error
            // creating ALSA sequencer client object.") goes to the log for whoever diagnoses it.
            const QString raw = QString::fromStdString(e.getMessage());
            qInfo("MIDI: %s", qPrintable(raw));
            const QString why =
                raw.contains(QLatin1String("ALSA"), Qt::CaseInsensitive)
                    ? QCoreApplication::translate("sw::devices",
                                                  "the ALSA sequencer, /dev/snd/seq, cannot be "
                                                  "opened")
                    : raw;
            m_unavailable =
                QCoreApplication::translate(
                    "sw::devices", "no MIDI system is available (%1); MIDI devices cannot be used, "
                                   "everything else works")
                    .arg(why);
        }
    }
    QString unavailableReason() const override { return m_unavailable; }

    QStringList outputPorts() override
    {
        if (!m_unavailable.isEmpty())
            return {};
        try {
            RtMidiOut out(RtMidi::UNSPECIFIED, kClientName);
            out.setErrorCallback(&ignoreRtMidiWarning);
            return portNames(out);
        } catch (const RtMidiError&) {
            return {};
        }
    }
    QStringList inputPorts() override
    {
        if (!m_unavailable.isEmpty())
            return {};
        try {
            RtMidiIn in(RtMidi::UNSPECIFIED, kClientName);
            in.setErrorCallback(&ignoreRtMidiWarning);
            return portNames(in);
        } catch (const RtMidiError&) {
            return {};
        }
    }

    std::unique_ptr<MidiOutput> openOutput(const QString& port, QString* error) override
    {
        if (!m_unavailable.isEmpty())
            return fail(m_unavailable, error), nullptr;
        try {
            auto out = std::make_unique<RtMidiOut>(RtMidi::UNSPECIFIED, kClientName);
            out->setErrorCallback(&ignoreRtMidiWarning);
            const int index = findPort(*out, port);
            if (index < 0)
                return fail(missingPortMessage(port), error), nullptr;
            out->openPort(unsigned(index), "Scorewright preview");
            return std::make_unique<RtOutput>(std::move(out), port);
        } catch (const RtMidiError& e) {
            return fail(QStringLiteral("%1: %2").arg(port, QString::fromStdString(e.getMessage())),
                        error),
                   nullptr;
        }
    }

    std::unique_ptr<MidiInput> openInput(const QString& port, MidiInputHandler handler,
                                         QString* error) override
    {
        if (!m_unavailable.isEmpty())
            return fail(m_unavailable, error), nullptr;
        try {
            auto in = std::make_unique<RtMidiIn>(RtMidi::UNSPECIFIED, kClientName);
            in->setErrorCallback(&ignoreRtMidiWarning);
            const int index = findPort(*in, port);
            if (index < 0)
                return fail(missingPortMessage(port), error), nullptr;
            in->openPort(unsigned(index), "Scorewright record");
            return std::make_unique<RtInput>(std::move(in), port, std::move(handler));
        } catch (const RtMidiError& e) {
            return fail(QStringLiteral("%1: %2").arg(port, QString::fromStdString(e.getMessage())),
                        error),
                   nullptr;
        }
    }

private:
    static void fail(const QString& why, QString* error)
    {
        if (error)
            *error = why;
    }
    QString m_unavailable;
};

} // namespace

QString missingPortMessage(const QString& port)
{
    return QCoreApplication::translate("sw::devices",
                                       "the MIDI port \"%1\" is not there (was the device "
                                       "unplugged or the program closed?)")
        .arg(port);
}

std::unique_ptr<MidiBackend> createSystemMidiBackend()
{
    return std::make_unique<RtMidiBackend>();
}

} // namespace sw::devices
