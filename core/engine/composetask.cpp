#include "engine/composetask.h"

#include "engine/leadarrangement.h"

namespace sw::engine {

ComposeTask::ComposeTask(plan::MusicPlan plan, ComposeOptions options, QString modelsDir,
                         QUuid owner)
    : jobs::Task(tr("Compose the score"), owner), m_plan(std::move(plan)), m_options(options),
      m_modelsDir(std::move(modelsDir))
{
}

ComposeTask::ComposeTask(music::Score score, plan::MusicPlan plan, QSet<music::TrackRole> roles,
                         int firstBar, int lastBar, ComposeOptions options, QString modelsDir,
                         QUuid owner)
    : jobs::Task(tr("Regenerate bars %1-%2").arg(firstBar + 1).arg(lastBar + 1), owner),
      m_plan(std::move(plan)), m_options(options), m_modelsDir(std::move(modelsDir)),
      m_mode(Mode::Regenerate), m_input(std::move(score)), m_roles(std::move(roles)),
      m_firstBar(firstBar), m_lastBar(lastBar)
{
}

ComposeTask::ComposeTask(music::Track lead, plan::MusicPlan plan, ComposeOptions options,
                         QString modelsDir, QUuid owner)
    : jobs::Task(tr("Arrange around the melody"), owner),
      m_plan(planInKeyOfMelody(plan, lead.notes)), m_options(options),
      m_modelsDir(std::move(modelsDir)), m_mode(Mode::ArrangeAroundLead), m_lead(std::move(lead))
{
}

bool ComposeTask::run()
{
    setProgress(0.0, tr("Loading the composer"));
    QString error;
    std::unique_ptr<Composer> composer = Composer::loadFromModels(m_modelsDir, &error);
    if (!composer) {
        setError(error);
        return false;
    }
    const QString message = m_mode == Mode::Regenerate          ? tr("Regenerating")
                            : m_mode == Mode::ArrangeAroundLead ? tr("Arranging")
                                                                : tr("Composing");
    const ComposeProgress progress = [&](double p) {
        setProgress(p, message);
        return !isCancelled();
    };
    bool ok = false;
    switch (m_mode) {
    case Mode::Compose:
        ok = composer->compose(m_plan, m_options, &m_result, &error, progress, &m_stats);
        break;
    case Mode::Regenerate:
        ok = composer->regenerate(m_input, m_plan, m_roles, m_firstBar, m_lastBar, m_options,
                                  &m_result, &error, progress, &m_stats);
        break;
    case Mode::ArrangeAroundLead:
        ok = arrangeAroundLead(*composer, m_lead, m_plan, m_options, &m_result, &error, progress,
                               &m_stats);
        break;
    }
    if (!ok) {
        if (!isCancelled())
            setError(error);
        return false;
    }
    setProgress(1.0, tr("%n note(s) written", nullptr, m_result.noteCount()));
    return true;
}

} // namespace sw::engine
