#pragma once
// The time a MIDI preview plays to and a recording is stamped with. The real clock is the
// monotonic system clock; a simulated one lets tests check timing exactly and run at once.

#include <QtGlobal>

#include <atomic>
#include <mutex>

namespace sw::devices {

class PlaybackClock
{
public:
    virtual ~PlaybackClock() = default;
    /// Microseconds on a monotonic clock; only differences mean anything.
    virtual qint64 nowUs() const = 0;
    /// Waits until nowUs() >= timeUs or `stop` becomes true; returns false when stopped.
    virtual bool waitUntil(qint64 timeUs, const std::atomic_bool& stop) = 0;
};

/// std::chrono::steady_clock; waits sleep in short slices so that a stop is noticed within
/// 2 ms, and the last slice is short so that wake-ups are close to the deadline.
class SteadyPlaybackClock : public PlaybackClock
{
public:
    qint64 nowUs() const override;
    bool waitUntil(qint64 timeUs, const std::atomic_bool& stop) override;
};

/// Time that moves only when someone waits on it (it jumps to the deadline) or sets it:
/// deterministic timing for tests and a faster-than-real-time dry run.
class SimulatedPlaybackClock : public PlaybackClock
{
public:
    qint64 nowUs() const override { return m_now.load(); }
    bool waitUntil(qint64 timeUs, const std::atomic_bool& stop) override;
    void setNowUs(qint64 us) { m_now.store(us); }
    void advanceUs(qint64 us) { m_now.fetch_add(us); }

private:
    std::atomic<qint64> m_now{0};
};

} // namespace sw::devices
