// Everything at once, as a person working fast makes it happen: the picture analysed, music
// composed and a soundtrack exported on the workers, some of them cancelled or discarded part-way,
// while the project is edited, undone and redone on the main thread. Run under ThreadSanitizer
// (tests/run-tsan.sh) this is the test that finds data races between the jobs and the model.
//
// What must hold: every task ends (succeeded, failed with a reason, or cancelled), a succeeded
// task's result is whole, a cancelled export leaves no file, and the project's undo history
// takes it back exactly to where it started.
#include "jobs/taskmanager.h"
#include "plan/planner.h"
#include "project/project.h"
#include "project/projectfile.h"
#include "render/exporttask.h"
#include "scoring/projectguidance.h"
#include "scoring/scoringjob.h"
#include "testscores.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace sw;

namespace {

// Reads the picture and the prompts of a snapshot of the project, as Plan Music does.
class GuidanceTask : public jobs::Task
{
public:
    explicit GuidanceTask(project::ProjectContent content)
        : jobs::Task(QStringLiteral("Analyse")), m_content(std::move(content))
    {
    }
    const plan::PlanGuidance& guidance() const { return m_guidance; }

protected:
    bool run() override
    {
        QStringList notes;
        const bool ok = scoring::buildGuidance(
            m_content, &m_guidance, &notes, [this] { return isCancelled(); },
            [this](double p) { setProgress(p); });
        if (!ok && !isCancelled())
            setError(QStringLiteral("the guidance could not be built"));
        return ok;
    }

private:
    project::ProjectContent m_content;
    plan::PlanGuidance m_guidance;
};

const QString kDemo = QStringLiteral(SW_SOURCE_DIR "/resources/demo/demo.swproj");

} // namespace

class TestConcurrency : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jobsEditsAndCancelsTogether()
    {
        project::ProjectContent content;
        QString error;
        QVERIFY2(project::loadProject(kDemo, &content, &error), qPrintable(error));
        project::Project project(content);
        const project::ProjectContent original = project.content();
        // Compositions run the whole pipeline on a short timeline of one prompt.
        project::ProjectContent promptOnly;
        project::Clip prompt;
        prompt.id = QUuid::createUuid();
        prompt.kind = project::ClipKind::Prompt;
        prompt.durationUs = 12000000;
        prompt.text = QStringLiteral("upbeat, 120 bpm");
        promptOnly.clips = {prompt};

        QTemporaryDir out;
        QRandomGenerator random(20261125);
        jobs::TaskManager manager(nullptr, 3);
        QList<std::shared_ptr<jobs::Task>> started;
        QList<std::shared_ptr<render::ExportTask>> exports;
        const QUuid videoClip = original.clips.first().id;
        int edits = 0;

        for (int round = 0; round < 3; ++round) {
            // Each round: two of each kind of job, from a snapshot of the project as it is now.
            for (int i = 0; i < 2; ++i) {
                auto analyse = std::make_shared<GuidanceTask>(project.content());
                // The pipeline composing from the prompt alone (the analysis runs beside it).
                scoring::ScoringRequest scoring;
                scoring.content = promptOnly;
                scoring.compose.seed = quint64(round * 2 + i + 1);
                scoring.modelsDir = QStringLiteral(SW_SOURCE_DIR "/models");
                scoring.regionId = videoClip; // its owner, for the discard below
                auto compose = std::make_shared<scoring::ScoringTask>(scoring);
                render::ExportRequest request;
                request.score = testing::richScore();
                request.wavPath = out.filePath(QStringLiteral("round%1-%2.wav").arg(round).arg(i));
                request.midiPath = out.filePath(QStringLiteral("round%1-%2.mid").arg(round).arg(i));
                auto exportTask = std::make_shared<render::ExportTask>(request);
                for (const std::shared_ptr<jobs::Task>& t :
                     {std::shared_ptr<jobs::Task>(analyse), std::shared_ptr<jobs::Task>(compose),
                      std::shared_ptr<jobs::Task>(exportTask)})
                    started << manager.start(t);
                exports << exportTask;
            }
            // Edits while they run: markers added and moved, the video clip moved, some undone.
            QElapsedTimer timer;
            timer.start();
            while (timer.elapsed() < 400) {
                project::Marker marker;
                marker.timeUs = qint64(random.bounded(20000)) * 1000;
                marker.name = QStringLiteral("m%1").arg(edits);
                QUuid id;
                QVERIFY(project.requestAddMarker(marker, &id));
                QVERIFY(project.requestMoveMarker(id, marker.timeUs + 250000));
                QVERIFY(project.requestMoveClip(videoClip, qint64(random.bounded(3)) * 100000));
                if (random.bounded(3) == 0)
                    project.undoStack()->undo();
                edits += 3;
                QCoreApplication::processEvents();
            }
            // A cancel for one job of each kind, at whatever point it has reached, and a discard
            // of the compositions that worked for the video clip just edited.
            started[started.size() - 6]->cancel();
            exports[exports.size() - 2]->cancel();
            if (round == 1)
                manager.discardTasksOf(videoClip);
        }
        QVERIFY(manager.waitForDone(600000));
        QCoreApplication::processEvents();

        int succeeded = 0;
        for (const std::shared_ptr<jobs::Task>& t : started) {
            QVERIFY(t->isFinished());
            if (t->state() == jobs::Task::State::Failed)
                QFAIL(qPrintable(t->title() + QStringLiteral(": ") + t->error()));
            if (t->state() != jobs::Task::State::Succeeded)
                continue;
            ++succeeded;
            if (auto* compose = dynamic_cast<scoring::ScoringTask*>(t.get()))
                QVERIFY(compose->result().score.noteCount() > 0);
            if (auto* analyse = dynamic_cast<GuidanceTask*>(t.get()))
                QVERIFY(analyse->guidance().durationUs > 0);
        }
        QVERIFY(succeeded >= 6);
        // A file is there whole, and the export says it wrote it, or it is not there at all.
        for (const std::shared_ptr<render::ExportTask>& e : exports) {
            const QString wav = e->request().wavPath;
            if (e->state() == jobs::Task::State::Succeeded || e->report().written.contains(wav))
                QVERIFY(QFileInfo(wav).size() > 100000);
            else
                QVERIFY2(!QFileInfo::exists(wav), qPrintable(wav));
        }
        // The history holds every edit, and takes the project back to where it began.
        while (project.undoStack()->canUndo())
            project.undoStack()->undo();
        QVERIFY(project.content() == original);
        QVERIFY(edits > 0);
    }
};

QTEST_GUILESS_MAIN(TestConcurrency)
#include "test_concurrency.moc"
