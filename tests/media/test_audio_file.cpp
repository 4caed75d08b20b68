// Compressed audio export: FLAC comes back sample for sample (24 bit), AAC and MP3 keep their
// length and pitch, and unknown formats, devices and cancelled exports leave no file behind.
#include "media/audiodecoder.h"
#include "media/audiofile.h"

#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

using namespace sw::media;

namespace {

std::vector<float> tone(double seconds, double hz)
{
    std::vector<float> pcm(size_t(seconds * 48000) * 2);
    for (size_t i = 0; i < pcm.size() / 2; ++i) {
        pcm[2 * i] = float(0.25 * std::sin(2 * M_PI * hz * double(i) / 48000));
        pcm[2 * i + 1] = -pcm[2 * i];
    }
    return pcm;
}

} // namespace

class TestAudioFile : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void flacIsLossless()
    {
        const std::vector<float> pcm = tone(1.0, 440);
        const QString path = m_dir.filePath(QStringLiteral("mix.flac"));
        QString error;
        QVERIFY2(writeAudioFile(path, pcm, 48000, &error), qPrintable(error));
        AudioBuffer back;
        QVERIFY2(decodeAudio(path, 48000, 2, &back, &error), qPrintable(error));
        QCOMPARE(back.samples.size(), pcm.size());
        double worst = 0;
        for (size_t i = 0; i < pcm.size(); ++i)
            worst = std::max(worst, double(std::abs(back.samples[i] - pcm[i])));
        QVERIFY2(worst < 2.0 / 8388608.0, qPrintable(QString::number(worst)));
    }

    void lossyFormatsKeepLengthAndPitch_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("aac") << "mix.m4a";
        QTest::newRow("mp3") << "mix.mp3";
    }
    void lossyFormatsKeepLengthAndPitch()
    {
        QFETCH(QString, name);
        const QString path = m_dir.filePath(name);
        QString error;
        QVERIFY2(writeAudioFile(path, tone(2.0, 440), 48000, &error), qPrintable(error));
        AudioBuffer back;
        QVERIFY(decodeAudio(path, 48000, 2, &back, &error));
        QVERIFY2(std::abs(back.durationUs() - 2000000) < 100000,
                 qPrintable(QString::number(back.durationUs())));
        int crossings = 0; // on the left channel (the right one is its inverse)
        for (size_t i = 24001; i < 72000; ++i)
            crossings += (back.samples[2 * (i - 1)] < 0) != (back.samples[2 * i] < 0);
        QVERIFY2(std::abs(crossings / 2.0 - 440) < 10,
                 qPrintable(QString::number(crossings / 2.0)));
    }

    void failuresLeaveNothing()
    {
        const std::vector<float> pcm = tone(1.0, 440);
        QString error;
        QVERIFY(!writeAudioFile(m_dir.filePath(QStringLiteral("mix.ogg")), pcm, 48000, &error));
        QVERIFY(error.contains(QStringLiteral(".flac, .m4a or .mp3")));
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("folder.flac")));
        QVERIFY(!writeAudioFile(m_dir.filePath(QStringLiteral("folder.flac")), pcm, 48000, &error));
        QVERIFY2(error.contains(QStringLiteral("not a regular file")), qPrintable(error));
        const QString cancelled = m_dir.filePath(QStringLiteral("cancelled.flac"));
        QVERIFY(!writeAudioFile(cancelled, pcm, 48000, &error, [] { return true; }));
        QVERIFY(error.contains(QStringLiteral("cancelled")));
        QVERIFY(!QFile::exists(cancelled));
        QCOMPARE(QDir(m_dir.path())
                     .entryList({QStringLiteral("*partial*")}, QDir::Files | QDir::Hidden)
                     .size(),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestAudioFile)
#include "test_audio_file.moc"
