#pragma once
// Record Melody: hum, sing, whistle or play into the microphone against the take's tempo. A bar
// of count-in (clicks, and the beats counted on screen) at the tempo of the take's first bar,
// then the recording, with a level meter; Stop keeps it as a WAV file (16-bit mono) where the
// caller said. Recording runs on Qt Multimedia's own thread; the window never waits for it.

#include "music/tempomap.h"

#include <QAudioFormat>
#include <QByteArray>
#include <QDialog>
#include <QElapsedTimer>
#include <memory>

class QAudioSink;
class QAudioSource;
class QBuffer;
class QIODevice;
class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace sw::ui {

class RecordDialog : public QDialog
{
    Q_OBJECT
public:
    RecordDialog(const music::TempoMap& tempo, QString wavPath, QWidget* parent = nullptr);
    ~RecordDialog() override;

    /// False, with the reason, when there is no microphone (or it cannot record).
    static bool microphoneAvailable(QString* why);

    /// After accept(): where the recording was written and where its bar 1 falls in it.
    QString wavPath() const { return m_wavPath; }
    double barOneSeconds() const { return m_countInSeconds; }

private:
    void startRecording();
    void stopRecording();
    void readInput();
    void tick();
    bool writeWav(QString* error) const;

    music::TempoMap m_tempo;
    QString m_wavPath;
    double m_countInSeconds = 0;
    int m_countInBeats = 4;
    QAudioFormat m_format;
    std::unique_ptr<QAudioSource> m_source;
    std::unique_ptr<QAudioSink> m_clicks;
    std::unique_ptr<QBuffer> m_clickBuffer;
    QByteArray m_clickAudio;
    QIODevice* m_input = nullptr;
    QByteArray m_recorded;
    QElapsedTimer m_clock;
    QTimer* m_timer = nullptr;
    QLabel* m_count = nullptr;
    QProgressBar* m_level = nullptr;
    QPushButton* m_record = nullptr;
    QPushButton* m_stop = nullptr;
};

} // namespace sw::ui
