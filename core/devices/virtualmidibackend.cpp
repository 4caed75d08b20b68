#include "devices/virtualmidibackend.h"

namespace sw::devices {

struct VirtualMidiBackend::State
{
    mutable std::mutex mutex;
    std::shared_ptr<PlaybackClock> clock;
    QStringList outputs;
    QStringList inputs;
    QMap<QString, QVector<SentMidiMessage>> sent;
    QMap<QString, MidiInputHandler> listeners; ///< one open input per port
};

namespace {

class VirtualOutput : public MidiOutput
{
public:
    VirtualOutput(std::shared_ptr<VirtualMidiBackend::State> state, QString name)
        : m_state(std::move(state)), m_name(std::move(name))
    {
    }
    QString portName() const override { return m_name; }
    bool send(const MidiBytes& message, QString* error) override
    {
        const qint64 now = m_state->clock->nowUs();
        std::lock_guard<std::mutex> lock(m_state->mutex);
        if (!m_state->outputs.contains(m_name)) {
            if (error)
                *error = missingPortMessage(m_name);
            return false;
        }
        m_state->sent[m_name].append({now, message});
        return true;
    }

private:
    std::shared_ptr<VirtualMidiBackend::State> m_state;
    QString m_name;
};

class VirtualInput : public MidiInput
{
public:
    VirtualInput(std::shared_ptr<VirtualMidiBackend::State> state, QString name)
        : m_state(std::move(state)), m_name(std::move(name))
    {
    }
    ~VirtualInput() override
    {
        std::lock_guard<std::mutex> lock(m_state->mutex);
        m_state->listeners.remove(m_name);
    }
    QString portName() const override { return m_name; }

private:
    std::shared_ptr<VirtualMidiBackend::State> m_state;
    QString m_name;
};

} // namespace

VirtualMidiBackend::VirtualMidiBackend(std::shared_ptr<PlaybackClock> clock)
    : m_state(std::make_shared<State>())
{
    m_state->clock = clock ? std::move(clock) : std::make_shared<SteadyPlaybackClock>();
}

VirtualMidiBackend::~VirtualMidiBackend() = default;

void VirtualMidiBackend::addOutputPort(const QString& name)
{
    std::lock_guard<std::mutex> lock(m_state->mutex);
    if (!m_state->outputs.contains(name))
        m_state->outputs << name;
}

void VirtualMidiBackend::addInputPort(const QString& name)
{
    std::lock_guard<std::mutex> lock(m_state->mutex);
    if (!m_state->inputs.contains(name))
        m_state->inputs << name;
}

void VirtualMidiBackend::removePort(const QString& name)
{
    std::lock_guard<std::mutex> lock(m_state->mutex);
    m_state->outputs.removeAll(name);
    m_state->inputs.removeAll(name);
    m_state->listeners.remove(name);
}

bool VirtualMidiBackend::play(const QString& port, const MidiBytes& message)
{
    MidiInputHandler handler;
    {
        std::lock_guard<std::mutex> lock(m_state->mutex);
        handler = m_state->listeners.value(port);
    }
    if (!handler)
        return false;
    handler(message);
    return true;
}

QVector<SentMidiMessage> VirtualMidiBackend::sent(const QString& port) const
{
    std::lock_guard<std::mutex> lock(m_state->mutex);
    return m_state->sent.value(port);
}

void VirtualMidiBackend::clearSent()
{
    std::lock_guard<std::mutex> lock(m_state->mutex);
    m_state->sent.clear();
}

QStringList VirtualMidiBackend::outputPorts()
{
    std::lock_guard<std::mutex> lock(m_state->mutex);
    return m_state->outputs;
}

QStringList VirtualMidiBackend::inputPorts()
{
    std::lock_guard<std::mutex> lock(m_state->mutex);
    return m_state->inputs;
}

std::unique_ptr<MidiOutput> VirtualMidiBackend::openOutput(const QString& port, QString* error)
{
    std::lock_guard<std::mutex> lock(m_state->mutex);
    if (!m_state->outputs.contains(port)) {
        if (error)
            *error = missingPortMessage(port);
        return nullptr;
    }
    return std::make_unique<VirtualOutput>(m_state, port);
}

std::unique_ptr<MidiInput> VirtualMidiBackend::openInput(const QString& port,
                                                         MidiInputHandler handler, QString* error)
{
    std::lock_guard<std::mutex> lock(m_state->mutex);
    if (!m_state->inputs.contains(port)) {
        if (error)
            *error = missingPortMessage(port);
        return nullptr;
    }
    m_state->listeners[port] = std::move(handler);
    return std::make_unique<VirtualInput>(m_state, port);
}

} // namespace sw::devices
