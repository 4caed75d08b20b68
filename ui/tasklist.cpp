#include "ui/tasklist.h"

#include "jobs/taskmanager.h"

namespace sw::ui {

TaskList::TaskList(jobs::TaskManager* manager, QWidget* parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("taskList"));
    setWordWrap(true);
    connect(manager, &jobs::TaskManager::taskStarted, this, [this](jobs::Task* task) {
        auto* item = new QListWidgetItem(tr("%1: waiting").arg(task->title()));
        insertItem(0, item);
        while (count() > kKept)
            delete takeItem(count() - 1);
        // The row is looked up again on each report: it may have been dropped meanwhile.
        const QPersistentModelIndex row = indexFromItem(item);
        const QString title = task->title();
        connect(task, &jobs::Task::progressChanged, this,
                [this, row, title](double progress, const QString& message) {
                    if (QListWidgetItem* i = itemFromIndex(row))
                        i->setText(
                            tr("%1: %2% %3").arg(title).arg(int(progress * 100)).arg(message));
                });
        m_rows.insert(task, row);
    });
    // The manager reports the end on this thread while the task is still alive.
    connect(manager, &jobs::TaskManager::taskFinished, this,
            [this](jobs::Task* task, jobs::Task::State state) {
                QListWidgetItem* i = itemFromIndex(m_rows.take(task));
                if (!i)
                    return;
                switch (state) {
                case jobs::Task::State::Succeeded:
                    i->setText(tr("%1: done").arg(task->title()));
                    break;
                case jobs::Task::State::Cancelled:
                    i->setText(tr("%1: cancelled").arg(task->title()));
                    break;
                default:
                    i->setText(tr("%1: failed: %2").arg(task->title(), task->error()));
                    i->setForeground(Qt::darkRed);
                    break;
                }
            });
}

} // namespace sw::ui
