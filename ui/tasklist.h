#pragma once
// The generation queue: every analysis, composition, vocal line and export started in this
// session, newest first, with its progress while it runs and how it ended (done, cancelled, or
// the error, which stays visible).

#include <QHash>
#include <QListWidget>
#include <QPersistentModelIndex>

namespace sw::jobs {
class Task;
class TaskManager;
} // namespace sw::jobs

namespace sw::ui {

class TaskList : public QListWidget
{
    Q_OBJECT
public:
    explicit TaskList(jobs::TaskManager* manager, QWidget* parent = nullptr);

private:
    static constexpr int kKept = 30;                  ///< older rows are dropped
    QHash<jobs::Task*, QPersistentModelIndex> m_rows; ///< the running tasks' rows
};

} // namespace sw::ui
