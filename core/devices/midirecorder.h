#pragma once
// Recording a melody played on a MIDI keyboard: note-ons and note-offs arrive on the MIDI
// backend's thread and are stamped with the playback clock; when recording stops, the notes
// are paired and quantised to the project's tempo map as guidance (a melody that can be pinned
// as the lead of a take and arranged around).

#include "devices/playbackclock.h"
#include "music/score.h"

#include <QVector>

#include <memory>
#include <mutex>
#include <vector>

namespace sw::devices {

/// One note as it was played, in microseconds from the start of the recording.
struct PlayedNote
{
    int pitch = 60;
    int velocity = 80;
    qint64 startUs = 0;
    qint64 endUs = 0;
};

class MidiRecorder
{
public:
    explicit MidiRecorder(std::shared_ptr<PlaybackClock> clock = nullptr);

    /// Forgets what was recorded and starts the recording's time at zero now.
    void start();
    /// Takes one incoming message (any thread): note-on, note-off (or note-on with velocity 0);
    /// everything else is ignored. Only while recording.
    void handle(const std::vector<unsigned char>& message);
    /// Ends the recording; notes still held end now.
    void stop();
    bool isRecording() const;

    /// The notes played, by start time.
    QVector<PlayedNote> playedNotes() const;

private:
    std::shared_ptr<PlaybackClock> m_clock;
    mutable std::mutex m_mutex;
    bool m_recording = false;
    qint64 m_startUs = 0;
    qint64 m_stopUs = 0;
    QVector<PlayedNote> m_notes;
    QVector<int> m_open; ///< indices into m_notes of notes still held
};

/// The played notes as a melody track on `map`, the recording having started at score time
/// `offsetUs`: each start and end snapped to the nearest multiple of `gridTicks` (a 16th is
/// 120), no note shorter than one grid step, overlapping notes of a monophonic line cut where
/// the next starts. The track is the melody role with the given General MIDI program.
music::Track quantisedMelody(const QVector<PlayedNote>& notes, const music::TempoMap& map,
                             qint64 offsetUs, int gridTicks, int program = 0);

} // namespace sw::devices
