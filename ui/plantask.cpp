#include "ui/plantask.h"

#include "engine/leadarrangement.h"
#include "scoring/projectguidance.h"

namespace sw::ui {

PlanTask::PlanTask(project::ProjectContent content)
    : jobs::Task(tr("Plan the music")), m_content(std::move(content))
{
}

PlanTask::PlanTask(project::ProjectContent content, engine::ComposeOptions options,
                   QString modelsDir)
    : jobs::Task(tr("Score the video")), m_content(std::move(content)), m_compose(true),
      m_options(options), m_modelsDir(std::move(modelsDir))
{
}

PlanTask::PlanTask(project::ProjectContent content, music::Track lead,
                   engine::ComposeOptions options, QString modelsDir)
    : jobs::Task(tr("Arrange around the melody")), m_content(std::move(content)), m_compose(true),
      m_options(options), m_modelsDir(std::move(modelsDir)), m_lead(std::move(lead))
{
}

PlanTask::PlanTask(project::ProjectContent content, music::Score score,
                   QSet<music::TrackRole> roles, int firstBar, int lastBar,
                   engine::ComposeOptions options, QString modelsDir)
    : jobs::Task(tr("Regenerate bars %1-%2").arg(firstBar + 1).arg(lastBar + 1)),
      m_content(std::move(content)), m_compose(true), m_options(options),
      m_modelsDir(std::move(modelsDir)), m_input(std::move(score)), m_roles(std::move(roles)),
      m_firstBar(firstBar), m_lastBar(lastBar)
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
    const double planShare = m_compose ? 0.5 : 1.0;
    setProgress(0.9 * planShare, tr("Planning"));
    m_plan = plan::makePlan(m_guidance);
    if (!m_compose) {
        setProgress(1.0, tr("Planned %n bar(s)", nullptr, int(m_plan.bars.size())));
        return true;
    }
    setProgress(planShare, tr("Loading the composer"));
    QString error;
    std::unique_ptr<engine::Composer> composer =
        engine::Composer::loadFromModels(m_modelsDir, &error);
    if (!composer) {
        setError(error);
        return false;
    }
    const engine::ComposeProgress progress = [this](double p) {
        setProgress(0.5 + 0.5 * p, tr("Composing"));
        return !isCancelled();
    };
    bool composed = false;
    if (arrangesAroundLead()) {
        m_plan = engine::planInKeyOfMelody(m_plan, m_lead.notes);
        composed = engine::arrangeAroundLead(*composer, m_lead, m_plan, m_options, &m_score, &error,
                                             progress);
    } else if (regenerates()) {
        composed = composer->regenerate(m_input, m_plan, m_roles, m_firstBar, m_lastBar, m_options,
                                        &m_score, &error, progress);
    } else {
        composed = composer->compose(m_plan, m_options, &m_score, &error, progress);
    }
    if (!composed) {
        if (!isCancelled())
            setError(error);
        return false;
    }
    setProgress(1.0, tr("Composed %n note(s)", nullptr, m_score.noteCount()));
    return true;
}

} // namespace sw::ui
