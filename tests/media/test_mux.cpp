// Muxing a new soundtrack under a video: the picture's packets are bit-identical, the new audio
// is AAC and sounds, the durations agree within one frame, and a cancelled or impossible mux
// leaves nothing under the chosen name.
#include "media/audiodecoder.h"
#include "media/muxer.h"
#include "videofixtures.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <unistd.h>

using namespace sw::media;

namespace {

QString videoStreamMd5(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("ffmpeg"),
            {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-i"), path,
             QStringLiteral("-map"), QStringLiteral("0:v:0"), QStringLiteral("-c"),
             QStringLiteral("copy"), QStringLiteral("-f"), QStringLiteral("md5"),
             QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

std::vector<float> tone(double seconds, double hz)
{
    std::vector<float> pcm(size_t(seconds * 48000) * 2);
    for (size_t i = 0; i < pcm.size() / 2; ++i)
        pcm[2 * i] = pcm[2 * i + 1] = float(0.25 * std::sin(2 * M_PI * hz * double(i) / 48000));
    return pcm;
}

} // namespace

class TestMux : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_video;

private Q_SLOTS:
    void initTestCase()
    {
        m_video = m_dir.filePath(QStringLiteral("shot.mp4"));
        const QString error = sw::testing::makeVideo(
            QStringLiteral("testsrc2=s=320x240:r=25:d=4[v];sine=f=1000:r=48000:d=4[a]"), m_video,
            true);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void thePictureIsCopiedAndTheMusicIsUnderIt_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("mp4") << "scored.mp4";
        QTest::newRow("mkv") << "scored.mkv";
    }
    void thePictureIsCopiedAndTheMusicIsUnderIt()
    {
        QFETCH(QString, name);
        const std::vector<float> music = tone(4.0, 440);
        const QString out = m_dir.filePath(name);
        QString error;
        QVERIFY2(muxSoundtrack(m_video, {&music, 48000, 0}, out, &error), qPrintable(error));
        const QString md5 = videoStreamMd5(m_video);
        QVERIFY(md5.startsWith(QStringLiteral("MD5=")));
        QCOMPARE(videoStreamMd5(out), md5);
        MediaInfo in, result;
        QVERIFY(probeMedia(m_video, &in, &error));
        QVERIFY(probeMedia(out, &result, &error));
        QVERIFY(result.audio());
        QCOMPARE(result.audio()->codec, QStringLiteral("aac"));
        QCOMPARE(result.audio()->sampleRate, 48000);
        QCOMPARE(result.audio()->channels, 2);
        QVERIFY2(std::abs(result.durationUs - in.durationUs) <= 40000,
                 qPrintable(QStringLiteral("%1 vs %2").arg(result.durationUs).arg(in.durationUs)));
        // The new soundtrack, not the old 1 kHz one, is what plays.
        AudioBuffer audio;
        QVERIFY(decodeAudio(out, 48000, 1, &audio, &error));
        int crossings = 0;
        for (size_t i = 48000; i < 96000; ++i)
            crossings += (audio.samples[i - 1] < 0) != (audio.samples[i] < 0);
        QVERIFY2(std::abs(crossings / 2.0 - 440) < 10,
                 qPrintable(QString::number(crossings / 2.0)));
    }

    // Issue 24: an AVI whose MPEG-4 packets carry no timestamps (B-frames) failed into MKV with
    // "the disk may be full", and into MP4 lost a frame with decode times going backwards.
    void packetsWithoutTimestampsAreMuxedWhole()
    {
        const QString avi = m_dir.filePath(QStringLiteral("bframes.avi"));
        QVERIFY(sw::testing::runFfmpeg(
                    {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                     QStringLiteral("testsrc=s=320x240:r=25:d=4"), QStringLiteral("-c:v"),
                     QStringLiteral("mpeg4"), QStringLiteral("-bf"), QStringLiteral("2")},
                    avi)
                    .isEmpty());
        auto decodedFrames = [](const QString& path) {
            QProcess p;
            p.start(QStringLiteral("ffmpeg"),
                    {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-i"), path,
                     QStringLiteral("-map"), QStringLiteral("0:v:0"), QStringLiteral("-f"),
                     QStringLiteral("framemd5"), QStringLiteral("-")});
            p.waitForFinished(60000);
            QStringList hashes;
            for (const QString& line : QString::fromUtf8(p.readAllStandardOutput()).split(u'\n'))
                if (!line.startsWith(u'#') && !line.trimmed().isEmpty())
                    hashes << line.section(u',', 5).trimmed();
            return hashes;
        };
        const QStringList source = decodedFrames(avi);
        QCOMPARE(source.size(), 100);
        const std::vector<float> music = tone(4.0, 440);
        for (const char* name : {"from-avi.mkv", "from-avi.mp4"}) {
            const QString out = m_dir.filePath(QString::fromLatin1(name));
            QString error;
            QVERIFY2(muxSoundtrack(avi, {&music, 48000, 0}, out, &error), qPrintable(error));
            QCOMPARE(decodedFrames(out), source); // every frame, bit for bit, in order
        }
    }

    // Issue 24: a killed export left its hidden partial file behind for good. The next export
    // to the same name removes those whose process is gone (and not one still being written).
    void partialFilesOfAKilledExportAreCleared()
    {
        const QString out = m_dir.filePath(QStringLiteral("again.mp4"));
        const QString stale = m_dir.filePath(QStringLiteral(".again.mp4.999999999.partial"));
        const QString live =
            m_dir.filePath(QStringLiteral(".again.mp4.%1.partial").arg(::getppid()));
        for (const QString& path : {stale, live}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("half a video");
        }
        const std::vector<float> music = tone(4.0, 440);
        QString error;
        QVERIFY2(muxSoundtrack(m_video, {&music, 48000, 0}, out, &error), qPrintable(error));
        QVERIFY(QFileInfo::exists(out));
        QVERIFY(!QFileInfo::exists(stale));
        QVERIFY(QFileInfo::exists(live)); // its writer is still running
        QFile::remove(live);
    }

    void cancelledOrImpossibleMuxesLeaveNothing()
    {
        const std::vector<float> music = tone(4.0, 440);
        const QString out = m_dir.filePath(QStringLiteral("cancelled.mp4"));
        QString error;
        QVERIFY(!muxSoundtrack(m_video, {&music, 48000, 0}, out, &error, [] { return true; }));
        QVERIFY(error.contains(QStringLiteral("cancelled")));
        QVERIFY(!QFile::exists(out));
        QCOMPARE(QDir(m_dir.path())
                     .entryList({QStringLiteral("*partial*")}, QDir::Files | QDir::Hidden)
                     .size(),
                 0);
        QVERIFY(!muxSoundtrack(m_video, {&music, 48000, 0}, QStringLiteral("/dev/null"), &error));
        QVERIFY(error.contains(QStringLiteral("not a regular file")));
        QVERIFY(!muxSoundtrack(m_dir.filePath(QStringLiteral("nothing.mp4")), {&music, 48000, 0},
                               m_dir.filePath(QStringLiteral("x.mp4")), &error));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.mp4"))));
    }
};

QTEST_GUILESS_MAIN(TestMux)
#include "test_mux.moc"
