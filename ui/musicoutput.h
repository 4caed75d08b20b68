#pragma once
// The music heard while previewing: the active take rendered (FluidSynth, on a worker) where
// it lies on the timeline, played on the default audio device through Qt Multimedia. Its
// played time leads the transport, so the picture follows what is heard. Without an audio
// device (no sound server, as on a build machine) it says so and plays nothing.

#include "music/score.h"

#include <QBuffer>
#include <QByteArray>
#include <QFutureWatcher>
#include <QObject>

#include <memory>

class QAudioSink;

namespace sw::ui {

class MusicOutput : public QObject
{
    Q_OBJECT
public:
    explicit MusicOutput(QObject* parent = nullptr);
    ~MusicOutput() override;

    /// Empty when there is an audio device; otherwise why the music cannot be heard.
    QString unavailableReason() const;
    /// Renders `score` starting `offsetUs` into the timeline with `soundFont` (empty: the
    /// system's) and the lyrics sung as Preferences say, on a worker; prepared() follows.
    void prepare(const music::Score& score, qint64 offsetUs, const QString& soundFont = {});
    bool isReady() const { return !m_pcm.isEmpty(); }
    /// Starts the sound at timeline time `positionUs`; false without a device or a rendering.
    bool start(qint64 positionUs);
    void stop();
    /// Microseconds of music played since start(), or -1 when none is playing.
    qint64 playedUs() const;

Q_SIGNALS:
    void prepared(const QString& error);

private:
    struct Rendering
    {
        QByteArray pcm; ///< 16-bit stereo at 48 kHz from the timeline's start
        QString error;
    };
    QFutureWatcher<Rendering> m_watcher;
    QByteArray m_pcm;
    QBuffer m_buffer;
    std::unique_ptr<QAudioSink> m_sink;
};

} // namespace sw::ui
