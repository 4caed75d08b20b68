// Tasks and the TaskManager: results, visible errors, cooperative cancellation (before and
// during the run), stale tasks of an edited element discarded, shutdown that waits.
#include "jobs/taskmanager.h"

#include <QSignalSpy>
#include <QThread>
#include <QtTest>

using namespace sw::jobs;

namespace {

// Counts to `steps`, a millisecond a step, checking for cancellation in its loop as real
// decoders and samplers do.
class CountingTask : public Task
{
public:
    CountingTask(int steps, QUuid owner = {}, bool fail = false, bool throws = false)
        : Task(QStringLiteral("Count to %1").arg(steps), owner), m_steps(steps), m_fail(fail),
          m_throws(throws)
    {
    }
    std::atomic<int> done{0};

protected:
    bool run() override
    {
        for (int i = 0; i < m_steps; ++i) {
            if (isCancelled())
                return false;
            QThread::msleep(1);
            done = i + 1;
            setProgress(double(i + 1) / m_steps, QStringLiteral("step %1").arg(i + 1));
        }
        if (m_throws)
            throw std::runtime_error("decoder exploded");
        if (m_fail) {
            setError(QStringLiteral("clip.mp4: stream 0 is damaged"));
            return false;
        }
        setResult(m_steps);
        return true;
    }

private:
    int m_steps;
    bool m_fail;
    bool m_throws;
};

bool waitUntil(const std::function<bool()>& condition, int timeoutMs = 10000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QThread::msleep(1);
    }
    return true;
}

} // namespace

class TestTasks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void succeedsWithResultAndProgress()
    {
        TaskManager manager;
        auto task = std::make_shared<CountingTask>(20);
        QSignalSpy progress(task.get(), &Task::progressChanged);
        QSignalSpy finished(&manager, &TaskManager::taskFinished);
        manager.start(task);
        QVERIFY(finished.wait(10000));
        QCOMPARE(task->state(), Task::State::Succeeded);
        QCOMPARE(task->result().toInt(), 20);
        QCOMPARE(task->progress(), 1.0);
        QCOMPARE(task->progressMessage(), QStringLiteral("step 20"));
        QVERIFY(progress.count() >= 20);
        QCOMPARE(finished.first().at(1).value<Task::State>(), Task::State::Succeeded);
    }

    void failureStaysVisible()
    {
        TaskManager manager;
        auto failing = std::make_shared<CountingTask>(3, QUuid(), true);
        auto throwing = std::make_shared<CountingTask>(3, QUuid(), false, true);
        manager.start(failing);
        manager.start(throwing);
        QVERIFY(waitUntil([&] { return failing->isFinished() && throwing->isFinished(); }));
        QCOMPARE(failing->state(), Task::State::Failed);
        QCOMPARE(failing->error(), QStringLiteral("clip.mp4: stream 0 is damaged"));
        QCOMPARE(throwing->state(), Task::State::Failed);
        QVERIFY(throwing->error().contains(QStringLiteral("decoder exploded")));
        QCOMPARE(manager.failedTasks().size(), 2);
        manager.removeFinished();
        QCOMPARE(manager.tasks().size(), 2); // failed tasks stay until the person clears them
        manager.removeFinished(true);
        QCOMPARE(manager.tasks().size(), 0);
    }

    void cancelStopsARunningTaskPromptly()
    {
        TaskManager manager;
        auto task = std::make_shared<CountingTask>(100000); // ~100 s if never cancelled
        manager.start(task);
        QVERIFY(waitUntil([&] { return task->done > 5; }));
        QElapsedTimer timer;
        timer.start();
        task->cancel();
        QVERIFY(waitUntil([&] { return task->isFinished(); }, 5000));
        QCOMPARE(task->state(), Task::State::Cancelled);
        QVERIFY(task->done < 100000);
        QVERIFY(task->error().isEmpty());
    }

    void cancelledWhileQueuedNeverRuns()
    {
        TaskManager manager(nullptr, 1);
        auto blocker = std::make_shared<CountingTask>(100000);
        auto queued = std::make_shared<CountingTask>(10);
        manager.start(blocker);
        manager.start(queued);
        QVERIFY(waitUntil([&] { return blocker->done > 0; }));
        queued->cancel();
        blocker->cancel();
        QVERIFY(waitUntil([&] { return queued->isFinished(); }));
        QCOMPARE(queued->state(), Task::State::Cancelled);
        QCOMPARE(queued->done.load(), 0);
    }

    void editingAnElementDiscardsItsStaleTasks()
    {
        TaskManager manager;
        const QUuid clipA = QUuid::createUuid();
        const QUuid clipB = QUuid::createUuid();
        auto a1 = std::make_shared<CountingTask>(100000, clipA);
        auto a2 = std::make_shared<CountingTask>(100000, clipA);
        auto b = std::make_shared<CountingTask>(30, clipB);
        QSignalSpy finished(&manager, &TaskManager::taskFinished);
        manager.start(a1);
        manager.start(a2);
        manager.start(b);
        QCOMPARE(manager.discardTasksOf(clipA), 2);
        QCOMPARE(manager.tasks().size(), 1);
        QVERIFY(a1->isCancelled() && a2->isCancelled());
        QVERIFY(waitUntil([&] { return a1->isFinished() && a2->isFinished() && b->isFinished(); }));
        QVERIFY(waitUntil([&] { return finished.count() >= 1; }));
        QCoreApplication::processEvents();
        // Only the live task reports back: the stale results never reach the project.
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(0).value<Task*>(), b.get());
        QCOMPARE(b->state(), Task::State::Succeeded);
    }

    void shutdownCancelsAndWaits()
    {
        auto task = std::make_shared<CountingTask>(100000);
        {
            TaskManager manager;
            manager.start(task);
            QVERIFY(waitUntil([&] { return task->done > 0; }));
        }
        QVERIFY(task->isFinished());
        QCOMPARE(task->state(), Task::State::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestTasks)
#include "test_tasks.moc"
