// Picture and music in sync through the transport: a 3-minute video whose every frame carries
// its number as a grey level is played on a simulated 60 Hz display clock, sought to 30 places,
// and looped; at every refresh the frame on screen must be the one due at the music's position
// (shown no later than one frame after it was due, never before), checked by its timestamp and
// by its picture. Headless: without an audio device the music position is the transport clock.
#include "devices/playbackclock.h"
#include "project/project.h"
#include "ui/previewpanel.h"
#include "ui/transport.h"
#include "videofixtures.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace sw::ui;

namespace {

constexpr qint64 kFrameUs = 40000; // 25 fps
constexpr qint64 kLengthUs = 180000000;

// The grey level frame `index` was drawn with (see the filter graph), as decoded to BGR:
// limited-range luma expanded to full range.
int expectedGrey(qint64 index)
{
    const int luma = int(index * 7 % 200) + 28;
    return qRound((luma - 16) * 255.0 / 219.0);
}

int meanBlue(const QImage& image)
{
    qint64 sum = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            sum += qBlue(image.pixel(x, y));
    return int(sum / (qint64(image.width()) * image.height()));
}

} // namespace

class TestPreview : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_video;

private Q_SLOTS:
    void initTestCase()
    {
        m_video = m_dir.filePath(QStringLiteral("numbered.mp4"));
        const QString error =
            sw::testing::makeVideo(QStringLiteral("color=c=black:s=64x36:r=25:d=180,format=yuv420p,"
                                                  "geq=lum='mod(N*7\\,200)+28':cb=128:cr=128[v]"),
                                   m_video);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void pictureFollowsTheMusicOverALongPlaySeeksAndLoops()
    {
        sw::project::ProjectContent content;
        sw::project::Clip clip;
        clip.id = QUuid::createUuid();
        clip.kind = sw::project::ClipKind::Video;
        clip.startUs = 0;
        clip.durationUs = kLengthUs;
        clip.mediaPath = m_video;
        content.clips.append(clip);
        sw::project::Project project(content);

        auto clock = std::make_shared<sw::devices::SimulatedPlaybackClock>();
        Transport transport(clock);
        transport.setDurationUs(kLengthUs);
        PreviewPanel preview(&transport);
        preview.setProject(&project);
        QVERIFY(preview.frames().isOpen());
        QCOMPARE(preview.frames().frameDurationUs(), kFrameUs);

        qint64 worst = 0;
        int checkedPictures = 0;
        auto check = [&](const char* where) {
            const qint64 music = transport.musicPositionUs();
            const qint64 shown = preview.shownFrameTimeUs();
            const qint64 offset = music - shown;
            worst = std::max(worst, offset);
            if (offset < 0 || offset >= kFrameUs)
                QFAIL(qPrintable(QStringLiteral("%1: music at %2 us, frame of %3 us on screen")
                                     .arg(QLatin1String(where))
                                     .arg(music)
                                     .arg(shown)));
            if (++checkedPictures % 10 == 0 || QLatin1String(where) != QLatin1String("play")) {
                const int grey = meanBlue(preview.shownImage());
                const int wanted = expectedGrey(music / kFrameUs);
                if (std::abs(grey - wanted) > 3)
                    QFAIL(qPrintable(QStringLiteral("%1: at %2 us the picture is grey %3, frame "
                                                    "%4 is %5")
                                         .arg(QLatin1String(where))
                                         .arg(music)
                                         .arg(grey)
                                         .arg(music / kFrameUs)
                                         .arg(wanted)));
            }
        };

        // The whole three minutes at 60 refreshes a second.
        transport.play();
        check("start");
        while (transport.isPlaying()) {
            clock->advanceUs(16667);
            transport.tick();
            if (transport.isPlaying())
                check("play");
            if (QTest::currentTestFailed())
                return;
        }
        QCOMPARE(transport.positionUs(), kLengthUs);
        const int seeksInPlay = preview.frames().seeks();
        QCOMPARE(seeksInPlay, 0); // playing forward only reads on

        // Thirty jumps, back and forth, each followed by a second of play.
        QRandomGenerator random(7);
        transport.play();
        for (int i = 0; i < 30; ++i) {
            transport.seek(random.bounded(kLengthUs - 2000000));
            check("seek");
            for (int t = 0; t < 60; ++t) {
                clock->advanceUs(16667);
                transport.tick();
                check("after seek");
            }
            if (QTest::currentTestFailed())
                return;
        }
        QVERIFY(preview.frames().seeks() > 20);

        // A loop of two seconds, played three times over.
        transport.setLoop(10000000, 12000000);
        transport.seek(11500000);
        for (int t = 0; t < 360; ++t) {
            clock->advanceUs(16667);
            transport.tick();
            QVERIFY(transport.positionUs() >= 10000000 && transport.positionUs() < 12000000);
            check("loop");
            if (QTest::currentTestFailed())
                return;
        }
        qInfo("worst offset between the music and the frame on screen: %.1f ms (one frame is "
              "40 ms); %d frames decoded, %d seeks",
              worst / 1000.0, preview.frames().decodedFrames(), preview.frames().seeks());
    }

    void pausedAndOutsideTheClip()
    {
        sw::project::ProjectContent content;
        sw::project::Clip clip;
        clip.id = QUuid::createUuid();
        clip.kind = sw::project::ClipKind::Video;
        clip.startUs = 5000000; // the clip starts 5 s into the timeline, 2 s into its file
        clip.sourceInUs = 2000000;
        clip.durationUs = 10000000;
        clip.mediaPath = m_video;
        content.clips.append(clip);
        sw::project::Project project(content);
        auto clock = std::make_shared<sw::devices::SimulatedPlaybackClock>();
        Transport transport(clock);
        transport.setDurationUs(20000000);
        PreviewPanel preview(&transport);
        preview.setProject(&project);
        transport.seek(1000000);
        QCOMPARE(preview.shownFrameTimeUs(), -1); // black before the clip
        transport.seek(5000000);
        QCOMPARE(preview.shownFrameTimeUs(), 5000000);
        QCOMPARE(std::abs(meanBlue(preview.shownImage()) - expectedGrey(50)) <= 3, true);
        // Paused: time passing changes nothing.
        clock->advanceUs(3000000);
        transport.tick();
        QCOMPARE(transport.positionUs(), 5000000);
        transport.seek(16000000);
        QCOMPARE(preview.shownFrameTimeUs(), -1); // after the clip
    }
};

QTEST_MAIN(TestPreview)
#include "test_preview.moc"
