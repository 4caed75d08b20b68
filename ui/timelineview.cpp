#include "ui/timelineview.h"

#include "jobs/taskmanager.h"
#include "project/project.h"
#include "scoring/mediaimport.h"
#include "scoring/projectguidance.h"
#include "ui/mediapreviews.h"
#include "ui/projectedits.h"
#include "ui/rolecolours.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFontMetrics>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPaintEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPointer>
#include <QTimer>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>
#include <thread>

namespace sw::ui {

namespace {

constexpr int kLabelWidth = 96;
constexpr int kRulerHeight = 22;
constexpr int kLaneHeight = 26;

enum Lane
{
    VideoLane,
    ImageLane,
    PromptLane,
    LyricsLane,
    MarkerLane,
    CutLane,
    MotionLane,
    SectionLane,
    IntensityLane,
    MusicLane,
    LaneCount
};

QString laneName(int lane)
{
    switch (lane) {
    case VideoLane:
        return TimelineView::tr("Video");
    case ImageLane:
        return TimelineView::tr("Images");
    case PromptLane:
        return TimelineView::tr("Prompts");
    case LyricsLane:
        return TimelineView::tr("Lyrics");
    case MarkerLane:
        return TimelineView::tr("Markers");
    case CutLane:
        return TimelineView::tr("Cuts, beats");
    case MotionLane:
        return TimelineView::tr("Motion");
    case SectionLane:
        return TimelineView::tr("Sections");
    case IntensityLane:
        return TimelineView::tr("Intensity");
    case MusicLane:
        return TimelineView::tr("Music");
    }
    return {};
}

int laneTop(int lane)
{
    return kRulerHeight + lane * kLaneHeight;
}

int laneOf(project::ClipKind kind)
{
    switch (kind) {
    case project::ClipKind::Video:
    case project::ClipKind::Audio:
        return VideoLane;
    case project::ClipKind::Image:
        return ImageLane;
    case project::ClipKind::Prompt:
        return PromptLane;
    case project::ClipKind::Lyrics:
        return LyricsLane;
    }
    return VideoLane;
}

constexpr int kEdgePixels = 6;
constexpr int kSnapPixels = 8;
// A typed clip is this long unless the next clip of its lane starts sooner.
constexpr qint64 kTextClipUs = 4000000;
constexpr qint64 kShortestTextClipUs = 500000;

/// The lane's clip kind, for the lanes that hold typed clips.
std::optional<project::ClipKind> textKindOfLane(int lane)
{
    if (lane == PromptLane)
        return project::ClipKind::Prompt;
    if (lane == LyricsLane)
        return project::ClipKind::Lyrics;
    return std::nullopt;
}

int laneAt(int y)
{
    return y < kRulerHeight ? -1 : (y - kRulerHeight) / kLaneHeight;
}

} // namespace

TimelineView::TimelineView(QWidget* parent) : QWidget(parent), m_previews(new MediaPreviews(this))
{
    setObjectName(QStringLiteral("TimelineView"));
    setFocusPolicy(Qt::StrongFocus);
    setMinimumHeight(laneTop(LaneCount) + 4);
    setAcceptDrops(true);
    setMouseTracking(true); // the cursor shows which edges can be dragged
    updateWidth();
    connect(m_previews, &MediaPreviews::ready, this, qOverload<>(&QWidget::update));
    m_replan = new QTimer(this);
    m_replan->setSingleShot(true);
    m_replan->setInterval(120);
    connect(m_replan, &QTimer::timeout, this, &TimelineView::replan);
}

TimelineView::~TimelineView() = default;

void TimelineView::setProject(project::Project* project)
{
    endGroupMove(); // a drag of the project before ends with it
    if (m_project)
        m_project->disconnect(this);
    m_project = project;
    if (m_project) {
        auto refresh = [this] {
            // A clip undone away is no longer selected.
            QList<QUuid> alive;
            for (const QUuid& id : m_selected) {
                if (m_project->clip(id))
                    alive << id;
            }
            if (alive != m_selected)
                selectClips(alive);
            updateWidth();
            update();
        };
        followProjectEdits(m_project, this, refresh);
        // The lanes follow the pins: a renamed section, a drawn intensity, an undo.
        connect(m_project, &project::Project::settingsChanged, m_replan,
                qOverload<>(&QTimer::start));
    }
    m_plan.reset();
    m_guidance = {};
    ++m_replanGeneration;
    m_playheadUs = 0;
    updateWidth();
    update();
}

void TimelineView::setPlan(const std::optional<plan::MusicPlan>& plan,
                           const plan::PlanGuidance& guidance)
{
    m_plan = plan;
    m_guidance = guidance;
    ++m_replanGeneration; // a re-plan still running was made for the plan shown before
    closeTextClip();      // a section being renamed may be another one now
    updateWidth();
    update();
}

void TimelineView::setPlayheadUs(qint64 us)
{
    m_playheadUs = std::clamp<qint64>(us, 0, std::max<qint64>(0, durationUs()));
    Q_EMIT playheadMoved(m_playheadUs);
    update();
}

void TimelineView::setPixelsPerSecond(double pps)
{
    m_pixelsPerSecond = std::clamp(pps, 2.0, 2000.0);
    updateWidth();
    update();
}

void TimelineView::drawPeaks(QPainter& p, const project::Clip& clip, const QRect& clipArea,
                             const QRect& band, const QRect& visible, const QVector<float>& peaks,
                             const QColor& colour, bool decibels) const
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false); // a crisp line per pixel
    p.setPen(colour);
    const int middle = band.center().y(), reach = band.height() / 2 - 1;
    for (int x = std::max(band.left(), visible.left()); x < std::min(band.right(), visible.right());
         ++x) {
        const qint64 at = clip.sourceInUs + qint64((x - clipArea.left()) / m_pixelsPerSecond * 1e6);
        const int index = int(at / 10000);
        if (index < 0 || index >= peaks.size())
            continue;
        const double peak = peaks[index];
        const double level =
            !decibels ? peak
                      : (peak > 0 ? std::clamp((20 * std::log10(peak) + 48) / 48, 0.0, 1.0) : 0.0);
        const int half = int(decibels ? std::lround(level * reach) : level * reach);
        if (half > 0) // silence draws nothing
            p.drawLine(x, middle - half, x, middle + half);
    }
    p.restore();
}

void TimelineView::zoomToFit(int visibleWidth)
{
    const double seconds = double(durationUs()) / 1e6;
    if (seconds <= 0)
        return;
    // The whole project in the view, with the room updateWidth() leaves after the end.
    setPixelsPerSecond(double(visibleWidth - kLabelWidth - 44) / seconds);
}

qint64 TimelineView::durationUs() const
{
    qint64 d = m_project ? m_project->content().durationUs() : 0;
    if (m_plan)
        d = std::max(d, m_plan->tempo.musicEndUs);
    return d;
}

void TimelineView::updateWidth()
{
    setMinimumWidth(kLabelWidth + int(double(durationUs()) / 1e6 * m_pixelsPerSecond) + 40);
}

QSize TimelineView::sizeHint() const
{
    return {minimumWidth(), laneTop(LaneCount) + 4};
}

int TimelineView::xOf(qint64 us) const
{
    return kLabelWidth + int(double(us) / 1e6 * m_pixelsPerSecond);
}

qint64 TimelineView::timeAt(int x) const
{
    return qint64(double(x - kLabelWidth) / m_pixelsPerSecond * 1e6);
}

void TimelineView::setRulerInBars(bool bars)
{
    m_rulerInBars = bars;
    update();
}

QVector<QPair<int, QString>> TimelineView::rulerMarks() const
{
    QVector<QPair<int, QString>> marks;
    if (m_rulerInBars && m_plan && !m_plan->bars.isEmpty()) {
        // Every bar, or every 2nd, 4th... when they would crowd (labels need about 28 px).
        const plan::PlanBar& first = m_plan->bars.first();
        const double barPixels = double(first.endUs - first.startUs) * m_pixelsPerSecond / 1e6;
        int every = 1;
        while (every < 1024 && barPixels * every < 28)
            every *= 2;
        for (const plan::PlanBar& bar : m_plan->bars) {
            if (bar.index % every == 0)
                marks.append({xOf(bar.startUs), QString::number(bar.index + 1)});
        }
        return marks;
    }
    // A tick every second (every 5 or 10 when zoomed out).
    const int step = m_pixelsPerSecond >= 40 ? 1 : m_pixelsPerSecond >= 10 ? 5 : 10;
    for (qint64 s = 0; s * 1000000 <= durationUs(); s += step)
        marks.append({xOf(s * 1000000),
                      QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'))});
    return marks;
}

void TimelineView::paintEvent(QPaintEvent* event)
{
    QPainter p(this);
    const QRect visible = event->rect();
    p.fillRect(rect(), palette().base());
    p.setRenderHint(QPainter::Antialiasing);
    const QColor grid = palette().mid().color();
    // Ruler: seconds, or the plan's bars with their beats as short ticks.
    if (m_rulerInBars && m_plan) {
        p.setPen(grid);
        for (const plan::PlanBar& bar : m_plan->bars) {
            for (int b = 1; b < bar.beats; ++b) {
                const int x = xOf(bar.startUs + (bar.endUs - bar.startUs) * b / bar.beats);
                p.drawLine(x, kRulerHeight - 4, x, kRulerHeight);
            }
        }
    }
    for (const auto& [x, label] : rulerMarks()) {
        p.setPen(grid);
        p.drawLine(x, kRulerHeight - 6, x, height());
        p.setPen(palette().text().color());
        p.drawText(x + 3, kRulerHeight - 8, label);
    }
    auto box = [&](int lane, qint64 start, qint64 end, const QColor& colour, const QString& text) {
        const QRect r(xOf(start), laneTop(lane) + 3, std::max(2, xOf(end) - xOf(start)),
                      kLaneHeight - 6);
        p.fillRect(r, colour);
        p.setPen(Qt::black);
        p.drawText(r.adjusted(4, 0, -2, 0), Qt::AlignVCenter | Qt::AlignLeft,
                   p.fontMetrics().elidedText(text, Qt::ElideRight, r.width() - 6));
    };
    if (m_project && m_project->content().clips.isEmpty()) {
        // An empty timeline says how to fill it.
        p.setPen(palette().placeholderText().color());
        p.drawText(QRect(visible.left() + kLabelWidth + 12, laneTop(VideoLane) + 6,
                         std::max(200, visible.width() - kLabelWidth - 24), 3 * kLaneHeight),
                   Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                   tr("Import a video (Ctrl+I) or drop one here; double-click the Prompts lane "
                      "to describe the music"));
    }
    if (m_project) {
        for (const project::Clip& c : m_project->content().clips) {
            if (m_selected.contains(c.id)) {
                p.setPen(QPen(palette().highlight().color(), 3));
                p.drawRect(clipRect(c.id).adjusted(-2, -2, 1, 1));
            }
            switch (c.kind) {
            case project::ClipKind::Video: {
                box(VideoLane, c.startUs, c.endUs(), QColor(110, 150, 220), QString());
                // A strip of thumbnails, only where the view is; they arrive as they are decoded.
                const QRect r = clipRect(c.id);
                const int thumbWidth = r.height() * 16 / 9;
                for (int x = std::max(r.left(), visible.left() - thumbWidth);
                     x < std::min(r.right(), visible.right()); x += thumbWidth) {
                    const int slot = (x - r.left()) / thumbWidth;
                    const int left = r.left() + slot * thumbWidth;
                    const qint64 at =
                        c.sourceInUs + qint64((left - r.left()) / m_pixelsPerSecond * 1e6);
                    const QImage image = m_previews->thumbnail(c.mediaPath, at);
                    if (!image.isNull())
                        p.drawImage(QRect(left, r.top(), std::min(thumbWidth, r.right() - left),
                                          r.height()),
                                    image);
                    x = left;
                }
                // The video's own sound along its foot, as editors draw it, in decibels: speech
                // peaking at -20 dBFS fills half the band, where a linear scale drew it a pixel
                // tall. A video without sound has none and draws nothing.
                if (const QVector<float>* peaks = m_previews->waveform(c.mediaPath);
                    peaks && !peaks->isEmpty()) {
                    const QRect band(r.left(), r.bottom() - r.height() / 2, r.width(),
                                     r.height() / 2 + 1);
                    p.fillRect(band.intersected(visible), QColor(20, 30, 60, 150));
                    drawPeaks(p, c, r, band, visible, *peaks, QColor(150, 230, 210), true);
                }
                const QRect label(r.left() + 2, r.top() + 2,
                                  p.fontMetrics().horizontalAdvance(c.name) + 8, r.height() - 4);
                p.fillRect(label.intersected(r), QColor(255, 255, 255, 190));
                p.setPen(Qt::black);
                p.drawText(label.intersected(r).adjusted(4, 0, 0, 0), Qt::AlignVCenter, c.name);
                break;
            }
            case project::ClipKind::Image:
                box(ImageLane, c.startUs, c.endUs(), QColor(150, 190, 120), c.name);
                break;
            case project::ClipKind::Audio: {
                box(VideoLane, c.startUs, c.endUs(), QColor(120, 200, 190), c.name);
                // The waveform: a peak per 10 ms of the file, mirrored about the middle.
                if (const QVector<float>* peaks = m_previews->waveform(c.mediaPath)) {
                    const QRect r = clipRect(c.id);
                    drawPeaks(p, c, r, r, visible, *peaks, QColor(30, 90, 80), false);
                }
                break;
            }
            case project::ClipKind::Prompt:
                box(PromptLane, c.startUs, c.endUs(), QColor(240, 200, 110), c.text);
                break;
            case project::ClipKind::Lyrics:
                box(LyricsLane, c.startUs, c.endUs(), QColor(230, 160, 200), c.text);
                break;
            }
        }
        // In time order, each name in the room before the next marker (elided, or left out
        // when there is no room): close markers' names overlapped.
        QVector<project::Marker> markers = m_project->content().markers;
        std::stable_sort(markers.begin(), markers.end(),
                         [](const auto& a, const auto& b) { return a.timeUs < b.timeUs; });
        for (int k = 0; k < markers.size(); ++k) {
            const project::Marker& m = markers[k];
            const int x = xOf(m.timeUs);
            p.setPen(QPen(m.kind == project::MarkerKind::HitPoint ? QColor(220, 60, 60)
                                                                  : QColor(60, 120, 220),
                          m.id == m_selectedMarker ? 4 : 2));
            p.drawLine(x, laneTop(MarkerLane) + 2, x, laneTop(MarkerLane) + kLaneHeight - 2);
            const int room =
                (k + 1 < markers.size() ? xOf(markers[k + 1].timeUs) : width()) - x - 8;
            if (room < 12)
                continue;
            p.setPen(palette().text().color());
            p.drawText(x + 4, laneTop(MarkerLane) + kLaneHeight - 8,
                       p.fontMetrics().elidedText(m.name, Qt::ElideRight, room));
        }
    }
    for (const plan::TimedVideo& v : m_guidance.videos) {
        const qint64 shift = v.startUs - v.sourceInUs;
        p.setPen(QPen(QColor(220, 60, 60), 2));
        for (const analysis::Transition& t : v.analysis.transitions)
            p.drawLine(xOf(t.timeUs + shift), laneTop(CutLane) + 2, xOf(t.timeUs + shift),
                       laneTop(CutLane) + kLaneHeight - 2);
        p.setPen(QPen(QColor(60, 170, 90), 2));
        for (const analysis::VisualBeat& b : v.analysis.visualBeats) {
            const int x = xOf(b.timeUs + shift);
            p.drawLine(x, laneTop(CutLane) + kLaneHeight - 3, x,
                       laneTop(CutLane) + kLaneHeight - 3 - int(12 * b.strength));
        }
        const analysis::Curve& motion = v.analysis.motion;
        float peak = 0.01f;
        for (float value : motion.values)
            peak = std::max(peak, value);
        QPainterPath path;
        for (int i = 0; i < motion.values.size(); ++i) {
            const QPointF point(xOf(motion.startUs + i * motion.stepUs + shift),
                                laneTop(MotionLane) + kLaneHeight - 3 -
                                    (kLaneHeight - 6) * motion.values[i] / peak);
            i == 0 ? path.moveTo(point) : path.lineTo(point);
        }
        p.setPen(QPen(QColor(240, 150, 40), 1.5));
        p.drawPath(path);
    }
    if (m_plan) {
        static const QColor kSectionColours[] = {QColor(170, 150, 230), QColor(140, 200, 230),
                                                 QColor(230, 170, 140), QColor(160, 220, 160)};
        for (int s = 0; s < m_plan->sections.size(); ++s) {
            const plan::PlanSection& section = m_plan->sections[s];
            // The section's phrases follow its name, in POP909's notation ("verse  A4 A4 B4").
            QStringList phrases;
            for (const plan::PlanPhrase& phrase : m_plan->phrases) {
                if (phrase.firstBar >= section.firstBar && phrase.lastBar <= section.lastBar)
                    phrases << phrase.letter + QString::number(phrase.bars());
            }
            box(SectionLane, m_plan->bars[section.firstBar].startUs,
                m_plan->bars[section.lastBar].endUs, kSectionColours[s % 4],
                section.label + QStringLiteral("  ") + phrases.join(QLatin1Char(' ')));
        }
        // The plan's tempo, meter and key, where the music starts.
        if (!m_plan->bars.isEmpty()) {
            const QString summary =
                tr("%1 bpm, %2").arg(m_plan->tempo.bpm, 0, 'f', 1).arg(m_plan->key.name());
            const int x = xOf(m_plan->bars.first().startUs) + 4;
            const QRect label(x, laneTop(IntensityLane) + 2,
                              p.fontMetrics().horizontalAdvance(summary) + 6, kLaneHeight - 4);
            p.fillRect(label, QColor(255, 255, 255, 200));
            p.setPen(palette().text().color());
            p.drawText(label.adjusted(3, 0, 0, 0), Qt::AlignVCenter, summary);
        }
        p.setPen(QPen(grid, 1));
        for (const plan::PlanBar& bar : m_plan->bars)
            p.drawLine(xOf(bar.startUs), laneTop(SectionLane), xOf(bar.startUs),
                       laneTop(IntensityLane) + kLaneHeight);
        if (m_drag == Drag::SectionEdge && m_dragged && m_sectionEdgeBar >= 0 &&
            m_sectionEdgeBar < m_plan->bars.size()) {
            // Where the boundary will be, and the bar it starts.
            const int x = xOf(m_plan->bars[m_sectionEdgeBar].startUs);
            p.setPen(QPen(palette().highlight().color(), 3));
            p.drawLine(x, laneTop(SectionLane), x, laneTop(SectionLane) + kLaneHeight);
            const QString label = tr("bar %1").arg(m_sectionEdgeBar + 1);
            const QRect box(x + 3, laneTop(SectionLane) + 2,
                            p.fontMetrics().horizontalAdvance(label) + 6, kLaneHeight - 4);
            p.fillRect(box, palette().highlight());
            p.setPen(palette().highlightedText().color());
            p.drawText(box.adjusted(3, 0, 0, 0), Qt::AlignVCenter, label);
        }
        QPainterPath intensity;
        for (int b = 0; b < m_plan->bars.size(); ++b) {
            const plan::PlanBar& bar = m_plan->bars[b];
            const double y =
                laneTop(IntensityLane) + kLaneHeight - 3 - (kLaneHeight - 6) * bar.intensity;
            b == 0 ? intensity.moveTo(xOf(bar.startUs), y) : intensity.lineTo(xOf(bar.startUs), y);
            intensity.lineTo(xOf(bar.endUs), y);
        }
        p.setPen(QPen(QColor(200, 80, 160), 2));
        p.drawPath(intensity);
    }
    if (m_project) {
        // The active take of each music region: the region, and its notes in miniature, each
        // role in its colour and its own band of pitch.
        for (const project::MusicRegion& r : m_project->content().musicRegions) {
            const QRect box(xOf(r.startUs), laneTop(MusicLane) + 2,
                            std::max(2, xOf(r.endUs()) - xOf(r.startUs)), kLaneHeight - 4);
            p.fillRect(box, QColor(235, 235, 245));
            p.setPen(QColor(150, 150, 180));
            p.drawRect(box.adjusted(0, 0, -1, -1));
            const project::Take* take = r.active();
            if (!take)
                continue;
            int low = 0, high = 0;
            take->score.pitchRange(&low, &high);
            const double span = std::max(1, high - low);
            for (const music::Track& t : take->score.tracks) {
                const QColor colour = roleColour(t.role);
                for (const music::Note& n : t.notes) {
                    const qint64 start = r.startUs + take->score.tempoMap.tickToMicros(n.startTick);
                    const qint64 end = r.startUs + take->score.tempoMap.tickToMicros(n.endTick());
                    const double y =
                        t.drumKit ? box.bottom() - 3
                                  : box.bottom() - 3 - (box.height() - 6) * (n.pitch - low) / span;
                    p.fillRect(QRectF(xOf(start), y, std::max(1, xOf(end) - xOf(start)), 2),
                               colour);
                }
            }
            p.setPen(palette().text().color());
            p.drawText(box.adjusted(3, 0, 0, 0), Qt::AlignTop | Qt::AlignLeft, take->name);
        }
    }
    if (m_project && !m_project->content().planPins.intensity.isEmpty()) {
        QPainterPath drawn;
        const auto& points = m_project->content().planPins.intensity;
        for (int i = 0; i < points.size(); ++i) {
            const QPointF point(xOf(points[i].timeUs), laneTop(IntensityLane) + kLaneHeight - 3 -
                                                           (kLaneHeight - 6) * points[i].value);
            i == 0 ? drawn.moveTo(point) : drawn.lineTo(point);
        }
        p.setPen(QPen(QColor(120, 40, 200), 2, Qt::DashLine));
        p.drawPath(drawn);
    }
    // Lane names over a band that stays readable.
    p.fillRect(0, 0, kLabelWidth - 4, height(), palette().window());
    p.setPen(palette().windowText().color());
    for (int lane = 0; lane < LaneCount; ++lane) {
        // A longer name in another language ("Schnitte, Beats") is set smaller, not cut off.
        const QString name = laneName(lane);
        const int room = kLabelWidth - 10;
        QFont font = this->font();
        const int wide = QFontMetrics(font).horizontalAdvance(name);
        if (wide > room && font.pointSizeF() > 0)
            font.setPointSizeF(std::max(6.0, font.pointSizeF() * room / wide));
        else if (wide > room)
            font.setPixelSize(std::max(8, font.pixelSize() * room / wide));
        p.setFont(font);
        p.drawText(QRect(6, laneTop(lane), room, kLaneHeight), Qt::AlignVCenter, name);
    }
    p.setFont(this->font());
    p.setPen(QPen(QColor(230, 40, 40), 2));
    p.drawLine(xOf(m_playheadUs), 0, xOf(m_playheadUs), height());
}

QRect TimelineView::clipRect(const QUuid& id) const
{
    const project::Clip* c = m_project ? m_project->clip(id) : nullptr;
    if (!c)
        return {};
    return QRect(xOf(c->startUs), laneTop(laneOf(c->kind)) + 3,
                 std::max(2, xOf(c->endUs()) - xOf(c->startUs)), kLaneHeight - 6);
}

void TimelineView::selectClips(const QList<QUuid>& ids)
{
    if (ids == m_selected) {
        if (!m_selectedMarker.isNull()) {
            m_selectedMarker = QUuid(); // a click elsewhere lets go of a marker too
            update();
        }
        return;
    }
    m_selected = ids;
    m_selectedMarker = QUuid();
    update();
    Q_EMIT clipsSelected(m_selected);
}

qint64 TimelineView::snapped(qint64 us, const QUuid& ignoring) const
{
    QVector<qint64> targets{0, m_playheadUs};
    if (m_plan) {
        // Bar lines and the beats between them.
        for (const plan::PlanBar& bar : m_plan->bars) {
            targets << bar.startUs << bar.endUs;
            for (int beat = 1; beat < bar.beats; ++beat)
                targets << bar.startUs + (bar.endUs - bar.startUs) * beat / bar.beats;
        }
    }
    for (const plan::TimedVideo& v : m_guidance.videos) {
        for (const analysis::Transition& t : v.analysis.transitions)
            targets << t.timeUs + v.startUs - v.sourceInUs;
    }
    if (m_project) {
        for (const project::Marker& m : m_project->content().markers) {
            if (m.id != ignoring) // a dragged marker does not snap to where it was
                targets << m.timeUs;
        }
        for (const project::Clip& c : m_project->content().clips) {
            if (c.id != ignoring)
                targets << c.startUs << c.endUs();
        }
    }
    qint64 best = us;
    qint64 bestDistance = qint64(kSnapPixels / m_pixelsPerSecond * 1e6);
    for (qint64 t : targets) {
        if (std::llabs(t - us) < bestDistance) {
            bestDistance = std::llabs(t - us);
            best = t;
        }
    }
    return best;
}

void TimelineView::mousePressEvent(QMouseEvent* event)
{
    setFocus();
    // Only the left button drags: the right one opens the context menu, which takes the
    // release, so a drag begun by it would follow the mouse afterwards (it is tracked).
    if (event->button() != Qt::LeftButton) {
        m_drag = Drag::None;
        return;
    }
    const QPoint pos = event->position().toPoint();
    if (pos.x() < kLabelWidth)
        return;
    if (m_project && pos.y() >= laneTop(IntensityLane) &&
        pos.y() < laneTop(IntensityLane) + kLaneHeight) {
        m_drag = Drag::Intensity;
        m_lastDrawnUs = -1;
        drawIntensity(pos, true);
        return;
    }
    // A boundary between two sections is grabbed to move it to another bar: the section before
    // grows and the one after shrinks, or the other way.
    if (m_project && m_plan && laneAt(pos.y()) == SectionLane) {
        for (int s = 1; s < m_plan->sections.size(); ++s) {
            if (std::abs(pos.x() - sectionRect(s).left()) <= kEdgePixels) {
                m_drag = Drag::SectionEdge;
                m_dragSection = s;
                m_sectionEdgeBar = m_plan->sections[s].firstBar;
                m_dragX = pos.x();
                m_dragged = false;
                return;
            }
        }
    }
    // A marker is selected and grabbed to move it.
    if (const project::Marker* marker = markerAt(pos)) {
        selectClips({});
        m_selectedMarker = marker->id;
        m_dragMarker = marker->id;
        m_dragX = pos.x();
        m_dragStartUs = marker->timeUs;
        m_dragged = false;
        m_drag = Drag::Marker;
        Q_EMIT clipsSelected({marker->id}); // the outline and the inspector follow
        update();
        return;
    }
    // A clip under the mouse is selected and grabbed: by an edge to trim, else to move.
    if (const project::Clip* hit = clipAt(pos)) {
        const project::Clip& c = *hit;
        if (event->modifiers() & Qt::ControlModifier) {
            QList<QUuid> ids = m_selected;
            ids.contains(c.id) ? void(ids.removeAll(c.id)) : ids.append(c.id);
            selectClips(ids);
            return;
        }
        const QRect r = clipRect(c.id);
        // A clip of a selection of several is grabbed with the others: they move together.
        if (!(m_selected.contains(c.id) && m_selected.size() > 1))
            selectClips({c.id});
        m_groupStarts.clear();
        for (const QUuid& id : m_selected) {
            if (const project::Clip* other = m_project->clip(id))
                m_groupStarts.insert(id, other->startUs);
        }
        m_dragClip = c.id;
        m_dragX = pos.x();
        m_dragStartUs = c.startUs;
        m_dragEndUs = c.endUs();
        m_dragged = false;
        m_drag = std::abs(pos.x() - r.left()) <= kEdgePixels    ? Drag::TrimStart
                 : std::abs(pos.x() - r.right()) <= kEdgePixels ? Drag::TrimEnd
                                                                : Drag::Move;
        return;
    }
    selectClips({});
    setPlayheadUs(timeAt(pos.x()));
    m_drag = Drag::Scrub; // dragging on moves the playhead with the mouse
}

void TimelineView::mouseMoveEvent(QMouseEvent* event)
{
    if (m_drag != Drag::None && !(event->buttons() & Qt::LeftButton)) {
        m_drag = Drag::None; // the button was let go where this widget did not see it
        endGroupMove();
    }
    if (m_drag == Drag::None && m_project) {
        setCursor(onDraggableEdge(event->position().toPoint()) ? Qt::SizeHorCursor
                                                               : Qt::ArrowCursor);
        return;
    }
    if (m_drag == Drag::None || !m_project)
        return;
    if (m_drag == Drag::Intensity) {
        drawIntensity(event->position().toPoint(), true);
        return;
    }
    if (m_drag == Drag::Scrub) {
        setPlayheadUs(timeAt(int(event->position().x())));
        return;
    }
    if (m_drag == Drag::SectionEdge) {
        if (!m_plan || m_dragSection <= 0 || m_dragSection >= m_plan->sections.size())
            return;
        // Every section keeps at least a bar.
        const int bar = std::clamp(barNearest(timeAt(int(event->position().x()))),
                                   m_plan->sections[m_dragSection - 1].firstBar + 1,
                                   m_plan->sections[m_dragSection].lastBar);
        m_dragged = m_dragged || bar != m_plan->sections[m_dragSection].firstBar;
        if (bar != m_sectionEdgeBar) {
            m_sectionEdgeBar = bar;
            update();
        }
        return;
    }
    const qint64 delta = qint64((event->position().x() - m_dragX) / m_pixelsPerSecond * 1e6);
    if (!m_dragged && std::abs(event->position().x() - m_dragX) < 3)
        return; // a click, not a drag
    m_dragged = true;
    switch (m_drag) {
    case Drag::Marker:
        m_project->requestMoveMarker(
            m_dragMarker,
            std::clamp<qint64>(snapped(m_dragStartUs + delta, m_dragMarker), 0, durationUs()),
            true);
        break;
    case Drag::Move: {
        // Whichever edge lands nearer a snap target decides.
        qint64 start = m_dragStartUs + delta;
        const qint64 length = m_dragEndUs - m_dragStartUs;
        const qint64 byStart = snapped(start, m_dragClip) - start;
        const qint64 byEnd = snapped(start + length, m_dragClip) - (start + length);
        start += (byStart != 0 && (byEnd == 0 || std::llabs(byStart) <= std::llabs(byEnd)))
                     ? byStart
                     : byEnd;
        if (m_groupStarts.size() <= 1) {
            m_project->requestMoveClip(m_dragClip, std::max<qint64>(0, start), true);
            break;
        }
        // The whole selection by the grabbed clip's offset, none before the start; one undo
        // step for the gesture.
        m_project->requestMoveClips(groupMovedBy(start - m_dragStartUs), true);
        m_groupMoved = true;
        break;
    }
    case Drag::TrimStart: {
        const qint64 start = std::min(snapped(m_dragStartUs + delta, m_dragClip), m_dragEndUs - 1);
        m_project->requestTrimClip(m_dragClip, std::max<qint64>(0, start),
                                   m_dragEndUs - std::max<qint64>(0, start), true);
        break;
    }
    case Drag::TrimEnd: {
        const qint64 end = std::max(snapped(m_dragEndUs + delta, m_dragClip), m_dragStartUs + 1);
        m_project->requestTrimClip(m_dragClip, m_dragStartUs, end - m_dragStartUs, true);
        break;
    }
    case Drag::None:
    case Drag::Intensity: // handled above
    case Drag::Scrub:
    case Drag::SectionEdge:
        break;
    }
}

void TimelineView::drawIntensity(const QPoint& pos, bool dragging)
{
    // The stroke replaces what was drawn before under it: points every 100 ms of timeline.
    const qint64 t = std::clamp<qint64>(timeAt(pos.x()), 0, durationUs());
    const double value = std::clamp(
        1.0 - double(pos.y() - laneTop(IntensityLane) - 3) / (kLaneHeight - 6), 0.0, 1.0);
    project::PlanPins pins = m_project->content().planPins;
    const qint64 from = m_lastDrawnUs < 0 ? t : std::min(m_lastDrawnUs, t);
    const qint64 to = m_lastDrawnUs < 0 ? t : std::max(m_lastDrawnUs, t);
    QVector<project::PlanPins::IntensityPoint> kept;
    for (const auto& point : pins.intensity) {
        if (point.timeUs < from - 50000 || point.timeUs > to + 50000)
            kept.append(point);
    }
    // A straight line from the stroke's last point to this one, whichever way the mouse went.
    const double last = m_lastDrawnUs < 0 ? value : m_lastDrawnValue;
    const double fromValue = from == t ? value : last;
    const double toValue = to == t ? value : last;
    auto rounded = [](double v) { return std::round(v * 100) / 100; };
    for (qint64 at = from; at < to; at += 100000) {
        const double share = double(at - from) / double(to - from);
        kept.append({at, rounded(fromValue + (toValue - fromValue) * share)});
    }
    kept.append({to, rounded(toValue)});
    std::sort(kept.begin(), kept.end(),
              [](const auto& a, const auto& b) { return a.timeUs < b.timeUs; });
    kept.erase(std::unique(kept.begin(), kept.end(),
                           [](const auto& a, const auto& b) { return a.timeUs == b.timeUs; }),
               kept.end());
    pins.intensity = kept;
    m_lastDrawnUs = t;
    m_lastDrawnValue = value;
    m_project->requestSetPlanPins(pins, tr("Draw intensity"), dragging);
}

void TimelineView::mouseReleaseEvent(QMouseEvent*)
{
    if (m_drag == Drag::SectionEdge) {
        m_drag = Drag::None;
        if (m_dragged && m_plan && m_dragSection > 0 && m_dragSection < m_plan->sections.size() &&
            m_sectionEdgeBar != m_plan->sections[m_dragSection].firstBar) {
            QVector<QPair<int, QString>> layout = sectionLayout();
            const int at = layoutIndexOf(layout, m_plan->sections[m_dragSection].firstBar);
            // Between its neighbours in the layout (which may be newer than the plan shown).
            if (at > 0 && m_sectionEdgeBar > layout[at - 1].first &&
                (at + 1 >= layout.size() || m_sectionEdgeBar < layout[at + 1].first)) {
                layout[at].first = m_sectionEdgeBar;
                commitSectionLayout(layout, tr("Move section %1 to bar %2")
                                                .arg(layout[at].second)
                                                .arg(m_sectionEdgeBar + 1));
            }
        }
        update();
        return;
    }
    if (m_drag == Drag::Intensity && m_project) {
        m_project->requestSetPlanPins(m_project->content().planPins, tr("Draw intensity"), false);
        m_drag = Drag::None;
        return;
    }
    if (m_drag == Drag::Marker && m_dragged && m_project) {
        if (const project::Marker* m = m_project->marker(m_dragMarker))
            m_project->requestMoveMarker(m->id, m->timeUs, false);
        m_drag = Drag::None;
        return;
    }
    if (m_groupMoved) {
        endGroupMove();
        m_drag = Drag::None;
        return;
    }
    if (m_drag == Drag::Move && !m_dragged && m_groupStarts.size() > 1) {
        // A click, not a drag, on a clip of a selection: that clip alone is selected.
        m_groupStarts.clear();
        m_drag = Drag::None;
        selectClips({m_dragClip});
        return;
    }
    if (m_drag != Drag::None && m_dragged && m_project) {
        // The gesture ends: the same values once more, not dragging, close the undo step.
        if (const project::Clip* c = m_project->clip(m_dragClip)) {
            if (m_drag == Drag::Move)
                m_project->requestMoveClip(c->id, c->startUs, false);
            else
                m_project->requestTrimClip(c->id, c->startUs, c->durationUs, false);
        }
    }
    m_drag = Drag::None;
}

namespace {
// The local files a drag carries: the media bin's own list, or URLs from a file manager.
QStringList droppedPaths(const QMimeData* data)
{
    if (data->hasFormat(scoring::mediaMimeType()))
        return QString::fromUtf8(data->data(scoring::mediaMimeType()))
            .split(u'\n', Qt::SkipEmptyParts);
    QStringList paths;
    for (const QUrl& url : data->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    return paths;
}
} // namespace

void TimelineView::dragEnterEvent(QDragEnterEvent* event)
{
    if (m_project && !droppedPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void TimelineView::dragMoveEvent(QDragMoveEvent* event)
{
    if (m_project && !droppedPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void TimelineView::dropEvent(QDropEvent* event)
{
    const QStringList paths = droppedPaths(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    Q_EMIT mediaDropped(paths, snapped(timeAt(int(event->position().x()))));
}

void TimelineView::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        setPixelsPerSecond(m_pixelsPerSecond * (event->angleDelta().y() > 0 ? 1.25 : 0.8));
        event->accept();
        return;
    }
    QWidget::wheelEvent(event);
}

void TimelineView::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_S && m_project && m_selected.size() == 1) {
        QUuid second;
        if (m_project->requestSplitClip(m_selected.first(), m_playheadUs, &second))
            selectClips({second});
        return;
    }
    if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) && m_project &&
        !m_selectedMarker.isNull()) {
        const QUuid id = m_selectedMarker;
        m_selectedMarker = QUuid();
        m_project->requestRemove({id});
        update();
        return;
    }
    if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) && m_project &&
        !m_selected.isEmpty()) {
        const QList<QUuid> ids = m_selected;
        selectClips({});
        m_project->requestRemove(ids);
        return;
    }
    if (event->modifiers() & Qt::ControlModifier &&
        (event->key() == Qt::Key_Plus || event->key() == Qt::Key_Equal ||
         event->key() == Qt::Key_Minus)) {
        setPixelsPerSecond(m_pixelsPerSecond * (event->key() == Qt::Key_Minus ? 0.8 : 1.25));
        return;
    }
    if (event->key() == Qt::Key_H && m_project) {
        // A hit point: the music accents it (a crash, accented notes).
        project::Marker marker;
        marker.timeUs = m_playheadUs;
        marker.kind = project::MarkerKind::HitPoint;
        marker.name = tr("Hit %1").arg(m_project->content().markers.size() + 1);
        m_project->requestAddMarker(marker);
        return;
    }
    if (event->key() == Qt::Key_M && m_project) {
        project::Marker marker;
        marker.timeUs = m_playheadUs;
        marker.name = tr("Marker %1").arg(m_project->content().markers.size() + 1);
        m_project->requestAddMarker(marker);
        return;
    }
    QWidget::keyPressEvent(event);
}

const project::Clip* TimelineView::clipAt(const QPoint& pos) const
{
    if (!m_project || pos.y() < kRulerHeight)
        return nullptr;
    for (const project::Clip& c : m_project->content().clips) {
        if (clipRect(c.id).adjusted(-kEdgePixels, 0, kEdgePixels, 0).contains(pos))
            return &c;
    }
    return nullptr;
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent* event)
{
    const QPoint pos = event->position().toPoint();
    if (const project::Marker* marker = m_project ? markerAt(pos) : nullptr) {
        m_drag = Drag::None;
        beginMarkerRename(marker->id);
        return;
    }
    if (m_project && pos.x() >= kLabelWidth && laneAt(pos.y()) == SectionLane) {
        const int section = sectionAt(timeAt(pos.x()));
        if (section >= 0) {
            m_drag = Drag::None;
            beginSectionRename(section);
            return;
        }
    }
    const std::optional<project::ClipKind> kind = textKindOfLane(laneAt(pos.y()));
    if (const project::Clip* c = m_project ? clipAt(pos) : nullptr) {
        // A prompt or a lyric line is edited where it is; lyrics of many lines in the
        // inspector, which holds them all.
        if (c->kind == project::ClipKind::Prompt || c->kind == project::ClipKind::Lyrics) {
            m_drag = Drag::None;
            if (c->text.contains(u'\n'))
                Q_EMIT editTextRequested(c->id);
            else
                beginClipTextEdit(c->id);
            return;
        }
    }
    if (!m_project || pos.x() < kLabelWidth || !kind || clipAt(pos)) {
        QWidget::mouseDoubleClickEvent(event);
        return;
    }
    m_drag = Drag::None;
    beginTextClip(*kind, timeAt(pos.x()));
}

void TimelineView::contextMenuEvent(QContextMenuEvent* event)
{
    if (!m_project || event->pos().x() < kLabelWidth)
        return;
    QMenu menu(this);
    const qint64 atUs = timeAt(event->pos().x());
    if (const project::Clip* c = clipAt(event->pos())) {
        const QUuid id = c->id;
        selectClips({id});
        QAction* split = menu.addAction(tr("Split at Playhead"), this, [this, id] {
            QUuid second;
            if (m_project->requestSplitClip(id, m_playheadUs, &second))
                selectClips({second});
        });
        split->setEnabled(m_playheadUs > c->startUs && m_playheadUs < c->endUs());
        menu.addAction(tr("Delete"), this, [this, id] {
            selectClips({});
            m_project->requestRemove({id});
        });
        menu.addSeparator();
    }
    if (const project::Marker* marker = markerAt(event->pos())) {
        const QUuid id = marker->id;
        const bool hit = marker->kind == project::MarkerKind::HitPoint;
        menu.addAction(tr("Rename Marker..."), this, [this, id] { beginMarkerRename(id); });
        QAction* hitPoint = menu.addAction(tr("Hit Point"), this, [this, id, hit] {
            if (const project::Marker* m = m_project->marker(id))
                m_project->requestEditMarker(
                    id, m->name, hit ? project::MarkerKind::Marker : project::MarkerKind::HitPoint);
        });
        hitPoint->setCheckable(true);
        hitPoint->setChecked(hit);
        hitPoint->setStatusTip(tr("A hit point: the music accents it (a crash, accented notes)"));
        menu.addAction(tr("Delete Marker"), this, [this, id] {
            m_selectedMarker = QUuid();
            m_project->requestRemove({id});
        });
        menu.addSeparator();
    }
    if (laneAt(event->pos().y()) == SectionLane) {
        if (const int section = sectionAt(atUs); section >= 0) {
            menu.addAction(tr("Rename Section..."), this,
                           [this, section] { beginSectionRename(section); });
            const int bar = barNearest(atUs);
            QAction* split = menu.addAction(tr("Split Section at Bar %1").arg(bar + 1), this,
                                            [this, atUs] { splitSectionAt(atUs); });
            split->setEnabled(bar > m_plan->sections[section].firstBar &&
                              bar <= m_plan->sections[section].lastBar);
            QAction* join = menu.addAction(tr("Join with Next Section"), this,
                                           [this, section] { joinSectionWithNext(section); });
            join->setEnabled(section + 1 < m_plan->sections.size());
            menu.addSeparator();
        }
    }
    menu.addAction(tr("Add Prompt Here"), this,
                   [this, atUs] { beginTextClip(project::ClipKind::Prompt, atUs); });
    menu.addAction(tr("Add Lyrics Here"), this,
                   [this, atUs] { beginTextClip(project::ClipKind::Lyrics, atUs); });
    menu.exec(event->globalPos());
}

void TimelineView::beginTextClip(project::ClipKind kind, qint64 atUs, const QString& text)
{
    if (!m_project || (kind != project::ClipKind::Prompt && kind != project::ClipKind::Lyrics))
        return;
    closeTextClip();
    m_textClipKind = kind;
    m_textClipUs = std::max<qint64>(0, snapped(atUs));
    m_textClipEditor = new QLineEdit(this);
    m_textClipEditor->setObjectName(QStringLiteral("textClipEditor"));
    m_textClipEditor->setPlaceholderText(kind == project::ClipKind::Prompt
                                             ? tr("Describe the music, e.g. tense strings, "
                                                  "building to a hit")
                                             : tr("Type a line of the lyrics"));
    const int lane = laneOf(kind);
    const int x = std::max(kLabelWidth, xOf(m_textClipUs));
    m_textClipEditor->setGeometry(x, laneTop(lane), std::max(320, int(4 * m_pixelsPerSecond)),
                                  kLaneHeight);
    m_textClipEditor->setText(text);
    m_textClipEditor->installEventFilter(this);
    connect(m_textClipEditor, &QLineEdit::returnPressed, this, &TimelineView::commitTextClip);
    m_textClipEditor->show();
    m_textClipEditor->setFocus();
}

bool TimelineView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_textClipEditor) {
        if (event->type() == QEvent::KeyPress &&
            static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape) {
            closeTextClip();
            setFocus();
            return true;
        }
        // Clicking elsewhere keeps what was typed, as leaving a field does.
        if (event->type() == QEvent::FocusOut) {
            QTimer::singleShot(0, this, &TimelineView::commitTextClip);
            return false;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TimelineView::commitTextClip()
{
    if (!m_textClipEditor || !m_project)
        return;
    const QString text = m_textClipEditor->text().trimmed();
    const int renamed = m_renamedSection;
    const QUuid marker = m_renamedMarker;
    const QUuid edited = m_editedClip;
    closeTextClip();
    if (!edited.isNull()) {
        if (const project::Clip* c = m_project->clip(edited);
            c && !text.isEmpty() && text != c->text)
            m_project->requestSetClipText(edited, text);
        setFocus();
        return;
    }
    if (!marker.isNull()) {
        if (const project::Marker* m = m_project->marker(marker); m && !text.isEmpty())
            m_project->requestEditMarker(marker, text, m->kind);
        setFocus();
        return;
    }
    if (renamed >= 0) {
        commitSectionName(renamed, text);
        return;
    }
    if (text.isEmpty())
        return;
    project::Clip clip;
    clip.kind = m_textClipKind;
    clip.name = m_textClipKind == project::ClipKind::Prompt ? tr("Prompt") : tr("Lyrics");
    clip.text = text;
    clip.startUs = m_textClipUs;
    // Up to the next clip of its lane, so the new one does not cover it.
    qint64 endUs = m_textClipUs + kTextClipUs;
    for (const project::Clip& other : m_project->content().clips) {
        if (laneOf(other.kind) == laneOf(clip.kind) && other.startUs > clip.startUs)
            endUs = std::min(endUs, other.startUs);
    }
    clip.durationUs = std::max(kShortestTextClipUs, endUs - clip.startUs);
    QUuid id;
    if (m_project->requestAddClip(clip, &id))
        selectClips({id});
    setFocus();
}

// The plan made again from the guidance it was made from and the pins as they are now, on a
// thread of its own (a long timeline's tempo search takes a good part of a second); a result
// overtaken by a later edit is dropped.
void TimelineView::replan()
{
    if (!m_plan || !m_project)
        return;
    plan::PlanGuidance guidance = m_guidance;
    guidance.settings = scoring::settingsFromPins(m_project->content().planPins);
    const quint64 generation = ++m_replanGeneration;
    QPointer<TimelineView> self(this);
    std::thread([self, guidance, generation] {
        jobs::lowerThisThreadsPriority();
        const plan::MusicPlan plan = plan::makePlan(guidance);
        QMetaObject::invokeMethod(
            qApp,
            [self, plan, guidance, generation] {
                if (!self || self->m_replanGeneration != generation || !self->m_plan)
                    return;
                self->m_plan = plan;
                self->m_guidance = guidance;
                self->update();
            },
            Qt::QueuedConnection);
    }).detach();
}

int TimelineView::sectionAt(qint64 us) const
{
    if (!m_plan)
        return -1;
    for (int i = 0; i < m_plan->sections.size(); ++i) {
        const plan::PlanSection& s = m_plan->sections[i];
        if (us >= m_plan->bars[s.firstBar].startUs && us < m_plan->bars[s.lastBar].endUs)
            return i;
    }
    return -1;
}

QRect TimelineView::sectionRect(int index) const
{
    if (!m_plan || index < 0 || index >= m_plan->sections.size())
        return {};
    const plan::PlanSection& s = m_plan->sections[index];
    const int left = xOf(m_plan->bars[s.firstBar].startUs);
    return QRect(left, laneTop(SectionLane), xOf(m_plan->bars[s.lastBar].endUs) - left,
                 kLaneHeight);
}

void TimelineView::beginSectionRename(int index)
{
    if (!m_project || !m_plan || index < 0 || index >= m_plan->sections.size())
        return;
    closeTextClip();
    const plan::PlanSection& section = m_plan->sections[index];
    m_renamedSection = index;
    m_textClipEditor = new QLineEdit(section.label, this);
    m_textClipEditor->setObjectName(QStringLiteral("sectionNameEditor"));
    m_textClipEditor->setPlaceholderText(
        tr("A name: verse, chorus, bridge... An earlier section's name repeats its music"));
    m_textClipEditor->selectAll();
    const int x = xOf(m_plan->bars[section.firstBar].startUs);
    m_textClipEditor->setGeometry(x, laneTop(SectionLane), 320, kLaneHeight);
    m_textClipEditor->installEventFilter(this);
    connect(m_textClipEditor, &QLineEdit::returnPressed, this, &TimelineView::commitTextClip);
    m_textClipEditor->show();
    m_textClipEditor->setFocus();
}

void TimelineView::commitSectionName(int index, const QString& name)
{
    if (!m_plan || index >= m_plan->sections.size() || name.isEmpty() ||
        name == m_plan->sections[index].label)
        return;
    const plan::PlanSection& section = m_plan->sections[index];
    const qint64 startUs = m_plan->bars[section.firstBar].startUs;
    const qint64 endUs = m_plan->bars[section.lastBar].endUs;
    // The name is pinned where the section starts, in place of any pin inside it.
    project::PlanPins pins = m_project->content().planPins;
    pins.sections.erase(std::remove_if(pins.sections.begin(), pins.sections.end(),
                                       [&](const project::PlanPins::SectionPin& p) {
                                           return p.timeUs >= startUs - 100000 && p.timeUs < endUs;
                                       }),
                        pins.sections.end());
    pins.sections.append({startUs, name});
    std::sort(pins.sections.begin(), pins.sections.end(),
              [](const auto& a, const auto& b) { return a.timeUs < b.timeUs; });
    m_project->requestSetPlanPins(pins, tr("Rename section to %1").arg(name));
    setFocus();
}

const project::Marker* TimelineView::markerAt(const QPoint& pos) const
{
    if (!m_project || pos.x() < kLabelWidth || laneAt(pos.y()) != MarkerLane)
        return nullptr;
    const project::Marker* nearest = nullptr;
    int distance = kEdgePixels + 1;
    for (const project::Marker& m : m_project->content().markers) {
        const int d = std::abs(xOf(m.timeUs) - pos.x());
        if (d < distance) {
            distance = d;
            nearest = &m;
        }
    }
    return nearest;
}

int TimelineView::markerX(const QUuid& id) const
{
    const project::Marker* m = m_project ? m_project->marker(id) : nullptr;
    return m ? xOf(m->timeUs) : -1;
}

void TimelineView::beginClipTextEdit(const QUuid& id)
{
    const project::Clip* clip = m_project ? m_project->clip(id) : nullptr;
    if (!clip)
        return;
    closeTextClip();
    selectClips({id});
    m_editedClip = id;
    m_textClipEditor = new QLineEdit(clip->text, this);
    m_textClipEditor->setObjectName(QStringLiteral("clipTextEditor"));
    m_textClipEditor->selectAll();
    const QRect r = clipRect(id);
    m_textClipEditor->setGeometry(std::max(kLabelWidth, r.left()), r.top(),
                                  std::max(320, r.width()), r.height());
    m_textClipEditor->installEventFilter(this);
    connect(m_textClipEditor, &QLineEdit::returnPressed, this, &TimelineView::commitTextClip);
    m_textClipEditor->show();
    m_textClipEditor->setFocus();
}

void TimelineView::beginMarkerRename(const QUuid& id)
{
    const project::Marker* marker = m_project ? m_project->marker(id) : nullptr;
    if (!marker)
        return;
    closeTextClip();
    m_renamedMarker = id;
    m_textClipEditor = new QLineEdit(marker->name, this);
    m_textClipEditor->setObjectName(QStringLiteral("markerNameEditor"));
    m_textClipEditor->setPlaceholderText(tr("A name: door slam, kiss, title card..."));
    m_textClipEditor->selectAll();
    m_textClipEditor->setGeometry(xOf(marker->timeUs) + 2, laneTop(MarkerLane), 240, kLaneHeight);
    m_textClipEditor->installEventFilter(this);
    connect(m_textClipEditor, &QLineEdit::returnPressed, this, &TimelineView::commitTextClip);
    m_textClipEditor->show();
    m_textClipEditor->setFocus();
}

bool TimelineView::onDraggableEdge(const QPoint& pos) const
{
    if (pos.x() < kLabelWidth)
        return false;
    if (markerAt(pos))
        return true;
    if (m_plan && laneAt(pos.y()) == SectionLane) {
        for (int s = 1; s < m_plan->sections.size(); ++s) {
            if (std::abs(pos.x() - sectionRect(s).left()) <= kEdgePixels)
                return true;
        }
        return false;
    }
    if (const project::Clip* c = clipAt(pos)) {
        const QRect r = clipRect(c->id);
        return std::abs(pos.x() - r.left()) <= kEdgePixels ||
               std::abs(pos.x() - r.right()) <= kEdgePixels;
    }
    return false;
}

int TimelineView::barNearest(qint64 us) const
{
    if (!m_plan || m_plan->bars.isEmpty())
        return -1;
    int nearest = 0;
    for (const plan::PlanBar& bar : m_plan->bars) {
        if (std::llabs(bar.startUs - us) < std::llabs(m_plan->bars[nearest].startUs - us))
            nearest = bar.index;
    }
    return nearest;
}

QVector<QPair<int, QString>> TimelineView::sectionLayout() const
{
    QVector<QPair<int, QString>> layout;
    // Once laid out by hand the pins are the form, also while the plan shown is still the one
    // before the last edit (it is made again off the GUI thread): two quick edits keep both.
    const project::PlanPins& pins = m_project ? m_project->content().planPins : project::PlanPins{};
    if (m_plan && pins.sectionsExact && !pins.sections.isEmpty()) {
        for (const project::PlanPins::SectionPin& pin : pins.sections) {
            const int bar = barNearest(pin.timeUs);
            if (layout.isEmpty() || bar > layout.last().first)
                layout.append({bar, pin.label});
        }
        if (!layout.isEmpty() && layout.first().first != 0)
            layout.prepend({0, m_plan->sections.isEmpty() ? QStringLiteral("A")
                                                          : m_plan->sections.first().label});
        return layout;
    }
    if (m_plan) {
        for (const plan::PlanSection& s : m_plan->sections)
            layout.append({s.firstBar, s.label});
    }
    return layout;
}

void TimelineView::commitSectionLayout(const QVector<QPair<int, QString>>& layout,
                                       const QString& action)
{
    if (!m_project || !m_plan)
        return;
    // Every section is pinned where it starts, and the pins are the whole form: a boundary the
    // cuts made and the person moved away must not come back.
    project::PlanPins pins = m_project->content().planPins;
    pins.sections.clear();
    for (const auto& [bar, label] : layout) {
        if (bar >= 0 && bar < m_plan->bars.size() &&
            (pins.sections.isEmpty() || m_plan->bars[bar].startUs > pins.sections.last().timeUs))
            pins.sections.append({m_plan->bars[bar].startUs, label});
    }
    pins.sectionsExact = true;
    m_project->requestSetPlanPins(pins, action);
}

QVector<QPair<QUuid, qint64>> TimelineView::groupMovedBy(qint64 offset) const
{
    for (qint64 s : std::as_const(m_groupStarts))
        offset = std::max(offset, -s);
    QVector<QPair<QUuid, qint64>> starts;
    for (auto it = m_groupStarts.begin(); it != m_groupStarts.end(); ++it)
        starts.append({it.key(), it.value() + offset});
    // The same order every time, so that the drag's steps merge into one.
    std::sort(starts.begin(), starts.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    return starts;
}

void TimelineView::endGroupMove()
{
    if (!m_groupMoved)
        return;
    m_groupMoved = false;
    // The gesture ends: the clips where they are, not dragging, close the undo step.
    if (m_project) {
        QVector<QPair<QUuid, qint64>> starts;
        for (auto it = m_groupStarts.begin(); it != m_groupStarts.end(); ++it) {
            if (const project::Clip* c = m_project->clip(it.key()))
                starts.append({it.key(), c->startUs});
        }
        std::sort(starts.begin(), starts.end(),
                  [](const auto& a, const auto& b) { return a.first < b.first; });
        m_project->requestMoveClips(starts, false);
    }
    m_groupStarts.clear();
}

int TimelineView::layoutIndexOf(const QVector<QPair<int, QString>>& layout, int firstBar)
{
    for (int i = 0; i < layout.size(); ++i) {
        if (layout[i].first == firstBar)
            return i;
    }
    return -1;
}

bool TimelineView::splitSectionAt(qint64 us)
{
    const int bar = barNearest(us);
    const int section = bar < 0 ? -1 : sectionAt(m_plan->bars[bar].startUs);
    if (section < 0 || bar == m_plan->sections[section].firstBar)
        return false;
    // The new part gets the first letter no section has: new music, until it is named.
    QVector<QPair<int, QString>> layout = sectionLayout();
    QString label;
    for (char letter = 'A'; letter <= 'Z' && label.isEmpty(); ++letter) {
        const QString candidate(QLatin1Char{letter});
        if (std::none_of(layout.begin(), layout.end(),
                         [&](const auto& s) { return s.second == candidate; }))
            label = candidate;
    }
    if (label.isEmpty())
        label = tr("section %1").arg(layout.size() + 1);
    if (layoutIndexOf(layout, bar) >= 0)
        return false; // a section starts there already
    const auto after =
        std::find_if(layout.begin(), layout.end(), [bar](const auto& s) { return s.first > bar; });
    layout.insert(after, {bar, label});
    commitSectionLayout(
        layout, tr("Split section %1 at bar %2").arg(m_plan->sections[section].label).arg(bar + 1));
    return true;
}

bool TimelineView::joinSectionWithNext(int index)
{
    if (!m_plan || index < 0 || index + 1 >= m_plan->sections.size())
        return false;
    QVector<QPair<int, QString>> layout = sectionLayout();
    const int at = layoutIndexOf(layout, m_plan->sections[index].firstBar);
    if (at < 0 || at + 1 >= layout.size())
        return false;
    const QString joined = layout[at + 1].second;
    layout.removeAt(at + 1);
    commitSectionLayout(layout, tr("Join sections %1 and %2").arg(layout[at].second, joined));
    return true;
}

void TimelineView::closeTextClip()
{
    if (!m_textClipEditor)
        return;
    QLineEdit* editor = m_textClipEditor;
    m_textClipEditor = nullptr; // before it goes: losing focus calls back
    m_renamedSection = -1;      // the next line may add a clip
    m_renamedMarker = QUuid();
    m_editedClip = QUuid();
    editor->setObjectName(QString()); // the next line is the one findChild sees
    editor->removeEventFilter(this);
    editor->hide();
    editor->deleteLater();
}

} // namespace sw::ui
