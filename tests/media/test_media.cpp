// sw_media on files FFmpeg makes here: probing, decoding scaled frames with exact times,
// seeking, audio to float PCM at a chosen rate, and broken files that must fail with a sentence.
#include "media/audiodecoder.h"
#include "media/videodecoder.h"
#include "videofixtures.h"

#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

using namespace sw::media;

class TestMedia : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_video; // 2 s, 320x240, 25 fps, with a 440 Hz stereo tone
    QString m_audioOnly;

    QString writeBytes(const QString& name, const QByteArray& bytes)
    {
        QFile f(m_dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return f.fileName();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_video = m_dir.filePath(QStringLiteral("tone.mp4"));
        QString error = sw::testing::makeVideo(
            QStringLiteral("testsrc2=s=320x240:r=25:d=2[v];sine=f=440:r=48000:d=2,"
                           "aformat=channel_layouts=stereo[a]"),
            m_video, true);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_audioOnly = m_dir.filePath(QStringLiteral("tone.m4a"));
        error = sw::testing::runFfmpeg({QStringLiteral("-f"), QStringLiteral("lavfi"),
                                        QStringLiteral("-i"), QStringLiteral("sine=f=1000:d=1")},
                                       m_audioOnly);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void probeDescribesStreams()
    {
        MediaInfo info;
        QString error;
        QVERIFY2(probeMedia(m_video, &info, &error), qPrintable(error));
        QVERIFY(std::abs(info.durationUs - 2000000) < 100000);
        QVERIFY(info.video());
        QCOMPARE(info.video()->codec, QStringLiteral("h264"));
        QCOMPARE(info.video()->width, 320);
        QCOMPARE(info.video()->height, 240);
        QCOMPARE(info.video()->frameRate, 25.0);
        QCOMPARE(info.video()->rotationDegrees, 0);
        QVERIFY(info.audio());
        QCOMPARE(info.audio()->sampleRate, 48000);
        QCOMPARE(info.audio()->channels, 2);
        QCOMPARE(info.audio()->channelLayout, QStringLiteral("stereo"));
    }

    void probeReadsRotation()
    {
        const QString rotated = m_dir.filePath(QStringLiteral("rotated.mp4"));
        const QString error = sw::testing::runFfmpeg(
            {QStringLiteral("-i"), m_video, QStringLiteral("-c"), QStringLiteral("copy"),
             QStringLiteral("-metadata:s:v:0"), QStringLiteral("rotate=90")},
            rotated);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        MediaInfo info;
        QString probeError;
        QVERIFY(probeMedia(rotated, &info, &probeError));
        // FFmpeg 5.1 stores the tag as a display matrix that turns the picture 90 degrees
        // counter-clockwise (ffprobe: "rotation of 90.00 degrees"); shown upright, that is 270
        // degrees clockwise, which is what ffmpeg's own autorotation applies.
        QCOMPARE(info.video()->rotationDegrees, 270);
    }

    void decodesScaledFramesWithExactTimes()
    {
        VideoDecoder decoder;
        VideoDecodeOptions options;
        options.width = 160;
        options.format = PixelFormat::Gray8;
        QString error;
        QVERIFY2(decoder.open(m_video, options, &error), qPrintable(error));
        QCOMPARE(decoder.outputWidth(), 160);
        QCOMPARE(decoder.outputHeight(), 120);
        VideoFrame frame;
        int count = 0;
        while (decoder.read(&frame) == VideoDecoder::Result::Frame) {
            QCOMPARE(frame.timeUs, qint64(count) * 40000);
            QCOMPARE(frame.width, 160);
            QCOMPARE(frame.stride, 160);
            QVERIFY(int(frame.pixels.size()) >= 160 * 120);
            ++count;
        }
        QCOMPARE(count, 50);
        QCOMPARE(decoder.skippedPackets(), 0);
    }

    void seeksToTheFrameAtOrAfterTheTarget()
    {
        VideoDecoder decoder;
        QString error;
        QVERIFY(decoder.open(m_video, {160, PixelFormat::Bgr24, 2, true}, &error));
        QVERIFY2(decoder.seek(1300000, &error), qPrintable(error));
        VideoFrame frame;
        QCOMPARE(decoder.read(&frame), VideoDecoder::Result::Frame);
        QCOMPARE(frame.timeUs, qint64(1320000));
        QCOMPARE(frame.stride, 160 * 3);
        QVERIFY(decoder.seek(0, &error));
        QCOMPARE(decoder.read(&frame), VideoDecoder::Result::Frame);
        QCOMPARE(frame.timeUs, qint64(0));
    }

    void stopsWhenAsked()
    {
        VideoDecoder decoder;
        QString error;
        QVERIFY(decoder.open(m_video, {}, &error));
        VideoFrame frame;
        QCOMPARE(decoder.read(&frame, [] { return true; }), VideoDecoder::Result::Stopped);
    }

    void decodesAudioAtTheRateAsked()
    {
        AudioBuffer audio;
        QString error;
        QVERIFY2(decodeAudio(m_video, 16000, 1, &audio, &error), qPrintable(error));
        QCOMPARE(audio.channels, 1);
        QVERIFY2(std::abs(audio.frameCount() - 32000) < 1600,
                 qPrintable(QString::number(audio.frameCount())));
        int crossings = 0;
        for (size_t i = 1; i < audio.samples.size(); ++i)
            crossings += (audio.samples[i - 1] < 0) != (audio.samples[i] < 0);
        const double hz = crossings / 2.0 / (double(audio.frameCount()) / 16000);
        QVERIFY2(std::abs(hz - 440) < 5, qPrintable(QString::number(hz)));
        float peak = 0;
        for (float s : audio.samples)
            peak = std::max(peak, std::abs(s));
        QVERIFY(peak > 0.05f && peak <= 1.0f);
    }

    void brokenFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::newRow("garbage") << "garbage.mp4"
                                 << "garbage.mp4: not a media file";
        QTest::newRow("empty") << "empty.mp4"
                               << "empty.mp4: the file is empty";
        QTest::newRow("missing") << "missing.mp4"
                                 << "missing.mp4: the file does not exist";
        QTest::newRow("folder") << "folder"
                                << "folder: not a regular file";
        QTest::newRow("audio only") << "tone.m4a"
                                    << "tone.m4a: has no video stream";
        QTest::newRow("unknown codec") << "unknown.mkv"
                                       << "unknown.mkv: stream 0 (none): no decoder";
        QTest::newRow("no frames") << "zero.mp4"
                                   << "zero.mp4: ";
    }
    void brokenFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        QByteArray junk(4096, '\0');
        for (int i = 0; i < junk.size(); ++i)
            junk[i] = char((i * 7919) % 251);
        writeBytes(QStringLiteral("garbage.mp4"), junk);
        writeBytes(QStringLiteral("empty.mp4"), {});
        QDir(m_dir.path()).mkpath(QStringLiteral("folder"));
        if (!QFile::exists(m_dir.filePath(QStringLiteral("unknown.mkv")))) {
            // A Matroska file whose codec id no decoder knows (same length, so the file stays
            // well-formed), and an MP4 with no frames.
            const QString mkv = m_dir.filePath(QStringLiteral("known.mkv"));
            QVERIFY(sw::testing::makeVideo(QStringLiteral("testsrc2=s=64x64:r=5:d=1[v]"), mkv)
                        .isEmpty());
            QFile known(mkv);
            QVERIFY(known.open(QIODevice::ReadOnly));
            QByteArray bytes = known.readAll();
            QVERIFY(bytes.contains("V_MPEG4/ISO/AVC"));
            writeBytes(QStringLiteral("unknown.mkv"),
                       bytes.replace("V_MPEG4/ISO/AVC", "V_SWTEST/NOCODE"));
            QVERIFY(sw::testing::runFfmpeg({QStringLiteral("-f"), QStringLiteral("lavfi"),
                                            QStringLiteral("-i"),
                                            QStringLiteral("testsrc2=s=64x64:r=5:d=1"),
                                            QStringLiteral("-frames:v"), QStringLiteral("0")},
                                           m_dir.filePath(QStringLiteral("zero.mp4")))
                        .isEmpty());
        }
        VideoDecoder decoder;
        QString error;
        QVERIFY(!decoder.open(m_dir.filePath(file), {}, &error));
        QVERIFY2(error.startsWith(expected), qPrintable(error));
    }

    void audioErrorsNameTheFile()
    {
        AudioBuffer audio;
        QString error;
        const QString silent = m_dir.filePath(QStringLiteral("silent.mp4"));
        QVERIFY(sw::testing::makeVideo(QStringLiteral("testsrc2=s=64x64:r=5:d=1[v]"), silent)
                    .isEmpty());
        QVERIFY(!decodeAudio(silent, 48000, 2, &audio, &error));
        QCOMPARE(error, QStringLiteral("silent.mp4: has no audio stream"));
    }

    void truncatedFilesYieldTheFramesTheyHold()
    {
        // MPEG-TS needs no index at the end, so a cut file still holds decodable frames.
        const QString ts = m_dir.filePath(QStringLiteral("whole.ts"));
        QVERIFY(
            sw::testing::runFfmpeg(
                {QStringLiteral("-i"), m_video, QStringLiteral("-c"), QStringLiteral("copy")}, ts)
                .isEmpty());
        QFile whole(ts);
        QVERIFY(whole.open(QIODevice::ReadOnly));
        const QString cut =
            writeBytes(QStringLiteral("cut.ts"), whole.readAll().left(int(whole.size() / 2)));
        VideoDecoder decoder;
        QString error;
        QVERIFY2(decoder.open(cut, {160, PixelFormat::Gray8, 2, true}, &error), qPrintable(error));
        VideoFrame frame;
        int frames = 0;
        VideoDecoder::Result result;
        while ((result = decoder.read(&frame)) == VideoDecoder::Result::Frame)
            ++frames;
        QCOMPARE(result, VideoDecoder::Result::EndOfStream);
        QVERIFY2(frames > 5 && frames < 50, qPrintable(QString::number(frames)));
    }
};

QTEST_GUILESS_MAIN(TestMedia)
#include "test_media.moc"
