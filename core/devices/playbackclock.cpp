#include "devices/playbackclock.h"

#include <algorithm>
#include <chrono>
#include <thread>

namespace sw::devices {

qint64 SteadyPlaybackClock::nowUs() const
{
    return std::chrono::duration_cast<std::chrono::microseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

bool SteadyPlaybackClock::waitUntil(qint64 timeUs, const std::atomic_bool& stop)
{
    for (;;) {
        if (stop.load())
            return false;
        const qint64 left = timeUs - nowUs();
        if (left <= 0)
            return true;
        std::this_thread::sleep_for(std::chrono::microseconds(std::min<qint64>(left, 2000)));
    }
}

bool SimulatedPlaybackClock::waitUntil(qint64 timeUs, const std::atomic_bool& stop)
{
    if (stop.load())
        return false;
    qint64 now = m_now.load();
    while (now < timeUs && !m_now.compare_exchange_weak(now, timeUs)) {
    }
    return true;
}

} // namespace sw::devices
