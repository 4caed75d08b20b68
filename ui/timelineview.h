#pragma once
// The timeline: the project's clips in lanes by kind (video, images, prompts, lyrics), its
// markers, and once the music is planned the picture's cuts, beats and motion and the plan's
// sections, bars and intensity, all on one time axis with a playhead. Ctrl+wheel zooms, a click
// sets the playhead, M adds a marker there (an undoable edit of the project).

#include "plan/planner.h"

#include <QWidget>
#include <optional>

namespace sw::project {
class Project;
}

namespace sw::ui {

class TimelineView : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineView(QWidget* parent = nullptr);

    void setProject(project::Project* project);
    /// Shows a plan and the guidance it was made from; nullopt clears them.
    void setPlan(const std::optional<plan::MusicPlan>& plan,
                 const plan::PlanGuidance& guidance = {});
    const std::optional<plan::MusicPlan>& plan() const { return m_plan; }

    qint64 playheadUs() const { return m_playheadUs; }
    void setPlayheadUs(qint64 us);
    double pixelsPerSecond() const { return m_pixelsPerSecond; }
    void setPixelsPerSecond(double pps);
    QSize sizeHint() const override;

Q_SIGNALS:
    void playheadMoved(qint64 us);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    int xOf(qint64 us) const;
    qint64 timeAt(int x) const;
    qint64 durationUs() const;
    void updateWidth();

    project::Project* m_project = nullptr;
    std::optional<plan::MusicPlan> m_plan;
    plan::PlanGuidance m_guidance;
    qint64 m_playheadUs = 0;
    double m_pixelsPerSecond = 80.0;
};

} // namespace sw::ui
