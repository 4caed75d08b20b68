#include "ui/plantask.h"

#include "scoring/projectguidance.h"

namespace sw::ui {

PlanTask::PlanTask(project::ProjectContent content)
    : jobs::Task(tr("Plan the music")), m_content(std::move(content))
{
}

bool PlanTask::run()
{
    if (m_content.durationUs() <= 0) {
        setError(tr("There is nothing on the timeline to plan music for."));
        return false;
    }
    setProgress(0.0, tr("Reading the picture and the prompts"));
    if (!scoring::buildGuidance(
            m_content, &m_guidance, &m_notes, [this] { return isCancelled(); },
            [this](double p) { setProgress(0.9 * p, tr("Reading the picture and the prompts")); }))
        return false;
    setProgress(0.9, tr("Planning"));
    m_plan = plan::makePlan(m_guidance);
    setProgress(1.0, tr("Planned %n bar(s)", nullptr, int(m_plan.bars.size())));
    return true;
}

} // namespace sw::ui
