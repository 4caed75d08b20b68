#pragma once
// A unit of background work (analysis, generation, rendering, export), in the manner of Olive's
// Task: subclasses implement run(), which checks isCancelled() inside its loops, reports
// progress with setProgress(), and returns true with setResult() or false with setError().
//
// run() executes on a worker thread, so a task never touches the project: it returns a value
// and the GUI thread applies it. Signals are emitted from the worker thread; Qt queues them to
// receivers living in the GUI thread.
//
// cancel() is thread-safe and takes effect at the task's next check; call it directly, not
// through a queued connection, or it may arrive after the task has finished. run() passes
// stopRequested() down, in the core's one convention (jobs/progress.h).

#include "jobs/progress.h"

#include <QMutex>
#include <QObject>
#include <QUuid>
#include <QVariant>
#include <atomic>
#include <memory>

namespace sw::jobs {

class Task : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Queued,
        Running,
        Succeeded,
        Failed,
        Cancelled
    };
    Q_ENUM(State)

    /// `owner` is the clip or region the task works for (null if none); editing that element
    /// discards its stale tasks through TaskManager::discardTasksOf().
    explicit Task(QString title, QUuid owner = {});
    ~Task() override;

    QString title() const { return m_title; }
    QUuid owner() const { return m_owner; }
    State state() const { return m_state.load(); }
    bool isFinished() const;
    double progress() const { return m_progress.load(); }
    QString progressMessage() const;
    QString error() const;
    QVariant result() const;

    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }
    /// What run() passes down into decoders, samplers and renderers (jobs/progress.h).
    StopRequested stopRequested() const
    {
        return [this] { return isCancelled(); };
    }

    /// Runs the task on the calling thread: the TaskManager calls this on a worker.
    void execute();

Q_SIGNALS:
    void progressChanged(double progress, const QString& message);
    void finished(sw::jobs::Task::State state);

protected:
    /// The work. Return false after setError() on failure; a cancelled task may simply return.
    virtual bool run() = 0;
    void setProgress(double progress, const QString& message = {});
    void setError(const QString& error);
    void setResult(const QVariant& result);

private:
    const QString m_title;
    const QUuid m_owner;
    std::atomic<bool> m_cancelled{false};
    std::atomic<State> m_state{State::Queued};
    std::atomic<double> m_progress{0.0};
    mutable QMutex m_mutex; // guards the strings and the result
    QString m_message;
    QString m_error;
    QVariant m_result;
};

} // namespace sw::jobs
