// Saving survives being killed at any moment: a child process saves in a loop and is SIGKILLed
// at 200 random moments; after each kill the file loads and is a whole version (its title and
// its marker count agree), never a mixture or a truncated file. Also: previous versions rotate.
#include "project/projectfile.h"
#include "project/safewrite.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace sw::project;

class TestSaveKill : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killedAt200RandomMomentsTheFileIsAlwaysWhole()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("loop.swproj"));
        QRandomGenerator random(2026);
        int midWrite = 0;
        for (int kill = 0; kill < 200; ++kill) {
            QProcess child;
            child.start(QStringLiteral(SW_BINARY_DIR "/tests/sw_save_loop"), {path});
            QVERIFY2(child.waitForReadyRead(20000), qPrintable(child.readAllStandardError()));
            QThread::usleep(random.bounded(30000));
            child.kill(); // SIGKILL: no chance to clean up
            child.waitForFinished();
            ProjectContent content;
            QString error;
            QVERIFY2(loadProject(path, &content, &error),
                     qPrintable(QStringLiteral("after kill %1: %2").arg(kill).arg(error)));
            const int version = content.title.section(u' ', 1).toInt();
            QVERIFY2(version >= 1 && content.markers.size() == version,
                     qPrintable(QStringLiteral("after kill %1: \"%2\" with %3 markers")
                                    .arg(kill)
                                    .arg(content.title)
                                    .arg(content.markers.size())));
            const QStringList temporary =
                QDir(dir.path())
                    .entryList({QStringLiteral(".loop.swproj.*.tmp")}, QDir::Files | QDir::Hidden);
            midWrite += temporary.isEmpty() ? 0 : 1;
            for (const QString& t : temporary)
                QFile::remove(dir.filePath(t));
        }
        qInfo("%d of 200 kills interrupted a write in progress", midWrite);
    }

    void theLastTenVersionsAreKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.swproj"));
        ProjectContent content;
        QString error;
        for (int i = 1; i <= 13; ++i) {
            content.title = QStringLiteral("save %1").arg(i);
            QVERIFY2(saveProject(content, path, &error), qPrintable(error));
            QThread::msleep(2); // versions are named by their save time to the millisecond
        }
        const QVector<SavedVersion> versions = listSavedVersions(path);
        QCOMPARE(versions.size(), kMaxSavedVersions);
        ProjectContent newest, oldest;
        QVERIFY(loadProject(versions.first().path, &newest, &error));
        QVERIFY(loadProject(versions.last().path, &oldest, &error));
        QCOMPARE(newest.title, QStringLiteral("save 12")); // the current file holds save 13
        QCOMPARE(oldest.title, QStringLiteral("save 3"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("p.swproj")});
    }
};

QTEST_GUILESS_MAIN(TestSaveKill)
#include "test_save_kill.moc"
