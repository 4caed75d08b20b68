// Export as a person runs it: every chosen file written by one Task, the mix under a video
// without sound of its own, a cancel that leaves no file behind, and failures that say why
// without leaving a file under the chosen name.
#include "jobs/task.h"
#include "media/muxer.h"
#include "music/leadin.h"
#include "music/midifile.h"
#include "render/exportformats.h"
#include "render/exporttask.h"
#include "testscores.h"
#include "videofixtures.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace sw::render;

class TestExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_silentVideo = m_dir.filePath(QStringLiteral("silent.mp4"));
        const QString error = sw::testing::makeVideo(
            QStringLiteral("testsrc2=size=320x180:rate=25:duration=4[v]"), m_silentVideo);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void aTaskWritesEveryChosenFile()
    {
        QTemporaryDir out;
        ExportRequest request;
        request.score = sw::testing::richScore();
        request.musicOffsetUs = 500000;
        request.videoPath = m_silentVideo;
        request.wavPath = out.filePath(QStringLiteral("mix.wav"));
        request.wavBits = 16;
        request.stemsFolder = out.filePath(QStringLiteral("stems"));
        request.midiPath = out.filePath(QStringLiteral("score.mid"));
        request.musicXmlPath = out.filePath(QStringLiteral("score.musicxml"));
        request.muxedVideoPath = out.filePath(QStringLiteral("scored.mkv"));
        ExportTask task(request);
        QList<double> progress;
        connect(
            &task, &sw::jobs::Task::progressChanged, this,
            [&](double p, const QString&) { progress << p; }, Qt::DirectConnection);
        task.execute();
        QCOMPARE(task.state(), sw::jobs::Task::State::Succeeded);
        const ExportReport& report = task.report();
        QCOMPARE(report.written.size(), 4 + 4); // mix, 4 stems, MIDI, MusicXML, video
        QVERIFY(report.videoHasNoSound);
        QVERIFY(!report.sourceAudioMixed);
        QVERIFY(std::abs(report.loudness.integratedLufs + 14) <= 0.5);
        // The mix lies on the video's 4 s timeline, the music cut at its end.
        QCOMPARE(QFileInfo(request.wavPath).size(), qint64(44 + 4 * 48000 * 2 * 2));
        QCOMPARE(QDir(request.stemsFolder).entryList(QDir::Files).size(), 4);
        sw::music::Score back;
        QString error;
        QVERIFY(sw::music::readMidiFile(request.midiPath, &back, &error));
        // Written for the video: from its 0, the music's first bar half a second in.
        qint64 leadInUs = 0;
        QCOMPARE(sw::music::withoutLeadIn(back, &leadInUs), request.score);
        QVERIFY(std::llabs(leadInUs - request.musicOffsetUs) < 1000);
        QVERIFY(QFileInfo(request.muxedVideoPath).size() > 10000);
        QVERIFY(task.result().toString().contains(QStringLiteral("no sound of its own")));
        QVERIFY(!progress.isEmpty() && progress.last() == 1.0);
        QVERIFY(std::is_sorted(progress.begin(), progress.end()));
    }

    void aCancelledExportLeavesNoFiles()
    {
        QTemporaryDir out;
        ExportRequest request;
        request.score = sw::testing::richScore();
        request.wavPath = out.filePath(QStringLiteral("mix.wav"));
        request.midiPath = out.filePath(QStringLiteral("score.mid"));
        request.stemsFolder = out.filePath(QStringLiteral("stems"));
        ExportTask task(request);
        // Cancelled while the music renders, as a person pressing Cancel would.
        connect(
            &task, &sw::jobs::Task::progressChanged, this,
            [&](double p, const QString&) {
                if (p >= 0.1)
                    task.cancel();
            },
            Qt::DirectConnection);
        task.execute();
        QCOMPARE(task.state(), sw::jobs::Task::State::Cancelled);
        QVERIFY(QDir(out.path())
                    .entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden)
                    .isEmpty());
    }

    void failuresSayWhyAndLeaveNothing()
    {
        QTemporaryDir out;
        ExportRequest request;
        request.score = sw::testing::richScore();
        request.wavPath = out.filePath(QStringLiteral("missing/folder/mix.wav"));
        ExportTask unwritable(request);
        unwritable.execute();
        QCOMPARE(unwritable.state(), sw::jobs::Task::State::Failed);
        QVERIFY2(unwritable.error().contains(QStringLiteral("mix.wav")),
                 qPrintable(unwritable.error()));
        // A device that fills up part-way is not a place a file can be whole.
        request.wavPath = QStringLiteral("/dev/full");
        ExportTask full(request);
        full.execute();
        QCOMPARE(full.state(), sw::jobs::Task::State::Failed);
        QVERIFY(QFileInfo(QStringLiteral("/dev/full")).exists());
        // No notes, no music to deliver.
        request.score = sw::music::Score{};
        request.wavPath = out.filePath(QStringLiteral("mix.wav"));
        ExportTask empty(request);
        empty.execute();
        QCOMPARE(empty.state(), sw::jobs::Task::State::Failed);
        QVERIFY(empty.error().contains(QStringLiteral("no notes")));
        QVERIFY(!QFile::exists(request.wavPath));
        // A muxed video needs a video; an unknown format is named.
        request.score = sw::testing::richScore();
        request.muxedVideoPath = out.filePath(QStringLiteral("x.mp4"));
        QString error;
        QVERIFY(!validateExportRequest(request, &error));
        QVERIFY(error.contains(QStringLiteral("needs the video")));
        request.muxedVideoPath.clear();
        request.audioPath = out.filePath(QStringLiteral("mix.ogg"));
        QVERIFY(!validateExportRequest(request, &error));
        QVERIFY(error.contains(QStringLiteral("mix.ogg")));
    }

    // A file is written only under a suffix that names its format: `--muxed out.webm` used to
    // write MP4 bytes under that name.
    void everyFileIsInTheFormatItsSuffixNames()
    {
        QTemporaryDir out;
        ExportRequest request;
        request.score = sw::testing::richScore();
        request.videoPath = m_silentVideo;
        QString error;
        for (const char* name : {"out.webm", "out.avi", "out"}) {
            request.muxedVideoPath = out.filePath(QString::fromLatin1(name));
            QVERIFY(!validateExportRequest(request, &error));
            QVERIFY2(error.contains(QString::fromLatin1(name)) &&
                         error.contains(QStringLiteral(".mp4, .mkv or .mov")),
                     qPrintable(error));
            // The muxer itself refuses too, whoever calls it.
            std::vector<float> silence(48000 * 2, 0.0f);
            QVERIFY(!sw::media::muxSoundtrack(m_silentVideo, {&silence, 48000, 0},
                                              request.muxedVideoPath, &error));
            QVERIFY(!QFileInfo::exists(request.muxedVideoPath));
        }
        request.muxedVideoPath.clear();
        request.midiPath = out.filePath(QStringLiteral("score.txt"));
        QVERIFY(!validateExportRequest(request, &error));
        QVERIFY2(error.contains(QStringLiteral(".mid or .midi")), qPrintable(error));
        request.midiPath = out.filePath(QStringLiteral("score.MID"));
        QVERIFY2(validateExportRequest(request, &error), qPrintable(error));
        // The table lists what the dialog offers.
        QCOMPARE(sw::render::exportFormatsOf(sw::render::ExportFile::EncodedMix).size(), 3);
        QCOMPARE(sw::render::suffixesOf(sw::render::ExportFile::MuxedVideo),
                 QStringLiteral(".mp4, .mkv or .mov"));
    }

private:
    QTemporaryDir m_dir;
    QString m_silentVideo;
};

QTEST_GUILESS_MAIN(TestExport)
#include "test_export.moc"
