#include "ui/previewpanel.h"

#include "project/project.h"
#include "ui/projectedits.h"
#include "ui/transport.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QToolButton>
#include <QVBoxLayout>

namespace sw::ui {

namespace {

// Paints the preview's current image, letterboxed.
class PictureArea : public QWidget
{
public:
    explicit PictureArea(const QImage* image, QWidget* parent) : QWidget(parent), m_image(image)
    {
        setMinimumSize(240, 135);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter p(this);
        p.fillRect(rect(), Qt::black);
        if (m_image->isNull())
            return;
        const QSize size = m_image->size().scaled(this->size(), Qt::KeepAspectRatio);
        const QRect target(QPoint((width() - size.width()) / 2, (height() - size.height()) / 2),
                           size);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.drawImage(target, *m_image);
    }

private:
    const QImage* m_image;
};

QString timeText(qint64 us)
{
    const qint64 ms = std::max<qint64>(0, us) / 1000;
    return QStringLiteral("%1:%2.%3")
        .arg(ms / 60000)
        .arg(ms / 1000 % 60, 2, 10, QLatin1Char('0'))
        .arg(ms % 1000 / 100);
}

} // namespace

PreviewPanel::PreviewPanel(Transport* transport, QWidget* parent)
    : QWidget(parent), m_transport(transport), m_picture(new PictureArea(&m_image, this)),
      m_play(new QToolButton), m_time(new QLabel), m_note(new QLabel)
{
    setObjectName(QStringLiteral("previewPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_picture, 1);
    auto* controls = new QHBoxLayout;
    m_play->setObjectName(QStringLiteral("previewPlay"));
    m_play->setCheckable(true);
    m_play->setText(tr("Play"));
    m_play->setToolTip(tr("Play or pause (Space)"));
    controls->addWidget(m_play);
    controls->addWidget(m_time);
    controls->addStretch();
    layout->addLayout(controls);
    m_note->setWordWrap(true);
    m_note->hide();
    layout->addWidget(m_note);
    connect(m_play, &QToolButton::clicked, m_transport, &Transport::toggle);
    connect(m_transport, &Transport::playingChanged, this, [this](bool playing) {
        m_play->setChecked(playing);
        m_play->setText(playing ? tr("Pause") : tr("Play"));
    });
    connect(m_transport, &Transport::positionChanged, this, &PreviewPanel::showPosition);
    showPosition(0);
}

void PreviewPanel::setProject(project::Project* project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    if (m_project) {
        followProjectEdits(m_project, this, [this] { reopen(); });
    }
    reopen();
}

void PreviewPanel::reopen()
{
    // The first video clip whose file is there. Called on every edit (each step of a drag), so
    // the file already open is not looked for on disk again.
    const project::Clip* video = nullptr;
    if (m_project) {
        for (const project::Clip& c : m_project->content().clips) {
            if (c.kind == project::ClipKind::Video &&
                ((m_frames.isOpen() && c.mediaPath == m_frames.path()) ||
                 QFileInfo::exists(c.mediaPath))) {
                video = &c;
                break;
            }
        }
    }
    if (!video) {
        m_frames = {};
        m_image = {};
        m_shownUs = -1;
        m_picture->update();
        return;
    }
    m_clipStartUs = video->startUs;
    m_clipEndUs = video->endUs();
    m_sourceInUs = video->sourceInUs;
    if (m_frames.path() != video->mediaPath) {
        QString error;
        if (!m_frames.open(video->mediaPath, 480, &error))
            setNote(error);
    }
    showPosition(m_transport->positionUs());
}

void PreviewPanel::showPosition(qint64 us)
{
    m_time->setText(timeText(us));
    const media::VideoFrame* frame = nullptr;
    if (m_frames.isOpen() && us >= m_clipStartUs && us < m_clipEndUs)
        frame = m_frames.frameAt(us - m_clipStartUs + m_sourceInUs);
    if (!frame) {
        if (m_shownUs >= 0) {
            m_image = {};
            m_shownUs = -1;
            m_picture->update();
        }
        return;
    }
    const qint64 shown = frame->timeUs - m_sourceInUs + m_clipStartUs;
    if (shown == m_shownUs && !m_image.isNull())
        return; // the same frame is still due
    m_shownUs = shown;
    // BGR rows as the decoder wrote them; copied, since the decoder reuses its buffer.
    m_image = QImage(frame->pixels.data(), frame->width, frame->height, frame->stride,
                     QImage::Format_BGR888)
                  .copy();
    m_picture->update();
}

void PreviewPanel::setNote(const QString& note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

} // namespace sw::ui
