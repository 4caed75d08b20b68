#pragma once
// "Plan Music" as a background Task: analyses the clips of a copy of the project and plans.
// It works on a copy taken when it starts, so the person can keep editing; the GUI thread
// shows the result when the task has finished.

#include "jobs/task.h"
#include "plan/planner.h"
#include "project/timeline.h"

namespace sw::ui {

class PlanTask : public jobs::Task
{
    Q_OBJECT
public:
    explicit PlanTask(project::ProjectContent content);

    /// Valid once the task succeeded (read on the GUI thread after finished()).
    const plan::MusicPlan& plan() const { return m_plan; }
    const plan::PlanGuidance& guidance() const { return m_guidance; }
    QStringList notes() const { return m_notes; }

protected:
    bool run() override;

private:
    project::ProjectContent m_content;
    plan::PlanGuidance m_guidance;
    plan::MusicPlan m_plan;
    QStringList m_notes;
};

} // namespace sw::ui
