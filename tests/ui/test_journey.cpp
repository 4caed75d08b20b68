// A new user's first session with the desktop app, through the real widgets (mouse and keys,
// offscreen), end to end: a new project; a video made for the test imported; a prompt clip and
// a lyric clip typed on the timeline; Score Video; save, close, reopen (the lanes, the takes and
// the piano roll as they were); bar 2 of the melody written again (a new take of the same region,
// nothing else changed); the take to export chosen; export (the exported MIDI is the chosen
// take's, and strings play in it, as the prompt asked).
//
// With SW_JOURNEY_SHOTS set to a folder, the window is also saved there as a PNG at each step
// (for docs/; take them under xvfb-run to get the real window's look).
#include "music/feel.h"
#include "music/midifile.h"
#include "project/project.h"
#include "scoring/projectguidance.h"
#include "ui/mainwindow.h"
#include "ui/pianoroll.h"
#include "ui/scriptedprompts.h"
#include "ui/timelineview.h"
#include "ui/translations.h"
#include "videofixtures.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QtTest>

using namespace sw::ui;
using namespace sw::ui::testing;

namespace {

// Lane geometry of the timeline: labels 96 px, ruler 22 px, lanes 26 px (Prompts third,
// Lyrics fourth).
constexpr int kLabelWidth = 96;
int laneCentre(int lane)
{
    return 22 + lane * 26 + 13;
}

void shoot(QWidget& window, const char* name)
{
    const QByteArray folder = qgetenv("SW_JOURNEY_SHOTS");
    if (folder.isEmpty())
        return;
    QApplication::processEvents();
    window.grab().save(QDir(QString::fromLocal8Bit(folder)).filePath(QLatin1String(name)));
}

const sw::project::MusicRegion* onlyRegion(const MainWindow& window)
{
    const auto& regions = window.project()->content().musicRegions;
    return regions.size() == 1 ? &regions.first() : nullptr;
}

// The pitches of the melody as the exported file plays them: the performed take, in order.
QVector<int> melodyPitches(const sw::music::Score& score)
{
    QVector<int> pitches;
    for (const sw::music::Track& t : score.tracks) {
        if (t.role == sw::music::TrackRole::Melody) {
            for (const sw::music::Note& n : t.notes)
                pitches << n.pitch;
            break;
        }
    }
    return pitches;
}

// The exported file's track with the most notes among those named as the melody's.
QVector<int> exportedPitches(const sw::music::Score& exported, const QString& melodyName)
{
    for (const sw::music::Track& t : exported.tracks) {
        if (t.name == melodyName) {
            QVector<int> pitches;
            for (const sw::music::Note& n : t.notes)
                pitches << n.pitch;
            return pitches;
        }
    }
    return {};
}

} // namespace

class TestJourney : public QObject
{
    Q_OBJECT
    QTemporaryDir m_config;
    QTemporaryDir m_work;
    QString m_video;

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
        qputenv("XDG_DATA_HOME", m_config.filePath(QStringLiteral("data")).toLocal8Bit());
        QCoreApplication::setOrganizationName(QStringLiteral("ScorewrightTest"));
        QVERIFY(installTranslations(QStringLiteral("en")));
        // 12 s in three shots, cut at 4 and 8 s: a test card, grain on blue, a fractal zoom.
        m_video = m_work.filePath(QStringLiteral("street.mp4"));
        const QString error = sw::testing::makeVideo(
            QStringLiteral("testsrc2=s=320x180:r=25:d=4[a];"
                           "color=c=navy:s=320x180:r=25:d=4,noise=alls=24:allf=t[b];"
                           "mandelbrot=s=320x180:r=25,trim=duration=4,setpts=PTS-STARTPTS[c];"
                           "[a][b][c]concat=n=3:v=1:a=0,format=yuv420p[v]"),
            m_video);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void aNewProjectIsScoredSavedReopenedRegeneratedAndExported()
    {
        Script script;
        script.savePath = m_work.filePath(QStringLiteral("street.swproj"));
        QVector<int> firstTakeMelody;
        QJsonObject savedPlan;
        QStringList savedTakes;
        sw::music::Score shownInRoll;
        {
            MainWindow window(std::make_unique<ScriptedPrompts>(&script));
            window.setModelsDirectory(QStringLiteral(SW_SOURCE_DIR "/models"));
            window.resize(1280, 820);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            action(window, "newAction")->trigger();
            QVERIFY(window.project()->content().clips.isEmpty());
            shoot(window, "1-new-project.png");

            // Import the video: one clip at the start, analysed in the background.
            script.importPaths = {m_video};
            action(window, "importAction")->trigger();
            QCOMPARE(window.project()->content().clips.size(), 1);
            QVERIFY(std::llabs(window.project()->content().clips[0].durationUs - 12000000) <
                    100000);

            // A prompt typed on the Prompts lane at 0 s, a lyric line on the Lyrics lane at 2 s.
            TimelineView* timeline = window.timeline();
            const double pps = timeline->pixelsPerSecond();
            QTest::mouseDClick(timeline, Qt::LeftButton, {},
                               QPoint(kLabelWidth + 1, laneCentre(2)));
            QVERIFY(timeline->textClipEditor());
            QTest::keyClicks(timeline->textClipEditor(),
                             QStringLiteral("tense strings, building to a hit"));
            QTest::keyClick(timeline->textClipEditor(), Qt::Key_Return);
            QTest::mouseDClick(timeline, Qt::LeftButton, {},
                               QPoint(kLabelWidth + int(2.0 * pps), laneCentre(3)));
            QVERIFY(timeline->textClipEditor());
            QTest::keyClicks(timeline->textClipEditor(),
                             QStringLiteral("hold on to the morning light"));
            QTest::keyClick(timeline->textClipEditor(), Qt::Key_Return);
            const auto& clips = window.project()->content().clips;
            QCOMPARE(clips.size(), 3);
            QCOMPARE(clips[1].kind, sw::project::ClipKind::Prompt);
            QCOMPARE(clips[2].kind, sw::project::ClipKind::Lyrics);
            QCOMPARE(clips[2].text, QStringLiteral("hold on to the morning light"));
            shoot(window, "2-prompt-and-lyrics.png");

            // Score Video: one music region with a take, in which strings play.
            action(window, "scoreAction")->trigger();
            QTRY_VERIFY_WITH_TIMEOUT(!window.isPlanning(), 120000);
            QVERIFY2(script.errors.isEmpty(), qPrintable(script.errors.join(u'\n')));
            const sw::project::MusicRegion* region = onlyRegion(window);
            QVERIFY(region && region->active());
            bool strings = false;
            for (const sw::music::Track& t : region->active()->score.tracks)
                strings |= !t.drumKit && t.program >= 40 && t.program <= 51 && !t.notes.isEmpty();
            QVERIFY2(strings, "the prompt asked for strings");
            QVERIFY(timeline->plan().has_value());
            QVERIFY(timeline->plan()->sections.size() >= 2);
            firstTakeMelody = melodyPitches(region->active()->score);
            QVERIFY(!firstTakeMelody.isEmpty());
            shoot(window, "3-scored.png");

            QVERIFY(window.saveProjectAs());
            savedPlan = timeline->plan()->toJson();
            for (const sw::project::Take& take : region->takes)
                savedTakes << take.name;
            shownInRoll = window.pianoRoll()->score();
        } // closed

        // Reopened as a new run of the program would: nothing analysed again, the same lanes,
        // takes and piano roll.
        sw::scoring::forgetAnalyses();
        MainWindow window(std::make_unique<ScriptedPrompts>(&script));
        window.setModelsDirectory(QStringLiteral(SW_SOURCE_DIR "/models"));
        window.resize(1280, 820);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(script.savePath));
        QVERIFY(!window.isPlanning());
        QVERIFY(window.timeline()->plan().has_value());
        const QJsonObject shown = window.timeline()->plan()->toJson();
        for (const char* field : {"bars", "sections", "events"})
            QCOMPARE(shown.value(QLatin1String(field)), savedPlan.value(QLatin1String(field)));
        auto* takeChooser = window.findChild<QComboBox*>(QStringLiteral("pianoRollTake"));
        QVERIFY(takeChooser);
        QCOMPARE(takeChooser->count(), savedTakes.size());
        QCOMPARE(window.pianoRoll()->score(), shownInRoll);
        shoot(window, "4-reopened.png");

        // Bar 2 of the melody only: the melody chosen in the track chooser, bar 2 clicked in the
        // roll's ruler, Music > Regenerate Selection.
        const sw::project::MusicRegion* region = onlyRegion(window);
        QVERIFY(region);
        const QUuid regionId = region->id;
        const sw::music::Score before = region->active()->score;
        auto* trackChooser = window.findChild<QComboBox*>(QStringLiteral("pianoRollTrack"));
        QVERIFY(trackChooser);
        int melodyTrack = -1;
        for (int t = 0; t < before.tracks.size() && melodyTrack < 0; ++t)
            melodyTrack = before.tracks[t].role == sw::music::TrackRole::Melody ? t : -1;
        QVERIFY(melodyTrack >= 0);
        trackChooser->setCurrentIndex(melodyTrack);
        Q_EMIT trackChooser->activated(melodyTrack);
        PianoRoll* roll = window.pianoRoll();
        QCOMPARE(roll->editableTrack(), melodyTrack);
        const qint64 from = before.tempoMap.barStartTick(1), to = before.tempoMap.barStartTick(2);
        QTest::mouseClick(roll, Qt::LeftButton, {}, QPoint(roll->positionOf(from, 60).x() + 5, 5));
        QCOMPARE(roll->firstSelectedBar(), 1);
        QCOMPARE(roll->lastSelectedBar(), 1);
        action(window, "regenerateAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isPlanning(), 60000);
        QVERIFY2(script.errors.isEmpty(), qPrintable(script.errors.join(u'\n')));
        region = onlyRegion(window);
        QVERIFY2(region && region->id == regionId, "a new take of the same region");
        QCOMPARE(region->takes.size(), savedTakes.size() + 1);
        QCOMPARE(region->activeTake, region->takes.size() - 1);
        const sw::music::Score after = region->active()->score;
        QCOMPARE(after.tempoMap, before.tempoMap);
        QCOMPARE(after.tracks.size(), before.tracks.size());
        auto outsideBar2 = [&](const QVector<sw::music::Note>& notes) {
            QVector<sw::music::Note> kept;
            for (const sw::music::Note& n : notes) {
                if (n.startTick < from || n.startTick >= to)
                    kept << n;
            }
            return kept;
        };
        // Bar 2 is where the lyrics start: the lead plays there (an intro keeps it for the
        // words), and it is written anew.
        auto inBar2 = [&](const QVector<sw::music::Note>& notes) {
            QVector<sw::music::Note> in;
            for (const sw::music::Note& n : notes) {
                if (n.startTick >= from && n.startTick < to)
                    in << n;
            }
            return in;
        };
        QVERIFY(!inBar2(before.tracks[melodyTrack].notes).isEmpty());
        QVERIFY(!inBar2(after.tracks[melodyTrack].notes).isEmpty());
        QVERIFY(inBar2(after.tracks[melodyTrack].notes) !=
                inBar2(before.tracks[melodyTrack].notes));
        for (int t = 0; t < before.tracks.size(); ++t) {
            if (t == melodyTrack)
                QCOMPARE(outsideBar2(after.tracks[t].notes), outsideBar2(before.tracks[t].notes));
            else
                QCOMPARE(after.tracks[t], before.tracks[t]);
        }
        QCOMPARE(takeChooser->count(), savedTakes.size() + 1);
        QCOMPARE(roll->score(), after);
        shoot(window, "5-regenerated.png");

        // Export the chosen take: first the new one, then the first take chosen in the
        // chooser. Each MIDI file plays the chosen take's melody, with strings.
        const QString melodyName = after.tracks[melodyTrack].name;
        auto exportAs = [&](const QString& name, sw::music::Score* midi) {
            QTemporaryDir out;
            script.exportAccepted = true;
            script.exportChoices = {};
            script.exportChoices.folder = out.path();
            script.exportChoices.baseName = name;
            script.exportChoices.mixWav = true;
            script.exportChoices.midi = true;
            script.exportChoices.video = false;
            script.information.clear();
            action(window, "exportAction")->trigger();
            QTRY_VERIFY_WITH_TIMEOUT(!window.isExporting(), 60000);
            QVERIFY2(script.errors.isEmpty(), qPrintable(script.errors.join(u'\n')));
            QCOMPARE(script.information.size(), 1);
            QVERIFY(QFileInfo(QDir(out.path()).filePath(name + QStringLiteral(".wav"))).size() >
                    100000);
            QFile file(QDir(out.path()).filePath(name + QStringLiteral(".mid")));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QString error;
            QVERIFY2(sw::music::readMidi(file.readAll(), midi, &error), qPrintable(error));
        };
        auto stringsIn = [](const sw::music::Score& s) {
            for (const sw::music::Track& t : s.tracks) {
                if (!t.drumKit && t.program >= 40 && t.program <= 51 && !t.notes.isEmpty())
                    return true;
            }
            return false;
        };
        sw::music::Score exported;
        exportAs(QStringLiteral("street new take"), &exported);
        QCOMPARE(exportedPitches(exported, melodyName),
                 melodyPitches(sw::music::performedScore(after)));
        QVERIFY(stringsIn(exported));

        takeChooser->setCurrentIndex(0);
        Q_EMIT takeChooser->activated(0);
        QCOMPARE(onlyRegion(window)->activeTake, 0);
        QCOMPARE(melodyPitches(onlyRegion(window)->active()->score), firstTakeMelody);
        exportAs(QStringLiteral("street first take"), &exported);
        QCOMPARE(exportedPitches(exported, melodyName), firstTakeMelody);
        QVERIFY(stringsIn(exported));
        shoot(window, "6-exported.png");
    }
};

QTEST_MAIN(TestJourney)
#include "test_journey.moc"
