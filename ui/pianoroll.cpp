#include "ui/pianoroll.h"

#include "project/project.h"
#include "ui/projectedits.h"
#include "ui/rolecolours.h"

#include <QKeyEvent>
#include <QPainter>
#include <QWheelEvent>

#include <algorithm>
#include <climits>

namespace sw::ui {

namespace {

constexpr int kKeyboardWidth = 36;
constexpr int kRulerHeight = 18;
constexpr int kLyricHeight = 14;
constexpr double kLyricPointSize = 7.5;

bool isBlackKey(int pitch)
{
    const int pc = pitch % 12;
    return pc == 1 || pc == 3 || pc == 6 || pc == 8 || pc == 10;
}

} // namespace

PianoRoll::PianoRoll(QWidget* parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setMinimumHeight(120);
}

void PianoRoll::setProject(project::Project* project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    if (m_project) {
        followProjectEdits(m_project, this, [this] { reload(); });
    }
    m_selected.clear();
    m_firstBar = m_lastBar = -1;
    reload();
}

void PianoRoll::reload()
{
    const music::Score before = m_score;
    const QUuid beforeRegion = m_regionId;
    const QUuid beforeTake = m_takeId;
    m_score = {};
    m_regionId = {};
    m_takeId = {};
    if (m_project) {
        for (const project::MusicRegion& r : m_project->content().musicRegions) {
            if (r.active()) {
                m_regionId = r.id;
                m_takeId = r.active()->id;
                m_regionStartUs = r.startUs;
                m_score = r.active()->score;
                break;
            }
        }
    }
    const bool otherTake = m_regionId != beforeRegion || m_takeId != beforeTake ||
                           m_score.tracks.size() != before.tracks.size() ||
                           m_score.tempoMap != before.tempoMap;
    if (otherTake) {
        m_selected.clear();
        // Edit the lead by default: the vocal line when there is one, else the melody.
        m_track = 0;
        for (int i = 0; i < m_score.tracks.size(); ++i) {
            if (m_score.tracks[i].role == music::TrackRole::Vocal) {
                m_track = i;
                break;
            }
            if (m_score.tracks[i].role == music::TrackRole::Melody && m_track == 0)
                m_track = i;
        }
    }
    // The pitch range of what is there, with room to move.
    int low = 0, high = 0;
    const bool pitched = m_score.pitchRange(&low, &high);
    m_lowPitch = pitched ? std::max(0, low - 5) : 48;
    m_highPitch = pitched ? std::min(127, high + 5) : 84;
    const int notes = m_track < m_score.tracks.size() ? m_score.tracks[m_track].notes.size() : 0;
    m_selected.erase(
        std::remove_if(m_selected.begin(), m_selected.end(), [notes](int i) { return i >= notes; }),
        m_selected.end());
    updateGeometry();
    resize(sizeHint().expandedTo(parentWidget() ? parentWidget()->size() : QSize()));
    update();
    if (otherTake)
        Q_EMIT scoreChanged();
}

void PianoRoll::setEditableTrack(int track)
{
    if (track == m_track || track < 0 || track >= m_score.tracks.size())
        return;
    m_track = track;
    m_selected.clear();
    update();
    Q_EMIT selectionChanged();
}

QSet<music::TrackRole> PianoRoll::regenerateRoles() const
{
    // Only parts this take has: those ticked for another take stay ticked, unused here.
    QSet<music::TrackRole> present;
    for (const music::Track& t : m_score.tracks)
        present.insert(t.role);
    QSet<music::TrackRole> roles = m_regenerateRoles & present;
    if (roles.isEmpty() && m_track < m_score.tracks.size())
        roles.insert(m_score.tracks[m_track].role);
    roles.remove(music::TrackRole::Vocal);
    return roles;
}

void PianoRoll::selectNotes(const QList<int>& indices)
{
    m_selected = indices;
    update();
    Q_EMIT selectionChanged();
}

void PianoRoll::selectBars(int first, int last)
{
    m_firstBar = std::min(first, last);
    m_lastBar = std::max(first, last);
    update();
    Q_EMIT barsSelected(m_firstBar, m_lastBar);
}

void PianoRoll::setPlayheadUs(qint64 us)
{
    if (us == m_playheadUs)
        return;
    const qint64 before = playheadTick();
    m_playheadUs = us;
    const qint64 after = playheadTick();
    if (after == before)
        return;
    // Only the columns of the old and the new line are repainted: playback moves it 30 times a
    // second over a roll that may be thousands of pixels wide.
    for (qint64 tick : {before, after}) {
        if (tick >= 0)
            update(QRect(xOf(tick) - 2, 0, 5, height()));
    }
}

void PianoRoll::setZoom(double pixelsPerTick, int rowHeight)
{
    const double ppt = std::clamp(pixelsPerTick, 0.02, 1.0);
    const int rows = std::clamp(rowHeight, 4, 24);
    if (ppt == m_pixelsPerTick && rows == m_rowHeight)
        return;
    m_pixelsPerTick = ppt;
    m_rowHeight = rows;
    updateGeometry();
    resize(sizeHint().expandedTo(parentWidget() ? parentWidget()->size() : QSize()));
    update();
}

void PianoRoll::wheelEvent(QWheelEvent* event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QWidget::wheelEvent(event); // the scroll area scrolls
        return;
    }
    const bool in = event->angleDelta().y() > 0;
    const QPoint mouse = event->position().toPoint();
    const qint64 tick = tickAt(mouse.x());
    const int pitch = pitchAt(mouse.y());
    const QPoint before = positionOf(tick, pitch);
    if (event->modifiers() & Qt::ShiftModifier)
        setZoom(m_pixelsPerTick, m_rowHeight + (in ? 2 : -2));
    else
        setZoom(m_pixelsPerTick * (in ? 1.25 : 0.8), m_rowHeight);
    if (const QPoint shift = positionOf(tick, pitch) - before; !shift.isNull())
        Q_EMIT zoomedAround(shift);
    event->accept();
}

qint64 PianoRoll::playheadTick() const
{
    if (m_score.tracks.isEmpty() || m_playheadUs < m_regionStartUs)
        return -1;
    return m_score.tempoMap.microsToTick(m_playheadUs - m_regionStartUs);
}

QSize PianoRoll::sizeHint() const
{
    qint64 end = music::kTicksPerQuarter * 16;
    for (const music::Track& t : m_score.tracks)
        end = std::max(end, t.endTick());
    return {kKeyboardWidth + int(end * m_pixelsPerTick) + 40,
            kRulerHeight + (m_highPitch - m_lowPitch + 1) * m_rowHeight + kLyricHeight};
}

QPoint PianoRoll::editableTrackFocus() const
{
    if (m_track >= m_score.tracks.size() || m_score.tracks[m_track].notes.isEmpty())
        return {};
    const QVector<music::Note>& notes = m_score.tracks[m_track].notes;
    QVector<int> pitches;
    qint64 first = notes.first().startTick;
    for (const music::Note& n : notes) {
        pitches.append(n.pitch);
        first = std::min(first, n.startTick);
    }
    std::nth_element(pitches.begin(), pitches.begin() + pitches.size() / 2, pitches.end());
    return positionOf(first, pitches[pitches.size() / 2]);
}

QPoint PianoRoll::positionOf(qint64 tick, int pitch) const
{
    return {xOf(tick), yOf(pitch) + m_rowHeight / 2};
}

int PianoRoll::xOf(qint64 tick) const
{
    return kKeyboardWidth + int(tick * m_pixelsPerTick);
}

int PianoRoll::yOf(int pitch) const
{
    return kRulerHeight + (m_highPitch - pitch) * m_rowHeight;
}

qint64 PianoRoll::tickAt(int x) const
{
    return std::max<qint64>(0, qint64((x - kKeyboardWidth) / m_pixelsPerTick));
}

int PianoRoll::pitchAt(int y) const
{
    return m_highPitch - (y - kRulerHeight) / m_rowHeight;
}

int PianoRoll::barAt(int x) const
{
    const qint64 tick = tickAt(x);
    int bar = 0;
    while (m_score.tempoMap.barStartTick(bar + 1) <= tick)
        ++bar;
    return bar;
}

QRect PianoRoll::noteRect(const music::Note& n) const
{
    return QRect(xOf(n.startTick), yOf(n.pitch), std::max(3, xOf(n.endTick()) - xOf(n.startTick)),
                 m_rowHeight);
}

int PianoRoll::noteAt(const QPoint& pos) const
{
    if (m_track >= m_score.tracks.size())
        return -1;
    const QVector<music::Note>& notes = m_score.tracks[m_track].notes;
    for (int i = int(notes.size()) - 1; i >= 0; --i) {
        if (noteRect(notes[i]).contains(pos))
            return i;
    }
    return -1;
}

qint64 PianoRoll::snap(qint64 tick) const
{
    return (tick + (tick >= 0 ? m_grid / 2 : -m_grid / 2)) / m_grid * m_grid;
}

QVector<PianoRoll::LyricPlacement> PianoRoll::lyricLayout() const
{
    QVector<LyricPlacement> placed;
    if (m_track >= m_score.tracks.size())
        return placed;
    QFont small = font();
    small.setPointSizeF(kLyricPointSize);
    const QFontMetrics metrics(small);
    const QVector<music::Note>& notes = m_score.tracks[m_track].notes;
    // Each syllable under its note, or a line lower when that spot is taken (a score staggers
    // lyrics too: "Mornigis" ran together); when three lines are taken, elided to the room
    // left beside the syllables before it.
    constexpr int kLines = 3;
    auto taken = [&](const QRect& r) {
        for (int k = placed.size() - 1; k >= 0 && k >= placed.size() - 12; --k) {
            if (placed[k].rect.intersects(r))
                return true;
        }
        return false;
    };
    for (int i = 0; i < notes.size(); ++i) {
        const music::Note& n = notes[i];
        if (n.lyric.isEmpty())
            continue;
        const QRect r = noteRect(n);
        const int width = metrics.horizontalAdvance(n.lyric) + 3;
        LyricPlacement l{QRect(r.left(), r.bottom() + 1, width, metrics.height()), n.lyric};
        int line = 0;
        while (line < kLines && taken(l.rect.translated(0, line * metrics.height())))
            ++line;
        if (line < kLines) {
            l.rect.translate(0, line * metrics.height());
        } else {
            int left = r.left();
            for (int k = placed.size() - 1; k >= 0 && k >= placed.size() - 12; --k) {
                const QRect& o = placed[k].rect;
                if (o.top() < l.rect.bottom() && o.bottom() > l.rect.top())
                    left = std::max(left, o.right() + 1);
            }
            int next = INT_MAX;
            for (int j = i + 1; j < notes.size() && next == INT_MAX; ++j) {
                if (!notes[j].lyric.isEmpty())
                    next = noteRect(notes[j]).left();
            }
            const int room = std::min(width, next - left - 1);
            if (room < metrics.horizontalAdvance(QStringLiteral("…")) + 1)
                continue; // no room at all: zoom in to read it
            l.text = metrics.elidedText(n.lyric, Qt::ElideRight, room);
            l.rect = QRect(left, l.rect.top(), room, l.rect.height());
        }
        placed.append(l);
    }
    return placed;
}

void PianoRoll::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    const QColor grid = palette().mid().color();
    // Rows: black keys shaded, C labelled on the keyboard.
    for (int pitch = m_lowPitch; pitch <= m_highPitch; ++pitch) {
        const int y = yOf(pitch);
        if (isBlackKey(pitch))
            p.fillRect(QRect(kKeyboardWidth, y, width(), m_rowHeight),
                       palette().alternateBase().color().darker(104));
        p.fillRect(QRect(0, y, kKeyboardWidth - 2, m_rowHeight),
                   isBlackKey(pitch) ? QColor(40, 40, 40) : QColor(250, 250, 250));
        if (pitch % 12 == 0) {
            p.setPen(QColor(60, 60, 60));
            QFont f = font();
            f.setPointSizeF(6.5);
            p.setFont(f);
            p.drawText(QRect(2, y - 3, kKeyboardWidth - 4, m_rowHeight + 6),
                       Qt::AlignRight | Qt::AlignVCenter, music::pitchName(pitch));
            p.setFont(font());
        }
    }
    // Bars and beats, the selected bars highlighted in the ruler and behind the notes; past the
    // music's last bar, shaded and without bars (the roll is as wide as its view).
    qint64 end = std::max<qint64>(tickAt(width()), 1);
    if (!m_score.tracks.isEmpty()) {
        const qint64 musicEnd = m_score.endTick();
        int lastBar = 0;
        while (m_score.tempoMap.barStartTick(lastBar + 1) < musicEnd)
            ++lastBar;
        const qint64 after = m_score.tempoMap.barStartTick(lastBar + 1);
        if (xOf(after) < width()) {
            p.fillRect(QRect(xOf(after), 0, width() - xOf(after), height()),
                       palette().window().color().darker(108));
            end = std::min(end, after - 1); // the shade's edge is the last bar line
        }
    }
    for (int bar = 0;; ++bar) {
        const qint64 start = m_score.tempoMap.barStartTick(bar);
        if (start > end)
            break;
        const qint64 next = m_score.tempoMap.barStartTick(bar + 1);
        if (bar >= m_firstBar && bar <= m_lastBar && m_firstBar >= 0) {
            p.fillRect(QRect(xOf(start), 0, xOf(next) - xOf(start), height()),
                       QColor(255, 220, 120, 60));
            p.fillRect(QRect(xOf(start), 0, xOf(next) - xOf(start), kRulerHeight),
                       QColor(255, 200, 80));
        }
        p.setPen(grid);
        p.drawLine(xOf(start), 0, xOf(start), height());
        const music::MeterChange meter = m_score.tempoMap.meterAt(start);
        const qint64 beat = music::TempoMap::beatLengthTicks(meter.denominator);
        p.setPen(grid.lighter(115));
        for (qint64 t = start + beat; t < next; t += beat)
            p.drawLine(xOf(t), kRulerHeight, xOf(t), height());
        p.setPen(palette().text().color());
        p.drawText(xOf(start) + 3, kRulerHeight - 5, QString::number(bar + 1));
    }
    // Notes: the other tracks faded behind, the editable one on top with its selection.
    for (int t = 0; t < m_score.tracks.size(); ++t) {
        const music::Track& track = m_score.tracks[t];
        if (t == m_track || track.drumKit)
            continue;
        QColor c = roleColour(track.role);
        c.setAlpha(70);
        for (const music::Note& n : track.notes)
            p.fillRect(noteRect(n), c);
    }
    if (m_track < m_score.tracks.size()) {
        const music::Track& track = m_score.tracks[m_track];
        const QColor c = roleColour(track.role);
        QFont small = font();
        small.setPointSizeF(7.5);
        for (int i = 0; i < track.notes.size(); ++i) {
            const music::Note& n = track.notes[i];
            const QRect r = noteRect(n);
            const bool selected = m_selected.contains(i);
            const int alpha = 110 + n.velocity; // velocity as strength
            p.fillRect(r, selected ? c.darker(160)
                                   : QColor(c.red(), c.green(), c.blue(), std::min(255, alpha)));
            p.setPen(selected ? palette().highlight().color() : c.darker(130));
            p.drawRect(r.adjusted(0, 0, -1, -1));
            if (n.locked) { // a locked note: a dark frame and a bar at its start
                p.setPen(QPen(QColor(40, 40, 40), 2));
                p.drawRect(r.adjusted(1, 1, -1, -1));
                p.fillRect(QRect(r.left(), r.top(), 3, r.height()), QColor(40, 40, 40));
            }
        }
    }
    if (m_track < m_score.tracks.size()) {
        QFont small = font();
        small.setPointSizeF(kLyricPointSize);
        p.setFont(small);
        p.setPen(palette().text().color());
        for (const LyricPlacement& l : lyricLayout())
            p.drawText(l.rect, Qt::AlignLeft | Qt::AlignTop, l.text);
        p.setFont(font());
    }
    if (const qint64 tick = playheadTick(); tick >= 0) {
        p.setPen(QPen(QColor(230, 40, 40), 2)); // as the timeline draws it
        p.drawLine(xOf(tick), 0, xOf(tick), height());
    }
    if (m_score.tracks.isEmpty()) {
        p.setPen(palette().placeholderText().color());
        // In the part of the roll the scroll area shows, not the middle of the whole roll.
        p.drawText(visibleRegion().boundingRect(), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("No music yet: Music > Score Video writes a take to edit here."));
    }
}

void PianoRoll::mousePressEvent(QMouseEvent* event)
{
    setFocus(Qt::MouseFocusReason);
    const QPoint pos = event->position().toPoint();
    if (m_score.tracks.isEmpty())
        return;
    if (pos.y() < kRulerHeight) {
        const int bar = barAt(pos.x());
        if (event->modifiers() & Qt::ShiftModifier && m_firstBar >= 0)
            selectBars(m_firstBar, bar);
        else
            selectBars(bar, bar);
        m_drag = Drag::Bars;
        m_dragBar = m_firstBar;
        return;
    }
    const int hit = noteAt(pos);
    if (hit < 0) {
        if (!(event->modifiers() & Qt::ControlModifier))
            selectNotes({});
        return;
    }
    if (event->modifiers() & Qt::ControlModifier) {
        QList<int> s = m_selected;
        if (s.contains(hit))
            s.removeAll(hit);
        else
            s.append(hit);
        selectNotes(s);
        return;
    }
    if (!m_selected.contains(hit))
        selectNotes({hit});
    const music::Track& track = m_score.tracks[m_track];
    Q_EMIT noteAuditioned(track.notes[hit].pitch, track.notes[hit].velocity, track.program,
                          track.drumKit);
    m_drag = Drag::Notes;
    m_dragStart = pos;
    m_dragOrigin = m_score.tracks[m_track].notes;
    m_dragSelection = m_selected;
    m_dragTicks = 0;
    m_dragSemitones = 0;
}

void PianoRoll::mouseMoveEvent(QMouseEvent* event)
{
    const QPoint pos = event->position().toPoint();
    if (m_drag == Drag::Bars) {
        selectBars(m_dragBar, barAt(pos.x()));
        return;
    }
    if (m_drag != Drag::Notes)
        return;
    const qint64 ticks = snap(qint64((pos.x() - m_dragStart.x()) / m_pixelsPerTick));
    const int semitones = (m_dragStart.y() - pos.y() + m_rowHeight / 2) / m_rowHeight;
    if (ticks == m_dragTicks && semitones == m_dragSemitones)
        return;
    m_dragTicks = ticks;
    m_dragSemitones = semitones;
    QVector<music::Note> notes = m_dragOrigin;
    for (int i : m_dragSelection) {
        notes[i].startTick += ticks;
        notes[i].pitch += semitones;
    }
    applyNotes(notes, m_dragSelection, tr("Move notes"), true);
}

void PianoRoll::mouseReleaseEvent(QMouseEvent*)
{
    if (m_drag == Drag::Notes && (m_dragTicks != 0 || m_dragSemitones != 0))
        applyNotes(m_score.tracks[m_track].notes, m_selected, tr("Move notes"), false);
    m_drag = Drag::None;
}

void PianoRoll::mouseDoubleClickEvent(QMouseEvent* event)
{
    const QPoint pos = event->position().toPoint();
    if (pos.y() < kRulerHeight || noteAt(pos) >= 0 || m_score.tracks.isEmpty())
        return;
    drawNote(tickAt(pos.x()) / m_grid * m_grid, pitchAt(pos.y()));
}

void PianoRoll::keyPressEvent(QKeyEvent* event)
{
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    const bool control = event->modifiers() & Qt::ControlModifier;
    if (event->modifiers() & Qt::ControlModifier &&
        (event->key() == Qt::Key_Plus || event->key() == Qt::Key_Equal ||
         event->key() == Qt::Key_Minus)) {
        setZoom(m_pixelsPerTick * (event->key() == Qt::Key_Minus ? 0.8 : 1.25), m_rowHeight);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Left:
        shift ? resizeSelection(-m_grid) : moveSelection(-m_grid, 0);
        return;
    case Qt::Key_Right:
        shift ? resizeSelection(m_grid) : moveSelection(m_grid, 0);
        return;
    case Qt::Key_Up:
        if (event->modifiers() & Qt::AltModifier)
            changeVelocity(shift ? 1 : 10);
        else
            moveSelection(0, shift ? 12 : 1);
        return;
    case Qt::Key_Down:
        if (event->modifiers() & Qt::AltModifier)
            changeVelocity(shift ? -1 : -10);
        else
            moveSelection(0, shift ? -12 : -1);
        return;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        deleteSelection();
        return;
    case Qt::Key_D:
        if (control) {
            duplicateSelection();
            return;
        }
        break;
    case Qt::Key_Q:
        quantizeSelection();
        return;
    case Qt::Key_S:
        splitSelection();
        return;
    case Qt::Key_J:
        joinSelection();
        return;
    case Qt::Key_L:
        toggleLockSelection();
        return;
    case Qt::Key_A:
        if (control && m_track < m_score.tracks.size()) {
            QList<int> all;
            for (int i = 0; i < m_score.tracks[m_track].notes.size(); ++i)
                all << i;
            selectNotes(all);
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

bool PianoRoll::applyNotes(QVector<music::Note> notes, const QList<int>& changed,
                           const QString& actionName, bool dragging)
{
    if (!m_project || m_regionId.isNull())
        return false;
    // The changed notes are found again after the project sorts them, so they stay selected.
    QVector<music::Note> wanted;
    for (int i : changed)
        wanted.append(notes[i]);
    if (!m_project->requestSetTakeNotes(m_regionId, m_track, notes, actionName, dragging))
        return false; // the project said why (lastError); nothing changed
    const QVector<music::Note>& now = m_score.tracks[m_track].notes;
    QList<int> selection;
    for (const music::Note& w : wanted) {
        for (int i = 0; i < now.size(); ++i) {
            if (now[i] == w && !selection.contains(i)) {
                selection << i;
                break;
            }
        }
    }
    m_selected = selection;
    update();
    Q_EMIT selectionChanged();
    return true;
}

void PianoRoll::moveSelection(qint64 ticks, int semitones, bool dragging)
{
    if (m_selected.isEmpty() || m_track >= m_score.tracks.size())
        return;
    QVector<music::Note> notes = m_score.tracks[m_track].notes;
    for (int i : m_selected) {
        notes[i].startTick += ticks;
        notes[i].pitch += semitones;
    }
    applyNotes(notes, m_selected, semitones != 0 ? tr("Transpose notes") : tr("Move notes"),
               dragging);
}

void PianoRoll::resizeSelection(qint64 ticks)
{
    if (m_selected.isEmpty() || m_track >= m_score.tracks.size())
        return;
    QVector<music::Note> notes = m_score.tracks[m_track].notes;
    for (int i : m_selected)
        notes[i].durationTicks = std::max<qint64>(m_grid, notes[i].durationTicks + ticks);
    applyNotes(notes, m_selected, tr("Change note length"), false);
}

void PianoRoll::duplicateSelection()
{
    if (m_selected.isEmpty() || m_track >= m_score.tracks.size())
        return;
    QVector<music::Note> notes = m_score.tracks[m_track].notes;
    qint64 first = std::numeric_limits<qint64>::max(), last = 0;
    for (int i : m_selected) {
        first = std::min(first, notes[i].startTick);
        last = std::max(last, notes[i].endTick());
    }
    const qint64 span = std::max(m_grid, snap(last - first));
    QList<int> copies;
    for (int i : m_selected) {
        music::Note copy = notes[i];
        copy.startTick += span;
        copies << int(notes.size());
        notes.append(copy);
    }
    applyNotes(notes, copies, tr("Duplicate notes"), false);
}

void PianoRoll::drawNote(qint64 tick, int pitch)
{
    if (m_track >= m_score.tracks.size() || pitch < 0 || pitch > 127)
        return;
    QVector<music::Note> notes = m_score.tracks[m_track].notes;
    music::Note n;
    n.pitch = pitch;
    n.startTick = std::max<qint64>(0, tick);
    n.durationTicks = music::kTicksPerQuarter;
    n.velocity = 90;
    notes.append(n);
    applyNotes(notes, {int(notes.size()) - 1}, tr("Draw note"), false);
}

void PianoRoll::quantizeSelection()
{
    if (m_selected.isEmpty() || m_track >= m_score.tracks.size())
        return;
    QVector<music::Note> notes = m_score.tracks[m_track].notes;
    for (int i : m_selected) {
        const qint64 end = snap(notes[i].endTick());
        notes[i].startTick = std::max<qint64>(0, snap(notes[i].startTick));
        notes[i].durationTicks = std::max(m_grid, end - notes[i].startTick);
    }
    applyNotes(notes, m_selected, tr("Quantize notes"), false);
}

void PianoRoll::splitSelection()
{
    if (m_selected.isEmpty() || m_track >= m_score.tracks.size())
        return;
    QVector<music::Note> notes = m_score.tracks[m_track].notes;
    QList<int> parts;
    for (int i : m_selected) {
        // At the grid line nearest the middle; a note of one grid step cannot be split.
        const qint64 middle = snap(notes[i].startTick + notes[i].durationTicks / 2);
        if (middle <= notes[i].startTick || middle >= notes[i].endTick()) {
            parts << i;
            continue;
        }
        music::Note second = notes[i];
        second.startTick = middle;
        second.durationTicks = notes[i].endTick() - middle;
        second.lyric.clear(); // the syllable stays on the first part (a melisma would follow)
        notes[i].durationTicks = middle - notes[i].startTick;
        parts << i << int(notes.size());
        notes.append(second);
    }
    applyNotes(notes, parts, tr("Split notes"), false);
}

void PianoRoll::joinSelection()
{
    if (m_selected.size() < 2 || m_track >= m_score.tracks.size())
        return;
    // The selected notes become one: the first one's pitch, syllable and velocity, from the
    // first start to the last end.
    QList<int> chosen = m_selected;
    std::sort(chosen.begin(), chosen.end());
    const QVector<music::Note>& all = m_score.tracks[m_track].notes;
    music::Note joined = all[chosen.first()];
    qint64 end = joined.endTick();
    for (int i : chosen)
        end = std::max(end, all[i].endTick());
    joined.durationTicks = end - joined.startTick;
    QVector<music::Note> notes;
    for (int i = 0; i < all.size(); ++i) {
        if (!chosen.contains(i))
            notes.append(all[i]);
    }
    notes.append(joined);
    applyNotes(notes, {int(notes.size()) - 1}, tr("Join notes"), false);
}

void PianoRoll::changeVelocity(int delta)
{
    if (m_selected.isEmpty() || m_track >= m_score.tracks.size())
        return;
    QVector<music::Note> notes = m_score.tracks[m_track].notes;
    for (int i : m_selected)
        notes[i].velocity = std::clamp(notes[i].velocity + delta, 1, 127);
    applyNotes(notes, m_selected, tr("Change velocity"), false);
}

void PianoRoll::toggleLockSelection()
{
    if (m_selected.isEmpty() || m_track >= m_score.tracks.size())
        return;
    // All locked when any was not; all unlocked when all were.
    QVector<music::Note> notes = m_score.tracks[m_track].notes;
    bool allLocked = true;
    for (int i : m_selected)
        allLocked &= notes[i].locked;
    for (int i : m_selected)
        notes[i].locked = !allLocked;
    applyNotes(notes, m_selected, allLocked ? tr("Unlock notes") : tr("Lock notes"), false);
}

void PianoRoll::deleteSelection()
{
    if (m_selected.isEmpty() || m_track >= m_score.tracks.size())
        return;
    QVector<music::Note> notes;
    const QVector<music::Note>& all = m_score.tracks[m_track].notes;
    for (int i = 0; i < all.size(); ++i) {
        if (!m_selected.contains(i))
            notes.append(all[i]);
    }
    applyNotes(notes, {}, tr("Delete notes"), false);
}

} // namespace sw::ui
