#include "ui/mediapreviews.h"

#include "media/audiodecoder.h"
#include "ui/framepicker.h"

#include <atomic>
#include <map>
#include <memory>

namespace sw::ui {

namespace {
constexpr int kThumbnailWidth = 64;
constexpr int kWaveformRate = 8000; // the decoder's lowest rate: plenty for a drawing
constexpr int kSamplesPerPeak = 80; // 10 ms
} // namespace

// Owns the decoders; runs on MediaPreviews' thread, one request after another.
class MediaPreviewWorker : public QObject
{
    Q_OBJECT
public:
    std::atomic<bool> stopping{false};

    void decodeThumbnail(const QString& path, qint64 us, const QString& key)
    {
        if (stopping)
            return;
        std::unique_ptr<FramePicker>& picker = m_pickers[path];
        if (!picker) {
            picker = std::make_unique<FramePicker>();
            QString error;
            if (!picker->open(path, kThumbnailWidth, &error))
                picker.reset(new FramePicker); // offline or unreadable: stays closed
        }
        QImage image;
        if (picker->isOpen()) {
            if (const media::VideoFrame* frame = picker->frameAt(us))
                image = QImage(frame->pixels.data(), frame->width, frame->height, frame->stride,
                               QImage::Format_BGR888)
                            .copy();
        }
        Q_EMIT thumbnailDecoded(key, image);
    }

    void decodeWaveform(const QString& path)
    {
        QVector<float> peaks;
        media::AudioBuffer audio;
        QString error;
        if (media::decodeAudio(path, kWaveformRate, 1, &audio, &error,
                               [this] { return stopping.load(); })) {
            for (size_t i = 0; i < audio.samples.size(); i += kSamplesPerPeak) {
                float peak = 0;
                for (size_t j = i; j < std::min(audio.samples.size(), i + kSamplesPerPeak); ++j)
                    peak = std::max(peak, std::abs(audio.samples[j]));
                peaks.append(std::min(1.0f, peak));
            }
        }
        if (!stopping)
            Q_EMIT waveformDecoded(path, peaks);
    }

Q_SIGNALS:
    void thumbnailDecoded(const QString& key, const QImage& image);
    void waveformDecoded(const QString& path, const QVector<float>& peaks);

private:
    std::map<QString, std::unique_ptr<FramePicker>> m_pickers;
};

MediaPreviews::MediaPreviews(QObject* parent) : QObject(parent), m_worker(new MediaPreviewWorker)
{
    m_thread.setObjectName(QStringLiteral("media previews"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(this, &MediaPreviews::thumbnailWanted, m_worker, &MediaPreviewWorker::decodeThumbnail);
    connect(this, &MediaPreviews::waveformWanted, m_worker, &MediaPreviewWorker::decodeWaveform);
    connect(m_worker, &MediaPreviewWorker::thumbnailDecoded, this,
            [this](const QString& key, const QImage& image) {
                m_pending.remove(key);
                m_thumbnails.insert(key, image);
                Q_EMIT ready();
            });
    connect(m_worker, &MediaPreviewWorker::waveformDecoded, this,
            [this](const QString& path, const QVector<float>& peaks) {
                m_pending.remove(path);
                m_waveforms.insert(path, peaks);
                Q_EMIT ready();
            });
    m_thread.start(QThread::LowPriority);
}

MediaPreviews::~MediaPreviews()
{
    m_worker->stopping = true;
    m_thread.quit();
    m_thread.wait();
}

QImage MediaPreviews::thumbnail(const QString& path, qint64 us)
{
    const QString key = path + QLatin1Char('@') + QString::number(us / 1000);
    auto cached = m_thumbnails.constFind(key);
    if (cached != m_thumbnails.constEnd())
        return *cached;
    if (!m_pending.contains(key)) {
        m_pending.insert(key);
        Q_EMIT thumbnailWanted(path, us, key);
    }
    return {};
}

const QVector<float>* MediaPreviews::waveform(const QString& path)
{
    auto found = m_waveforms.constFind(path);
    if (found != m_waveforms.constEnd())
        return &*found;
    if (!m_pending.contains(path)) {
        m_pending.insert(path);
        Q_EMIT waveformWanted(path);
    }
    return nullptr;
}

} // namespace sw::ui

#include "mediapreviews.moc"
