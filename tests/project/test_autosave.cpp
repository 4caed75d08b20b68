// Autosave and recovery: the timer and the edit count trigger autosaves, discarding removes the
// file, and the crash test: a child process edits, autosaves and is SIGKILLed; the recovery store
// then offers the edit and restores it.
#include "project/autosave.h"
#include "project/project.h"
#include "project/projectfile.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace sw::project;

namespace {

Marker markerAt(qint64 us)
{
    Marker m;
    m.timeUs = us;
    m.name = QStringLiteral("m%1").arg(us);
    return m;
}

} // namespace

class TestAutosave : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void timerAutosavesOnlyWhenSomethingChanged()
    {
        QTemporaryDir recovery;
        Project project;
        Autosaver autosaver(&project, recovery.path());
        autosaver.setInterval(50);
        QSignalSpy spy(&autosaver, &Autosaver::autosaved);
        QTest::qWait(200);
        QCOMPARE(spy.count(), 0); // nothing changed, nothing written
        QVERIFY(project.requestAddMarker(markerAt(1)));
        QVERIFY(spy.wait(2000));
        QVERIFY(spy.first().at(0).toBool());
        QTest::qWait(200);
        QCOMPARE(spy.count(), 1);
        RecoveryStore store(recovery.path());
        QCOMPARE(store.entries().size(), 1);
        autosaver.discard();
        QVERIFY(store.entries().isEmpty());
    }

    void twentyFiveEditsAutosaveWithoutWaiting()
    {
        QTemporaryDir recovery;
        Project project;
        Autosaver autosaver(&project, recovery.path());
        autosaver.setInterval(3600 * 1000);
        QSignalSpy spy(&autosaver, &Autosaver::autosaved);
        for (int i = 0; i < 24; ++i)
            QVERIFY(project.requestAddMarker(markerAt(i)));
        QTest::qWait(100);
        QCOMPARE(spy.count(), 0);
        QVERIFY(project.requestAddMarker(markerAt(99)));
        QVERIFY(spy.wait(2000));
        RecoveryStore store(recovery.path());
        ProjectContent recovered;
        QString error;
        QVERIFY(store.load(store.entries().first(), &recovered, &error));
        QCOMPARE(recovered.markers.size(), 25);
    }

    void killedAfterAnAutosaveTheEditIsRecovered()
    {
        QTemporaryDir dir;
        const QString projectPath = dir.filePath(QStringLiteral("film.swproj"));
        QVERIFY(
            QFile::copy(QStringLiteral(SW_SOURCE_DIR "/resources/demo/demo.swproj"), projectPath));
        QVERIFY(QFile::copy(QStringLiteral(SW_SOURCE_DIR "/resources/demo/demo.mp4"),
                            dir.filePath(QStringLiteral("demo.mp4"))));
        const QString recovery = dir.filePath(QStringLiteral("recovery"));
        QProcess child;
        child.start(QStringLiteral(SW_BINARY_DIR "/tests/sw_autosave_child"),
                    {projectPath, recovery});
        QVERIFY(child.waitForReadyRead(20000));
        QCOMPARE(child.readLine().trimmed(), QByteArray("autosaved"));
        child.kill();
        child.waitForFinished();

        RecoveryStore store(recovery);
        const QVector<RecoveryEntry> entries = store.entries();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().originalPath, projectPath);
        QVERIFY(entries.first().originalSavedAt.isValid());
        QVERIFY(entries.first().autosavedAt >= entries.first().originalSavedAt);
        ProjectContent recovered;
        QString error;
        QVERIFY2(store.load(entries.first(), &recovered, &error), qPrintable(error));
        QCOMPARE(recovered.markers.size(), 3);
        QCOMPARE(recovered.markers.last().name, QStringLiteral("Edited before the crash"));
        QVERIFY(recovered.missingMedia().isEmpty()); // media still found beside the project
    }

    void aRecoveryFileThatCrashedLoadingIsQuarantined()
    {
        QTemporaryDir recovery;
        Project project;
        QString id;
        {
            Autosaver autosaver(&project, recovery.path());
            id = autosaver.documentId();
            QVERIFY(project.requestAddMarker(markerAt(5)));
            autosaver.autosaveNow();
        }
        QFile marker(recovery.filePath(id + QStringLiteral(".loading")));
        QVERIFY(marker.open(QIODevice::WriteOnly)); // as if loading had crashed
        marker.close();
        RecoveryStore store(recovery.path());
        QVERIFY(store.entries().isEmpty());
        QCOMPARE(store.quarantined().size(), 1);
        QVERIFY(QFile::exists(store.quarantined().first()));
        QVERIFY(store.entries().isEmpty()); // and it stays set aside
    }
};

QTEST_MAIN(TestAutosave)
#include "test_autosave.moc"
