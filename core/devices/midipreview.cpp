#include "devices/midipreview.h"

#include "music/feel.h"
#include "music/midifile.h"

#include <QMap>

#include <algorithm>

namespace sw::devices {

namespace {

// Sort order within one instant: settings, then note-offs, then note-ons.
enum Order
{
    kSetting = 0,
    kNoteOff = 1,
    kNoteOn = 2
};

struct Pending
{
    qint64 timeUs;
    int order;
    int sequence; ///< keeps the score's order among equals
    MidiBytes bytes;
};

MidiBytes controlMessage(int channel, const music::ControlChange& c)
{
    if (c.controller == music::controller::kPitchBend) {
        const int bend = std::clamp(c.value, -8192, 8191) + 8192;
        return {static_cast<unsigned char>(0xE0 | channel), static_cast<unsigned char>(bend & 0x7F),
                static_cast<unsigned char>(bend >> 7)};
    }
    if (c.controller == music::controller::kProgram)
        return {static_cast<unsigned char>(0xC0 | channel),
                static_cast<unsigned char>(std::clamp(c.value, 0, 127))};
    return {static_cast<unsigned char>(0xB0 | channel), static_cast<unsigned char>(c.controller),
            static_cast<unsigned char>(std::clamp(c.value, 0, 127))};
}

} // namespace

QVector<TimedMidiMessage> midiMessagesOfScore(const music::Score& score, qint64 fromUs)
{
    const QVector<int> channels = music::midiChannelsOfScore(score);
    const music::TempoMap& map = score.tempoMap;
    const qint64 fromTick = fromUs <= 0 ? 0 : map.microsToTick(fromUs);
    std::vector<Pending> pending;
    int sequence = 0;
    for (int t = 0; t < score.tracks.size(); ++t) {
        const music::Track& track = score.tracks[t];
        const int channel = channels[t];
        pending.push_back({fromUs,
                           kSetting,
                           sequence++,
                           {static_cast<unsigned char>(0xC0 | channel),
                            static_cast<unsigned char>(std::clamp(track.program, 0, 127))}});
        // Controllers: the last value of each before the start is chased, later ones keep time.
        QMap<int, music::ControlChange> inForce;
        for (const music::ControlChange& c : track.controls) {
            if (c.tick <= fromTick)
                inForce[c.controller] = c;
            else
                pending.push_back(
                    {map.tickToMicros(c.tick), kSetting, sequence++, controlMessage(channel, c)});
        }
        for (const music::ControlChange& c : inForce)
            pending.push_back({fromUs, kSetting, sequence++, controlMessage(channel, c)});
        for (const music::Note& n : track.notes) {
            if (n.startTick < fromTick)
                continue;
            const auto pitch = static_cast<unsigned char>(std::clamp(n.pitch, 0, 127));
            pending.push_back({map.tickToMicros(n.startTick),
                               kNoteOn,
                               sequence++,
                               {static_cast<unsigned char>(0x90 | channel), pitch,
                                static_cast<unsigned char>(std::clamp(n.velocity, 1, 127))}});
            pending.push_back({map.tickToMicros(n.endTick()),
                               kNoteOff,
                               sequence++,
                               {static_cast<unsigned char>(0x80 | channel), pitch, 0}});
        }
    }
    std::stable_sort(pending.begin(), pending.end(), [](const Pending& a, const Pending& b) {
        if (a.timeUs != b.timeUs)
            return a.timeUs < b.timeUs;
        if (a.order != b.order)
            return a.order < b.order;
        return a.sequence < b.sequence;
    });
    QVector<TimedMidiMessage> messages;
    messages.reserve(int(pending.size()));
    for (Pending& p : pending)
        messages.append({p.timeUs, std::move(p.bytes)});
    return messages;
}

QVector<MidiBytes> silenceMessages(const music::Score& score)
{
    QVector<int> channels = music::midiChannelsOfScore(score);
    std::sort(channels.begin(), channels.end());
    channels.erase(std::unique(channels.begin(), channels.end()), channels.end());
    QVector<MidiBytes> messages;
    for (int channel : channels) {
        const auto status = static_cast<unsigned char>(0xB0 | channel);
        messages.append({status, music::controller::kSustain, 0});
        messages.append({status, 123, 0}); // All Notes Off
    }
    return messages;
}

MidiPreviewPlayer::MidiPreviewPlayer(std::shared_ptr<PlaybackClock> clock)
    : m_clock(clock ? std::move(clock) : std::make_shared<SteadyPlaybackClock>())
{
}

MidiPreviewPlayer::~MidiPreviewPlayer()
{
    stop();
}

void MidiPreviewPlayer::play(std::unique_ptr<MidiOutput> output, const music::Score& score,
                             qint64 fromUs)
{
    stop();
    m_output = std::move(output);
    m_score = music::performedScore(score);
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_error.clear();
    }
    start(fromUs);
}

void MidiPreviewPlayer::seek(qint64 toUs)
{
    if (!m_output)
        return;
    halt();
    start(toUs);
}

std::unique_ptr<MidiOutput> MidiPreviewPlayer::stop()
{
    halt();
    return std::move(m_output);
}

qint64 MidiPreviewPlayer::positionUs() const
{
    if (!m_playing.load())
        return m_fromUs.load();
    return m_fromUs.load() + (m_clock->nowUs() - m_startClockUs.load());
}

QString MidiPreviewPlayer::error() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_error;
}

void MidiPreviewPlayer::start(qint64 fromUs)
{
    if (!m_output)
        return;
    m_stop.store(false);
    m_fromUs.store(fromUs);
    m_startClockUs.store(m_clock->nowUs());
    m_playing.store(true);
    m_thread = std::thread(&MidiPreviewPlayer::run, this, midiMessagesOfScore(m_score, fromUs),
                           fromUs, m_startClockUs.load());
}

void MidiPreviewPlayer::halt()
{
    if (m_thread.joinable()) {
        m_stop.store(true);
        m_thread.join();
    }
    m_fromUs.store(positionUs());
    m_playing.store(false);
    if (!m_output)
        return;
    // Notes this preview started get their note-off (some synthesizers ignore CC 123), then
    // every channel is told to be quiet. A vanished port cannot be silenced: nothing to do.
    QVector<MidiBytes> offs;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        offs.swap(m_sounding);
    }
    for (const MidiBytes& off : offs)
        m_output->send(off, nullptr);
    for (const MidiBytes& m : silenceMessages(m_score))
        m_output->send(m, nullptr);
}

void MidiPreviewPlayer::run(QVector<TimedMidiMessage> messages, qint64 fromUs, qint64 startClockUs)
{
    for (const TimedMidiMessage& m : messages) {
        if (!m_clock->waitUntil(startClockUs + (m.timeUs - fromUs), m_stop))
            return;
        QString error;
        if (!m_output->send(m.bytes, &error)) {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_error = error;
            m_sounding.clear();
            break;
        }
        const unsigned char kind = m.bytes[0] & 0xF0;
        if (kind == 0x90 || kind == 0x80) {
            const MidiBytes off{static_cast<unsigned char>(0x80 | (m.bytes[0] & 0x0F)), m.bytes[1],
                                0};
            std::lock_guard<std::mutex> lock(m_mutex);
            if (kind == 0x90)
                m_sounding.append(off);
            else
                m_sounding.removeOne(off);
        }
    }
    m_fromUs.store(fromUs + (m_clock->nowUs() - startClockUs));
    m_playing.store(false);
    if (m_finished)
        m_finished();
}

} // namespace sw::devices
