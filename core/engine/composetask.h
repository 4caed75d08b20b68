#pragma once
// Composition and regeneration as Tasks: run on a worker with progress and cancel, returning
// the Score for the GUI thread to put into the project. Each task loads its own composer (the
// decoder keeps per-piece state), which takes a few milliseconds.

#include "engine/composer.h"
#include "jobs/task.h"

namespace sw::engine {

class ComposeTask : public jobs::Task
{
    Q_OBJECT
public:
    /// Composes the whole plan.
    ComposeTask(plan::MusicPlan plan, ComposeOptions options, QString modelsDir, QUuid owner = {});
    /// Regenerates bars firstBar..lastBar of `roles` in `score`.
    ComposeTask(music::Score score, plan::MusicPlan plan, QSet<music::TrackRole> roles,
                int firstBar, int lastBar, ComposeOptions options, QString modelsDir,
                QUuid owner = {});
    /// Arranges the plan's band around `lead`, kept note for note (arrangeAroundLead); the
    /// plan is put in the lead's key first.
    ComposeTask(music::Track lead, plan::MusicPlan plan, ComposeOptions options, QString modelsDir,
                QUuid owner = {});

    /// Valid once the task succeeded (read after finished()).
    const music::Score& score() const { return m_result; }
    const ComposeStats& stats() const { return m_stats; }

protected:
    bool run() override;

private:
    plan::MusicPlan m_plan;
    ComposeOptions m_options;
    QString m_modelsDir;
    enum class Mode
    {
        Compose,
        Regenerate,
        ArrangeAroundLead
    };
    Mode m_mode = Mode::Compose;
    music::Track m_lead;
    music::Score m_input;
    QSet<music::TrackRole> m_roles;
    int m_firstBar = 0;
    int m_lastBar = 0;
    music::Score m_result;
    ComposeStats m_stats;
};

} // namespace sw::engine
