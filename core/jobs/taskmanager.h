#pragma once
// Runs Tasks on a thread pool and keeps them until the person has seen how they ended: failed
// tasks stay listed with their error (as Olive's task manager does). On destruction every task
// is cancelled and waited for, so no worker outlives the objects it reports to.
//
// The pool has as many threads as the machine has cores; on our 2-core target that is one
// worker for decoding or generation and one for the rest, which is the split that keeps
// libraries from fighting over cores (see PERFORMANCE.md).

#include "jobs/task.h"

#include <QObject>
#include <QThreadPool>
#include <memory>
#include <vector>

namespace sw::jobs {

/// Puts the calling thread below the window's priority (Linux: nice 5), once; the pool's
/// workers do it themselves, other background threads call it.
void lowerThisThreadsPriority();

class TaskManager : public QObject
{
    Q_OBJECT
public:
    explicit TaskManager(QObject* parent = nullptr, int maxThreads = 0);
    ~TaskManager() override;

    /// Starts the task; the manager keeps it alive until it is removed or the manager dies.
    std::shared_ptr<Task> start(std::shared_ptr<Task> task);

    /// Cancels the tasks working for `owner` and forgets them, so their results are never
    /// applied: called when the person edits that element and the results went stale.
    int discardTasksOf(const QUuid& owner);
    void cancelAll();
    /// Waits until every started task has finished; false if `timeoutMs` passed first.
    bool waitForDone(int timeoutMs = -1);

    QList<std::shared_ptr<Task>> tasks() const;
    QList<std::shared_ptr<Task>> failedTasks() const;
    /// Forgets finished tasks that succeeded or were cancelled; failed ones stay until cleared.
    void removeFinished(bool includingFailed = false);

Q_SIGNALS:
    void taskStarted(sw::jobs::Task* task);
    void taskFinished(sw::jobs::Task* task, sw::jobs::Task::State state);

private:
    QThreadPool m_pool;
    QList<std::shared_ptr<Task>> m_tasks;
};

} // namespace sw::jobs
