#pragma once
// Previewing a score on a MIDI output: the score becomes a timed list of messages (programs and
// the controllers in force first, then notes, in the tempo map's time), and a player thread
// sends each at its time. Stopping or seeking silences every note that sounds (note-offs for the
// notes it started, then All Notes Off and the sustain pedal released on every channel used),
// so that an external synthesizer is never left hanging.

#include "devices/mididevice.h"
#include "devices/playbackclock.h"
#include "music/score.h"

#include <QVector>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace sw::devices {

struct TimedMidiMessage
{
    qint64 timeUs = 0; ///< from the start of the score
    MidiBytes bytes;
};

/// The messages that play `score` from `fromUs` on (score time): at fromUs each channel's
/// program and the controllers in force there, then every note starting at or after fromUs,
/// ordered by time with note-offs before note-ons at the same time.
QVector<TimedMidiMessage> midiMessagesOfScore(const music::Score& score, qint64 fromUs = 0);

/// What silences the channels `score` uses: All Notes Off (CC 123) and the sustain pedal up.
QVector<MidiBytes> silenceMessages(const music::Score& score);

class MidiPreviewPlayer
{
public:
    explicit MidiPreviewPlayer(std::shared_ptr<PlaybackClock> clock = nullptr);
    ~MidiPreviewPlayer(); ///< stops (and silences) first

    /// Starts playing `score` on `output` from `fromUs` (score time). A preview that is already
    /// playing is stopped first. The output stays the player's until stop() or the next play.
    void play(std::unique_ptr<MidiOutput> output, const music::Score& score, qint64 fromUs = 0);
    /// Moves the playhead: the sounding notes stop, and playing goes on from `toUs`.
    void seek(qint64 toUs);
    /// Stops and silences; returns the output so it can be reused (null when none).
    std::unique_ptr<MidiOutput> stop();

    bool isPlaying() const { return m_playing.load(); }
    /// The score time being played, in microseconds.
    qint64 positionUs() const;
    /// Why playing stopped by itself (the port vanished); empty when it did not.
    QString error() const;
    /// Called on the player's thread when the end of the score is reached or the port fails.
    void setFinishedHandler(std::function<void()> handler) { m_finished = std::move(handler); }

private:
    void start(qint64 fromUs);
    void halt();
    void run(QVector<TimedMidiMessage> messages, qint64 fromUs, qint64 startClockUs);

    std::shared_ptr<PlaybackClock> m_clock;
    std::unique_ptr<MidiOutput> m_output;
    music::Score m_score;
    std::thread m_thread;
    std::atomic_bool m_stop{false};
    std::atomic_bool m_playing{false};
    std::atomic<qint64> m_startClockUs{0};
    std::atomic<qint64> m_fromUs{0};
    mutable std::mutex m_mutex; ///< guards m_error and m_sounding
    QString m_error;
    QVector<MidiBytes> m_sounding; ///< note-offs for the notes now sounding
    std::function<void()> m_finished;
};

} // namespace sw::devices
