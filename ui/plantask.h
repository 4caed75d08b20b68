#pragma once
// "Plan Music" and "Score Video" as a background Task: analyses the clips of a copy of the
// project and plans; when asked, composes the plan with the trained composer too. It works on a
// copy taken when it starts, so the person can keep editing; the GUI thread shows the result
// (and adds the take) when the task has finished.

#include "engine/composer.h"
#include "jobs/task.h"
#include "plan/planner.h"
#include "project/timeline.h"

namespace sw::ui {

class PlanTask : public jobs::Task
{
    Q_OBJECT
public:
    explicit PlanTask(project::ProjectContent content);
    /// Plans, then composes with the composer in `modelsDir` under `options`.
    PlanTask(project::ProjectContent content, engine::ComposeOptions options, QString modelsDir);
    /// Plans, then arranges the plan's band around `lead`, kept note for note, in its own key.
    PlanTask(project::ProjectContent content, music::Track lead, engine::ComposeOptions options,
             QString modelsDir);

    /// Plans, then regenerates bars firstBar..lastBar of `roles` in `score` (the plan gives
    /// the bars' controls; everything else in `score` is kept).
    PlanTask(project::ProjectContent content, music::Score score, QSet<music::TrackRole> roles,
             int firstBar, int lastBar, engine::ComposeOptions options, QString modelsDir);

    bool composes() const { return m_compose; }
    bool regenerates() const { return m_firstBar >= 0; }
    int firstBar() const { return m_firstBar; }
    int lastBar() const { return m_lastBar; }
    bool arrangesAroundLead() const { return !m_lead.notes.isEmpty(); }
    /// The composed score, valid once a composing task succeeded.
    const music::Score& score() const { return m_score; }
    const engine::ComposeOptions& composeOptions() const { return m_options; }

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
    bool m_compose = false;
    engine::ComposeOptions m_options;
    QString m_modelsDir;
    music::Track m_lead;
    music::Score m_input;
    QSet<music::TrackRole> m_roles;
    int m_firstBar = -1;
    int m_lastBar = -1;
    music::Score m_score;
};

} // namespace sw::ui
