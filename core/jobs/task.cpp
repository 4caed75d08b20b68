#include "jobs/task.h"

#include <QMutexLocker>
#include <algorithm>
#include <exception>

namespace sw::jobs {

Task::Task(QString title, QUuid owner) : m_title(std::move(title)), m_owner(owner) {}

Task::~Task() = default;

bool Task::isFinished() const
{
    const State s = state();
    return s == State::Succeeded || s == State::Failed || s == State::Cancelled;
}

QString Task::progressMessage() const
{
    QMutexLocker lock(&m_mutex);
    return m_message;
}

QString Task::error() const
{
    QMutexLocker lock(&m_mutex);
    return m_error;
}

QVariant Task::result() const
{
    QMutexLocker lock(&m_mutex);
    return m_result;
}

void Task::setProgress(double progress, const QString& message)
{
    const double clamped = std::clamp(progress, 0.0, 1.0);
    m_progress.store(clamped);
    {
        QMutexLocker lock(&m_mutex);
        m_message = message;
    }
    Q_EMIT progressChanged(clamped, message);
}

void Task::setError(const QString& error)
{
    QMutexLocker lock(&m_mutex);
    m_error = error;
}

void Task::setResult(const QVariant& result)
{
    QMutexLocker lock(&m_mutex);
    m_result = result;
}

void Task::execute()
{
    State end;
    if (isCancelled()) {
        end = State::Cancelled; // cancelled while still queued: never start the work
    } else {
        m_state.store(State::Running);
        bool ok = false;
        try {
            ok = run();
        } catch (const std::exception& e) {
            setError(tr("Unexpected error: %1").arg(QString::fromLocal8Bit(e.what())));
        } catch (...) {
            setError(tr("Unexpected error."));
        }
        if (isCancelled())
            end = State::Cancelled;
        else if (ok)
            end = State::Succeeded;
        else
            end = State::Failed;
        if (end == State::Failed && error().isEmpty())
            setError(tr("%1 failed without saying why.").arg(m_title));
    }
    if (end == State::Succeeded)
        setProgress(1.0, progressMessage());
    m_state.store(end);
    Q_EMIT finished(end);
}

} // namespace sw::jobs
