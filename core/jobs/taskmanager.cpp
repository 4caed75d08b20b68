#include "jobs/taskmanager.h"

#include <mutex>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace sw::jobs {

namespace {
// QThreadPool hands a runnable to its worker under Qt's own futex-based locks, which
// ThreadSanitizer cannot see; without a lock it can see, every task's captured state would be
// reported as a race. Held while a runnable is queued, taken once by the worker before it
// touches what the runnable captured; it costs nothing next to a task.
std::mutex& handOffLock()
{
    static std::mutex lock;
    return lock;
}

} // namespace

// A worker runs below the window's priority, as editors run their renders: on two cores the
// composer's threads would otherwise take turns with the event loop, which then stalls for a
// scheduler slice or more (a tenth of a second seen while another program was busy). Threads
// the work starts (libtorch's) inherit it. Once per pool thread.
void lowerThisThreadsPriority()
{
#ifdef Q_OS_LINUX
    thread_local bool lowered = false;
    if (!lowered) {
        lowered = true;
        setpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)), 5);
    }
#endif
}

TaskManager::TaskManager(QObject* parent, int maxThreads) : QObject(parent)
{
    if (maxThreads > 0)
        m_pool.setMaxThreadCount(maxThreads);
}

TaskManager::~TaskManager()
{
    cancelAll();
    m_pool.waitForDone();
}

std::shared_ptr<Task> TaskManager::start(std::shared_ptr<Task> task)
{
    m_tasks.append(task);
    // The queued notification may arrive after the task was discarded: check it is still ours.
    std::weak_ptr<Task> weak = task;
    connect(task.get(), &Task::finished, this, [this, weak](Task::State state) {
        const std::shared_ptr<Task> alive = weak.lock();
        if (alive && m_tasks.contains(alive))
            Q_EMIT taskFinished(alive.get(), state);
    });
    Q_EMIT taskStarted(task.get());
    // The runnable holds its own reference, so a discarded task lives until its run ends.
    std::lock_guard<std::mutex> queued(handOffLock());
    m_pool.start([task]() {
        {
            std::lock_guard<std::mutex> received(handOffLock());
        }
        lowerThisThreadsPriority();
        task->execute();
    });
    return task;
}

int TaskManager::discardTasksOf(const QUuid& owner)
{
    int discarded = 0;
    for (int i = m_tasks.size() - 1; i >= 0; --i) {
        if (!owner.isNull() && m_tasks[i]->owner() == owner) {
            m_tasks[i]->cancel();
            m_tasks[i]->disconnect(this);
            m_tasks.removeAt(i);
            ++discarded;
        }
    }
    return discarded;
}

void TaskManager::cancelAll()
{
    for (const auto& task : m_tasks)
        task->cancel();
}

bool TaskManager::waitForDone(int timeoutMs)
{
    return m_pool.waitForDone(timeoutMs);
}

QList<std::shared_ptr<Task>> TaskManager::tasks() const
{
    return m_tasks;
}

QList<std::shared_ptr<Task>> TaskManager::failedTasks() const
{
    QList<std::shared_ptr<Task>> failed;
    for (const auto& task : m_tasks) {
        if (task->state() == Task::State::Failed)
            failed.append(task);
    }
    return failed;
}

void TaskManager::removeFinished(bool includingFailed)
{
    for (int i = m_tasks.size() - 1; i >= 0; --i) {
        const Task::State s = m_tasks[i]->state();
        if (s == Task::State::Succeeded || s == Task::State::Cancelled ||
            (includingFailed && s == Task::State::Failed))
            m_tasks.removeAt(i);
    }
}

} // namespace sw::jobs
