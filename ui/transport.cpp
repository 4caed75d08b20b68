#include "ui/transport.h"

#include "devices/playbackclock.h"

#include <algorithm>

namespace sw::ui {

Transport::Transport(std::shared_ptr<devices::PlaybackClock> clock, QObject* parent)
    : QObject(parent)
{
    setClock(std::move(clock));
}

Transport::~Transport() = default;

void Transport::setClock(std::shared_ptr<devices::PlaybackClock> clock)
{
    const qint64 position = positionUs();
    m_clock = clock ? std::move(clock) : std::make_shared<devices::SteadyPlaybackClock>();
    anchor(position);
}

void Transport::setMusicClock(std::function<qint64()> playedUs)
{
    const qint64 position = positionUs();
    m_musicPlayed = std::move(playedUs);
    anchor(position);
}

void Transport::setDurationUs(qint64 us)
{
    m_durationUs = std::max<qint64>(0, us);
}

void Transport::setLoop(qint64 startUs, qint64 endUs)
{
    m_loopStartUs = std::max<qint64>(0, startUs);
    m_loopEndUs = std::max(m_loopStartUs, endUs);
}

qint64 Transport::elapsedUs() const
{
    if (!m_playing || !m_clock)
        return 0;
    if (m_musicPlayed) {
        const qint64 played = m_musicPlayed();
        if (played >= 0)
            return played;
    }
    return m_clock->nowUs() - m_anchorClockUs;
}

qint64 Transport::positionUs() const
{
    return m_anchorPositionUs + elapsedUs();
}

void Transport::anchor(qint64 positionUs)
{
    m_anchorPositionUs = positionUs;
    m_anchorClockUs = m_clock ? m_clock->nowUs() : 0;
}

void Transport::play()
{
    if (m_playing)
        return;
    if (m_durationUs > 0 && m_anchorPositionUs >= m_durationUs)
        m_anchorPositionUs = 0; // play again from the start after reaching the end
    anchor(m_anchorPositionUs);
    m_playing = true;
    Q_EMIT playingChanged(true);
    Q_EMIT positionChanged(m_anchorPositionUs);
}

void Transport::pause()
{
    if (!m_playing)
        return;
    const qint64 position = positionUs();
    m_playing = false;
    anchor(position);
    Q_EMIT playingChanged(false);
    Q_EMIT positionChanged(position);
}

void Transport::seek(qint64 us)
{
    us = std::clamp<qint64>(us, 0, m_durationUs > 0 ? m_durationUs : us);
    anchor(us);
    Q_EMIT seeked(us);
    Q_EMIT positionChanged(us);
}

void Transport::tick()
{
    if (!m_playing)
        return;
    qint64 position = positionUs();
    if (isLooping() && position >= m_loopEndUs) {
        seek(m_loopStartUs + (position - m_loopEndUs) % (m_loopEndUs - m_loopStartUs));
        return;
    }
    if (m_durationUs > 0 && position >= m_durationUs) {
        m_playing = false;
        anchor(m_durationUs);
        Q_EMIT playingChanged(false);
        Q_EMIT positionChanged(m_durationUs);
        return;
    }
    Q_EMIT positionChanged(position);
}

} // namespace sw::ui
