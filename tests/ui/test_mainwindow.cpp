// The desktop shell, offscreen: the demo project listed, delete and undo through the Edit menu,
// the window's modified state, Save As, recent files, a broken file that leaves the open
// project alone, and closing with unsaved changes.
#include "cli/humcorpus.h"
#include "devices/virtualmidibackend.h"
#include "engine/lyricist.h"
#include "placement.h"
#include "project/autosave.h"
#include "project/project.h"
#include "project/projectfile.h"
#include "render/wavfile.h"
#include "scoring/mediaimport.h"
#include "scoring/projectguidance.h"
#include "syntheticsong.h"
#include "ui/audioguidance.h"
#include "ui/exportdialog.h"
#include "ui/inspector.h"
#include "ui/mainwindow.h"
#include "ui/mediabin.h"
#include "ui/midicontroller.h"
#include "ui/musicjobs.h"
#include "ui/pianoroll.h"
#include "ui/preferencesdialog.h"
#include "ui/previewpanel.h"
#include "ui/projectoutline.h"
#include "ui/scriptedprompts.h"
#include "ui/timelineview.h"
#include "ui/translations.h"
#include "ui/transport.h"
#include "videofixtures.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QEventLoop>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QWheelEvent>
#include <QtTest>

using namespace sw::ui;
using namespace sw::ui::testing;

namespace {

// A copy of the bundled demo in a temporary folder (made by initTestCase): what the window
// keeps beside a project (its media's analyses) stays out of the source tree, and every run
// starts from a demo nobody has analysed.
QString kDemo;

void selectFirstElement(ProjectOutline* outline)
{
    outline->clearSelection();
    outline->topLevelItem(0)->child(0)->setSelected(true);
}

// The active take of the first music region that has one.
const sw::project::Take* firstTake(const MainWindow& window)
{
    for (const auto& r : window.project()->content().musicRegions) {
        if (r.active())
            return r.active();
    }
    return nullptr;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_config;

private Q_SLOTS:
    void initTestCase()
    {
        // Keep the person's real settings (recent files, layout) out of the test.
        qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
        qputenv("XDG_DATA_HOME", m_config.filePath(QStringLiteral("data")).toLocal8Bit());
        QCoreApplication::setOrganizationName(QStringLiteral("ScorewrightTest"));
        // As the application does at start: English, with its plural forms.
        QVERIFY(installTranslations(QStringLiteral("en")));
        for (const char* name : {"demo.swproj", "demo.mp4"})
            QVERIFY(
                QFile::copy(QStringLiteral(SW_SOURCE_DIR "/resources/demo/") + QLatin1String(name),
                            m_config.filePath(QLatin1String(name))));
        kDemo = m_config.filePath(QStringLiteral("demo.swproj"));
    }

    void opensTheDemoProject()
    {
        Script script;
        MainWindow window(std::make_unique<ScriptedPrompts>(&script));
        window.show();
        QVERIFY(window.openProject(kDemo));
        QVERIFY2(script.errors.isEmpty(), qPrintable(script.errors.join(u'\n')));
        QVERIFY(script.warnings.isEmpty());
        QCOMPARE(window.outline()->elementCount(), 7); // 5 clips, 2 markers
        QCOMPARE(window.windowTitle(), QStringLiteral("Night to Day (demo)[*] - Scorewright"));
        QVERIFY(!window.isWindowModified());
        QCOMPARE(window.recentFiles().first(), QFileInfo(kDemo).absoluteFilePath());
    }

    void deleteAndUndoThroughTheEditMenu()
    {
        Script script;
        MainWindow window(std::make_unique<ScriptedPrompts>(&script));
        QVERIFY(window.openProject(kDemo));
        QVERIFY(!action(window, "deleteAction")->isEnabled());
        selectFirstElement(window.outline());
        QVERIFY(action(window, "deleteAction")->isEnabled());
        action(window, "deleteAction")->trigger();
        QCOMPARE(window.outline()->elementCount(), 6);
        QVERIFY(window.isWindowModified());
        QCOMPARE(action(window, "undoAction")->text(), QStringLiteral("&Undo Delete item"));
        action(window, "undoAction")->trigger();
        QCOMPARE(window.outline()->elementCount(), 7);
        QVERIFY(!window.isWindowModified());
        action(window, "redoAction")->trigger();
        QCOMPARE(window.outline()->elementCount(), 6);
    }

    void brokenFileLeavesTheOpenProjectAlone()
    {
        Script script;
        MainWindow window(std::make_unique<ScriptedPrompts>(&script));
        QVERIFY(window.openProject(kDemo));
        selectFirstElement(window.outline());
        action(window, "deleteAction")->trigger(); // an unsaved edit that must survive
        sw::project::Project* before = window.project();
        QTemporaryDir dir;
        const QString broken = dir.filePath(QStringLiteral("half.swproj"));
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"scorewright-project\", \"version\": 2, \"clips\": [{");
        f.close();
        QVERIFY(!window.openProject(broken));
        QCOMPARE(script.errors.size(), 1);
        QVERIFY2(script.errors.first().contains(QStringLiteral("half.swproj: not a readable")),
                 qPrintable(script.errors.first()));
        QCOMPARE(window.project(), before);
        QCOMPARE(window.outline()->elementCount(), 6);
        QVERIFY(window.isWindowModified());
        QCOMPARE(window.projectPath(), QFileInfo(kDemo).absoluteFilePath());
    }

    void saveAsWritesAProjectThatReadsBack()
    {
        Script script;
        MainWindow window(std::make_unique<ScriptedPrompts>(&script));
        QVERIFY(window.openProject(kDemo));
        selectFirstElement(window.outline());
        action(window, "deleteAction")->trigger();
        QTemporaryDir dir;
        QVERIFY(QFile::copy(QStringLiteral(SW_SOURCE_DIR "/resources/demo/demo.mp4"),
                            dir.filePath(QStringLiteral("demo.mp4"))));
        script.savePath = dir.filePath(QStringLiteral("copy.swproj"));
        action(window, "saveAsAction")->trigger();
        QVERIFY2(script.errors.isEmpty(), qPrintable(script.errors.join(u'\n')));
        QVERIFY(!window.isWindowModified());
        QCOMPARE(window.projectPath(), script.savePath);
        QCOMPARE(window.recentFiles().first(), script.savePath);
        sw::project::ProjectContent back;
        QString error;
        QVERIFY(sw::project::loadProject(script.savePath, &back, &error));
        QVERIFY(back == window.project()->content());
    }

    void missingMediaIsAWarningNotARefusal()
    {
        Script script;
        MainWindow window(std::make_unique<ScriptedPrompts>(&script));
        QTemporaryDir dir;
        const QString moved = dir.filePath(QStringLiteral("moved.swproj"));
        QVERIFY(QFile::copy(kDemo, moved));
        QVERIFY(window.openProject(moved));
        QCOMPARE(window.outline()->elementCount(), 7);
        QCOMPARE(script.warnings.size(), 1);
        QVERIFY(script.warnings.first().contains(QStringLiteral("demo.mp4")));

        // The offline clip is relinked to the file where it really is, in one undo step.
        script.replacementMedia = QStringLiteral(SW_SOURCE_DIR "/resources/demo/demo.mp4");
        action(window, "relinkAction")->trigger();
        QVERIFY(window.project()->content().missingMedia().isEmpty());
        QCOMPARE(window.project()->undoStack()->undoText(), QStringLiteral("Relink media"));
        window.project()->undoStack()->undo();
        QCOMPARE(window.project()->content().missingMedia().size(), 1);
    }

    void closingWithUnsavedChangesAsks()
    {
        Script script;
        MainWindow window(std::make_unique<ScriptedPrompts>(&script));
        window.show();
        QVERIFY(window.openProject(kDemo));
        selectFirstElement(window.outline());
        action(window, "deleteAction")->trigger();
        script.saveChoice = UserPrompts::SaveChoice::Cancel;
        QVERIFY(!window.close());
        QCOMPARE(script.saveQuestions, 1);
        QVERIFY(window.isVisible());
        script.saveChoice = UserPrompts::SaveChoice::Discard;
        QVERIFY(window.close());
        QCOMPARE(script.saveQuestions, 2);
    }

    void crashedWorkIsOfferedAndRecovered()
    {
        // What a crash leaves: an autosave of the demo with one more marker, and no clean exit.
        QTemporaryDir recovery;
        sw::project::ProjectContent content;
        QString error;
        QVERIFY(sw::project::loadProject(kDemo, &content, &error));
        sw::project::Project edited(content);
        {
            sw::project::Autosaver crashed(&edited, recovery.path());
            crashed.setProjectPath(kDemo);
            sw::project::Marker marker;
            marker.name = QStringLiteral("Added before the crash");
            marker.timeUs = 6000000;
            QVERIFY(edited.requestAddMarker(marker));
            crashed.autosaveNow();
        } // no discard(): the program "crashed"
        QCOMPARE(sw::project::RecoveryStore(recovery.path()).entries().size(), 1);

        Script script;
        script.recoveryChoice = UserPrompts::RecoveryChoice::Recover;
        MainWindow window(std::make_unique<ScriptedPrompts>(&script));
        window.setRecoveryFolder(recovery.path());
        QVERIFY(window.offerRecovery());
        QCOMPARE(script.recoveryQuestions, QStringList{QStringLiteral("demo.swproj")});
        QCOMPARE(window.outline()->elementCount(), 8);
        QVERIFY(window.isWindowModified());
        QCOMPARE(window.projectPath(), kDemo);
        // The recovered work is autosaved again under the open document, the old file is gone.
        QVERIFY(QTest::qWaitFor([&] {
            const auto entries = sw::project::RecoveryStore(recovery.path()).entries();
            return entries.size() == 1 && entries.first().id == window.autosaver()->documentId();
        }));
    }

    void discardedRecoveryIsGoneAndCrashingFilesAreQuarantined()
    {
        QTemporaryDir recovery;
        sw::project::Project empty;
        {
            sw::project::Autosaver crashed(&empty, recovery.path());
            QVERIFY(empty.requestSetTitle(QStringLiteral("Lost")));
            crashed.autosaveNow();
        }
        Script script;
        script.recoveryChoice = UserPrompts::RecoveryChoice::Discard;
        MainWindow window(std::make_unique<ScriptedPrompts>(&script));
        window.setRecoveryFolder(recovery.path());
        QVERIFY(!window.offerRecovery());
        QCOMPARE(script.recoveryQuestions.size(), 1);
        QVERIFY(sw::project::RecoveryStore(recovery.path()).entries().isEmpty());

        // A file whose loading crashed the program last time is set aside, never offered.
        {
            sw::project::Autosaver crashed(&empty, recovery.path());
            crashed.autosaveNow(true);
            QFile marker(recovery.filePath(crashed.documentId() + QStringLiteral(".loading")));
            QVERIFY(marker.open(QIODevice::WriteOnly));
        }
        script.recoveryQuestions.clear();
        QVERIFY(!window.offerRecovery());
        QVERIFY(script.recoveryQuestions.isEmpty());
        QCOMPARE(script.warnings.size(), 1);
        QVERIFY(script.warnings.first().contains(QStringLiteral("quarantine")));
    }

    void previousVersionsCanBeRestored()
    {
        Script script;
        MainWindow window(std::make_unique<ScriptedPrompts>(&script));
        QTemporaryDir dir;
        QVERIFY(window.openProject(kDemo));
        script.savePath = dir.filePath(QStringLiteral("cut.swproj"));
        QVERIFY(window.saveProjectAs()); // version 1: 7 elements
        selectFirstElement(window.outline());
        action(window, "deleteAction")->trigger();
        QVERIFY(window.saveProject()); // version 2: 6 elements; version 1 is kept
        QCOMPARE(sw::project::listSavedVersions(script.savePath).size(), 1);
        script.versionChoice = 0;
        action(window, "restoreAction")->trigger();
        QVERIFY2(script.errors.isEmpty(), qPrintable(script.errors.join(u'\n')));
        QCOMPARE(window.outline()->elementCount(), 7);
        QVERIFY(window.isWindowModified());
        QCOMPARE(window.projectPath(), script.savePath);
    }

    // Issue 21: a reopened project forgot its cuts, beats, motion and sections; now its lanes
    // show the plan they showed when it was saved, before anything is run again.
    void aReopenedProjectShowsItsLanesAsSaved()
    {
        Script script;
        QTemporaryDir dir;
        script.savePath = dir.filePath(QStringLiteral("film.swproj"));
        QJsonObject saved;
        {
            MainWindow window(std::make_unique<ScriptedPrompts>(&script));
            window.setModelsDirectory(QStringLiteral(SW_SOURCE_DIR "/models"));
            QVERIFY(window.openProject(kDemo));
            QVERIFY(window.saveProjectAs());
            action(window, "scoreAction")->trigger();
            QTRY_VERIFY_WITH_TIMEOUT(!window.isPlanning(), 60000);
            QVERIFY2(script.errors.isEmpty(), qPrintable(script.errors.join(u'\n')));
            QVERIFY(window.saveProject());
            QVERIFY(window.timeline()->plan().has_value());
            saved = window.timeline()->plan()->toJson();
        }
        QVERIFY(QDir(dir.filePath(QStringLiteral("film analysis"))).exists());
        sw::scoring::forgetAnalyses(); // as a new run of the program would
        MainWindow reopened(std::make_unique<ScriptedPrompts>(&script));
        QVERIFY(reopened.openProject(script.savePath));
        QVERIFY(!reopened.isPlanning()); // read back, not analysed again
        QVERIFY(reopened.timeline()->plan().has_value());
        const QJsonObject shown = reopened.timeline()->plan()->toJson();
        QCOMPARE(shown.value(QStringLiteral("bars")), saved.value(QStringLiteral("bars")));
        QCOMPARE(shown.value(QStringLiteral("events")), saved.value(QStringLiteral("events")));
        QVERIFY(!shown.value(QStringLiteral("events")).toArray().isEmpty());
    }

    // Issue 21: a closed panel comes back from View, Reset Layout brings back every panel, and
    // Help lists the keyboard shortcuts and says what the program is.
    void viewBringsBackPanelsAndHelpListsTheShortcuts()
    {
        Script script;
        MainWindow window(std::make_unique<ScriptedPrompts>(&script));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* inspector = window.findChild<QDockWidget*>(QStringLiteral("inspectorDock"));
        auto* roll = window.findChild<QDockWidget*>(QStringLiteral("pianoRollDock"));
        QVERIFY(inspector && roll && inspector->isVisible());
        inspector->close();
        roll->close();
        QVERIFY(!inspector->isVisible());
        action(window, "inspectorDockToggleAction")->trigger();
        QVERIFY(inspector->isVisible());
        inspector->close();
        action(window, "resetLayoutAction")->trigger();
        QVERIFY(inspector->isVisible() && roll->isVisible());

        action(window, "shortcutsAction")->trigger();
        QCOMPARE(script.information.size(), 1);
        const QString shortcuts = script.information.first();
        QVERIFY2(
            shortcuts.contains(QStringLiteral("File > Save: ") +
                               QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)),
            qPrintable(shortcuts));
        QVERIFY(shortcuts.contains(QStringLiteral("Edit > Undo")));
        QVERIFY(shortcuts.contains(QStringLiteral("H add a hit point"))); // the lanes' own keys
        QVERIFY(shortcuts.contains(QStringLiteral("L lock")));
        action(window, "aboutAction")->trigger();
        QVERIFY(script.information.last().contains(QStringLiteral("Scorewright")));
    }

    void planMusicRunsOnAWorkerAndShowsThePlan()
    {
        Script script;
        MainWindow window(std::make_unique<ScriptedPrompts>(&script));
        window.show();
        QVERIFY(window.openProject(kDemo));
        action(window, "planAction")->trigger();
        QVERIFY(window.isPlanning());
        QVERIFY(window.findChild<QPushButton*>(QStringLiteral("cancelTaskButton"))->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!window.isPlanning(), 30000);
        QVERIFY2(script.errors.isEmpty(), qPrintable(script.errors.join(u'\n')));
        QVERIFY(window.timeline()->plan().has_value());
        const sw::plan::MusicPlan& plan = *window.timeline()->plan();
        QVERIFY(!plan.bars.isEmpty());
        for (const sw::plan::EventPlacement& e : plan.tempo.placements) {
            if (e.event.kind == sw::plan::EventKind::Cut)
                QVERIFY(std::abs(e.offsetToDownbeatUs) <= 5000);
        }
        QVERIFY(!window.findChild<QPushButton*>(QStringLiteral("cancelTaskButton"))->isVisible());
    }

    void scoreVideoComposesATakeOnAWorker()
    {
        Script script;
        MainWindow window(std::make_unique<ScriptedPrompts>(&script));
        window.setModelsDirectory(QStringLiteral(SW_SOURCE_DIR "/models"));
        QVERIFY(window.openProject(kDemo));
        const int regionsBefore = window.project()->content().musicRegions.size();
        action(window, "scoreAction")->trigger();
        QVERIFY(window.isPlanning());
        QTRY_VERIFY_WITH_TIMEOUT(!window.isPlanning(), 60000);
        QVERIFY2(script.errors.isEmpty(), qPrintable(script.errors.join(u'\n')));
        const auto regions = window.project()->content().musicRegions;
        const sw::project::Take* take = nullptr;
        for (const auto& r : regions) {
            if (r.active() && r.active()->provenance.engine == QLatin1String("composer"))
                take = r.active();
        }
        QVERIFY(take);
        QVERIFY(take->score.noteCount() > 0);
        QCOMPARE(take->name, QStringLiteral("Take A"));
        // A second run is take B with another seed; one undo removes it again.
        action(window, "scoreAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isPlanning(), 60000);
        int takes = 0;
        for (const auto& r : window.project()->content().musicRegions)
            takes += r.takes.size();
        QVERIFY(takes >= 2);
        window.project()->undoStack()->undo();
        int after = 0;
        for (const auto& r : window.project()->content().musicRegions)
            after += r.takes.size();
        QCOMPARE(after, takes - 1);
        Q_UNUSED(regionsBefore);
    }

    void exportWritesTheSoundtrackOnAWorker()
    {
        Script script;
        QTemporaryDir out;
        MainWindow window(std::make_unique<ScriptedPrompts>(&script));
        window.setModelsDirectory(QStringLiteral(SW_SOURCE_DIR "/models"));
        QVERIFY(window.openProject(kDemo));
        // Before there is music, export says what to do first.
        bool hasMusic = false;
        for (const auto& r : window.project()->content().musicRegions)
            hasMusic = hasMusic || (r.active() && r.active()->score.noteCount() > 0);
        if (!hasMusic) {
            action(window, "exportAction")->trigger();
            QCOMPARE(script.errors.size(), 1);
            QVERIFY(script.errors.first().contains(QStringLiteral("Score the video first")));
            script.errors.clear();
            action(window, "scoreAction")->trigger();
            QTRY_VERIFY_WITH_TIMEOUT(!window.isPlanning(), 60000);
        }
        script.exportAccepted = true;
        script.exportChoices.folder = out.path();
        script.exportChoices.baseName = QStringLiteral("Demo cut");
        script.exportChoices.mixWav = true;
        script.exportChoices.midi = true;
        script.exportChoices.video = true;
        script.exportChoices.videoContainer = QStringLiteral("mkv");
        action(window, "exportAction")->trigger();
        QVERIFY(script.exportOfferedVideo);
        QVERIFY(window.isExporting());
        QTRY_VERIFY_WITH_TIMEOUT(!window.isExporting(), 60000);
        QVERIFY2(script.errors.isEmpty(), qPrintable(script.errors.join(u'\n')));
        QCOMPARE(script.information.size(), 1);
        QVERIFY2(script.information.first().contains(QStringLiteral("LUFS")),
                 qPrintable(script.information.first()));
        for (const char* name : {"Demo cut.wav", "Demo cut.mid", "Demo cut scored.mkv"})
            QVERIFY2(QFileInfo(QDir(out.path()).filePath(QString::fromLatin1(name))).size() > 100,
                     name);
        // The person changes their mind: cancelling leaves no new file.
        QTemporaryDir other;
        script.exportChoices.folder = other.path();
        action(window, "exportAction")->trigger();
        QVERIFY(window.isExporting());
        window.cancelRunningTask();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isExporting(), 60000);
        QCOMPARE(script.information.size(), 1);
        QVERIFY(QDir(other.path()).entryList(QDir::Files).isEmpty());
    }

    // The desktop's Score Video and Export, and `scorewright-cli score PROJECT`, run one
    // pipeline: the same project and seed give the same MIDI file byte for byte, and it lies in
    // the video's time (the music's first downbeat 0.6 s in, as the plan put it).
    void theDesktopAndTheCommandLineScoreAlikeInTheVideosTime()
    {
        QTemporaryDir dir;
        const QString video = dir.filePath(QStringLiteral("late.mp4"));
        const QString made = sw::testing::makeLateFirstCutVideo(video);
        QVERIFY2(made.isEmpty(), qPrintable(made));
        sw::project::ProjectContent content;
        const sw::scoring::MediaImport imported = sw::scoring::clipsForMedia({video}, 0);
        QCOMPARE(imported.clips.size(), 1);
        content.clips = imported.clips;
        sw::project::Clip prompt;
        prompt.id = QUuid::createUuid();
        prompt.kind = sw::project::ClipKind::Prompt;
        prompt.durationUs = imported.clips.first().durationUs;
        prompt.text = QStringLiteral("tense strings, building to a hit");
        content.clips.append(prompt);
        const QString projectPath = dir.filePath(QStringLiteral("late.swproj"));
        QString error;
        QVERIFY2(sw::project::saveProject(content, projectPath, &error), qPrintable(error));

        Script script;
        MainWindow window(std::make_unique<ScriptedPrompts>(&script));
        window.setModelsDirectory(QStringLiteral(SW_SOURCE_DIR "/models"));
        QVERIFY(window.openProject(projectPath));
        action(window, "scoreAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isPlanning(), 60000);
        QVERIFY2(script.errors.isEmpty(), qPrintable(script.errors.join(u'\n')));
        const sw::project::Take* take = firstTake(window);
        QVERIFY(take);
        const double musicStart =
            take->provenance.controls.value(QStringLiteral("music_start_s")).toDouble();
        QVERIFY2(std::abs(musicStart - 0.6) < 0.03, qPrintable(QString::number(musicStart)));
        QCOMPARE(take->provenance.controls.value(QStringLiteral("prompts")).toArray().size(), 1);
        QCOMPARE(take->provenance.controls.value(QStringLiteral("model_sha256")).toString().size(),
                 64);

        script.exportAccepted = true;
        script.exportChoices.folder = dir.path();
        script.exportChoices.baseName = QStringLiteral("desktop");
        script.exportChoices.mixWav = true;
        script.exportChoices.midi = true;
        script.exportChoices.video = false;
        action(window, "exportAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isExporting(), 60000);
        QVERIFY2(script.errors.isEmpty(), qPrintable(script.errors.join(u'\n')));

        const QString cliMidi = dir.filePath(QStringLiteral("cli.mid"));
        QProcess cli;
        cli.start(QStringLiteral(SW_BINARY_DIR "/app/scorewright-cli"),
                  {QStringLiteral("score"), projectPath, QStringLiteral("-o"), cliMidi,
                   QStringLiteral("--seed"), QString::number(take->provenance.seed)});
        QVERIFY(cli.waitForFinished(120000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        QFile desktopFile(dir.filePath(QStringLiteral("desktop.mid"))), cliFile(cliMidi);
        QVERIFY(desktopFile.open(QIODevice::ReadOnly) && cliFile.open(QIODevice::ReadOnly));
        const QByteArray desktopBytes = desktopFile.readAll();
        QVERIFY(desktopBytes.size() > 200);
        QVERIFY2(desktopBytes == cliFile.readAll(), "the two front ends wrote different MIDI");

        const sw::testing::MidiTiming timing =
            sw::testing::midiTimingByMido(dir.filePath(QStringLiteral("desktop.mid")));
        QVERIFY2(timing.error.isEmpty(), qPrintable(timing.error));
        QVERIFY(timing.bars.size() > 2);
        QVERIFY2(std::abs(timing.bars[1] - musicStart) < 0.002,
                 qPrintable(QString::number(timing.bars[1])));
        const double onset =
            sw::testing::firstSoundSeconds(dir.filePath(QStringLiteral("desktop.wav")));
        QVERIFY2(std::abs(onset - timing.firstNote) < 0.02,
                 qPrintable(QStringLiteral("%1 against %2").arg(onset).arg(timing.firstNote)));
    }

    void lyricsAreSungOverTheTakeAsANewTake()
    {
        Script script;
        MainWindow window(std::make_unique<ScriptedPrompts>(&script));
        window.setModelsDirectory(QStringLiteral(SW_SOURCE_DIR "/models"));
        QVERIFY(window.openProject(kDemo));
        // The demo has a lyric clip but no music yet: the person is told to score first.
        action(window, "vocalAction")->trigger();
        QCOMPARE(script.errors.size(), 1);
        QVERIFY2(script.errors.first().contains(QStringLiteral("Score the video")),
                 qPrintable(script.errors.first()));
        script.errors.clear();
        action(window, "scoreAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isPlanning(), 60000);
        // Written for a bass (Music > Singing Voice), remembered for the next time.
        action(window, "voice_bass")->trigger();
        action(window, "vocalAction")->trigger();
        QVERIFY(window.isWritingVocal());
        QTRY_VERIFY_WITH_TIMEOUT(!window.isWritingVocal(), 60000);
        action(window, "voice_alto")->trigger();
        QVERIFY2(script.errors.isEmpty(), qPrintable(script.errors.join(u'\n')));
        const sw::project::Take* take = nullptr;
        for (const auto& r : window.project()->content().musicRegions) {
            if (r.active() && r.active()->provenance.engine == QLatin1String("lyricist"))
                take = r.active();
        }
        QVERIFY(take);
        QVERIFY(take->name.endsWith(QStringLiteral("(vocal)")));
        QCOMPARE(take->score.tracks.first().role, sw::music::TrackRole::Vocal);
        // "Morning is breaking over the town": one note per syllable, the lyric on it.
        QCOMPARE(take->score.tracks.first().notes.size(), 9);
        QVERIFY(!take->score.tracks.first().notes.first().lyric.isEmpty());
        int low = 0, high = 0;
        sw::engine::voiceRange(sw::engine::VoiceType::Bass, &low, &high);
        for (const sw::music::Note& n : take->score.tracks.first().notes)
            QVERIFY2(n.pitch >= low && n.pitch <= high, qPrintable(QString::number(n.pitch)));
        // One undo takes the vocal take away again.
        window.project()->undoStack()->undo();
        for (const auto& r : window.project()->content().musicRegions) {
            if (r.active())
                QVERIFY(r.active()->provenance.engine != QLatin1String("lyricist"));
        }
    }

    void aMelodyPlayedOnAMidiKeyboardIsRecordedAndArrangedAround()
    {
        Script script;
        MainWindow window(std::make_unique<ScriptedPrompts>(&script));
        window.setModelsDirectory(QStringLiteral(SW_SOURCE_DIR "/models"));
        QVERIFY(window.openProject(kDemo));
        auto clock = std::make_shared<sw::devices::SimulatedPlaybackClock>();
        auto backend = std::make_unique<sw::devices::VirtualMidiBackend>(clock);
        sw::devices::VirtualMidiBackend* midi = backend.get();
        midi->addInputPort(QStringLiteral("Keyboard"));
        midi->addOutputPort(QStringLiteral("Synth"));
        window.midi()->setBackend(std::move(backend), clock);
        window.midi()->setInputPort(QStringLiteral("Keyboard"));
        window.midi()->setOutputPort(QStringLiteral("Synth"));

        // Nothing to play along to yet: the person is told to score first.
        action(window, "recordMelodyAction")->trigger();
        QCOMPARE(script.errors.size(), 1);
        QVERIFY(!window.midi()->isRecording());
        script.errors.clear();
        action(window, "scoreAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isPlanning(), 60000);
        const sw::music::Score scored = firstTake(window)->score;

        // Preview on the output: every note of the take is sent (the simulated clock plays it
        // through at once), then the channels are silenced.
        action(window, "midiPreviewAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!action(window, "midiPreviewAction")->isChecked(), 10000);
        int noteOns = 0, allNotesOff = 0;
        for (const sw::devices::SentMidiMessage& m : midi->sent(QStringLiteral("Synth"))) {
            noteOns += (m.bytes[0] & 0xF0) == 0x90 && m.bytes[2] > 0;
            allNotesOff += (m.bytes[0] & 0xF0) == 0xB0 && m.bytes[1] == 123;
        }
        QCOMPARE(noteOns, scored.noteCount());
        QVERIFY(allNotesOff == 0); // it ended by itself; nothing hangs to silence

        // A click on a note in the piano roll sounds it on the output (channel 16).
        midi->clearSent();
        PianoRoll* roll = window.pianoRoll();
        const sw::music::Note& first = roll->score().tracks[roll->editableTrack()].notes.first();
        QTest::mouseClick(roll, Qt::LeftButton, {},
                          roll->positionOf(first.startTick, first.pitch) + QPoint(2, 0));
        bool heard = false;
        for (const sw::devices::SentMidiMessage& m : midi->sent(QStringLiteral("Synth")))
            heard |=
                m.bytes == sw::devices::MidiBytes{0x9F, static_cast<unsigned char>(first.pitch),
                                                  static_cast<unsigned char>(first.velocity)};
        QVERIFY(heard);

        // Record three notes (no backing, so the test alone moves the clock).
        window.midi()->setOutputPort(QString());
        action(window, "recordMelodyAction")->trigger();
        QVERIFY(window.midi()->isRecording());
        const qint64 t0 = clock->nowUs();
        const QVector<std::pair<qint64, int>> played{{20000, 69}, {1010000, 72}, {1980000, 76}};
        QVector<qint64> expectedTicks;
        for (const auto& [us, pitch] : played) {
            clock->setNowUs(t0 + us);
            midi->play(QStringLiteral("Keyboard"), {0x90, static_cast<unsigned char>(pitch), 96});
            clock->setNowUs(t0 + us + 900000);
            midi->play(QStringLiteral("Keyboard"), {0x80, static_cast<unsigned char>(pitch), 0});
            const qint64 tick = scored.tempoMap.microsToTick(us);
            expectedTicks << (tick + 60) / 120 * 120;
        }
        action(window, "recordMelodyAction")->trigger();
        QVERIFY(!window.midi()->isRecording());
        QVERIFY2(script.errors.isEmpty(), qPrintable(script.errors.join(u'\n')));
        const sw::project::Take* recorded = firstTake(window);
        QVERIFY(recorded->name.endsWith(QStringLiteral("(recorded)")));
        QCOMPARE(window.project()->undoStack()->undoText(), QStringLiteral("Record melody"));
        auto melodyOf = [](const sw::music::Score& score) {
            QVector<std::pair<qint64, int>> notes;
            for (const sw::music::Track& t : score.tracks) {
                if (t.role == sw::music::TrackRole::Melody)
                    for (const sw::music::Note& n : t.notes)
                        notes.append({n.startTick, n.pitch});
            }
            return notes;
        };
        const QVector<std::pair<qint64, int>> tune{
            {expectedTicks[0], 69}, {expectedTicks[1], 72}, {expectedTicks[2], 76}};
        QCOMPARE(melodyOf(recorded->score), tune);

        // Arrange around it: the tune is kept, the band is written anew around it.
        action(window, "arrangeAction")->trigger();
        QVERIFY(window.isPlanning());
        QTRY_VERIFY_WITH_TIMEOUT(!window.isPlanning(), 60000);
        QVERIFY2(script.errors.isEmpty(), qPrintable(script.errors.join(u'\n')));
        const sw::project::Take* arranged = firstTake(window);
        QVERIFY2(arranged->name.endsWith(QStringLiteral("(arranged)")), qPrintable(arranged->name));
        QCOMPARE(melodyOf(arranged->score), tune);
        int bass = 0;
        for (const sw::music::Track& t : arranged->score.tracks)
            bass += t.role == sw::music::TrackRole::Bass ? t.notes.size() : 0;
        QVERIFY(bass > 0);
        QCOMPARE(arranged->provenance.controls.value(QStringLiteral("lead")).toString(),
                 recorded->name);
        window.project()->undoStack()->undo();
        QVERIFY(firstTake(window)->name.endsWith(QStringLiteral("(recorded)")));
    }

    void aHummedMelodyBecomesATakeAndAReferenceTrackPinsThePlan()
    {
        Script script;
        MainWindow window(std::make_unique<ScriptedPrompts>(&script));
        window.setModelsDirectory(QStringLiteral(SW_SOURCE_DIR "/models"));
        QVERIFY(window.openProject(kDemo));
        QTemporaryDir dir;
        const sw::cli::HummedLine line =
            sw::cli::synthesiseLine(sw::cli::HumVoice::LowHum, 515151, 12, 8, 44100);
        const QString hum = dir.filePath(QStringLiteral("idea.wav"));
        QVERIFY(sw::testing::writeMonoWav(hum, line.samples, line.sampleRate));
        script.audioPath = hum;

        // Nothing to put it over yet: the person is told to score first.
        action(window, "melodyFromRecordingAction")->trigger();
        QCOMPARE(script.errors.size(), 1);
        script.errors.clear();
        action(window, "scoreAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isPlanning(), 60000);
        const QString scoredName = firstTake(window)->name;

        // Written down on a worker, added as one undo step: the hummed notes are the melody;
        // then the band is arranged around them, as a take of its own.
        action(window, "melodyFromRecordingAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(firstTake(window)->name.endsWith(QStringLiteral("(arranged)")),
                                 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isPlanning(), 60000);
        QVERIFY2(script.errors.isEmpty(), qPrintable(script.errors.join(u'\n')));
        const sw::project::Take* arranged = firstTake(window);
        const sw::project::Take* hummed = nullptr;
        for (const sw::project::Take& t : window.project()->content().musicRegions.first().takes) {
            if (t.name.endsWith(QStringLiteral("(hummed)")))
                hummed = &t;
        }
        QVERIFY(hummed);
        QCOMPARE(arranged->provenance.controls.value(QStringLiteral("lead")).toString(),
                 hummed->name);
        QVector<int> heard, meant;
        for (const sw::music::Track& t : hummed->score.tracks)
            if (t.role == sw::music::TrackRole::Melody)
                for (const sw::music::Note& n : t.notes)
                    heard << n.pitch;
        for (const sw::cli::KnownNote& n : line.notes)
            meant << n.pitch;
        QVERIFY2(heard.size() >= 3 && meant.mid(0, heard.size()) == heard,
                 qPrintable(QStringLiteral("%1 notes heard").arg(heard.size())));
        QCOMPARE(hummed->provenance.controls.value(QStringLiteral("recording")).toString(), hum);
        QVector<int> arrangedMelody;
        for (const sw::music::Track& t : arranged->score.tracks)
            if (t.role == sw::music::TrackRole::Melody)
                for (const sw::music::Note& n : t.notes)
                    arrangedMelody << n.pitch;
        QCOMPARE(arrangedMelody, heard);
        window.project()->undoStack()->undo();
        window.project()->undoStack()->undo();
        QCOMPARE(firstTake(window)->name, scoredName);

        // A recording with no notes in it says so, naming the file.
        std::vector<float> silence(44100, 0.f);
        const QString quiet = dir.filePath(QStringLiteral("quiet.wav"));
        QVERIFY(sw::testing::writeMonoWav(quiet, silence, 44100));
        script.audioPath = quiet;
        action(window, "melodyFromRecordingAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!script.errors.isEmpty(), 20000);
        QVERIFY2(script.errors.first().contains(QStringLiteral("quiet.wav")),
                 qPrintable(script.errors.first()));
        script.errors.clear();

        // A reference track in D minor: all three pins offered, only the key taken.
        sw::testing::SyntheticSong song = sw::testing::synthesiseSong(3, 20);
        const QString reference = dir.filePath(QStringLiteral("temp track.wav"));
        QVERIFY(
            sw::testing::writeMonoWav(reference, song.samples, sw::testing::kSyntheticSongRate));
        script.audioPath = reference;
        script.referenceAccepted = {sw::scoring::ReferencePin::Key};
        const double bpmBefore = window.project()->content().planPins.bpm;
        action(window, "referenceTrackAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window.project()->content().planPins.key.has_value(), 20000);
        QVERIFY2(script.errors.isEmpty(), qPrintable(script.errors.join(u'\n')));
        QCOMPARE(script.referenceOffers.size(), 3);
        QCOMPARE(window.project()->content().planPins.key->name(), song.key.name());
        QCOMPARE(window.project()->content().planPins.bpm, bpmBefore);
        QVERIFY(
            window.project()->undoStack()->undoText().contains(QStringLiteral("temp track.wav")));
        window.project()->undoStack()->undo();
        QVERIFY(!window.project()->content().planPins.key.has_value());

        // Without a microphone the window says so, and nothing else changes.
        QString why;
        if (!sw::ui::AudioGuidance::microphoneAvailable(&why)) {
            action(window, "recordFromMicrophoneAction")->trigger();
            QCOMPARE(script.errors.size(), 1);
            QVERIFY2(script.errors.first().contains(QStringLiteral("No microphone")),
                     qPrintable(script.errors.first()));
        }
    }

    void notesAreMovedInThePianoRollAndUndone()
    {
        Script script;
        MainWindow window(std::make_unique<ScriptedPrompts>(&script));
        window.setModelsDirectory(QStringLiteral(SW_SOURCE_DIR "/models"));
        QVERIFY(window.openProject(kDemo));
        window.show();
        action(window, "scoreAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isPlanning(), 60000);
        PianoRoll* roll = window.pianoRoll();
        QVERIFY(!roll->score().tracks.isEmpty());
        const int track = roll->editableTrack();
        QCOMPARE(roll->score().tracks[track].role, sw::music::TrackRole::Melody);
        const QVector<sw::music::Note> before = firstTake(window)->score.tracks[track].notes;
        QVERIFY(before.size() > 2);

        // Keyboard: select the first note, Up transposes, Right moves it a 16th later; each is
        // one undo step on the project.
        roll->selectNotes({0});
        roll->setFocus();
        QTest::keyClick(roll, Qt::Key_Up);
        QTest::keyClick(roll, Qt::Key_Right);
        const QVector<sw::music::Note> after = firstTake(window)->score.tracks[track].notes;
        const int moved = roll->selectedNotes().value(0, -1);
        QVERIFY(moved >= 0);
        QCOMPARE(after[moved].pitch, before[0].pitch + 1);
        QCOMPARE(after[moved].startTick, before[0].startTick + 120);
        QCOMPARE(window.project()->undoStack()->undoText(), QStringLiteral("Move notes"));
        window.project()->undoStack()->undo();
        window.project()->undoStack()->undo();
        QCOMPARE(firstTake(window)->score.tracks[track].notes, before);

        // Mouse: dragging a note two rows up and a beat right is one step.
        roll->selectNotes({});
        const sw::music::Note& n = before[1];
        const int steps = window.project()->undoStack()->index();
        const QPoint start = roll->positionOf(n.startTick, n.pitch) + QPoint(2, 0);
        // Two rows up, a beat to the right.
        const QPoint offset = roll->positionOf(n.startTick + 480, n.pitch + 2) -
                              roll->positionOf(n.startTick, n.pitch);
        QTest::mousePress(roll, Qt::LeftButton, {}, start);
        QCOMPARE(roll->selectedNotes().size(), 1);
        QMouseEvent move(QEvent::MouseMove, start + offset, roll->mapToGlobal(start), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(roll, &move);
        QMouseEvent move2(QEvent::MouseMove, start + offset, roll->mapToGlobal(start), Qt::NoButton,
                          Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(roll, &move2);
        QTest::mouseRelease(roll, Qt::LeftButton, {}, start + offset);
        const QVector<sw::music::Note> dragged = firstTake(window)->score.tracks[track].notes;
        const sw::music::Note& d = dragged[roll->selectedNotes().value(0)];
        QCOMPARE(d.pitch, n.pitch + 2);
        QCOMPARE(d.startTick, n.startTick + 480);
        QCOMPARE(window.project()->undoStack()->index(), steps + 1);
        window.project()->undoStack()->undo();
        QCOMPARE(firstTake(window)->score.tracks[track].notes, before);

        // Alt+Up: ten more velocity.
        roll->selectNotes({0});
        QTest::keyClick(roll, Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(firstTake(window)->score.tracks[track].notes[0].velocity,
                 std::min(127, before[0].velocity + 10));
        window.project()->undoStack()->undo();
        // Delete and Ctrl+D, undone as well; an edit past the MIDI range is refused.
        roll->selectNotes({0});
        QTest::keyClick(roll, Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(firstTake(window)->score.tracks[track].notes.size(), before.size() + 1);
        QTest::keyClick(roll, Qt::Key_Delete);
        QCOMPARE(firstTake(window)->score.tracks[track].notes.size(), before.size());
        window.project()->undoStack()->undo();
        window.project()->undoStack()->undo();
        QCOMPARE(firstTake(window)->score.tracks[track].notes, before);
        roll->selectNotes({0});
        roll->moveSelection(0, 200);
        QCOMPARE(firstTake(window)->score.tracks[track].notes, before);
    }

    void notesAreDrawnQuantizedSplitAndJoinedAndTakesChosen()
    {
        Script script;
        MainWindow window(std::make_unique<ScriptedPrompts>(&script));
        window.setModelsDirectory(QStringLiteral(SW_SOURCE_DIR "/models"));
        QVERIFY(window.openProject(kDemo));
        window.show();
        action(window, "scoreAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isPlanning(), 60000);
        action(window, "scoreAction")->trigger(); // take B, another seed
        QTRY_VERIFY_WITH_TIMEOUT(!window.isPlanning(), 60000);
        PianoRoll* roll = window.pianoRoll();
        const int track = roll->editableTrack();
        auto notes = [&] { return firstTake(window)->score.tracks[track].notes; };
        const int before = notes().size();

        // A double click draws a beat-long note on the grid under the mouse, below the tune.
        int low = 127;
        for (const sw::music::Note& n : notes())
            low = std::min(low, n.pitch);
        const int pitch = low - 2;
        const QPoint at = roll->positionOf(1930 + 45, pitch);
        QTest::mouseDClick(roll, Qt::LeftButton, {}, at);
        QCOMPARE(notes().size(), before + 1);
        const int drawn = roll->selectedNotes().value(0);
        QCOMPARE(notes()[drawn].pitch, pitch);
        QCOMPARE(notes()[drawn].startTick, 1920);
        QCOMPARE(notes()[drawn].durationTicks, 480);
        // S splits it in two eighths, J joins them again, Q snaps a nudged note back.
        QTest::keyClick(roll, Qt::Key_S);
        QCOMPARE(notes().size(), before + 2);
        QCOMPARE(roll->selectedNotes().size(), 2);
        QTest::keyClick(roll, Qt::Key_J);
        QCOMPARE(notes().size(), before + 1);
        QCOMPARE(notes()[roll->selectedNotes().value(0)].durationTicks, 480);
        QVector<sw::music::Note> nudged = notes();
        nudged[roll->selectedNotes().value(0)].startTick += 37;
        QVERIFY(window.project()->requestSetTakeNotes(roll->regionId(), track, nudged,
                                                      QStringLiteral("Nudge")));
        int index = -1;
        for (int i = 0; i < notes().size(); ++i)
            index = notes()[i].pitch == pitch ? i : index;
        roll->selectNotes({index});
        QTest::keyClick(roll, Qt::Key_Q);
        QCOMPARE(notes()[roll->selectedNotes().value(0)].startTick, 1920);

        // The take chooser lists A and B with their seeds and makes A active again.
        auto* takes = window.findChild<QComboBox*>(QStringLiteral("pianoRollTake"));
        QCOMPARE(takes->count(), 2);
        QVERIFY(takes->itemText(0).contains(QStringLiteral("seed")));
        QCOMPARE(takes->currentIndex(), 1);
        takes->activated(0);
        QCOMPARE(window.project()->musicRegion(roll->regionId())->activeTake, 0);
        QCOMPARE(firstTake(window)->name, QStringLiteral("Take A"));
        QCOMPARE(takes->currentIndex(), 0);
    }

    void selectedBarsAreRegeneratedAsANewTake()
    {
        Script script;
        MainWindow window(std::make_unique<ScriptedPrompts>(&script));
        window.setModelsDirectory(QStringLiteral(SW_SOURCE_DIR "/models"));
        QVERIFY(window.openProject(kDemo));
        // Without a take or a selection, the person is told what to do.
        action(window, "regenerateAction")->trigger();
        QCOMPARE(script.errors.size(), 1);
        script.errors.clear();
        action(window, "scoreAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isPlanning(), 60000);
        const sw::music::Score original = firstTake(window)->score;
        PianoRoll* roll = window.pianoRoll();
        // Click bar 2 in the ruler: bar 2 of the melody is written again.
        const int x = roll->positionOf(original.tempoMap.barStartTick(1), 60).x() + 5;
        QTest::mouseClick(roll, Qt::LeftButton, {}, QPoint(x, 5)); // the ruler
        QCOMPARE(roll->firstSelectedBar(), 1);
        QCOMPARE(roll->lastSelectedBar(), 1);
        // A note of bar 2 locked (L) survives the regeneration.
        const qint64 barFrom = original.tempoMap.barStartTick(1);
        const qint64 barTo = original.tempoMap.barStartTick(2);
        int lockedIndex = -1;
        const auto& melodyBefore = original.tracks[roll->editableTrack()].notes;
        for (int i = 0; i < melodyBefore.size() && lockedIndex < 0; ++i)
            lockedIndex =
                melodyBefore[i].startTick >= barFrom && melodyBefore[i].startTick < barTo ? i : -1;
        QVERIFY(lockedIndex >= 0);
        roll->selectNotes({lockedIndex});
        roll->setFocus();
        QTest::keyClick(roll, Qt::Key_L);
        sw::music::Note locked = melodyBefore[lockedIndex];
        locked.locked = true;
        QVERIFY(firstTake(window)->score.tracks[roll->editableTrack()].notes.contains(locked));
        action(window, "regenerateAction")->trigger();
        QVERIFY(window.isPlanning());
        QTRY_VERIFY_WITH_TIMEOUT(!window.isPlanning(), 60000);
        QVERIFY2(script.errors.isEmpty(), qPrintable(script.errors.join(u'\n')));
        const sw::project::Take* take = firstTake(window);
        QVERIFY2(take->name.contains(QStringLiteral("bars 2-2")), qPrintable(take->name));
        const qint64 from = original.tempoMap.barStartTick(1),
                     to = original.tempoMap.barStartTick(2);
        for (int t = 0; t < original.tracks.size(); ++t) {
            const auto& was = original.tracks[t];
            const auto& now = take->score.tracks[t];
            if (was.role != sw::music::TrackRole::Melody) {
                QCOMPARE(now.notes, was.notes); // other tracks kept exactly
                continue;
            }
            auto outside = [&](const QVector<sw::music::Note>& notes) {
                QVector<sw::music::Note> kept;
                for (const auto& n : notes)
                    if (n.startTick < from || n.startTick >= to)
                        kept << n;
                return kept;
            };
            QCOMPARE(outside(now.notes), outside(was.notes)); // the melody outside bar 2 too
        }
        QCOMPARE(take->provenance.controls.value(QStringLiteral("regenerated")).toString(),
                 QStringLiteral("2-2"));
        QVERIFY(take->score.tracks[roll->editableTrack()].notes.contains(locked));
    }

    // Issue 21: which parts a regeneration rewrites is chosen beside the track chooser: the
    // melody and the bass ticked, bar 2 of both is written again and nothing else changes.
    void theRegeneratedPartsAreChosen()
    {
        Script script;
        MainWindow window(std::make_unique<ScriptedPrompts>(&script));
        window.setModelsDirectory(QStringLiteral(SW_SOURCE_DIR "/models"));
        QVERIFY(window.openProject(kDemo));
        action(window, "scoreAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isPlanning(), 60000);
        const sw::music::Score original = firstTake(window)->score;
        PianoRoll* roll = window.pianoRoll();
        auto* button = window.findChild<QToolButton*>(QStringLiteral("regenerateTracksButton"));
        QVERIFY(button);
        QVERIFY2(button->text().endsWith(QStringLiteral("Melody")), qPrintable(button->text()));
        QMenu* menu = button->menu();
        Q_EMIT menu->aboutToShow(); // as opening it does
        auto* bass = menu->findChild<QAction*>(QStringLiteral("regenerate_bass"));
        QVERIFY(bass);
        QVERIFY(!bass->isChecked());
        bass->trigger();
        QVERIFY2(button->text().contains(QStringLiteral("Melody, Bass")),
                 qPrintable(button->text()));
        QCOMPARE(roll->regenerateRoles(), (QSet<sw::music::TrackRole>{sw::music::TrackRole::Melody,
                                                                      sw::music::TrackRole::Bass}));
        const int x = roll->positionOf(original.tempoMap.barStartTick(1), 60).x() + 5;
        QTest::mouseClick(roll, Qt::LeftButton, {}, QPoint(x, 5));
        action(window, "regenerateAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isPlanning(), 60000);
        QVERIFY2(script.errors.isEmpty(), qPrintable(script.errors.join(u'\n')));
        const sw::music::Score now = firstTake(window)->score;
        const qint64 from = original.tempoMap.barStartTick(1),
                     to = original.tempoMap.barStartTick(2);
        auto split = [&](const QVector<sw::music::Note>& notes, bool inside) {
            QVector<sw::music::Note> kept;
            for (const auto& n : notes) {
                if ((n.startTick >= from && n.startTick < to) == inside)
                    kept << n;
            }
            return kept;
        };
        bool bassChanged = false;
        for (int t = 0; t < original.tracks.size(); ++t) {
            const sw::music::TrackRole role = original.tracks[t].role;
            if (role == sw::music::TrackRole::Melody || role == sw::music::TrackRole::Bass) {
                QCOMPARE(split(now.tracks[t].notes, false), split(original.tracks[t].notes, false));
                if (role == sw::music::TrackRole::Bass)
                    bassChanged =
                        split(now.tracks[t].notes, true) != split(original.tracks[t].notes, true);
            } else {
                QCOMPARE(now.tracks[t].notes, original.tracks[t].notes);
            }
        }
        QVERIFY(bassChanged);
    }

    void lyricsTypedInTheInspectorAreSung()
    {
        Script script;
        MainWindow window(std::make_unique<ScriptedPrompts>(&script));
        window.setModelsDirectory(QStringLiteral(SW_SOURCE_DIR "/models"));
        QVERIFY(window.openProject(kDemo));
        window.show();
        // The prompt's inspector says what was understood and what was not.
        QUuid prompt, lyrics;
        for (const sw::project::Clip& c : window.project()->content().clips) {
            if (c.kind == sw::project::ClipKind::Prompt && c.text.contains(QStringLiteral("knock")))
                prompt = c.id;
            if (c.kind == sw::project::ClipKind::Lyrics)
                lyrics = c.id;
        }
        window.outline()->selectElement(prompt);
        const QString understood = window.inspector()->detailsText();
        QVERIFY2(understood.contains(QStringLiteral("drums")), qPrintable(understood));
        QVERIFY2(understood.contains(QStringLiteral("hit (\"knock\")")), qPrintable(understood));
        // An edited prompt is read again; a word the lexicon lacks is named.
        window.inspector()->textEditor()->setPlainText(QStringLiteral("tense zorglub strings"));
        window.inspector()->applyText();
        QCOMPARE(window.project()->clip(prompt)->text, QStringLiteral("tense zorglub strings"));
        QVERIFY2(
            window.inspector()->detailsText().contains(QStringLiteral("Not understood: zorglub")),
            qPrintable(window.inspector()->detailsText()));
        window.project()->undoStack()->undo();

        // Type new lyrics into the lyric clip's inspector, Apply: one undo step.
        window.outline()->selectElement(lyrics);
        QPlainTextEdit* editor = window.inspector()->textEditor();
        QVERIFY(editor->isVisible());
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("Shine a light on me"));
        QTest::mouseClick(
            window.inspector()->findChild<QPushButton*>(QStringLiteral("inspectorApply")),
            Qt::LeftButton);
        QCOMPARE(window.project()->clip(lyrics)->text, QStringLiteral("Shine a light on me"));
        QVERIFY2(window.inspector()->detailsText().contains(QStringLiteral("5 syllables")),
                 qPrintable(window.inspector()->detailsText()));

        action(window, "scoreAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isPlanning(), 60000);
        action(window, "vocalAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isWritingVocal(), 60000);
        QVERIFY2(script.errors.isEmpty(), qPrintable(script.errors.join(u'\n')));
        QStringList sung;
        for (const sw::music::Track& t : firstTake(window)->score.tracks) {
            if (t.role == sw::music::TrackRole::Vocal)
                for (const sw::music::Note& n : t.notes)
                    sung << n.lyric;
        }
        QCOMPARE(sung, (QStringList{"Shine", "a", "light", "on", "me"}));
    }

    void aSungLineIsRewrittenAsANewTake()
    {
        Script script;
        MainWindow window(std::make_unique<ScriptedPrompts>(&script));
        window.setModelsDirectory(QStringLiteral(SW_SOURCE_DIR "/models"));
        QVERIFY(window.openProject(kDemo));
        for (const sw::project::Clip& c : window.project()->content().clips) {
            if (c.kind == sw::project::ClipKind::Lyrics)
                window.outline()->selectElement(c.id);
        }
        window.inspector()->textEditor()->setPlainText(
            QStringLiteral("Shine a light on me\nI will follow"));
        window.inspector()->applyText();
        action(window, "scoreAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isPlanning(), 60000);
        // Without a vocal line there is nothing to rewrite: said.
        action(window, "rewriteLineAction")->trigger();
        QCOMPARE(script.errors.size(), 1);
        QVERIFY2(script.errors.first().contains(QStringLiteral("no vocal line")),
                 qPrintable(script.errors.first()));
        script.errors.clear();
        action(window, "vocalAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isWritingVocal(), 60000);
        const sw::music::Track sung = firstTake(window)->score.tracks.first();
        QCOMPARE(sung.role, sw::music::TrackRole::Vocal);
        QCOMPARE(sung.notes.size(), 5 + 4); // "Shine a light on me" / "I will fol-low"
        // Select "will" (the second line) in the piano roll's Voice track and rewrite its line.
        PianoRoll* roll = window.pianoRoll();
        roll->setEditableTrack(0);
        int will = -1;
        for (int i = 0; i < sung.notes.size(); ++i)
            will = sung.notes[i].lyric == QLatin1String("will") ? i : will;
        QVERIFY(will >= 0);
        roll->selectNotes({will});
        action(window, "rewriteLineAction")->trigger();
        QVERIFY(window.isWritingVocal());
        QTRY_VERIFY_WITH_TIMEOUT(!window.isWritingVocal(), 60000);
        QVERIFY2(script.errors.isEmpty(), qPrintable(script.errors.join(u'\n')));
        const sw::project::Take* take = firstTake(window);
        QVERIFY2(take->name.contains(QStringLiteral("line 2")), qPrintable(take->name));
        const sw::music::Track& now = take->score.tracks.first();
        QCOMPARE(now.notes.size(), sung.notes.size());
        QCOMPARE(now.notes.mid(0, 5), sung.notes.mid(0, 5)); // the first line kept exactly
        QVERIFY(now.notes.mid(5) != sung.notes.mid(5));
        QCOMPARE(now.notes[6].lyric, QStringLiteral("will"));
        // Every other track of the take is as it was.
        const sw::project::Take* before = nullptr;
        for (const auto& r : window.project()->content().musicRegions) {
            for (const auto& t : r.takes)
                before = t.name.endsWith(QStringLiteral("(vocal)")) ? &t : before;
        }
        QVERIFY(before);
        QCOMPARE(take->score.tracks.size(), before->score.tracks.size());
        for (int t = 1; t < take->score.tracks.size(); ++t)
            QCOMPARE(take->score.tracks[t].notes, before->score.tracks[t].notes);
    }

    // Issue 21: the lyrics editor says what to look at. A line sung with its stress between
    // beats is named in the inspector, with a link that writes that line again (a new take,
    // the other line kept).
    void theInspectorWarnsOfMisplacedStressAndRewritesTheLine()
    {
        QTemporaryDir dir;
        sw::project::ProjectContent content;
        sw::project::Clip lyrics;
        lyrics.id = QUuid::createUuid();
        lyrics.kind = sw::project::ClipKind::Lyrics;
        lyrics.name = QStringLiteral("Lyrics");
        lyrics.durationUs = 4000000;
        lyrics.text = QStringLiteral("Morning is breaking\nover the town");
        content.clips = {lyrics};
        sw::project::MusicRegion region;
        region.id = QUuid::createUuid();
        region.durationUs = 4000000;
        sw::project::Take take;
        take.id = QUuid::createUuid();
        take.name = QStringLiteral("Take A (vocal)");
        take.created = QDateTime::currentDateTimeUtc();
        take.score.tempoMap = sw::music::TempoMap::constant(120);
        take.score.keys = {sw::music::KeySignature{0, 0, sw::music::KeyMode::Major}};
        sw::music::Track vocal;
        vocal.role = sw::music::TrackRole::Vocal;
        vocal.name = QStringLiteral("Voice");
        const QStringList syllables{
            QStringLiteral("Morn"),  QStringLiteral("ing"), QStringLiteral("is"),
            QStringLiteral("break"), QStringLiteral("ing"), QStringLiteral("ov"),
            QStringLiteral("er"),    QStringLiteral("the"), QStringLiteral("town")};
        // "Morn" between beats, "ing" on beat 3: the stress falls the wrong way.
        const QVector<qint64> ticks{240, 960, 1200, 1680, 1920, 2400, 2640, 2880, 3360};
        for (int i = 0; i < syllables.size(); ++i) {
            sw::music::Note n;
            n.pitch = 64 + i % 3;
            n.startTick = ticks[i];
            n.durationTicks = 200;
            n.lyric = syllables[i];
            vocal.notes.append(n);
        }
        take.score.tracks = {vocal};
        region.takes = {take};
        region.activeTake = 0;
        content.musicRegions = {region};
        const QString path = dir.filePath(QStringLiteral("stress.swproj"));
        QString error;
        QVERIFY2(sw::project::saveProject(content, path, &error), qPrintable(error));

        Script script;
        MainWindow window(std::make_unique<ScriptedPrompts>(&script));
        window.setModelsDirectory(QStringLiteral(SW_SOURCE_DIR "/models"));
        QVERIFY(window.openProject(path));
        window.outline()->selectElement(lyrics.id);
        const QString shown = window.inspector()->detailsText();
        QVERIFY2(shown.contains(QStringLiteral("between beats (bar 1)")) &&
                     shown.contains(QStringLiteral("Rewrite line 1")),
                 qPrintable(shown));
        auto* details = window.inspector()->findChild<QLabel*>(QStringLiteral("inspectorDetails"));
        QVERIFY(details);
        QVERIFY(details->text().contains(QStringLiteral("href=\"rewrite:0\"")));
        Q_EMIT details->linkActivated(QStringLiteral("rewrite:0"));
        QVERIFY(window.isWritingVocal());
        QTRY_VERIFY_WITH_TIMEOUT(!window.isWritingVocal(), 60000);
        QVERIFY2(script.errors.isEmpty(), qPrintable(script.errors.join(u'\n')));
        const sw::project::Take* rewritten = firstTake(window);
        QVERIFY2(rewritten->name.contains(QStringLiteral("line 1")), qPrintable(rewritten->name));
        const sw::music::Track& now = rewritten->score.tracks.first();
        QCOMPARE(now.notes.size(), vocal.notes.size());
        QCOMPARE(now.notes.mid(5), vocal.notes.mid(5)); // the second line kept exactly
        QVERIFY(now.notes.mid(0, 5) != vocal.notes.mid(0, 5));
    }

    void theWindowStaysResponsiveWhileALongScoreIsWritten()
    {
        // Three minutes of prompts: about 90 bars to plan and compose on a worker, several
        // seconds of work, while the event loop is timed every 5 ms.
        QTemporaryDir dir;
        sw::project::ProjectContent content;
        content.title = QStringLiteral("Three minutes");
        const QStringList prompts{
            QStringLiteral("calm piano, slow"),         QStringLiteral("hopeful strings, building"),
            QStringLiteral("energetic drums and bass"), QStringLiteral("tense, minor, strings"),
            QStringLiteral("triumphant brass, loud"),   QStringLiteral("quiet ending, piano")};
        for (int i = 0; i < prompts.size(); ++i) {
            sw::project::Clip clip;
            clip.id = QUuid::createUuid();
            clip.kind = sw::project::ClipKind::Prompt;
            clip.startUs = i * 30000000LL;
            clip.durationUs = 30000000;
            clip.text = prompts[i];
            content.clips.append(clip);
        }
        const QString path = dir.filePath(QStringLiteral("long.swproj"));
        QString error;
        QVERIFY2(sw::project::saveProject(content, path, &error), qPrintable(error));

        Script script;
        MainWindow window(std::make_unique<ScriptedPrompts>(&script));
        window.setModelsDirectory(QStringLiteral(SW_SOURCE_DIR "/models"));
        QVERIFY(window.openProject(path));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QElapsedTimer clock;
        qint64 last = 0, worst = 0, worstAt = 0;
        QVector<qint64> gaps;
        QTimer probe;
        probe.setInterval(5);
        probe.setTimerType(Qt::PreciseTimer);
        connect(&probe, &QTimer::timeout, [&] {
            const qint64 now = clock.nsecsElapsed() / 1000;
            gaps.append(now - last);
            if (now - last > worst) {
                worst = now - last;
                worstAt = now;
            }
            last = now;
        });
        clock.start();
        probe.start();
        // A real event loop (QTest::qWait sleeps between its rounds, which would be measured
        // as stalls): it runs until the take is in and a little longer, for the repaints.
        QEventLoop loop;
        QElapsedTimer finishedFor;
        connect(&probe, &QTimer::timeout, &loop, [&] {
            if (!window.isPlanning() && !finishedFor.isValid())
                finishedFor.start();
            if ((finishedFor.isValid() && finishedFor.elapsed() > 200) || clock.elapsed() > 120000)
                loop.quit();
        });
        action(window, "scoreAction")->trigger();
        loop.exec();
        probe.stop();
        QVERIFY(!window.isPlanning());
        QVERIFY2(script.errors.isEmpty(), qPrintable(script.errors.join(u'\n')));
        const sw::project::Take* take = firstTake(window);
        QVERIFY(take);
        std::sort(gaps.begin(), gaps.end());
        qInfo("scoring 3 minutes took %.1f s (%d notes); event-loop gaps: median %.1f ms, "
              "99th percentile %.1f ms, worst %.1f ms at %.2f s",
              clock.elapsed() / 1000.0, take->score.noteCount(), gaps[gaps.size() / 2] / 1000.0,
              gaps[gaps.size() * 99 / 100] / 1000.0, worst / 1000.0, worstAt / 1e6);
        QVERIFY(clock.elapsed() > 1000); // long enough for the measurement to mean something
        // Work done on the event loop's thread shows in every gap after it, so the 99th
        // percentile must stay short. A single gap may be longer: on two cores shared with
        // another test, the scheduler alone was seen to hold the loop once for 100-115 ms; a
        // compose or a render moved onto this thread would stall it for seconds.
        QVERIFY2(gaps[gaps.size() * 99 / 100] < 30000,
                 qPrintable(QStringLiteral("99th percentile %1 ms")
                                .arg(gaps[gaps.size() * 99 / 100] / 1000.0)));
        QVERIFY2(worst < 300000, qPrintable(QStringLiteral("a %1 ms stall").arg(worst / 1000.0)));
    }

    void clipsAreMovedTrimmedAndSplitOnTheTimeline()
    {
        Script script;
        MainWindow window(std::make_unique<ScriptedPrompts>(&script));
        QVERIFY(window.openProject(kDemo));
        window.show();
        TimelineView* timeline = window.timeline();
        timeline->setPixelsPerSecond(80);
        QUuid hopeful, energetic;
        for (const sw::project::Clip& c : window.project()->content().clips) {
            if (c.text.startsWith(QStringLiteral("hopeful")))
                hopeful = c.id;
            if (c.text.startsWith(QStringLiteral("energetic")))
                energetic = c.id;
        }
        auto clip = [&](const QUuid& id) { return *window.project()->clip(id); };
        auto drag = [&](QPoint from, QPoint to) {
            QTest::mousePress(timeline, Qt::LeftButton, {}, from);
            QMouseEvent move(QEvent::MouseMove, to, timeline->mapToGlobal(to), Qt::NoButton,
                             Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(timeline, &move);
            QTest::mouseRelease(timeline, Qt::LeftButton, {}, to);
        };
        const int steps = window.project()->undoStack()->index();

        // Moved 22 px (0.275 s) later it snaps to the lyric clip's start at 4.2 s.
        const QPoint middle = timeline->clipRect(hopeful).center();
        drag(middle, middle + QPoint(22, 0));
        QCOMPARE(timeline->selectedClips(), QList<QUuid>{hopeful});
        QCOMPARE(clip(hopeful).startUs, 4200000);
        QCOMPARE(window.project()->undoStack()->index(), steps + 1); // one step for the drag
        QCOMPARE(window.outline()->selectedElementIds(), QList<QUuid>{hopeful});
        window.project()->undoStack()->undo();
        QCOMPARE(clip(hopeful).startUs, 4000000);

        // Its end dragged 40 px (0.5 s) earlier: 7.5 s, no snap target near.
        const QRect r = timeline->clipRect(hopeful);
        drag(QPoint(r.right() - 1, r.center().y()), QPoint(r.right() - 41, r.center().y()));
        QCOMPARE(clip(hopeful).startUs, 4000000);
        QCOMPARE(clip(hopeful).endUs(), 7500000);
        window.project()->undoStack()->undo();

        // S splits the selected clip at the playhead; Delete removes the selection.
        QTest::mouseClick(timeline, Qt::LeftButton, {}, timeline->clipRect(energetic).center());
        timeline->setPlayheadUs(10000000);
        timeline->setFocus();
        QTest::keyClick(timeline, Qt::Key_S);
        QCOMPARE(clip(energetic).endUs(), 10000000);
        const QUuid second = timeline->selectedClips().value(0);
        QVERIFY(!second.isNull() && second != energetic);
        QCOMPARE(clip(second).startUs, 10000000);
        QCOMPARE(clip(second).text, clip(energetic).text);
        QTest::keyClick(timeline, Qt::Key_Delete);
        QVERIFY(!window.project()->clip(second));
        window.project()->undoStack()->undo();
        window.project()->undoStack()->undo();
        QCOMPARE(clip(energetic).endUs(), 12000000);
        QVERIFY(!window.project()->clip(second));
        QVERIFY(timeline->selectedClips().isEmpty()); // the undone clip is not selected
    }

    // Copy and paste as in an editor: the copies land at the playhead, keep their spacing and
    // text, are new clips, and go in one undo step; Cut removes the originals.
    // Issue 21: a drag moved only the clip grabbed; the selected clips move together, as in
    // Kdenlive, in one undo step.
    void selectedClipsMoveTogether()
    {
        Script script;
        MainWindow window(std::make_unique<ScriptedPrompts>(&script));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        action(window, "newAction")->trigger();
        QList<QUuid> ids;
        for (qint64 start : {0LL, 3000000LL}) {
            sw::project::Clip clip;
            clip.kind = sw::project::ClipKind::Prompt;
            clip.startUs = start;
            clip.durationUs = 2000000;
            clip.text = QStringLiteral("calm piano");
            QUuid id;
            QVERIFY(window.project()->requestAddClip(clip, &id));
            ids << id;
        }
        TimelineView* timeline = window.timeline();
        timeline->setPixelsPerSecond(80);
        timeline->setPlayheadUs(8000000);
        const QPoint a = timeline->clipRect(ids[0]).center();
        const QPoint b = timeline->clipRect(ids[1]).center();
        QTest::mouseClick(timeline, Qt::LeftButton, {}, a);
        QTest::mouseClick(timeline, Qt::LeftButton, Qt::ControlModifier, b);
        QCOMPARE(timeline->selectedClips().size(), 2);
        const int steps = window.project()->undoStack()->index();
        const QPoint half(a.x() + 40, a.y()), to(a.x() + 80, a.y()); // one second later
        QTest::mousePress(timeline, Qt::LeftButton, {}, a);
        for (const QPoint& p : {half, to}) {
            QMouseEvent move(QEvent::MouseMove, p, timeline->mapToGlobal(p), Qt::NoButton,
                             Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(timeline, &move);
        }
        QTest::mouseRelease(timeline, Qt::LeftButton, {}, to);
        QCOMPARE(window.project()->clip(ids[0])->startUs, qint64(1000000));
        QCOMPARE(window.project()->clip(ids[1])->startUs, qint64(4000000));
        QCOMPARE(window.project()->undoStack()->index(), steps + 1);
        QCOMPARE(window.project()->undoStack()->undoText(), QStringLiteral("Move 2 clips"));
        // The step is closed: a marker added next is a step of its own.
        timeline->setFocus();
        QTest::keyClick(timeline, Qt::Key_M);
        QCOMPARE(window.project()->undoStack()->index(), steps + 2);
        window.project()->undoStack()->undo();
        window.project()->undoStack()->undo();
        QCOMPARE(window.project()->clip(ids[0])->startUs, qint64(0));
        QCOMPARE(window.project()->clip(ids[1])->startUs, qint64(3000000));
        // A click on one of them (no drag) selects it alone, as before.
        QTest::mouseClick(timeline, Qt::LeftButton, {}, timeline->clipRect(ids[1]).center());
        QCOMPARE(timeline->selectedClips(), QList<QUuid>{ids[1]});
    }

    void clipsAreCopiedCutAndPasted()
    {
        Script script;
        MainWindow window(std::make_unique<ScriptedPrompts>(&script));
        QVERIFY(window.openProject(kDemo));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        TimelineView* timeline = window.timeline();
        timeline->setPixelsPerSecond(80);
        QUuid hopeful, lyric;
        for (const sw::project::Clip& c : window.project()->content().clips) {
            if (c.text.startsWith(QStringLiteral("hopeful")))
                hopeful = c.id;
            if (c.kind == sw::project::ClipKind::Lyrics)
                lyric = c.id;
        }
        QVERIFY(!hopeful.isNull() && !lyric.isNull());
        const sw::project::Clip prompt = *window.project()->clip(hopeful);
        const sw::project::Clip line = *window.project()->clip(lyric);
        // Nothing selected, nothing to copy. Click one, Ctrl+click the other, Ctrl+C.
        QVERIFY(!action(window, "copyAction")->isEnabled());
        QTest::mouseClick(timeline, Qt::LeftButton, {}, timeline->clipRect(hopeful).center());
        QTest::mouseClick(timeline, Qt::LeftButton, Qt::ControlModifier,
                          timeline->clipRect(lyric).center());
        QCOMPARE(window.outline()->selectedElementIds().size(), 2);
        QVERIFY(action(window, "copyAction")->isEnabled() &&
                action(window, "cutAction")->isEnabled());
        timeline->setFocus();
        QTest::keyClick(timeline, Qt::Key_C, Qt::ControlModifier);
        QVERIFY(QGuiApplication::clipboard()->text().contains(prompt.text));
        const int clipsBefore = int(window.project()->content().clips.size());
        const int steps = window.project()->undoStack()->index();
        timeline->setPlayheadUs(8000000);
        QTest::keyClick(timeline, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(int(window.project()->content().clips.size()), clipsBefore + 2);
        QCOMPARE(window.project()->undoStack()->index(), steps + 1);
        QVERIFY2(
            window.project()->undoStack()->undoText().startsWith(QStringLiteral("Paste 2 clip")),
            qPrintable(window.project()->undoStack()->undoText()));
        const qint64 first = std::min(prompt.startUs, line.startUs);
        int found = 0;
        for (const sw::project::Clip& c : window.project()->content().clips) {
            if (c.id == hopeful || c.id == lyric)
                continue;
            const sw::project::Clip& original = c.text == prompt.text ? prompt : line;
            if (c.text != original.text || c.kind != original.kind)
                continue;
            QCOMPARE(c.startUs, 8000000 + original.startUs - first);
            QCOMPARE(c.durationUs, original.durationUs);
            ++found;
        }
        QCOMPARE(found, 2);
        QCOMPARE(window.outline()->selectedElementIds().size(), 2); // the copies, selected
        window.project()->undoStack()->undo();
        QCOMPARE(int(window.project()->content().clips.size()), clipsBefore);

        // Cut: the original goes (one step) and comes back where the playhead is.
        QTest::mouseClick(timeline, Qt::LeftButton, {}, timeline->clipRect(hopeful).center());
        timeline->setFocus();
        QTest::keyClick(timeline, Qt::Key_X, Qt::ControlModifier);
        QVERIFY(!window.project()->clip(hopeful));
        timeline->setPlayheadUs(1000000);
        QTest::keyClick(timeline, Qt::Key_V, Qt::ControlModifier);
        int pasted = 0;
        for (const sw::project::Clip& c : window.project()->content().clips)
            pasted += c.text == prompt.text && c.startUs == 1000000;
        QCOMPARE(pasted, 1);

        // Text from another program opens a prompt at the playhead with it, to confirm.
        QGuiApplication::clipboard()->setText(QStringLiteral("tense strings,\nbuilding to a hit"));
        const int now = int(window.project()->content().clips.size());
        timeline->setPlayheadUs(6000000);
        timeline->setFocus();
        QTest::keyClick(timeline, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(int(window.project()->content().clips.size()), now); // not yet
        auto* editor = timeline->findChild<QLineEdit*>(QStringLiteral("textClipEditor"));
        QVERIFY(editor);
        QCOMPARE(editor->text(), QStringLiteral("tense strings, building to a hit"));
        QTest::keyClick(editor, Qt::Key_Return);
        QCOMPARE(int(window.project()->content().clips.size()), now + 1);
        int typed = 0;
        for (const sw::project::Clip& c : window.project()->content().clips)
            typed += c.kind == sw::project::ClipKind::Prompt &&
                     c.text == QStringLiteral("tense strings, building to a hit");
        QCOMPARE(typed, 1);
    }

    void anIntensityCurveIsDrawnAndThePlanFollowsIt()
    {
        Script script;
        MainWindow window(std::make_unique<ScriptedPrompts>(&script));
        QVERIFY(window.openProject(kDemo));
        window.show();
        TimelineView* timeline = window.timeline();
        timeline->setPixelsPerSecond(80);
        // The Intensity lane is the ninth lane under the ruler; draw from high at 1 s to low
        // at 11 s.
        const int top = 22 + 8 * 26, left = 96;
        const QPoint from(left + 80, top + 4), to(left + 80 * 11, top + 22);
        QTest::mousePress(timeline, Qt::LeftButton, {}, from);
        QMouseEvent move(QEvent::MouseMove, to, timeline->mapToGlobal(to), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(timeline, &move);
        QTest::mouseRelease(timeline, Qt::LeftButton, {}, to);
        const auto& drawn = window.project()->content().planPins.intensity;
        QVERIFY(drawn.size() > 50);
        QCOMPARE(drawn.first().timeUs, 1000000);
        QVERIFY(drawn.first().value > 0.9);
        QVERIFY(drawn.last().value < 0.1);
        QCOMPARE(window.project()->undoStack()->undoText(), QStringLiteral("Draw intensity"));
        // The plan follows the drawing: its first bars louder than its last.
        action(window, "planAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isPlanning(), 60000);
        const auto& plan = window.timeline()->plan();
        QVERIFY(plan.has_value() && plan->bars.size() >= 2);
        QVERIFY2(plan->bars.first().intensity > plan->bars.last().intensity + 0.3,
                 qPrintable(QStringLiteral("%1 -> %2")
                                .arg(plan->bars.first().intensity)
                                .arg(plan->bars.last().intensity)));
        window.project()->undoStack()->undo();
        QVERIFY(window.project()->content().planPins.intensity.isEmpty());
    }

    void editingAClipDiscardsTheStaleScore()
    {
        Script script;
        MainWindow window(std::make_unique<ScriptedPrompts>(&script));
        window.setModelsDirectory(QStringLiteral(SW_SOURCE_DIR "/models"));
        QVERIFY(window.openProject(kDemo));
        action(window, "scoreAction")->trigger();
        QVERIFY(window.isPlanning());
        // The person moves a prompt while the music is being written for the old timeline.
        const sw::project::Clip prompt = window.project()->content().clips[1];
        QVERIFY(window.project()->requestMoveClip(prompt.id, prompt.startUs + 500000));
        QVERIFY(!window.isPlanning());
        QTest::qWait(1500); // long enough for the worker to have finished
        QVERIFY(window.project()->content().musicRegions.isEmpty()); // no stale take
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("discarded")),
                 qPrintable(window.statusBar()->currentMessage()));
        // Scoring again works on the edited timeline.
        action(window, "scoreAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isPlanning(), 60000);
        QCOMPARE(window.project()->content().musicRegions.size(), 1);
    }

    void preferencesChooseTheMidiPortsAndTheSoundfont()
    {
        MainWindow window;
        auto backend = std::make_unique<sw::devices::VirtualMidiBackend>();
        backend->addOutputPort(QStringLiteral("Synth"));
        backend->addInputPort(QStringLiteral("Keyboard"));
        window.midi()->setBackend(std::move(backend));
        window.midi()->setOutputPort(QString());
        PreferencesDialog dialog(window.midi(), &window);
        QCOMPARE(dialog.outputChooser()->count(), 2); // None, Synth
        dialog.outputChooser()->setCurrentIndex(dialog.outputChooser()->findText("Synth"));
        dialog.inputChooser()->setCurrentIndex(dialog.inputChooser()->findText("Keyboard"));
        dialog.languageChooser()->setCurrentIndex(dialog.languageChooser()->findData("de"));
        // A soundfont that is not there is refused in the dialog, nothing saved.
        dialog.soundFontEditor()->setText(QStringLiteral("/nonexistent/font.sf2"));
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY(dialog.errorText().contains(QStringLiteral("/nonexistent/font.sf2")));
        QVERIFY(window.midi()->outputPort().isEmpty());
        dialog.soundFontEditor()->clear();
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(window.midi()->outputPort(), QStringLiteral("Synth"));
        QCOMPARE(window.midi()->inputPort(), QStringLiteral("Keyboard"));
        QCOMPARE(QSettings().value(languageSettingsKey()).toString(), QStringLiteral("de"));
        QSettings().remove(languageSettingsKey());
        QVERIFY(PreferencesDialog::soundFont().isEmpty());

        // The lyrics are sung by the guide voice unless the vocal track's instrument is chosen;
        // the preview and the export read the same choice.
        sw::render::VocalSound sound = sw::render::VocalSound::Instrument;
        sw::render::VoiceType voice = sw::render::VoiceType::Bass;
        PreferencesDialog::vocal(&sound, &voice);
        QCOMPARE(sound, sw::render::VocalSound::GuideVoice);
        QCOMPARE(voice, sw::render::VoiceType::Auto);
        PreferencesDialog again(window.midi(), &window);
        QComboBox* vocal = again.vocalChooser();
        vocal->setCurrentIndex(vocal->findData(QStringLiteral("alto")));
        again.accept();
        PreferencesDialog::vocal(&sound, &voice);
        QCOMPARE(voice, sw::render::VoiceType::Alto);
        ExportChoices choices;
        sw::render::ExportRequest request;
        choices.fillRequest(&request, false);
        QCOMPARE(request.render.voice, sw::render::VoiceType::Alto);
        PreferencesDialog third(window.midi(), &window);
        third.vocalChooser()->setCurrentIndex(
            third.vocalChooser()->findData(QStringLiteral("instrument")));
        third.accept();
        PreferencesDialog::vocal(&sound, &voice);
        QCOMPARE(sound, sw::render::VocalSound::Instrument);
        QSettings().remove(QStringLiteral("playback/vocal"));
    }

    // Issue 21: the video's own sound drawn as a waveform along the foot of its clip, as editors
    // draw it; a video without sound draws none.
    void theVideosOwnSoundIsDrawnAsAWaveform()
    {
        QTemporaryDir dir;
        const QString voiced = dir.filePath(QStringLiteral("voiced.mp4"));
        QString error = sw::testing::makeVideo(
            QStringLiteral("color=c=gray:s=160x90:r=25:d=6,format=yuv420p[v];"
                           "sine=f=440:d=3,volume=0.8,apad=whole_dur=6[a]"),
            voiced, true);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString silent = dir.filePath(QStringLiteral("silent.mp4"));
        error = sw::testing::makeVideo(
            QStringLiteral("color=c=gray:s=160x90:r=25:d=6,format=yuv420p[v]"), silent);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        Script script;
        MainWindow window(std::make_unique<ScriptedPrompts>(&script));
        window.resize(1200, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.newProject();
        TimelineView* timeline = window.timeline();
        timeline->setPixelsPerSecond(60);
        timeline->setPlayheadUs(0);
        script.importPaths = {voiced, silent};
        action(window, "importAction")->trigger();
        QCOMPARE(window.project()->content().clips.size(), 2);
        const QRect first = timeline->clipRect(window.project()->content().clips[0].id);
        const QRect second = timeline->clipRect(window.project()->content().clips[1].id);
        // Columns of the clip's foot holding the waveform's colour.
        auto waveColumns = [&](const QRect& clip, int fromX, int toX) {
            const QImage shot = timeline->grab().toImage();
            int columns = 0;
            for (int x = fromX; x < toX; ++x) {
                bool drawn = false;
                for (int y = clip.bottom() - clip.height() / 2; y <= clip.bottom() && !drawn; ++y)
                    drawn = std::abs(qRed(shot.pixel(x, y)) - 150) < 40 &&
                            std::abs(qGreen(shot.pixel(x, y)) - 230) < 40 &&
                            std::abs(qBlue(shot.pixel(x, y)) - 210) < 40;
                columns += drawn;
            }
            return columns;
        };
        // The first 3 s sound, in pixels past the clip's name, which covers the waveform.
        const int from = first.left() + 60, sounding = first.left() + 60 * 3 - 3 - from;
        QTRY_VERIFY_WITH_TIMEOUT(waveColumns(first, from, from + sounding) > sounding * 9 / 10,
                                 20000);
        QCOMPARE(waveColumns(first, first.left() + 60 * 3 + 8, first.right() - 2), 0); // silence
        QCOMPARE(waveColumns(second, second.left() + 2, second.right() - 2), 0);       // no sound
    }

    void mediaIsImportedAndDroppedOnTheTimeline()
    {
        QTemporaryDir dir;
        const QString still = dir.filePath(QStringLiteral("poster.png"));
        QImage poster(320, 180, QImage::Format_RGB32);
        poster.fill(Qt::darkCyan);
        QVERIFY(poster.save(still));
        const QString broken = dir.filePath(QStringLiteral("broken.mp4"));
        QFile garbage(broken);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(4096, 'x'));
        garbage.close();

        Script script;
        MainWindow window(std::make_unique<ScriptedPrompts>(&script));
        window.newProject();
        window.timeline()->setPlayheadUs(0);
        script.importPaths = {QStringLiteral(SW_SOURCE_DIR "/resources/demo/demo.mp4"), broken,
                              still};
        action(window, "importAction")->trigger();
        // The readable files are on the timeline one after the other; the broken one is named.
        const QVector<sw::project::Clip> clips = window.project()->content().clips;
        QCOMPARE(clips.size(), 2);
        QCOMPARE(clips[0].kind, sw::project::ClipKind::Video);
        QCOMPARE(clips[0].startUs, 0);
        QVERIFY(std::llabs(clips[0].durationUs - 12000000) < 100000);
        QCOMPARE(clips[1].kind, sw::project::ClipKind::Image);
        QCOMPARE(clips[1].startUs, clips[0].endUs());
        QCOMPARE(script.errors.size(), 1);
        QVERIFY2(script.errors.first().contains(QStringLiteral("broken.mp4")),
                 qPrintable(script.errors.first()));
        QCOMPARE(window.mediaBin()->count(), 2);
        // The bin says each file's length (a picture's size) and shows its thumbnail.
        QListWidget* bin = window.mediaBin();
        QVERIFY2(bin->item(0)->text().contains(QStringLiteral("video, 00:12.0")),
                 qPrintable(bin->item(0)->text()));
        QVERIFY2(bin->item(1)->text().contains(QStringLiteral("image, 320 x 180")),
                 qPrintable(bin->item(1)->text()));
        QVERIFY(!bin->item(1)->icon().isNull());
        QTRY_VERIFY_WITH_TIMEOUT(!bin->item(0)->icon().isNull(), 10000);
        // One undo step takes the import away.
        window.project()->undoStack()->undo();
        QVERIFY(window.project()->content().clips.isEmpty());
        window.project()->undoStack()->redo();

        // The poster dragged from the bin to 20 s on the timeline: a second clip of it there.
        auto* data = new QMimeData;
        data->setUrls({QUrl::fromLocalFile(still)});
        const QPoint at(window.timeline()->clipRect(clips[0].id).left() +
                            int(20.0 * window.timeline()->pixelsPerSecond()),
                        60);
        QDragEnterEvent enter(at, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(window.timeline(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(at), Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(window.timeline(), &drop);
        delete data;
        QCOMPARE(window.project()->content().clips.size(), 3);
        const sw::project::Clip& dropped = window.project()->content().clips.last();
        QCOMPARE(dropped.kind, sw::project::ClipKind::Image);
        QVERIFY(std::llabs(dropped.startUs - 20000000) < 100000);
        QCOMPARE(window.mediaBin()->count(), 2); // the same file, listed once

        // A sound: one second of silence, then one of a loud tone; its waveform is drawn on
        // the clip (dark in the second half, none in the first).
        sw::render::StereoAudio tone;
        tone.samples.assign(2 * 48000 * 2, 0.0f);
        for (int i = 48000; i < 96000; ++i)
            tone.samples[2 * i] = tone.samples[2 * i + 1] = 0.8f * std::sin(i * 0.06f);
        const QString wav = dir.filePath(QStringLiteral("tone.wav"));
        QString error;
        QVERIFY(sw::render::writeWav(wav, tone, 16, &error));
        window.timeline()->setPlayheadUs(window.project()->content().durationUs());
        script.importPaths = {wav};
        action(window, "importAction")->trigger();
        const sw::project::Clip& sound = window.project()->content().clips.last();
        QCOMPARE(sound.kind, sw::project::ClipKind::Audio);
        window.timeline()->resize(window.timeline()->sizeHint());
        QImage picture = window.timeline()->grab().toImage();
        const QRect r = window.timeline()->clipRect(sound.id);
        auto darkPixels = [&](int from, int to) {
            int dark = 0;
            for (int x = from; x < to; ++x)
                for (int y = r.top(); y <= r.bottom(); ++y)
                    dark += qGray(picture.pixel(x, y)) < 100;
            return dark;
        };
        // The waveform is decoded off the GUI thread and drawn when it arrives.
        QTRY_VERIFY_WITH_TIMEOUT((picture = window.timeline()->grab().toImage(),
                                  darkPixels(r.center().x() + 5, r.right() - 5) > 100),
                                 10000);
        QCOMPARE(darkPixels(r.left() + 60, r.center().x() - 5), 0);
    }

    // The piano roll draws the transport's position in the music and keeps it in view.
    void thePianoRollShowsThePlayheadFollowsItAndZooms()
    {
        Script script;
        MainWindow window(std::make_unique<ScriptedPrompts>(&script));
        QVERIFY(window.openProject(kDemo));
        window.resize(480, 800); // the roll narrower than the music
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        action(window, "scoreAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isPlanning(), 60000);
        QVERIFY2(script.errors.isEmpty(), qPrintable(script.errors.join(u'\n')));
        PianoRoll* roll = window.pianoRoll();
        const sw::project::MusicRegion* region = window.project()->musicRegion(roll->regionId());
        QVERIFY(region && region->active());
        const sw::music::TempoMap& tempo = region->active()->score.tempoMap;
        const qint64 bar3 = tempo.barStartTick(2);
        window.transport()->seek(region->startUs + tempo.tickToMicros(bar3));
        QVERIFY2(std::abs(roll->playheadTick() - bar3) <= 1,
                 qPrintable(QStringLiteral("%1 %2").arg(roll->playheadTick()).arg(bar3)));
        // Near the music's end the view has scrolled to keep the line in sight.
        auto* scroll = window.findChild<QScrollArea*>(QStringLiteral("pianoRollScroll"));
        QVERIFY(scroll);
        const qint64 late = region->active()->score.endTick() - sw::music::kTicksPerQuarter;
        window.transport()->seek(region->startUs + tempo.tickToMicros(late));
        const int x = roll->positionOf(roll->playheadTick(), 60).x();
        const int left = scroll->horizontalScrollBar()->value();
        QVERIFY2(x >= left && x <= left + scroll->viewport()->width(),
                 qPrintable(QStringLiteral("line at %1, view from %2, %3 wide")
                                .arg(x)
                                .arg(left)
                                .arg(scroll->viewport()->width())));
        // Before the music starts there is no line.
        if (region->startUs > 0) {
            window.transport()->seek(region->startUs - 1);
            QCOMPARE(roll->playheadTick(), qint64(-1));
        }

        // Ctrl+wheel zooms in time, Ctrl+Shift+wheel the rows; Ctrl+minus zooms out.
        auto wheel = [&](Qt::KeyboardModifiers modifiers, int delta) {
            const QPointF at(200, 100);
            QWheelEvent event(at, roll->mapToGlobal(at), {}, QPoint(0, delta), Qt::NoButton,
                              modifiers, Qt::NoScrollPhase, false);
            QApplication::sendEvent(roll, &event);
        };
        const int barWidth = roll->positionOf(bar3, 60).x() - roll->positionOf(0, 60).x();
        const int rowStep = roll->positionOf(0, 60).y() - roll->positionOf(0, 61).y();
        // The tick under the mouse stays under it: the view scrolls with the zoom.
        QScrollArea* rollScroll = scroll;
        rollScroll->horizontalScrollBar()->setValue(0);
        const double pixelsPerTick =
            double(roll->positionOf(480, 60).x() - roll->positionOf(0, 60).x()) / 480;
        const qint64 underMouse = qint64((200 - roll->positionOf(0, 60).x()) / pixelsPerTick);
        const int inView = roll->mapTo(rollScroll->viewport(), QPoint(200, 100)).x();
        wheel(Qt::ControlModifier, 120);
        QVERIFY(roll->positionOf(bar3, 60).x() - roll->positionOf(0, 60).x() > barWidth);
        const int nowInView =
            roll->mapTo(rollScroll->viewport(), roll->positionOf(underMouse, 60)).x();
        QVERIFY2(std::abs(nowInView - inView) <= 2,
                 qPrintable(QStringLiteral("%1 -> %2").arg(inView).arg(nowInView)));
        QCOMPARE(roll->positionOf(0, 60).y() - roll->positionOf(0, 61).y(), rowStep);
        QVERIFY(roll->width() >= roll->positionOf(region->active()->score.endTick(), 60).x());
        wheel(Qt::ControlModifier | Qt::ShiftModifier, 120);
        QVERIFY(roll->positionOf(0, 60).y() - roll->positionOf(0, 61).y() > rowStep);
        roll->setFocus();
        QTest::keyClick(roll, Qt::Key_Minus, Qt::ControlModifier);
        QTest::keyClick(roll, Qt::Key_Minus, Qt::ControlModifier);
        QVERIFY(roll->positionOf(bar3, 60).x() - roll->positionOf(0, 60).x() < barWidth);
    }

    // View > Ruler in Bars and Beats: the timeline counts the plan's bars instead of seconds.
    void theRulerCountsBarsOrSeconds()
    {
        Script script;
        MainWindow window(std::make_unique<ScriptedPrompts>(&script));
        QVERIFY(window.openProject(kDemo));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        action(window, "scoreAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isPlanning(), 60000);
        TimelineView* timeline = window.timeline();
        QTRY_VERIFY(timeline->plan().has_value());
        timeline->setPixelsPerSecond(80);
        QAction* bars = action(window, "barsRulerAction");
        bars->setChecked(false);
        QCOMPARE(timeline->rulerMarks().value(1).second, QStringLiteral("0:01"));
        bars->setChecked(true);
        QVERIFY(timeline->rulerInBars());
        const auto marks = timeline->rulerMarks();
        const QVector<sw::plan::PlanBar>& planBars = timeline->plan()->bars;
        QCOMPARE(marks.size(), planBars.size()); // at 80 px a second every bar has room
        QCOMPARE(marks.value(1).second, QStringLiteral("2"));
        const int second = marks.value(1).first, first = marks.value(0).first;
        const double seconds = (planBars[1].startUs - planBars[0].startUs) / 1e6;
        QVERIFY2(std::abs((second - first) - seconds * 80) <= 1,
                 qPrintable(QStringLiteral("%1 px for %2 s").arg(second - first).arg(seconds)));
        // Zoomed far out, labels thin out rather than overlap.
        timeline->setPixelsPerSecond(2);
        QVERIFY(timeline->rulerMarks().size() < planBars.size());
        bars->setChecked(false);
        QVERIFY(!timeline->rulerInBars());
    }

    void spacePlaysThePictureAndTheTimelineFollows()
    {
        Script script;
        MainWindow window(std::make_unique<ScriptedPrompts>(&script));
        QVERIFY(window.openProject(kDemo));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.preview()->shownFrameTimeUs() >= 0); // the first frame of the demo
        window.timeline()->setFocus();
        QTest::keyClick(&window, Qt::Key_Space);
        QVERIFY(window.transport()->isPlaying());
        QTest::qWait(300);
        QTest::keyClick(&window, Qt::Key_Space);
        QVERIFY(!window.transport()->isPlaying());
        const qint64 at = window.transport()->positionUs();
        QVERIFY2(at >= 200000 && at < 2000000, qPrintable(QString::number(at)));
        QCOMPARE(window.timeline()->playheadUs(), at);
        QVERIFY(at - window.preview()->shownFrameTimeUs() < 1000000 / 25 + 1);
        // A click on the timeline moves the transport and the picture.
        window.timeline()->setPlayheadUs(6000000);
        QCOMPARE(window.transport()->positionUs(), 6000000);
        QVERIFY(6000000 - window.preview()->shownFrameTimeUs() < 1000000 / 25 + 1);
        // Dragging in the ruler scrubs.
        const double pps = window.timeline()->pixelsPerSecond();
        QTest::mousePress(window.timeline(), Qt::LeftButton, {}, QPoint(96 + int(2 * pps), 10));
        const QPoint to(96 + int(3 * pps), 10);
        QMouseEvent move(QEvent::MouseMove, to, window.timeline()->mapToGlobal(to), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(window.timeline(), &move);
        QTest::mouseRelease(window.timeline(), Qt::LeftButton, {}, to);
        QVERIFY(std::llabs(window.transport()->positionUs() - 3000000) < 20000);
        // Loop Selection over a selected clip (the prompt from 4 s to 8 s).
        QUuid hopeful;
        for (const sw::project::Clip& c : window.project()->content().clips)
            if (c.text.startsWith(QStringLiteral("hopeful")))
                hopeful = c.id;
        window.timeline()->selectClips({hopeful});
        action(window, "loopAction")->trigger();
        QVERIFY(window.transport()->isLooping());
        QCOMPARE(window.transport()->positionUs(), 4000000);
        action(window, "loopAction")->trigger();
        QVERIFY(!window.transport()->isLooping());
    }

    void everyPanelShowsTheScoredDemo()
    {
        // The demo scored, as the README's screenshot shows it: under xvfb-run with
        // SW_SCREENSHOT_DIR set, the window is saved there (docs/screenshot.png).
        Script script;
        MainWindow window(std::make_unique<ScriptedPrompts>(&script));
        window.setModelsDirectory(QStringLiteral(SW_SOURCE_DIR "/models"));
        QVERIFY(window.openProject(kDemo));
        window.resize(1440, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        action(window, "scoreAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isPlanning(), 60000);
        action(window, "vocalAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isWritingVocal(), 60000);
        QVERIFY2(script.errors.isEmpty(), qPrintable(script.errors.join(u'\n')));
        window.transport()->seek(9000000);
        PianoRoll* roll = window.pianoRoll();
        roll->selectBars(1, 1);
        // The prompt at the knock in the inspector.
        for (const sw::project::Clip& c : window.project()->content().clips) {
            if (c.kind == sw::project::ClipKind::Prompt && c.text.contains(QStringLiteral("knock")))
                window.outline()->selectElement(c.id);
        }
        QTest::qWait(100);

        QVERIFY(window.preview()->shownFrameTimeUs() > 8000000); // the picture at 0:09
        QVERIFY(!roll->score().tracks.isEmpty());                // the take's notes
        QVERIFY(window.timeline()->plan().has_value());          // cuts, sections, intensity
        QVERIFY(window.inspector()->detailsText().contains(QStringLiteral("Understood")));
        auto* tasks = window.findChild<QListWidget*>(QStringLiteral("taskList"));
        QVERIFY(tasks && tasks->count() >= 2); // scoring and the vocal line
        QVERIFY(tasks->item(0)->text().contains(QStringLiteral("done")));
        QVERIFY(window.outline()->elementCount() >= 8);
        if (qEnvironmentVariableIsSet("SW_SCREENSHOT_DIR"))
            QVERIFY(window.grab().save(qEnvironmentVariable("SW_SCREENSHOT_DIR") +
                                       QStringLiteral("/screenshot.png")));
    }

    void theExportDialogGivesBackWhatItWasGiven()
    {
        sw::ui::ExportChoices initial;
        initial.folder = QStringLiteral("/tmp");
        initial.baseName = QStringLiteral("Scene 4");
        initial.wavBits = 16;
        initial.compressedFormat = QStringLiteral("mp3");
        initial.stems = true;
        initial.videoContainer = QStringLiteral("mkv");
        initial.duckDb = -9;
        initial.preset = QStringLiteral("broadcast");
        sw::ui::ExportDialog dialog(initial, true);
        if (qEnvironmentVariableIsSet("SW_SCREENSHOT_DIR")) // to look at the dialog by hand
            dialog.grab().save(qEnvironmentVariable("SW_SCREENSHOT_DIR") +
                               QStringLiteral("/export-dialog.png"));
        const sw::ui::ExportChoices back = dialog.choices();
        QCOMPARE(back.baseName, initial.baseName);
        QCOMPARE(back.wavBits, 16);
        QCOMPARE(back.compressedFormat, QStringLiteral("mp3"));
        QVERIFY(back.stems && back.video);
        QCOMPARE(back.videoContainer, QStringLiteral("mkv"));
        QCOMPARE(back.duckDb, -9.0);
        QCOMPARE(back.preset, QStringLiteral("broadcast"));
        // Without a video on the timeline there is no video to write.
        QVERIFY(!sw::ui::ExportDialog(initial, false).choices().video);
        sw::render::ExportRequest request;
        back.fillRequest(&request, true);
        QCOMPARE(QFileInfo(request.muxedVideoPath).fileName(),
                 QStringLiteral("Scene 4 scored.mkv"));
        QCOMPARE(QFileInfo(request.audioPath).fileName(), QStringLiteral("Scene 4.mp3"));
        QCOMPARE(request.render.picture.ducking.depthDb, -9.0);
    }

    void scoreVideoWithoutWeightsSaysWhy()
    {
        Script script;
        MainWindow window(std::make_unique<ScriptedPrompts>(&script));
        window.setModelsDirectory(QStringLiteral("/nonexistent/models"));
        QVERIFY(window.openProject(kDemo));
        action(window, "scoreAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isPlanning(), 60000);
        QCOMPARE(script.errors.size(), 1);
        QVERIFY2(script.errors.first().contains(QStringLiteral("model card")),
                 qPrintable(script.errors.first()));
    }

    void planningCanBeCancelled()
    {
        Script script;
        MainWindow window(std::make_unique<ScriptedPrompts>(&script));
        // A demo of its own, never analysed: no plan is shown until one is made.
        QTemporaryDir dir;
        for (const char* name : {"demo.swproj", "demo.mp4"})
            QVERIFY(QFile::copy(QFileInfo(kDemo).dir().filePath(QLatin1String(name)),
                                dir.filePath(QLatin1String(name))));
        sw::scoring::forgetAnalyses();
        QVERIFY(window.openProject(dir.filePath(QStringLiteral("demo.swproj"))));
        QVERIFY(!window.timeline()->plan().has_value());
        window.jobs()->startPlanning();
        window.cancelPlanning();
        QVERIFY(!window.isPlanning());
        QTest::qWait(1500); // the worker notices and stops; its result must not appear
        QVERIFY(!window.timeline()->plan().has_value());
        QVERIFY(script.errors.isEmpty());
    }

    void theTimelineAddsMarkersAtThePlayheadAndZooms()
    {
        Script script;
        MainWindow window(std::make_unique<ScriptedPrompts>(&script));
        window.show();
        QVERIFY(window.openProject(kDemo));
        TimelineView* timeline = window.timeline();
        const double pps = timeline->pixelsPerSecond();
        // A click in the ruler moves the playhead (a click on a clip selects the clip).
        QTest::mouseClick(timeline, Qt::LeftButton, {}, QPoint(96 + int(5.0 * pps), 10));
        QVERIFY(std::abs(timeline->playheadUs() - 5000000) < 50000);
        QTest::keyClick(timeline, Qt::Key_M);
        QCOMPARE(window.project()->content().markers.size(), 3);
        QVERIFY(std::abs(window.project()->content().markers.last().timeUs - 5000000) < 50000);
        window.project()->undoStack()->undo();
        QCOMPARE(window.project()->content().markers.size(), 2);
        QWheelEvent zoom(QPointF(200, 40), timeline->mapToGlobal(QPointF(200, 40)), QPoint(),
                         QPoint(0, 120), Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase,
                         false);
        QApplication::sendEvent(timeline, &zoom);
        QVERIFY(timeline->pixelsPerSecond() > pps);
        const double zoomed = timeline->pixelsPerSecond();
        QTest::keyClick(timeline, Qt::Key_Minus, Qt::ControlModifier);
        QVERIFY(timeline->pixelsPerSecond() < zoomed);
        // View > Zoom to Fit: the whole project in the view, from its start.
        window.resize(1000, 700);
        action(window, "zoomToFitAction")->trigger();
        auto* scroll = qobject_cast<QScrollArea*>(window.centralWidget());
        QVERIFY(scroll);
        const int end = 96 + int(double(window.project()->content().durationUs()) / 1e6 *
                                 timeline->pixelsPerSecond());
        const int view = scroll->viewport()->width();
        QVERIFY2(end <= view && end >= view * 8 / 10,
                 qPrintable(QStringLiteral("ends at %1 of %2").arg(end).arg(view)));
        QCOMPARE(scroll->horizontalScrollBar()->value(), 0);
    }

    // Issue 21: markers and hit points are edited where they are: a click selects one, a drag
    // moves it (one undo step), a double-click renames it, Delete removes it.
    void markersAreSelectedMovedRenamedAndDeleted()
    {
        Script script;
        MainWindow window(std::make_unique<ScriptedPrompts>(&script));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        action(window, "newAction")->trigger();
        sw::project::Clip prompt;
        prompt.id = QUuid::createUuid();
        prompt.kind = sw::project::ClipKind::Prompt;
        prompt.durationUs = 10000000;
        prompt.text = QStringLiteral("tense strings");
        QVERIFY(window.project()->requestAddClip(prompt));
        TimelineView* timeline = window.timeline();
        timeline->setPixelsPerSecond(80);
        timeline->setFocus();
        timeline->setPlayheadUs(2000000);
        QTest::keyClick(timeline, Qt::Key_M);
        timeline->setPlayheadUs(6000000);
        QTest::keyClick(timeline, Qt::Key_H);
        const auto& markers = window.project()->content().markers;
        QCOMPARE(markers.size(), 2);
        const QUuid first = markers[0].id;
        const int y = 22 + 4 * 26 + 13; // the Markers lane

        // The cursor says it can be dragged; a click selects it.
        const QPoint at(timeline->markerX(first), y);
        QMouseEvent hover(QEvent::MouseMove, at, timeline->mapToGlobal(at), Qt::NoButton,
                          Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(timeline, &hover);
        QCOMPARE(timeline->cursor().shape(), Qt::SizeHorCursor);
        QTest::mouseClick(timeline, Qt::LeftButton, {}, at);
        QCOMPARE(timeline->selectedMarker(), first);
        QCOMPARE(timeline->playheadUs(), qint64(6000000)); // a click on it is not a scrub

        // A right press (the context menu's) starts no drag: moving the mouse after it, with no
        // button held, leaves the marker where it is.
        timeline->setContextMenuPolicy(Qt::PreventContextMenu); // no menu to wait on here
        const int before = window.project()->undoStack()->index();
        QTest::mousePress(timeline, Qt::RightButton, {}, at);
        const QPoint away(at.x() + 60, y);
        QMouseEvent loose(QEvent::MouseMove, away, timeline->mapToGlobal(away), Qt::NoButton,
                          Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(timeline, &loose);
        QCOMPARE(window.project()->marker(first)->timeUs, qint64(2000000));
        QCOMPARE(window.project()->undoStack()->index(), before);
        timeline->setContextMenuPolicy(Qt::DefaultContextMenu);

        // Dragged 1.5 s later: moved, one undo step.
        const int steps = window.project()->undoStack()->index();
        const QPoint to(at.x() + 120, y);
        QTest::mousePress(timeline, Qt::LeftButton, {}, at);
        QMouseEvent move(QEvent::MouseMove, to, timeline->mapToGlobal(to), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(timeline, &move);
        QTest::mouseRelease(timeline, Qt::LeftButton, {}, to);
        QVERIFY2(std::llabs(window.project()->marker(first)->timeUs - 3500000) < 130000,
                 qPrintable(QString::number(window.project()->marker(first)->timeUs)));
        QCOMPARE(window.project()->undoStack()->index(), steps + 1);
        QCOMPARE(window.project()->undoStack()->undoText(), QStringLiteral("Move marker"));

        // Double-click: renamed in place.
        QTest::mouseDClick(timeline, Qt::LeftButton, {}, QPoint(timeline->markerX(first), y));
        auto* editor = timeline->findChild<QLineEdit*>(QStringLiteral("markerNameEditor"));
        QVERIFY(editor && editor->isVisible());
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, QStringLiteral("door slam"));
        QTest::keyClick(editor, Qt::Key_Return);
        QCOMPARE(window.project()->marker(first)->name, QStringLiteral("door slam"));
        QCOMPARE(window.project()->undoStack()->undoText(),
                 QStringLiteral("Rename marker to door slam"));

        // A marker made a hit point (the context menu's Hit Point), and back by undo.
        QVERIFY(window.project()->requestEditMarker(first, QStringLiteral("door slam"),
                                                    sw::project::MarkerKind::HitPoint));
        QCOMPARE(window.project()->marker(first)->kind, sw::project::MarkerKind::HitPoint);
        window.project()->undoStack()->undo();
        QCOMPARE(window.project()->marker(first)->kind, sw::project::MarkerKind::Marker);
        QVERIFY(!window.project()->requestEditMarker(first, QStringLiteral("  "),
                                                     sw::project::MarkerKind::Marker));

        // Selected, Delete removes it; undo brings it back.
        QTest::mouseClick(timeline, Qt::LeftButton, {}, QPoint(timeline->markerX(first), y));
        QCOMPARE(timeline->selectedMarker(), first);
        QTest::keyClick(timeline, Qt::Key_Delete);
        QCOMPARE(markers.size(), 1);
        QVERIFY(!window.project()->marker(first));
        window.project()->undoStack()->undo();
        QCOMPARE(window.project()->marker(first)->name, QStringLiteral("door slam"));
    }

    // Issue 21: a new project could only be scored from the picture; no prompt or lyric clip
    // could be added. Lane geometry: labels 96 px, ruler 22 px, lanes 26 px (Prompts third,
    // Lyrics fourth).
    // Issue 20: the Sections lane edits the form. A double-click names a section (the name is
    // pinned, the lanes follow at once, undo takes it back); naming a later section as an
    // earlier one repeats that one's music there.
    void sectionsAreRenamedAndRepeatedInTheirLane()
    {
        Script script;
        MainWindow window(std::make_unique<ScriptedPrompts>(&script));
        QVERIFY(window.openProject(kDemo));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.jobs()->startPlanning();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isPlanning(), 60000);
        TimelineView* timeline = window.timeline();
        QVERIFY(timeline->plan().has_value());
        QVERIFY(timeline->plan()->sections.size() >= 3);
        auto nameSection = [&](int index, const QString& name) {
            QTest::mouseDClick(timeline, Qt::LeftButton, {}, timeline->sectionRect(index).center());
            QLineEdit* editor =
                timeline->findChild<QLineEdit*>(QStringLiteral("sectionNameEditor"));
            QVERIFY(editor && editor->isVisible());
            QCOMPARE(editor->text(), timeline->plan()->sections[index].label);
            QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(editor, name);
            QTest::keyClick(editor, Qt::Key_Return);
        };
        const QString before = timeline->plan()->sections[1].label;
        nameSection(1, QStringLiteral("chorus"));
        QTRY_COMPARE(timeline->plan()->sections[1].label, QStringLiteral("chorus"));
        QCOMPARE(window.project()->content().planPins.sections.size(), 1);
        QVERIFY(window.project()->undoStack()->undoText().contains(QStringLiteral("chorus")));

        // The last section named as the second: its phrases take the second's letters.
        nameSection(2, QStringLiteral("chorus"));
        QTRY_COMPARE(timeline->plan()->sections[2].label, QStringLiteral("chorus"));
        const sw::plan::MusicPlan plan = *timeline->plan();
        auto lettersOf = [&](int section) {
            QString letters;
            for (const sw::plan::PlanPhrase& p : plan.phrases) {
                if (p.firstBar >= plan.sections[section].firstBar &&
                    p.lastBar <= plan.sections[section].lastBar)
                    letters += p.letter;
            }
            return letters;
        };
        QVERIFY(!lettersOf(1).isEmpty());
        QCOMPARE(lettersOf(2).left(1), lettersOf(1).left(1));

        window.project()->undoStack()->undo();
        window.project()->undoStack()->undo();
        QTRY_COMPARE(timeline->plan()->sections[1].label, before);
        QVERIFY(window.project()->content().planPins.sections.isEmpty());

        // A rename given up with Escape leaves the next line to add a prompt, as it should.
        QTest::mouseDClick(timeline, Qt::LeftButton, {}, timeline->sectionRect(1).center());
        QLineEdit* editor = timeline->findChild<QLineEdit*>(QStringLiteral("sectionNameEditor"));
        QVERIFY(editor);
        QTest::keyClick(editor, Qt::Key_Escape);
        const int clips = int(window.project()->content().clips.size());
        timeline->beginTextClip(sw::project::ClipKind::Prompt, 0);
        QLineEdit* line = timeline->findChild<QLineEdit*>(QStringLiteral("textClipEditor"));
        QVERIFY(line);
        QTest::keyClicks(line, QStringLiteral("tense strings"));
        QTest::keyClick(line, Qt::Key_Return);
        QCOMPARE(int(window.project()->content().clips.size()), clips + 1);
        QVERIFY(window.project()->content().planPins.sections.isEmpty());
    }

    // Issue 20: the Sections lane changes a section's length. Its boundary is dragged to
    // another bar (the section before grows, the one after shrinks, the phrases follow), a
    // section is split in two (the new part new music) or joined with the next; each is one undo
    // step and the project keeps the form (test_planner: the cuts then add no boundary).
    void sectionBoundariesAreMovedSplitAndJoined()
    {
        // 24 s of a prompt at 120 bpm, no picture: 12 bars in one section.
        Script script;
        MainWindow window(std::make_unique<ScriptedPrompts>(&script));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        action(window, "newAction")->trigger();
        sw::project::Clip prompt;
        prompt.id = QUuid::createUuid();
        prompt.kind = sw::project::ClipKind::Prompt;
        prompt.durationUs = 24000000;
        prompt.text = QStringLiteral("warm piano at 120 bpm");
        QVERIFY(window.project()->requestAddClip(prompt));
        const int steps = window.project()->undoStack()->index();
        window.jobs()->startPlanning();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isPlanning(), 60000);
        TimelineView* timeline = window.timeline();
        QTRY_VERIFY(timeline->plan().has_value());
        auto sections = [&] { return timeline->plan()->sections; };
        QCOMPARE(sections().size(), 1);
        QCOMPARE(timeline->plan()->bars.size(), 12);
        const QString label = sections()[0].label;

        // Split at bar 5: a second section there, under a letter no section has (new music).
        QVERIFY(timeline->splitSectionAt(timeline->plan()->bars[4].startUs));
        QTRY_COMPARE(sections().size(), 2);
        QCOMPARE(sections()[1].firstBar, 4);
        QVERIFY(sections()[1].label != label);
        QVERIFY(window.project()->content().planPins.sectionsExact);
        QVERIFY(!timeline->splitSectionAt(timeline->plan()->bars[4].startUs)); // one starts there
        // Two splits in quick succession, before the plan shown is made again: both kept.
        QVERIFY(timeline->splitSectionAt(timeline->plan()->bars[8].startUs));
        QVERIFY(timeline->splitSectionAt(timeline->plan()->bars[10].startUs));
        QCOMPARE(window.project()->content().planPins.sections.size(), 4);
        QTRY_COMPARE(sections().size(), 4);
        window.project()->undoStack()->undo();
        window.project()->undoStack()->undo();
        QTRY_COMPARE(sections().size(), 2);

        // The boundary dragged to bar 7: the first section grows, the second shrinks; the cursor
        // said it could be dragged; the phrases follow.
        auto xOfBar = [&](int bar) {
            return 96 + int(double(timeline->plan()->bars[bar].startUs) / 1e6 *
                            timeline->pixelsPerSecond());
        };
        const int y = timeline->sectionRect(1).center().y();
        const QPoint edge(timeline->sectionRect(1).left(), y);
        QMouseEvent hover(QEvent::MouseMove, edge, timeline->mapToGlobal(edge), Qt::NoButton,
                          Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(timeline, &hover);
        QCOMPARE(timeline->cursor().shape(), Qt::SizeHorCursor);
        const QPoint to(xOfBar(6) + 3, y);
        QTest::mousePress(timeline, Qt::LeftButton, {}, edge);
        QMouseEvent move(QEvent::MouseMove, to, timeline->mapToGlobal(to), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(timeline, &move);
        QTest::mouseRelease(timeline, Qt::LeftButton, {}, to);
        QCOMPARE(window.project()->undoStack()->index(), steps + 2);
        QTRY_COMPARE(sections()[1].firstBar, 6);
        QCOMPARE(sections()[0].lastBar, 5);
        for (const sw::plan::PlanPhrase& phrase : timeline->plan()->phrases)
            QVERIFY(phrase.lastBar < 6 || phrase.firstBar >= 6);
        // A click on the boundary without moving changes nothing.
        QTest::mouseClick(timeline, Qt::LeftButton, {}, QPoint(timeline->sectionRect(1).left(), y));
        QCOMPARE(window.project()->undoStack()->index(), steps + 2);

        // Saved, the form is kept as it was left.
        QTemporaryDir dir;
        script.savePath = dir.filePath(QStringLiteral("sections.swproj"));
        QVERIFY(window.saveProjectAs());
        sw::project::ProjectContent saved;
        QString error;
        QVERIFY2(sw::project::loadProject(script.savePath, &saved, &error), qPrintable(error));
        QCOMPARE(saved.planPins, window.project()->content().planPins);

        // Joined again, under the first one's name; undo takes each step back.
        QVERIFY(timeline->joinSectionWithNext(0));
        QTRY_COMPARE(sections().size(), 1);
        QCOMPARE(sections()[0].label, label);
        QCOMPARE(sections()[0].lastBar, 11);
        for (int i = 0; i < 3; ++i)
            window.project()->undoStack()->undo();
        QTRY_COMPARE(window.project()->content().planPins, sw::project::PlanPins{});
        QTRY_COMPARE(sections().size(), 1);
    }

    // Issue 21: the panel layout jumped when the inspector's content changed. Its size asks the
    // same whatever it shows (a long lyric, a prompt, nothing); long details scroll.
    void theInspectorKeepsItsSizeWhateverItShows()
    {
        Script script;
        MainWindow window(std::make_unique<ScriptedPrompts>(&script));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        action(window, "newAction")->trigger();
        QStringList verses;
        for (int i = 0; i < 24; ++i)
            verses << QStringLiteral("the morning light is breaking over the sleeping town");
        sw::project::Clip lyric;
        lyric.id = QUuid::createUuid();
        lyric.kind = sw::project::ClipKind::Lyrics;
        lyric.durationUs = 60000000;
        lyric.text = verses.join(u'\n');
        sw::project::Clip prompt;
        prompt.id = QUuid::createUuid();
        prompt.kind = sw::project::ClipKind::Prompt;
        prompt.startUs = 60000000;
        prompt.durationUs = 4000000;
        prompt.text = QStringLiteral("tense strings");
        QVERIFY(window.project()->requestAddClip(lyric));
        QVERIFY(window.project()->requestAddClip(prompt));
        Inspector* inspector = window.inspector();
        inspector->showElement({});
        const QSize empty = inspector->sizeHint();
        inspector->showElement(lyric.id);
        QVERIFY(inspector->detailsText().contains(QStringLiteral("24. ")));
        QCOMPARE(inspector->sizeHint(), empty);
        inspector->showElement(prompt.id);
        QCOMPARE(inspector->sizeHint(), empty);
    }

    void promptAndLyricClipsAreTypedOnTheTimeline()
    {
        Script script;
        MainWindow window(std::make_unique<ScriptedPrompts>(&script));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        action(window, "newAction")->trigger();
        TimelineView* timeline = window.timeline();
        const double pps = timeline->pixelsPerSecond();
        const int promptY = 22 + 2 * 26 + 13;
        const int lyricsY = 22 + 3 * 26 + 13;

        // Double-click an empty spot of the Prompts lane, type, Enter: one clip, one undo step.
        QTest::mouseDClick(timeline, Qt::LeftButton, {}, QPoint(96 + int(2.0 * pps), promptY));
        QLineEdit* editor = timeline->textClipEditor();
        QVERIFY(editor);
        QTRY_VERIFY(editor->hasFocus());
        QTest::keyClicks(editor, QStringLiteral("tense strings, building to a hit"));
        QTest::keyClick(editor, Qt::Key_Return);
        QVERIFY(!timeline->textClipEditor());
        const auto& clips = window.project()->content().clips;
        QCOMPARE(clips.size(), 1);
        QCOMPARE(clips[0].kind, sw::project::ClipKind::Prompt);
        QCOMPARE(clips[0].text, QStringLiteral("tense strings, building to a hit"));
        QVERIFY(std::abs(clips[0].startUs - 2000000) < 50000);
        QCOMPARE(clips[0].durationUs, qint64(4000000));
        QCOMPARE(timeline->selectedClips(), QList<QUuid>{clips[0].id});
        QVERIFY(window.inspector()->detailsText().contains(QStringLiteral("strings")));
        QCOMPARE(window.project()->undoStack()->undoText(), QStringLiteral("Add prompt clip"));

        // Edit > Add Lyrics types a lyric line at the playhead.
        timeline->setPlayheadUs(1000000);
        action(window, "addLyricsAction")->trigger();
        editor = timeline->textClipEditor();
        QVERIFY(editor);
        QTest::keyClicks(editor, QStringLiteral("I'm stranded, waiting for the morning"));
        QTest::keyClick(editor, Qt::Key_Enter);
        QCOMPARE(window.project()->content().clips.size(), 2);
        const sw::project::Clip& lyrics = window.project()->content().clips.last();
        QCOMPARE(lyrics.kind, sw::project::ClipKind::Lyrics);
        QCOMPARE(lyrics.startUs, qint64(1000000));
        QVERIFY2(window.inspector()->detailsText().contains(QStringLiteral("syllables")),
                 qPrintable(window.inspector()->detailsText()));

        // A second prompt before the first stops where the first begins.
        QTest::mouseDClick(timeline, Qt::LeftButton, {}, QPoint(96 + int(0.5 * pps), promptY));
        QTest::keyClicks(timeline->textClipEditor(), QStringLiteral("quiet"));
        QTest::keyClick(timeline->textClipEditor(), Qt::Key_Return);
        QCOMPARE(window.project()->content().clips.size(), 3);
        const sw::project::Clip& early = window.project()->content().clips.last();
        QVERIFY(early.endUs() <= 2000000 + 50000);

        // Escape drops what was typed; an empty line adds nothing.
        QTest::mouseDClick(timeline, Qt::LeftButton, {}, QPoint(96 + int(9.0 * pps), lyricsY));
        QTest::keyClicks(timeline->textClipEditor(), QStringLiteral("never mind"));
        QTest::keyClick(timeline->textClipEditor(), Qt::Key_Escape);
        QVERIFY(!timeline->textClipEditor());
        action(window, "addPromptAction")->trigger();
        QTest::keyClick(timeline->textClipEditor(), Qt::Key_Return);
        QCOMPARE(window.project()->content().clips.size(), 3);
        // A double-click on a clip edits its text in place: one undo step, no new clip.
        QUuid lyricId;
        for (const sw::project::Clip& c : window.project()->content().clips)
            lyricId = c.kind == sw::project::ClipKind::Lyrics ? c.id : lyricId;
        QVERIFY(!lyricId.isNull());
        QTest::mouseDClick(timeline, Qt::LeftButton, {}, timeline->clipRect(lyricId).center());
        QLineEdit* edit = timeline->findChild<QLineEdit*>(QStringLiteral("clipTextEditor"));
        QVERIFY(edit && edit->isVisible());
        QCOMPARE(edit->text(), QStringLiteral("I'm stranded, waiting for the morning"));
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(edit, QStringLiteral("I'm stranded, waiting for the light"));
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(window.project()->clip(lyricId)->text,
                 QStringLiteral("I'm stranded, waiting for the light"));
        QCOMPARE(window.project()->content().clips.size(), 3);
        QCOMPARE(window.project()->undoStack()->undoText(), QStringLiteral("Edit lyrics"));
        window.project()->undoStack()->undo();
        // Lyrics of many lines go to the inspector's editor, which holds them all.
        QVERIFY(window.project()->requestSetClipText(lyricId, QStringLiteral("one\ntwo")));
        QTest::mouseDClick(timeline, Qt::LeftButton, {}, timeline->clipRect(lyricId).center());
        QVERIFY(!timeline->findChild<QLineEdit*>(QStringLiteral("clipTextEditor")));
        QTRY_VERIFY(window.inspector()->textEditor()->hasFocus());
        QCOMPARE(window.inspector()->textEditor()->toPlainText(), QStringLiteral("one\ntwo"));
        window.project()->undoStack()->undo();

        // Each addition is one undo step; the inspector lets go of a clip undone away.
        window.project()->undoStack()->undo();
        window.project()->undoStack()->undo();
        QCOMPARE(window.project()->content().clips.size(), 1);
        QVERIFY2(!window.inspector()->detailsText().contains(QStringLiteral("syllable")),
                 qPrintable(window.inspector()->detailsText()));
        QCOMPARE(window.project()->content().clips[0].kind, sw::project::ClipKind::Prompt);
    }

    void newProjectStartsEmpty()
    {
        Script script;
        MainWindow window(std::make_unique<ScriptedPrompts>(&script));
        QVERIFY(window.openProject(kDemo));
        action(window, "newAction")->trigger();
        QCOMPARE(window.outline()->elementCount(), 0);
        QCOMPARE(window.projectPath(), QString());
        QCOMPARE(window.windowTitle(), QStringLiteral("Untitled[*] - Scorewright"));
    }

    // Issue 21: a reopened project's piano roll had an empty take chooser.
    void aReopenedProjectListsItsTakes()
    {
        QTemporaryDir dir;
        sw::project::ProjectContent content;
        sw::project::MusicRegion region;
        region.id = QUuid::createUuid();
        region.durationUs = 4000000;
        for (const char* name : {"Take A", "Take B"}) {
            sw::project::Take take;
            take.id = QUuid::createUuid();
            take.name = QString::fromLatin1(name);
            take.created = QDateTime::currentDateTimeUtc();
            take.score.tracks = {sw::music::Track{}};
            take.score.tracks[0].role = sw::music::TrackRole::Melody;
            take.score.tracks[0].notes = {sw::music::Note{}};
            region.takes.append(take);
        }
        region.activeTake = 1;
        content.musicRegions = {region};
        const QString path = dir.filePath(QStringLiteral("takes.swproj"));
        QString error;
        QVERIFY2(sw::project::saveProject(content, path, &error), qPrintable(error));
        Script script;
        MainWindow window(std::make_unique<ScriptedPrompts>(&script));
        QVERIFY(window.openProject(path));
        auto* takes = window.findChild<QComboBox*>(QStringLiteral("pianoRollTake"));
        QVERIFY(takes);
        QCOMPARE(takes->count(), 2);
        QCOMPARE(takes->currentIndex(), 1);
    }

    // Issue 21: the piano roll opened on an octave without notes. It opens on the editable
    // track's notes, here a melody between a low bass and high chords.
    void thePianoRollOpensOnTheMelody()
    {
        QTemporaryDir dir;
        sw::project::ProjectContent content;
        sw::project::MusicRegion region;
        region.id = QUuid::createUuid();
        region.durationUs = 8000000;
        sw::project::Take take;
        take.id = QUuid::createUuid();
        take.name = QStringLiteral("Take A");
        take.created = QDateTime::currentDateTimeUtc();
        const QList<std::pair<sw::music::TrackRole, int>> parts = {
            {sw::music::TrackRole::Chords, 92},
            {sw::music::TrackRole::Melody, 60},
            {sw::music::TrackRole::Bass, 30}};
        for (const auto& [role, pitch] : parts) {
            sw::music::Track track;
            track.role = role;
            for (int i = 0; i < 8; ++i) {
                sw::music::Note note;
                note.pitch = pitch + i % 5;
                note.startTick = 480 * (4 + i);
                note.durationTicks = 480;
                track.notes.append(note);
            }
            take.score.tracks.append(track);
        }
        region.takes = {take};
        region.activeTake = 0;
        content.musicRegions = {region};
        const QString path = dir.filePath(QStringLiteral("roll.swproj"));
        QString error;
        QVERIFY2(sw::project::saveProject(content, path, &error), qPrintable(error));
        Script script;
        MainWindow window(std::make_unique<ScriptedPrompts>(&script));
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(path));
        auto* scroll = window.findChild<QScrollArea*>(QStringLiteral("pianoRollScroll"));
        QVERIFY(scroll);
        PianoRoll* roll = window.findChild<PianoRoll*>();
        QCOMPARE(roll->editableTrack(), 1);
        const QPoint melody = roll->positionOf(480 * 6, 62);
        QVERIFY2(roll->height() > scroll->viewport()->height() + 100,
                 "the roll must be taller than its view for this test to mean anything");
        QTRY_VERIFY2(QRect(QPoint(scroll->horizontalScrollBar()->value(),
                                  scroll->verticalScrollBar()->value()),
                           scroll->viewport()->size())
                         .contains(melody),
                     qPrintable(QStringLiteral("view at y %1 of %2, melody at y %3")
                                    .arg(scroll->verticalScrollBar()->value())
                                    .arg(roll->height())
                                    .arg(melody.y())));
    }

    // Issue 21: sung syllables ran together under short notes ("Mornigis"); they are staggered
    // on two rows, elided when both are taken, and none overlaps another. Past the music the
    // roll is shaded, without bars.
    void sungSyllablesDoNotOverlapInThePianoRoll()
    {
        QTemporaryDir dir;
        sw::project::ProjectContent content;
        sw::project::MusicRegion region;
        region.id = QUuid::createUuid();
        region.durationUs = 8000000;
        sw::project::Take take;
        take.id = QUuid::createUuid();
        take.name = QStringLiteral("Take A");
        take.created = QDateTime::currentDateTimeUtc();
        sw::music::Track vocal;
        vocal.role = sw::music::TrackRole::Vocal;
        const QStringList syllables{QStringLiteral("Mor"),    QStringLiteral("ning"),
                                    QStringLiteral("is"),     QStringLiteral("here"),
                                    QStringLiteral("a"),      QStringLiteral("gain,"),
                                    QStringLiteral("bright"), QStringLiteral("er")};
        for (int i = 0; i < syllables.size(); ++i) {
            sw::music::Note n;
            n.pitch = 64 + i % 3;
            n.startTick = 60 * i; // 32nd notes: a few pixels each
            n.durationTicks = 60;
            n.lyric = syllables[i];
            vocal.notes.append(n);
        }
        take.score.tracks = {vocal};
        region.takes = {take};
        region.activeTake = 0;
        content.musicRegions = {region};
        const QString path = dir.filePath(QStringLiteral("sung.swproj"));
        QString error;
        QVERIFY2(sw::project::saveProject(content, path, &error), qPrintable(error));
        Script script;
        MainWindow window(std::make_unique<ScriptedPrompts>(&script));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(path));
        PianoRoll* roll = window.pianoRoll();
        auto noneOverlaps = [](const QVector<PianoRoll::LyricPlacement>& placed) {
            for (int i = 0; i < placed.size(); ++i) {
                for (int j = i + 1; j < placed.size(); ++j) {
                    if (placed[i].rect.intersects(placed[j].rect))
                        return false;
                }
            }
            return true;
        };
        // Zoomed out, 32nd notes a few pixels wide: staggered or elided, never on each other.
        roll->setZoom(0.1, 8);
        QVector<PianoRoll::LyricPlacement> placed = roll->lyricLayout();
        QVERIFY(noneOverlaps(placed));
        QVERIFY(placed.size() >= 3);
        QCOMPARE(placed[0].text, QStringLiteral("Mor"));
        QCOMPARE(placed[1].text, QStringLiteral("ning"));
        QVERIFY(placed[0].rect.top() != placed[1].rect.top()); // a line lower
        // Zoomed in, every syllable whole.
        roll->setZoom(1.0, 16);
        placed = roll->lyricLayout();
        QVERIFY(noneOverlaps(placed));
        QCOMPARE(placed.size(), syllables.size());
        for (int i = 0; i < placed.size(); ++i)
            QCOMPARE(placed[i].text, syllables[i]);
        // The roll past the music's one bar is shaded.
        const QImage shot = roll->grab().toImage();
        const int past = roll->positionOf(4 * 480 * 2, 60).x();
        QVERIFY(past < shot.width());
        QCOMPARE(QColor(shot.pixel(past, roll->positionOf(0, 66).y() + 2)).rgb(),
                 roll->palette().window().color().darker(108).rgb());
    }

    // Issue 21's small defects: "1 music regions"; Edit > Interface Language showing another
    // choice than Preferences had saved; `scorewright --help` failing without a display.
    void smallThingsSayWhatIsTrue()
    {
        Script script;
        MainWindow window(std::make_unique<ScriptedPrompts>(&script));
        QVERIFY(window.openProject(kDemo));
        sw::project::MusicRegion region;
        region.durationUs = 1000000;
        QVERIFY(window.project()->requestAddMusicRegion(region));
        QLabel* summary = nullptr;
        for (QLabel* l : window.statusBar()->findChildren<QLabel*>())
            if (l->text().contains(QStringLiteral("clips")))
                summary = l;
        QVERIFY(summary);
        QVERIFY2(summary->text().contains(QStringLiteral("1 music region,")),
                 qPrintable(summary->text()));

        QSettings().setValue(sw::ui::languageSettingsKey(), QStringLiteral("de"));
        auto* menu = window.findChild<QMenu*>(QStringLiteral("languageMenu"));
        QVERIFY(menu);
        QMetaObject::invokeMethod(menu, "aboutToShow");
        QVERIFY(window.findChild<QAction*>(QStringLiteral("language_de"))->isChecked());
        QSettings().remove(sw::ui::languageSettingsKey());

        QProcess help;
        QProcessEnvironment bare = QProcessEnvironment::systemEnvironment();
        bare.remove(QStringLiteral("DISPLAY"));
        bare.remove(QStringLiteral("WAYLAND_DISPLAY"));
        bare.remove(QStringLiteral("QT_QPA_PLATFORM"));
        help.setProcessEnvironment(bare);
        help.start(QStringLiteral(SW_BINARY_DIR "/app/scorewright"), {QStringLiteral("--help")});
        QVERIFY(help.waitForFinished(30000));
        QCOMPARE(help.exitCode(), 0);
        QVERIFY(help.readAllStandardOutput().contains("Scores videos with generated music."));
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
