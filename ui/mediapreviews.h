#pragma once
// The timeline's pictures of media: thumbnails of videos and waveforms of sounds, decoded on a
// worker thread of their own so that painting never waits for a decoder (it used to decode
// inside paintEvent). A request returns what is cached at once, or nothing yet; when a picture
// arrives, ready() asks for a repaint. A file that cannot be read stays a plain box.

#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QThread>
#include <QVector>

namespace sw::ui {

class MediaPreviewWorker;

class MediaPreviews : public QObject
{
    Q_OBJECT
public:
    explicit MediaPreviews(QObject* parent = nullptr);
    /// Stops the worker (an unfinished decode is abandoned) and waits for it.
    ~MediaPreviews() override;

    /// A small picture of `path` at its media time `us` (to the millisecond); null until
    /// decoded.
    QImage thumbnail(const QString& path, qint64 us);
    /// A sound's peaks, one per 10 ms; null until decoded.
    const QVector<float>* waveform(const QString& path);

Q_SIGNALS:
    void ready();
    // To the worker (queued onto its thread).
    void thumbnailWanted(const QString& path, qint64 us, const QString& key);
    void waveformWanted(const QString& path);

private:
    QThread m_thread;
    MediaPreviewWorker* m_worker; // lives on m_thread
    QHash<QString, QImage> m_thumbnails;
    QHash<QString, QVector<float>> m_waveforms;
    QSet<QString> m_pending;
};

} // namespace sw::ui
