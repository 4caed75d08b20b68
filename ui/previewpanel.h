#pragma once
// The video preview: the frame of the project's first video clip at the transport's position
// (black outside the clip), with play/pause, the time, and a line saying when there is no audio
// output and the picture plays against the system clock.

#include "ui/framepicker.h"

#include <QImage>
#include <QWidget>

class QLabel;
class QToolButton;

namespace sw::project {
class Project;
}

namespace sw::ui {

class Transport;

class PreviewPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PreviewPanel(Transport* transport, QWidget* parent = nullptr);

    /// Opens the project's first video clip whose file is there (again after edits).
    void setProject(project::Project* project);
    /// Shows the picture at timeline time `us`.
    void showPosition(qint64 us);
    /// The timeline time of the frame on screen; negative when none is shown.
    qint64 shownFrameTimeUs() const { return m_shownUs; }
    const FramePicker& frames() const { return m_frames; }
    /// The picture on screen (null when none).
    const QImage& shownImage() const { return m_image; }
    /// A line under the picture ("No audio output: ...").
    void setNote(const QString& note);

private:
    void reopen();

    Transport* m_transport;
    project::Project* m_project = nullptr;
    FramePicker m_frames;
    qint64 m_clipStartUs = 0;
    qint64 m_clipEndUs = 0;
    qint64 m_sourceInUs = 0;
    QImage m_image;
    qint64 m_shownUs = -1;
    QWidget* m_picture;
    QToolButton* m_play;
    QLabel* m_time;
    QLabel* m_note;
};

} // namespace sw::ui
