#include "ui/musicoutput.h"

#include "render/audio.h"
#include "render/scorerenderer.h"
#include "ui/preferencesdialog.h"

#include <QAudioDevice>
#include <QAudioFormat>
#include <QAudioSink>
#include <QMediaDevices>
#include <QtConcurrent>

#include <algorithm>
#include <cmath>

namespace sw::ui {

namespace {
constexpr int kBytesPerFrame = render::kChannels * 2; // 16-bit stereo
} // namespace

MusicOutput::MusicOutput(QObject* parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Rendering>::finished, this, [this] {
        const Rendering r = m_watcher.result();
        m_pcm = r.pcm;
        Q_EMIT prepared(r.error);
    });
}

MusicOutput::~MusicOutput()
{
    stop();
    m_watcher.waitForFinished();
}

QString MusicOutput::unavailableReason() const
{
    if (QMediaDevices::defaultAudioOutput().isNull())
        return tr("No audio output: the picture plays against the system clock and the music is "
                  "not heard (is a sound server running?).");
    return {};
}

void MusicOutput::prepare(const music::Score& score, qint64 offsetUs, const QString& soundFont)
{
    m_pcm.clear();
    render::RenderOptions options;
    options.soundFont = soundFont;
    PreferencesDialog::vocal(&options.vocalSound, &options.voice);
    m_watcher.setFuture(QtConcurrent::run([score, offsetUs, options]() {
        Rendering r;
        render::RenderResult result;
        if (!render::renderScore(score, options, &result, &r.error))
            return r;
        const qint64 lead = std::max<qint64>(0, offsetUs) * render::kSampleRate / 1000000;
        r.pcm.resize(int((lead + result.mix.frames()) * kBytesPerFrame));
        r.pcm.fill(0);
        auto* out = reinterpret_cast<qint16*>(r.pcm.data()) + lead * render::kChannels;
        for (float s : result.mix.samples)
            *out++ = qint16(std::lround(std::clamp(s, -1.0f, 1.0f) * 32767.0f));
        return r;
    }));
}

bool MusicOutput::start(qint64 positionUs)
{
    stop();
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    if (device.isNull() || m_pcm.isEmpty())
        return false;
    QAudioFormat format;
    format.setSampleRate(render::kSampleRate);
    format.setChannelCount(render::kChannels);
    format.setSampleFormat(QAudioFormat::Int16);
    if (!device.isFormatSupported(format))
        return false;
    const qint64 frame = std::max<qint64>(0, positionUs) * render::kSampleRate / 1000000;
    m_buffer.close();
    m_buffer.setData(m_pcm);
    m_buffer.open(QIODevice::ReadOnly);
    if (!m_buffer.seek(std::min<qint64>(frame * kBytesPerFrame, m_pcm.size())))
        return false;
    m_sink = std::make_unique<QAudioSink>(device, format);
    m_sink->start(&m_buffer);
    return m_sink->error() == QAudio::NoError;
}

void MusicOutput::stop()
{
    if (m_sink) {
        m_sink->stop();
        m_sink.reset();
    }
}

qint64 MusicOutput::playedUs() const
{
    return m_sink ? m_sink->processedUSecs() : -1;
}

} // namespace sw::ui
