#pragma once
// The transport: one playhead shared by the picture and the music. While playing, the position
// follows the music as the audio device plays it (so the picture is slaved to what is heard);
// without an audio device it follows a clock (the steady system clock, or a simulated one in
// tests). A loop range wraps the position; the end stops it. Whoever shows something (the
// video preview, the timeline's playhead) listens to positionChanged.

#include <QObject>

#include <functional>
#include <memory>

namespace sw::devices {
class PlaybackClock;
}

namespace sw::ui {

class Transport : public QObject
{
    Q_OBJECT
public:
    explicit Transport(std::shared_ptr<devices::PlaybackClock> clock = nullptr,
                       QObject* parent = nullptr);
    ~Transport() override;

    void setClock(std::shared_ptr<devices::PlaybackClock> clock);
    /// The music's own played time since play() or the last seek, in microseconds, or a
    /// negative value while it has none (no device, nothing rendered): then the clock leads.
    void setMusicClock(std::function<qint64()> playedUs);

    void setDurationUs(qint64 us);
    qint64 durationUs() const { return m_durationUs; }
    /// Plays startUs..endUs over and over; an empty range turns the loop off.
    void setLoop(qint64 startUs, qint64 endUs);
    bool isLooping() const { return m_loopEndUs > m_loopStartUs; }

    bool isPlaying() const { return m_playing; }
    /// The position now (computed from the music or the clock while playing).
    qint64 positionUs() const;
    /// The position the music is heard at: the same value, named for what the sync test checks.
    qint64 musicPositionUs() const { return positionUs(); }

    void play();
    void pause();
    void toggle() { m_playing ? pause() : play(); }
    void seek(qint64 us);
    /// Called by the display refresh while playing: wraps the loop, stops at the end and
    /// announces the position.
    void tick();

Q_SIGNALS:
    void positionChanged(qint64 us);
    void playingChanged(bool playing);
    /// A jump: listeners drop what they prepared for the old position.
    void seeked(qint64 us);

private:
    qint64 elapsedUs() const;
    void anchor(qint64 positionUs);

    std::shared_ptr<devices::PlaybackClock> m_clock;
    std::function<qint64()> m_musicPlayed;
    bool m_playing = false;
    qint64 m_durationUs = 0;
    qint64 m_loopStartUs = 0;
    qint64 m_loopEndUs = 0;
    qint64 m_anchorPositionUs = 0; ///< where play() or the last seek started
    qint64 m_anchorClockUs = 0;
};

} // namespace sw::ui
