#include "devices/midirecorder.h"

#include <QCoreApplication>

#include <algorithm>

namespace sw::devices {

MidiRecorder::MidiRecorder(std::shared_ptr<PlaybackClock> clock)
    : m_clock(clock ? std::move(clock) : std::make_shared<SteadyPlaybackClock>())
{
}

void MidiRecorder::start()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_notes.clear();
    m_open.clear();
    m_startUs = m_clock->nowUs();
    m_recording = true;
}

void MidiRecorder::handle(const std::vector<unsigned char>& message)
{
    if (message.size() < 3)
        return;
    const int kind = message[0] & 0xF0;
    if (kind != 0x90 && kind != 0x80)
        return;
    const int pitch = message[1] & 0x7F;
    const int velocity = message[2] & 0x7F;
    const qint64 now = m_clock->nowUs();
    std::lock_guard<std::mutex> lock(m_mutex);
    if (!m_recording)
        return;
    const qint64 t = now - m_startUs;
    // A repeated key without its release first ends the earlier note, like a release would.
    for (int i = 0; i < m_open.size(); ++i) {
        PlayedNote& open = m_notes[m_open[i]];
        if (open.pitch == pitch) {
            open.endUs = t;
            m_open.remove(i);
            break;
        }
    }
    if (kind == 0x90 && velocity > 0) {
        m_open.append(int(m_notes.size()));
        m_notes.append({pitch, velocity, t, t});
    }
}

void MidiRecorder::stop()
{
    const qint64 now = m_clock->nowUs();
    std::lock_guard<std::mutex> lock(m_mutex);
    if (!m_recording)
        return;
    m_recording = false;
    m_stopUs = now - m_startUs;
    for (int index : m_open)
        m_notes[index].endUs = m_stopUs;
    m_open.clear();
}

bool MidiRecorder::isRecording() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_recording;
}

QVector<PlayedNote> MidiRecorder::playedNotes() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    QVector<PlayedNote> notes = m_notes;
    std::stable_sort(notes.begin(), notes.end(), [](const PlayedNote& a, const PlayedNote& b) {
        return a.startUs < b.startUs;
    });
    return notes;
}

music::Track quantisedMelody(const QVector<PlayedNote>& notes, const music::TempoMap& map,
                             qint64 offsetUs, int gridTicks, int program)
{
    music::Track track;
    track.name = QCoreApplication::translate("sw::devices", "Recorded melody");
    track.role = music::TrackRole::Melody;
    track.program = program;
    const int grid = std::max(1, gridTicks);
    auto snap = [&](qint64 us) {
        const qint64 tick = map.microsToTick(std::max<qint64>(0, offsetUs + us));
        return (tick + grid / 2) / grid * grid;
    };
    for (const PlayedNote& p : notes) {
        music::Note n;
        n.pitch = p.pitch;
        n.velocity = std::clamp(p.velocity, 1, 127);
        n.startTick = snap(p.startUs);
        n.durationTicks = std::max<qint64>(grid, snap(p.endUs) - n.startTick);
        track.notes.append(n);
    }
    track.sortNotes();
    // One line: a note held into the next one ends where it starts; two notes snapped onto
    // the same step keep the later-played (the higher here, after sorting by pitch) one.
    QVector<music::Note> line;
    for (const music::Note& n : track.notes) {
        if (!line.isEmpty() && line.last().startTick == n.startTick)
            line.removeLast();
        if (!line.isEmpty() && line.last().endTick() > n.startTick)
            line.last().durationTicks = n.startTick - line.last().startTick;
        line.append(n);
    }
    track.notes = line;
    return track;
}

} // namespace sw::devices
