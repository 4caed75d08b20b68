#include "ui/recorddialog.h"

#include <QAudioDevice>
#include <QAudioSink>
#include <QAudioSource>
#include <QBuffer>
#include <QDataStream>
#include <QHBoxLayout>
#include <QLabel>
#include <QMediaDevices>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QTimer>
#include <QVBoxLayout>
#include <cmath>

namespace sw::ui {

namespace {
constexpr int kRate = 48000;
constexpr double kLongestSeconds = 10 * 60; ///< a melody idea; 55 MB of 16-bit audio

QAudioFormat monoFormat(const QAudioDevice& device)
{
    QAudioFormat format;
    format.setSampleRate(kRate);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    if (!device.isFormatSupported(format)) {
        format = device.preferredFormat();
        format.setSampleFormat(QAudioFormat::Int16);
    }
    return format;
}
} // namespace

bool RecordDialog::microphoneAvailable(QString* why)
{
    if (QMediaDevices::audioInputs().isEmpty() || QMediaDevices::defaultAudioInput().isNull()) {
        *why = tr("No microphone was found. Connect one and choose it in your system's sound "
                  "settings, or bring a recording: Music > Melody from Recording.");
        return false;
    }
    return true;
}

RecordDialog::RecordDialog(const music::TempoMap& tempo, QString wavPath, QWidget* parent)
    : QDialog(parent), m_tempo(tempo), m_wavPath(std::move(wavPath))
{
    setWindowTitle(tr("Record Melody"));
    const music::MeterChange meter = m_tempo.meterAt(0);
    m_countInBeats = meter.numerator;
    const qint64 bar = music::TempoMap::barLengthTicks(meter.numerator, meter.denominator);
    m_countInSeconds = m_tempo.tickToMicros(bar) / 1e6;
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("A bar of count-in at %1 bpm, then hum, sing, whistle or play the melody. Stop when "
           "it is done: it becomes a take, written down as notes.")
            .arg(m_tempo.bpmAt(0), 0, 'f', 0));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    setMinimumWidth(420);
    m_count = new QLabel(tr("Ready"));
    m_count->setObjectName(QStringLiteral("recordCount"));
    QFont big = m_count->font();
    big.setPointSizeF(big.pointSizeF() * 2.5);
    m_count->setFont(big);
    m_count->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_count);
    m_level = new QProgressBar;
    m_level->setRange(0, 60);
    m_level->setTextVisible(false);
    m_level->setToolTip(tr("Input level"));
    layout->addWidget(m_level);
    auto* buttons = new QHBoxLayout;
    m_record = new QPushButton(tr("Record"));
    m_record->setDefault(true);
    m_stop = new QPushButton(tr("Stop and Keep"));
    m_stop->setEnabled(false);
    auto* cancel = new QPushButton(tr("Cancel"));
    buttons->addWidget(m_record);
    buttons->addWidget(m_stop);
    buttons->addStretch();
    buttons->addWidget(cancel);
    connect(m_record, &QPushButton::clicked, this, &RecordDialog::startRecording);
    connect(m_stop, &QPushButton::clicked, this, &RecordDialog::stopRecording);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    layout->addLayout(buttons);
    m_timer = new QTimer(this);
    m_timer->setInterval(50);
    connect(m_timer, &QTimer::timeout, this, &RecordDialog::tick);
}

RecordDialog::~RecordDialog()
{
    if (m_source)
        m_source->stop();
    if (m_clicks)
        m_clicks->stop();
}

void RecordDialog::startRecording()
{
    const QAudioDevice device = QMediaDevices::defaultAudioInput();
    m_format = monoFormat(device);
    m_source = std::make_unique<QAudioSource>(device, m_format);
    m_recorded.clear();
    m_input = m_source->start();
    if (!m_input) {
        m_count->setText(tr("The microphone could not be opened"));
        return;
    }
    connect(m_input, &QIODevice::readyRead, this, &RecordDialog::readInput);
    // The count-in's clicks: a short blip on each beat, the first higher.
    const QAudioDevice output = QMediaDevices::defaultAudioOutput();
    if (!output.isNull()) {
        QAudioFormat clickFormat;
        clickFormat.setSampleRate(kRate);
        clickFormat.setChannelCount(1);
        clickFormat.setSampleFormat(QAudioFormat::Int16);
        if (output.isFormatSupported(clickFormat)) {
            const int frames = int(m_countInSeconds * kRate);
            m_clickAudio = QByteArray(frames * 2, 0);
            auto* pcm = reinterpret_cast<qint16*>(m_clickAudio.data());
            for (int beat = 0; beat < m_countInBeats; ++beat) {
                const int start = beat * frames / m_countInBeats;
                const double hz = beat == 0 ? 1500 : 1000;
                for (int i = 0; i < kRate / 40 && start + i < frames; ++i)
                    pcm[start + i] =
                        qint16(9000 * std::exp(-i / 300.0) * std::sin(2 * M_PI * hz * i / kRate));
            }
            m_clickBuffer = std::make_unique<QBuffer>(&m_clickAudio);
            m_clickBuffer->open(QIODevice::ReadOnly);
            m_clicks = std::make_unique<QAudioSink>(output, clickFormat);
            m_clicks->start(m_clickBuffer.get());
        }
    }
    m_clock.start();
    m_timer->start();
    m_record->setEnabled(false);
    m_stop->setEnabled(true);
}

void RecordDialog::readInput()
{
    if (!m_input)
        return;
    const QByteArray chunk = m_input->readAll();
    if (m_recorded.size() / 2 / std::max(1, m_format.sampleRate() * m_format.channelCount()) <
        kLongestSeconds)
        m_recorded.append(chunk);
    else
        stopRecording();
    const auto* pcm = reinterpret_cast<const qint16*>(chunk.constData());
    const int count = int(chunk.size() / 2);
    double energy = 0;
    for (int i = 0; i < count; ++i)
        energy += double(pcm[i]) * pcm[i];
    const double db =
        count > 0 ? 10 * std::log10(energy / count / (32768.0 * 32768.0) + 1e-12) : -120;
    m_level->setValue(std::clamp(int(db + 60), 0, 60));
}

void RecordDialog::tick()
{
    const double seconds = m_clock.elapsed() / 1000.0;
    if (seconds < m_countInSeconds) {
        const int beat = int(seconds / (m_countInSeconds / m_countInBeats)) + 1;
        m_count->setText(QString::number(beat));
        return;
    }
    const int recorded = int(seconds - m_countInSeconds);
    m_count->setText(
        tr("Recording %1:%2").arg(recorded / 60).arg(recorded % 60, 2, 10, QLatin1Char('0')));
}

void RecordDialog::stopRecording()
{
    if (!m_source)
        return;
    readInput();
    m_source->stop();
    m_timer->stop();
    m_input = nullptr;
    QString error;
    const double seconds = double(m_recorded.size()) / 2 /
                           std::max(1, m_format.sampleRate() * m_format.channelCount());
    if (seconds <= m_countInSeconds + 0.3) {
        m_count->setText(tr("Nothing after the count-in was recorded"));
        m_record->setEnabled(true);
        m_stop->setEnabled(false);
        return;
    }
    if (!writeWav(&error)) {
        m_count->setText(error);
        m_record->setEnabled(true);
        m_stop->setEnabled(false);
        return;
    }
    accept();
}

bool RecordDialog::writeWav(QString* error) const
{
    QSaveFile file(m_wavPath);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1: cannot be written (%2)").arg(m_wavPath, file.errorString());
        return false;
    }
    const int channels = m_format.channelCount();
    const int rate = m_format.sampleRate();
    QByteArray header;
    QDataStream h(&header, QIODevice::WriteOnly);
    h.setByteOrder(QDataStream::LittleEndian);
    const quint32 bytes = quint32(m_recorded.size());
    h.writeRawData("RIFF", 4);
    h << quint32(36 + bytes);
    h.writeRawData("WAVEfmt ", 8);
    h << quint32(16) << quint16(1) << quint16(channels) << quint32(rate)
      << quint32(rate * channels * 2) << quint16(channels * 2) << quint16(16);
    h.writeRawData("data", 4);
    h << bytes;
    if (file.write(header) != header.size() || file.write(m_recorded) != m_recorded.size() ||
        !file.commit()) {
        *error = tr("%1: cannot be written (%2)").arg(m_wavPath, file.errorString());
        return false;
    }
    return true;
}

} // namespace sw::ui
