// The project model: every request in the rhythm apply / check invariants / undo / check /
// redo / check, failed requests leaving the model untouched, drags folding into one undo step.
#include "project/project.h"
#include "testscores.h"

#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

using namespace sw::project;

namespace {

Clip videoClip(qint64 start = 0, qint64 duration = 10000000)
{
    Clip c;
    c.kind = ClipKind::Video;
    c.name = QStringLiteral("Shot");
    c.startUs = start;
    c.durationUs = duration;
    c.sourceInUs = 2000000;
    c.mediaPath = QStringLiteral("/media/shot.mp4");
    return c;
}

Clip promptClip(const QString& text, qint64 start, qint64 duration)
{
    Clip c;
    c.kind = ClipKind::Prompt;
    c.text = text;
    c.startUs = start;
    c.durationUs = duration;
    return c;
}

} // namespace

class TestProjectModel : public QObject
{
    Q_OBJECT

    // Checks the invariants, undoes `steps` steps and checks the state equals `before`, redoes
    // and checks it equals `after`: the rhythm every model operation is tested in.
    void checkUndoRedo(Project& p, const ProjectContent& before, int steps = 1)
    {
        const ProjectContent after = p.content();
        QVERIFY2(after.checkConsistency().isEmpty(),
                 qPrintable(after.checkConsistency().join(QLatin1Char('\n'))));
        for (int i = 0; i < steps; ++i)
            p.undoStack()->undo();
        QVERIFY(p.content().checkConsistency().isEmpty());
        QVERIFY(p.content() == before);
        for (int i = 0; i < steps; ++i)
            p.undoStack()->redo();
        QVERIFY(p.content().checkConsistency().isEmpty());
        QVERIFY(p.content() == after);
    }

    // A failed request must change nothing: not the content, not the undo stack.
    void checkRefused(Project& p, bool result, const ProjectContent& before, int stackSize,
                      const QString& expectedError)
    {
        QVERIFY(!result);
        QVERIFY(p.content() == before);
        QCOMPARE(p.undoStack()->count(), stackSize);
        QVERIFY2(p.lastError().contains(expectedError), qPrintable(p.lastError()));
    }

private Q_SLOTS:
    void addClip()
    {
        Project p;
        QSignalSpy added(&p, &Project::elementAdded);
        QUuid id;
        QVERIFY(p.requestAddClip(videoClip(), &id));
        QVERIFY(!id.isNull());
        QCOMPARE(added.count(), 1);
        QCOMPARE(p.content().clips.size(), 1);
        QCOMPARE(p.undoStack()->undoText(), QStringLiteral("Add video clip"));
        checkUndoRedo(p, ProjectContent{});
        QCOMPARE(p.clip(id)->name, QStringLiteral("Shot"));
    }

    void invalidClipsAreRefused()
    {
        Project p;
        QVERIFY(p.requestAddClip(videoClip()));
        const ProjectContent before = p.content();
        Clip noLength = videoClip();
        noLength.durationUs = 0;
        checkRefused(p, p.requestAddClip(noLength), before, 1, QStringLiteral("has no length"));
        Clip noMedia = videoClip();
        noMedia.mediaPath.clear();
        checkRefused(p, p.requestAddClip(noMedia), before, 1, QStringLiteral("no media file"));
        checkRefused(p, p.requestAddClip(promptClip(QStringLiteral("   "), 0, 1000)), before, 1,
                     QStringLiteral("has no text"));
        Clip duplicate = videoClip();
        duplicate.id = before.clips.first().id;
        checkRefused(p, p.requestAddClip(duplicate), before, 1, QStringLiteral("already"));
    }

    void separateMovesAreSeparateSteps()
    {
        Project p;
        QUuid id;
        QVERIFY(p.requestAddClip(videoClip(), &id));
        const ProjectContent start = p.content();
        QVERIFY(p.requestMoveClip(id, 1000000));
        const ProjectContent afterFirst = p.content();
        QVERIFY(p.requestMoveClip(id, 3000000));
        QCOMPARE(p.undoStack()->count(), 3);
        QCOMPARE(p.clip(id)->startUs, qint64(3000000));
        QCOMPARE(p.clip(id)->sourceInUs, qint64(2000000)); // moving keeps the media in-point
        checkUndoRedo(p, afterFirst);
        checkUndoRedo(p, start, 2);
    }

    void aDragIsOneUndoStep()
    {
        Project p;
        QUuid id;
        QVERIFY(p.requestAddClip(videoClip(), &id));
        const ProjectContent start = p.content();
        for (qint64 t = 100000; t <= 900000; t += 100000)
            QVERIFY(p.requestMoveClip(id, t, true));
        QVERIFY(p.requestMoveClip(id, 1000000, false)); // mouse released
        QCOMPARE(p.undoStack()->count(), 2);
        QCOMPARE(p.undoStack()->undoText(), QStringLiteral("Move clip"));
        checkUndoRedo(p, start);
        // The next drag starts a new step.
        QVERIFY(p.requestMoveClip(id, 2000000, true));
        QVERIFY(p.requestMoveClip(id, 2500000, false));
        QCOMPARE(p.undoStack()->count(), 3);
    }

    void aDragBackToWhereItStartedLeavesNoStep()
    {
        Project p;
        QUuid id;
        QVERIFY(p.requestAddClip(videoClip(), &id));
        QVERIFY(p.requestMoveClip(id, 500000, true));
        QVERIFY(p.requestMoveClip(id, 0, false));
        QCOMPARE(p.undoStack()->count(), 1);
    }

    void moveRefusedBeforeTimelineStart()
    {
        Project p;
        QUuid id;
        QVERIFY(p.requestAddClip(videoClip(), &id));
        checkRefused(p, p.requestMoveClip(id, -1), p.content(), 1, QStringLiteral("before"));
        checkRefused(p, p.requestMoveClip(QUuid::createUuid(), 0), p.content(), 1,
                     QStringLiteral("no longer exists"));
    }

    void trimKeepsMediaInPlace()
    {
        Project p;
        QUuid id;
        QVERIFY(p.requestAddClip(videoClip(5000000, 8000000), &id)); // media in-point 2 s
        const ProjectContent before = p.content();
        QVERIFY(p.requestTrimClip(id, 5500000, 6000000));
        QCOMPARE(p.clip(id)->sourceInUs, qint64(2500000));
        checkUndoRedo(p, before);
        const ProjectContent trimmed = p.content();
        // The media begins 2.5 s before the clip now: its left edge cannot go 2.6 s further.
        checkRefused(p, p.requestTrimClip(id, 2900000, 8600000), trimmed, 2,
                     QStringLiteral("before the beginning of its media"));
        checkRefused(p, p.requestTrimClip(id, 5500000, 0), trimmed, 2, QStringLiteral("nothing"));
    }

    void splitIsOneStep()
    {
        Project p;
        QUuid id;
        QVERIFY(p.requestAddClip(videoClip(0, 10000000), &id));
        QVERIFY(p.requestAddClip(promptClip(QStringLiteral("tense"), 0, 4000000)));
        const ProjectContent before = p.content();
        QUuid second;
        QVERIFY(p.requestSplitClip(id, 4000000, &second));
        QCOMPARE(p.content().clips.size(), 3);
        QCOMPARE(p.clip(id)->durationUs, qint64(4000000));
        QCOMPARE(p.clip(second)->startUs, qint64(4000000));
        QCOMPARE(p.clip(second)->durationUs, qint64(6000000));
        QCOMPARE(p.clip(second)->sourceInUs, qint64(6000000));
        QCOMPARE(p.content().clips[1].id, second); // right after the first half
        QCOMPARE(p.undoStack()->undoText(), QStringLiteral("Split clip"));
        checkUndoRedo(p, before);
        checkRefused(p, p.requestSplitClip(id, 0), p.content(), 3, QStringLiteral("inside"));
    }

    void promptTextEdits()
    {
        Project p;
        QUuid id;
        QVERIFY(p.requestAddClip(promptClip(QStringLiteral("calm"), 0, 4000000), &id));
        const ProjectContent before = p.content();
        QSignalSpy changed(&p, &Project::elementChanged);
        QVERIFY(p.requestSetClipText(id, QStringLiteral("tense, strings")));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(p.undoStack()->undoText(), QStringLiteral("Edit prompt"));
        checkUndoRedo(p, before);
        checkRefused(p, p.requestSetClipText(id, QStringLiteral(" ")), p.content(), 2,
                     QStringLiteral("A prompt cannot be empty"));
        QUuid video;
        QVERIFY(p.requestAddClip(videoClip(), &video));
        checkRefused(p, p.requestSetClipText(video, QStringLiteral("x")), p.content(), 3,
                     QStringLiteral("Only prompt and lyric"));
    }

    void planPinsAreUndoableAndDrawingIsOneStep()
    {
        Project p;
        PlanPins pins;
        pins.bpm = 96;
        QVERIFY(p.requestSetPlanPins(pins, QStringLiteral("Pin tempo")));
        QCOMPARE(p.undoStack()->undoText(), QStringLiteral("Pin tempo"));
        checkUndoRedo(p, ProjectContent{});
        const ProjectContent before = p.content();
        for (int i = 1; i <= 10; ++i) { // the mouse draws the curve point by point
            pins.intensity.append({i * 1000000, i / 10.0});
            QVERIFY(p.requestSetPlanPins(pins, QStringLiteral("Draw intensity"), i < 10));
        }
        QCOMPARE(p.undoStack()->count(), 2);
        QCOMPARE(p.content().planPins.intensity.size(), 10);
        checkUndoRedo(p, before);
        PlanPins bad = pins;
        bad.intensity.append({500000, 0.5}); // out of order
        checkRefused(p, p.requestSetPlanPins(bad), p.content(), 2, QStringLiteral("out of order"));
        bad = pins;
        bad.instruments.insert(QStringLiteral("kazoo"), 3);
        checkRefused(p, p.requestSetPlanPins(bad), p.content(), 2, QStringLiteral("kazoo"));
    }

    void relinkingMediaIsOneStep()
    {
        Project p;
        QVERIFY(p.requestAddClip(videoClip(0, 1000000)));
        QVERIFY(p.requestAddClip(videoClip(1000000, 1000000)));
        const ProjectContent before = p.content();
        QVERIFY(p.requestRelinkMedia(QStringLiteral("/media/shot.mp4"),
                                     QStringLiteral("/new/shot.mp4")));
        for (const Clip& c : p.content().clips)
            QCOMPARE(c.mediaPath, QStringLiteral("/new/shot.mp4"));
        QCOMPARE(p.undoStack()->undoText(), QStringLiteral("Relink media"));
        checkUndoRedo(p, before);
        checkRefused(p, p.requestRelinkMedia(QStringLiteral("/none.mp4"), QStringLiteral("/x.mp4")),
                     p.content(), 3, QStringLiteral("No clip uses"));
    }

    void markersAndHitPoints()
    {
        Project p;
        Marker hit;
        hit.kind = MarkerKind::HitPoint;
        hit.name = QStringLiteral("Door slam");
        hit.timeUs = 14200000;
        QUuid id;
        QVERIFY(p.requestAddMarker(hit, &id));
        QCOMPARE(p.undoStack()->undoText(), QStringLiteral("Add hit point"));
        checkUndoRedo(p, ProjectContent{});
        const ProjectContent before = p.content();
        QVERIFY(p.requestMoveMarker(id, 14000000, true));
        QVERIFY(p.requestMoveMarker(id, 13900000, false));
        QCOMPARE(p.undoStack()->count(), 2);
        checkUndoRedo(p, before);
        checkRefused(p, p.requestMoveMarker(id, -5), p.content(), 2,
                     QStringLiteral("before the timeline"));
    }

    void musicTakes()
    {
        Project p;
        MusicRegion region;
        region.name = QStringLiteral("Cue 1");
        region.startUs = 0;
        region.durationUs = 20000000;
        QUuid regionId;
        QVERIFY(p.requestAddMusicRegion(region, &regionId));
        QCOMPARE(p.musicRegion(regionId)->activeTake, -1);

        Take take;
        take.provenance.engine = QStringLiteral("composer");
        take.provenance.model = QStringLiteral("composer-v1");
        take.provenance.seed = 0xFFFFFFFFFFFFFFFFull;
        take.score = sw::testing::richScore();
        ProjectContent before = p.content();
        QVERIFY(p.requestAddTake(regionId, take));
        QCOMPARE(p.musicRegion(regionId)->activeTake, 0);
        QCOMPARE(p.musicRegion(regionId)->takes[0].name, QStringLiteral("Take 1"));
        QVERIFY(!p.musicRegion(regionId)->takes[0].created.isNull());
        checkUndoRedo(p, before);

        take.provenance.seed = 7;
        QVERIFY(p.requestAddTake(regionId, take));
        QCOMPARE(p.musicRegion(regionId)->activeTake, 1);
        before = p.content();
        QVERIFY(p.requestSetActiveTake(regionId, 0));
        QCOMPARE(p.musicRegion(regionId)->active()->provenance.seed, 0xFFFFFFFFFFFFFFFFull);
        checkUndoRedo(p, before);
        checkRefused(p, p.requestSetActiveTake(regionId, 2), p.content(), 4,
                     QStringLiteral("no take 3"));

        Take broken = take;
        broken.score.tracks[0].notes[0].pitch = 200;
        checkRefused(p, p.requestAddTake(regionId, broken), p.content(), 4,
                     QStringLiteral("pitch 200"));
    }

    void deleteSeveralIsOneStepAndRestoresOrder()
    {
        Project p;
        QUuid a, b, c, m;
        QVERIFY(p.requestAddClip(videoClip(0, 1000000), &a));
        QVERIFY(p.requestAddClip(promptClip(QStringLiteral("one"), 0, 1000), &b));
        QVERIFY(p.requestAddClip(promptClip(QStringLiteral("two"), 0, 1000), &c));
        Marker marker;
        marker.timeUs = 5;
        QVERIFY(p.requestAddMarker(marker, &m));
        const ProjectContent before = p.content();
        QSignalSpy removed(&p, &Project::elementRemoved);
        QVERIFY(p.requestRemove({b, a, m}));
        QCOMPARE(removed.count(), 3);
        QCOMPARE(p.content().clips.size(), 1);
        QCOMPARE(p.content().clips.first().id, c);
        QCOMPARE(p.undoStack()->undoText(), QStringLiteral("Delete 3 items"));
        checkUndoRedo(p, before);
        checkRefused(p, p.requestRemove({c, QUuid::createUuid()}), p.content(), 5,
                     QStringLiteral("no longer exists"));
    }

    void settings()
    {
        Project p;
        QSignalSpy spy(&p, &Project::settingsChanged);
        QVERIFY(p.requestSetTitle(QStringLiteral("Trailer")));
        QVERIFY(p.requestSetSourceAudio({-12.0, true}));
        QCOMPARE(spy.count(), 2);
        checkUndoRedo(p, ProjectContent{}, 2);
        checkRefused(p, p.requestSetSourceAudio({200.0, false}), p.content(), 2,
                     QStringLiteral("gain"));
    }

    void everythingUndoesToEmptyAndRedoesToTheEnd()
    {
        Project p;
        QUuid video, prompt;
        QVERIFY(p.requestAddClip(videoClip(), &video));
        QVERIFY(p.requestAddClip(promptClip(QStringLiteral("tense"), 0, 3000000), &prompt));
        QVERIFY(p.requestMoveClip(prompt, 1000000));
        QVERIFY(p.requestSplitClip(video, 5000000));
        QVERIFY(p.requestTrimClip(video, 1000000, 4000000));
        QVERIFY(p.requestSetClipText(prompt, QStringLiteral("tense, building")));
        QVERIFY(p.requestSetTitle(QStringLiteral("Cut 3")));
        QVERIFY(p.requestRemove({prompt}));
        checkUndoRedo(p, ProjectContent{}, p.undoStack()->count());
    }
};

QTEST_MAIN(TestProjectModel)
#include "test_project_model.moc"
