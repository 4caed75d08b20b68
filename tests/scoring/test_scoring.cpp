// The one scoring pipeline (core/scoring): a project scored, its take added as one undo step,
// made again from its provenance note for note, stopped part-way, and placed for export.
#include "engine/composer.h"
#include "project/project.h"
#include "scoring/mediaimport.h"
#include "scoring/projectguidance.h"
#include "scoring/takes.h"
#include "videofixtures.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace sw;

namespace {

const QString kModels = QStringLiteral(SW_SOURCE_DIR "/models");

project::Clip promptClip(qint64 durationUs, const QString& text)
{
    project::Clip clip;
    clip.id = QUuid::createUuid();
    clip.kind = project::ClipKind::Prompt;
    clip.durationUs = durationUs;
    clip.text = text;
    return clip;
}

} // namespace

class TestScoring : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    project::ProjectContent m_content;

private Q_SLOTS:
    void initTestCase()
    {
        const QString video = m_dir.filePath(QStringLiteral("cuts.mp4"));
        const QString error = testing::makeVideo(
            QStringLiteral("color=red:s=160x120:r=25:d=2[a];color=blue:s=160x120:r=25:d=2[b];"
                           "[a][b]concat=n=2:v=1[v]"),
            video);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const scoring::MediaImport imported = scoring::clipsForMedia({video}, 0);
        QCOMPARE(imported.clips.size(), 1);
        m_content.clips = imported.clips;
        m_content.clips.append(promptClip(4000000, QStringLiteral("tense strings, 100 bpm")));
    }

    void aTakeIsMadeAgainNoteForNoteFromItsProvenance()
    {
        scoring::ScoringRequest request;
        request.content = m_content;
        request.modelsDir = kModels;
        request.compose.seed = 7;
        request.compose.temperature = 0.9;
        scoring::ScoringResult first;
        QString error;
        QVERIFY2(scoring::runScoring(request, &first, &error), qPrintable(error));
        QVERIFY(first.score.noteCount() > 0);
        QCOMPARE(first.plan.tempo.bpm, 100.0);

        project::Project project(m_content);
        QUuid regionId;
        project::Take take;
        QVERIFY2(scoring::addScoredTake(project, request, first, &regionId, &take, &error),
                 qPrintable(error));
        QCOMPARE(project.undoStack()->count(), 1);
        QCOMPARE(project.undoStack()->undoText(), QStringLiteral("Score the video"));
        QCOMPARE(take.name, QStringLiteral("Take A"));
        const QJsonObject& controls = take.provenance.controls;
        QCOMPARE(controls.value(QStringLiteral("temperature")).toDouble(), 0.9);
        QCOMPARE(controls.value(QStringLiteral("prompts")).toArray().first().toString(),
                 QStringLiteral("tense strings, 100 bpm"));
        QCOMPARE(controls.value(QStringLiteral("model_sha256")).toString().size(), 64);

        scoring::ScoringRequest again;
        QVERIFY2(scoring::remakeRequest(project.content(), take, kModels, &again, &error),
                 qPrintable(error));
        scoring::ScoringResult second;
        QVERIFY2(scoring::runScoring(again, &second, &error), qPrintable(error));
        QCOMPARE(second.score, first.score);

        // A second take of the same picture goes to the same region.
        request.compose.seed = 8;
        QVERIFY(scoring::runScoring(request, &second, &error));
        QUuid secondRegion;
        QVERIFY(scoring::addScoredTake(project, request, second, &secondRegion, &take, &error));
        QCOMPARE(secondRegion, regionId);
        QCOMPARE(take.name, QStringLiteral("Take B"));
        QCOMPARE(project.content().musicRegions.size(), 1);

        // Once the prompt is edited, the take cannot be made again as it was.
        project::ProjectContent edited = project.content();
        edited.clips.last().text = QStringLiteral("calm piano");
        QVERIFY(!scoring::remakeRequest(edited, project.content().musicRegions[0].takes[0], kModels,
                                        &again, &error));
        QVERIFY2(error.contains(QStringLiteral("prompts")), qPrintable(error));
    }

    // A video analysed once is not decoded again while it is unchanged: the decoder asks
    // whether to stop at every frame, so the questions count the frames read.
    void anUnchangedVideoIsAnalysedOnce()
    {
        project::ProjectContent content;
        content.clips = {m_content.clips.first()};
        QFile::copy(content.clips[0].mediaPath, m_dir.filePath(QStringLiteral("copy.mp4")));
        content.clips[0].mediaPath = m_dir.filePath(QStringLiteral("copy.mp4"));
        auto questions = [&] {
            int asked = 0;
            plan::PlanGuidance guidance;
            QStringList notes;
            scoring::buildGuidance(content, &guidance, &notes, [&] {
                ++asked;
                return false;
            });
            return asked;
        };
        const int first = questions();
        QVERIFY2(first > 50, qPrintable(QString::number(first))); // 100 frames decoded
        QVERIFY2(questions() < 5, "analysed again though unchanged");
        // Changed on disk: analysed anew.
        QFile file(content.clips[0].mediaPath);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(60),
                                 QFileDevice::FileModificationTime));
        file.close();
        QVERIFY(questions() > 50);
    }

    // A reopened project shows its lanes at once: the analysis is kept beside the project and
    // read back whole (cuts, shots, curves), without decoding the video; a changed file, or a
    // damaged store file, is not trusted.
    void analysesAreKeptBesideTheProjectAndTrustedOnlyWhileTheFileIsUnchanged()
    {
        project::ProjectContent content;
        content.clips = {m_content.clips.first()};
        const QString video = m_dir.filePath(QStringLiteral("stored.mp4"));
        QVERIFY(QFile::copy(content.clips[0].mediaPath, video));
        content.clips[0].mediaPath = video;
        const scoring::AnalysisStore store(
            scoring::AnalysisStore::folderBeside(m_dir.filePath(QStringLiteral("film.swproj"))));
        QCOMPARE(QFileInfo(store.folder()).fileName(), QStringLiteral("film analysis"));
        plan::PlanGuidance stored;
        QVERIFY(!scoring::storedGuidance(content, store, &stored)); // never analysed

        scoring::forgetAnalyses();
        plan::PlanGuidance analysed;
        QStringList notes;
        QVERIFY(scoring::buildGuidance(content, &analysed, &notes, {}, {}, {store, true}));
        QCOMPARE(analysed.videos.size(), 1);
        QCOMPARE(QDir(store.folder()).entryList(QDir::Files).size(), 1);

        scoring::forgetAnalyses(); // a new run of the program
        QVERIFY(scoring::storedGuidance(content, store, &stored));
        const analysis::VideoAnalysis& a = analysed.videos[0].analysis;
        const analysis::VideoAnalysis& b = stored.videos[0].analysis;
        QCOMPARE(b.durationUs, a.durationUs);
        QCOMPARE(b.transitions.size(), a.transitions.size());
        QVERIFY(!b.transitions.isEmpty());
        QCOMPARE(b.transitions[0].timeUs, a.transitions[0].timeUs);
        QCOMPARE(b.shots.size(), a.shots.size());
        QCOMPARE(b.shots[0].mood.valence, a.shots[0].mood.valence);
        QCOMPARE(b.motion.values, a.motion.values);
        QCOMPARE(b.path, video);
        QCOMPARE(plan::makePlan(stored).toJson(), plan::makePlan(analysed).toJson());

        // A store file promising two billion motion samples is refused before anything is
        // allocated for them.
        const QString file =
            QDir(store.folder()).filePath(QDir(store.folder()).entryList(QDir::Files).first());
        {
            QFile hostile(file);
            QVERIFY(hostile.open(QIODevice::ReadWrite));
            QByteArray bytes = hostile.readAll();
            bytes.replace(52, 4, QByteArray::fromHex("7fffffff")); // the motion curve's count
            QVERIFY(hostile.seek(0));
            QCOMPARE(hostile.write(bytes), bytes.size());
        }
        scoring::forgetAnalyses();
        QVERIFY(!scoring::storedGuidance(content, store, &stored));
        QVERIFY(QFile::remove(file));
        QVERIFY(scoring::buildGuidance(content, &analysed, &notes, {}, {}, {store, true}));

        // A damaged store file is treated as missing.
        QFile damaged(file);
        QVERIFY(damaged.open(QIODevice::ReadWrite));
        damaged.resize(damaged.size() / 2);
        damaged.close();
        scoring::forgetAnalyses();
        QVERIFY(!scoring::storedGuidance(content, store, &stored));
        QVERIFY(QFile::remove(file));

        // Another file under the same name: not the stored analysis.
        QVERIFY(scoring::buildGuidance(content, &analysed, &notes, {}, {}, {store, true}));
        scoring::forgetAnalyses();
        QFile changed(video);
        QVERIFY(changed.open(QIODevice::Append));
        changed.write(QByteArray(4096, 'x'));
        changed.close();
        QVERIFY(!scoring::storedGuidance(content, store, &stored));
    }

    // Issue 24: a hit marker a year after a 4 s picture stretched the plan (7.9 million bars,
    // then 4 hours once the planner was capped); the picture decides how long the music is.
    void aMarkerPastThePictureIsIgnoredAndSaidSo()
    {
        project::ProjectContent content = m_content;
        project::Marker far;
        far.id = QUuid::createUuid();
        far.kind = project::MarkerKind::HitPoint;
        far.name = QStringLiteral("door slam");
        far.timeUs = 365LL * 24 * 3600 * 1000000;
        content.markers = {far};
        scoring::ScoringRequest request;
        request.kind = scoring::ScoringKind::Plan;
        request.content = content;
        scoring::ScoringResult result;
        QString error;
        QVERIFY2(scoring::runScoring(request, &result, &error), qPrintable(error));
        QVERIFY2(result.plan.bars.size() < 10,
                 qPrintable(QString::number(result.plan.bars.size())));
        QVERIFY(result.plan.tempo.musicEndUs <= 4100000);
        QVERIFY2(result.notes.join(u' ').contains(QStringLiteral("after the end of the picture")),
                 qPrintable(result.notes.join(u' ')));
    }

    void aStoppedJobSaysNothingAndAnEmptyTimelineSaysWhy()
    {
        scoring::ScoringRequest request;
        request.content = m_content;
        request.modelsDir = kModels;
        scoring::ScoringResult result;
        QString error = QStringLiteral("not cleared");
        int reports = 0;
        QVERIFY(!scoring::runScoring(
            request, &result, &error, [&] { return reports > 3; },
            [&](double, const QString&) { ++reports; }));
        QVERIFY2(error.isEmpty(), qPrintable(error)); // stopped is an outcome, not an error

        request.content = project::ProjectContent{};
        QVERIFY(!scoring::runScoring(request, &result, &error));
        QVERIFY2(error.contains(QStringLiteral("nothing on the timeline")), qPrintable(error));

        request.content = m_content;
        request.kind = scoring::ScoringKind::Plan;
        QVERIFY(scoring::runScoring(request, &result, &error));
        QVERIFY(!result.plan.bars.isEmpty());
        QVERIFY(!result.composed());
    }

    void aTakeIsExportedWhereItLiesInThePicture()
    {
        // The video clip sits 2 s into the timeline and starts 1 s into its file; music at 3 s
        // on the timeline lies 2 s into the file.
        project::ProjectContent content = m_content;
        content.clips[0].startUs = 2000000;
        content.clips[0].sourceInUs = 1000000;
        project::MusicRegion region;
        region.startUs = 3000000;
        region.durationUs = 1000000;
        region.takes = {project::Take{}};
        region.activeTake = 0;
        const render::ExportRequest withVideo = scoring::exportRequestForRegion(content, region);
        QCOMPARE(withVideo.videoPath, content.clips[0].mediaPath);
        QCOMPARE(withVideo.musicOffsetUs, qint64(2000000));
        QCOMPARE(withVideo.score.leadInTicks, qint64(0));
        // Without a picture file the timeline is the picture: the score itself is placed.
        content.clips.removeFirst();
        region.takes[0].score.tracks.append(music::Track{});
        region.takes[0].score.tracks[0].notes.append(music::Note{});
        const render::ExportRequest alone = scoring::exportRequestForRegion(content, region);
        QVERIFY(alone.videoPath.isEmpty());
        QCOMPARE(alone.musicOffsetUs, qint64(0));
        QVERIFY(alone.score.leadInTicks > 0);
        QVERIFY(std::llabs(alone.score.tempoMap.tickToMicros(alone.score.leadInTicks) - 3000000) <
                1000);
    }
};

QTEST_GUILESS_MAIN(TestScoring)
#include "test_scoring.moc"
