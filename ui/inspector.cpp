#include "ui/inspector.h"

#include "analysis/lyricsanalysis.h"
#include "analysis/promptparser.h"
#include "engine/vocalline.h"
#include "music/key.h"
#include "project/project.h"
#include "scoring/scoringjob.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

namespace sw::ui {

namespace {

QString seconds(qint64 us)
{
    return QStringLiteral("%1 s").arg(us / 1e6, 0, 'f', 2);
}

QString constraintText(const analysis::PromptConstraint& c)
{
    using Kind = analysis::PromptConstraint::Kind;
    QString what;
    switch (c.kind) {
    case Kind::Mood:
        what = Inspector::tr("mood: valence %1, arousal %2")
                   .arg(c.valence, 0, 'f', 1)
                   .arg(c.arousal, 0, 'f', 1);
        break;
    case Kind::Tempo:
        what = c.bpmMin == c.bpmMax ? Inspector::tr("tempo %1 bpm").arg(c.bpmMin)
                                    : Inspector::tr("tempo %1-%2 bpm").arg(c.bpmMin).arg(c.bpmMax);
        break;
    case Kind::Key:
        what = Inspector::tr("key %1").arg(c.key.name());
        break;
    case Kind::Mode:
        what = c.key.mode == music::KeyMode::Minor ? Inspector::tr("minor mode")
                                                   : Inspector::tr("major mode");
        break;
    case Kind::Meter:
        what = Inspector::tr("meter %1/%2").arg(c.meterNumerator).arg(c.meterDenominator);
        break;
    case Kind::Instrument:
        what = Inspector::tr("instrument %1 (%2)")
                   .arg(music::generalMidiProgramName(c.program), c.label);
        break;
    case Kind::Drums:
        what = Inspector::tr("drums");
        break;
    case Kind::Dynamics:
        what = Inspector::tr("dynamics %1").arg(c.level, 0, 'f', 2);
        break;
    case Kind::Density:
        what = c.level < 0.5 ? Inspector::tr("sparse (density %1)").arg(c.level, 0, 'f', 2)
                             : Inspector::tr("busy (density %1)").arg(c.level, 0, 'f', 2);
        break;
    default:
        what = QStringLiteral("%1: %2").arg(analysis::promptConstraintKindName(c.kind), c.label);
        break;
    }
    return (c.negated ? Inspector::tr("not ") : QString()) + what;
}

} // namespace

Inspector::Inspector(QWidget* parent)
    : QWidget(parent), m_title(new QLabel), m_details(new QLabel), m_editor(new QPlainTextEdit),
      m_apply(new QPushButton(tr("Apply")))
{
    auto* layout = new QVBoxLayout(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setObjectName(QStringLiteral("inspectorTitle"));
    m_details->setObjectName(QStringLiteral("inspectorDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse |
                                       Qt::LinksAccessibleByKeyboard);
    m_prosodyRefresh = new QTimer(this);
    m_prosodyRefresh->setSingleShot(true);
    m_prosodyRefresh->setInterval(250);
    connect(m_prosodyRefresh, &QTimer::timeout, this, [this] {
        // Only the notes: what the person is typing in the editor stays.
        m_keepEditorText = true;
        showElement(m_element);
        m_keepEditorText = false;
    });
    connect(m_details, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link.startsWith(QLatin1String("rewrite:")))
            Q_EMIT rewriteLineRequested(m_element, link.mid(8).toInt());
    });
    m_editor->setObjectName(QStringLiteral("inspectorText"));
    m_editor->setMaximumHeight(90);
    m_apply->setObjectName(QStringLiteral("inspectorApply"));
    connect(m_apply, &QPushButton::clicked, this, &Inspector::applyText);
    // The panel keeps its size whatever it shows: the details scroll in the room there is (a
    // long reason list grew the panel and moved its neighbours), and the editor keeps its
    // place while hidden.
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("inspectorScroll"));
    scroll->setWidget(m_details);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
    scroll->setMinimumHeight(80);
    for (QWidget* w : {static_cast<QWidget*>(m_editor), static_cast<QWidget*>(m_apply)}) {
        QSizePolicy policy = w->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        w->setSizePolicy(policy);
    }
    // The text to edit under what it was understood as: hidden, it leaves its room at the foot.
    layout->addWidget(m_title);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_editor);
    layout->addWidget(m_apply, 0, Qt::AlignRight);
    showText(tr("Nothing selected"),
             tr("Select a clip, a marker, notes or bars to see them here."));
}

void Inspector::setProject(project::Project* project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    if (m_project) {
        connect(m_project, &project::Project::elementChanged, this, [this](const QUuid& id) {
            // A lyric clip's prosody notes depend on the take that sings it, too.
            const project::Clip* shown = m_project->clip(m_element);
            if (id == m_element) {
                showElement(id);
            } else if (shown && shown->kind == project::ClipKind::Lyrics &&
                       m_project->musicRegion(id)) {
                // The notes read every lyric clip again: a drag in the piano roll changes the
                // region at each step, so they are made once the edits pause.
                m_prosodyRefresh->start();
            }
        });
        // An undo that takes the shown element away leaves nothing to show.
        connect(m_project, &project::Project::elementRemoved, this, [this](const QUuid& id) {
            if (id == m_element)
                showElement({});
        });
    }
    showElement({});
}

void Inspector::showText(const QString& title, const QString& html, bool editable)
{
    m_title->setText(title);
    m_details->setText(html);
    m_editor->setVisible(editable);
    m_apply->setVisible(editable);
}

QString Inspector::detailsText() const
{
    QTextDocument doc;
    doc.setHtml(m_details->text());
    return m_title->text() + QLatin1Char('\n') + doc.toPlainText();
}

void Inspector::showElement(const QUuid& id)
{
    m_element = id;
    if (!m_project || id.isNull()) {
        showText(tr("Nothing selected"),
                 tr("Select a clip, a marker, notes or bars to see them here."));
        return;
    }
    if (const project::Marker* m = m_project->marker(id)) {
        showText(
            m->name.isEmpty() ? tr("Marker") : m->name,
            tr("At %1%2").arg(seconds(m->timeUs), m->kind == project::MarkerKind::HitPoint
                                                      ? tr("; a hit point: the music accents it")
                                                      : QString()));
        return;
    }
    if (const project::MusicRegion* r = m_project->musicRegion(id)) {
        QString html = tr("From %1 for %2; %n take(s)", nullptr, int(r->takes.size()))
                           .arg(seconds(r->startUs), seconds(r->durationUs));
        if (const project::Take* t = r->active())
            html += QStringLiteral("<br>") + tr("Playing %1: %2 notes in %3 tracks, seed %4")
                                                 .arg(t->name.toHtmlEscaped())
                                                 .arg(t->score.noteCount())
                                                 .arg(t->score.tracks.size())
                                                 .arg(t->provenance.seed);
        showText(r->name, html);
        return;
    }
    const project::Clip* c = m_project->clip(id);
    if (!c) {
        showElement({});
        return;
    }
    const QString where = tr("From %1 for %2").arg(seconds(c->startUs), seconds(c->durationUs));
    if (c->kind == project::ClipKind::Prompt) {
        const analysis::PromptAnalysis a = analysis::PromptParser().parse(c->text);
        QStringList understood;
        for (const analysis::PromptConstraint& k : a.constraints)
            understood << QStringLiteral("<li>%1 <i>(\"%2\")</i></li>")
                              .arg(constraintText(k).toHtmlEscaped(), k.words.toHtmlEscaped());
        QString html = where + QStringLiteral("<p>") + tr("Understood:") + QStringLiteral("</p>");
        html += understood.isEmpty()
                    ? tr("nothing yet")
                    : QStringLiteral("<ul>%1</ul>").arg(understood.join(QString()));
        if (!a.unknownWords.isEmpty())
            html += QStringLiteral("<p>") +
                    tr("Not understood: %1")
                        .arg(a.unknownWords.join(QStringLiteral(", ")).toHtmlEscaped()) +
                    QStringLiteral("</p>");
        for (const QString& w : a.warnings)
            html += QStringLiteral("<p>%1</p>").arg(w.toHtmlEscaped());
        if (!m_keepEditorText)
            m_editor->setPlainText(c->text);
        showText(tr("Prompt"), html, true);
        return;
    }
    if (c->kind == project::ClipKind::Lyrics) {
        const analysis::LyricsAnalysis a = analysis::analyzeLyrics(c->text);
        QStringList lines;
        int number = 0;
        for (const analysis::LyricLine& line : a.lines) {
            QStringList sung;
            for (const analysis::LyricSyllable& s : line.syllables) {
                const QString text = s.text.toHtmlEscaped();
                sung << (s.stress == analysis::Stress::Primary
                             ? QStringLiteral("<b>%1</b>").arg(text)
                             : text);
            }
            lines << QStringLiteral("%1. ").arg(++number) + sung.join(QStringLiteral(" · "));
        }
        QString html = where + QStringLiteral("<p>") +
                       tr("%n syllable(s), stressed ones in bold:", nullptr, a.syllableCount()) +
                       QStringLiteral("<br>") + lines.join(QStringLiteral("<br>")) +
                       QStringLiteral("</p>");
        for (const QString& w : a.warnings)
            html += QStringLiteral("<p>%1</p>").arg(w.toHtmlEscaped());
        html += prosodyHtml(*c);
        if (!m_keepEditorText)
            m_editor->setPlainText(c->text);
        showText(tr("Lyrics"), html, true);
        return;
    }
    showText(c->name, where + (c->mediaPath.isEmpty()
                                   ? QString()
                                   : QStringLiteral("<br>") + c->mediaPath.toHtmlEscaped()));
}

QString Inspector::prosodyHtml(const project::Clip& clip) const
{
    // The take that sings the lyrics, if one does: its stress is judged against its beats.
    const project::MusicRegion* singing = nullptr;
    for (const project::MusicRegion& r : m_project->content().musicRegions) {
        if (r.active() && engine::vocalTrackIndex(r.active()->score) >= 0) {
            singing = &r;
            break;
        }
    }
    const int index = scoring::lyricPlacementIndex(m_project->content(), clip.id);
    if (index < 0)
        return {}; // not among the sung clips
    const QVector<engine::LyricPlacement> placements =
        scoring::lyricPlacements(m_project->content(), singing ? singing->startUs : 0);
    const music::Score* sung = singing ? &singing->active()->score : nullptr;
    bool judged = false;
    const QVector<engine::ProsodyNote> notes =
        engine::prosodyNotes(placements, index, sung, &judged);
    if (notes.isEmpty())
        return judged ? QStringLiteral("<p>") +
                            tr("Sung: every stressed syllable is on a beat at "
                               "least as strong as its neighbours.") +
                            QStringLiteral("</p>")
                      : QString();
    QString html = QStringLiteral("<p><b>") + tr("To look at:") + QStringLiteral("</b></p><ul>");
    for (const engine::ProsodyNote& n : notes) {
        html += QStringLiteral("<li>") + n.text.toHtmlEscaped();
        const int voice = sung ? engine::vocalTrackIndex(*sung) : -1;
        if (n.line >= 0 && voice >= 0 &&
            engine::firstNoteOfLine(placements, sung->tracks[voice], index, n.line) >= 0)
            html += QStringLiteral(" <a href=\"rewrite:%1\">%2</a>")
                        .arg(n.line)
                        .arg(tr("Rewrite line %1").arg(n.line + 1));
        html += QStringLiteral("</li>");
    }
    return html + QStringLiteral("</ul>");
}

void Inspector::applyText()
{
    if (!m_project || m_element.isNull())
        return;
    const QString text = m_editor->toPlainText();
    const project::Clip* c = m_project->clip(m_element);
    if (!c || c->text == text)
        return;
    if (!m_project->requestSetClipText(m_element, text))
        m_title->setText(m_project->lastError()); // the clip keeps its text; the reason is shown
}

void Inspector::showNotes(const music::Score& score, int track, const QList<int>& notes)
{
    m_element = {};
    if (track < 0 || track >= score.tracks.size() || notes.isEmpty()) {
        showElement({});
        return;
    }
    const music::Track& t = score.tracks[track];
    QStringList rows;
    for (int i : notes.mid(0, 12)) {
        const music::Note& n = t.notes[i];
        rows << tr("%1 at %2, %3 ticks, velocity %4%5")
                    .arg(music::pitchName(n.pitch), score.tempoMap.formatPosition(n.startTick))
                    .arg(n.durationTicks)
                    .arg(n.velocity)
                    .arg(n.lyric.isEmpty()
                             ? QString()
                             : QStringLiteral(" \"%1\"").arg(n.lyric.toHtmlEscaped()));
    }
    if (notes.size() > 12)
        rows << tr("and %n more", nullptr, int(notes.size()) - 12);
    showText(tr("%n note(s) of %1", nullptr, int(notes.size())).arg(t.name),
             rows.join(QStringLiteral("<br>")));
}

void Inspector::showBars(const std::optional<plan::MusicPlan>& plan, int first, int last)
{
    m_element = {};
    QStringList rows;
    if (plan) {
        for (int b = first; b <= last && b < plan->bars.size(); ++b) {
            const plan::PlanBar& bar = plan->bars[b];
            rows << QStringLiteral("<b>%1</b> %2")
                            .arg(tr("Bar %1").arg(b + 1), bar.section.toHtmlEscaped()) +
                        QStringLiteral(": ") +
                        tr("intensity %1, %2 bpm")
                            .arg(bar.intensity, 0, 'f', 2)
                            .arg(bar.bpm, 0, 'f', 1);
            for (const QString& reason : bar.reasons)
                rows << QStringLiteral("&nbsp;&nbsp;") + reason.toHtmlEscaped();
        }
    } else {
        rows << tr("Plan the music (Music > Plan Music) to see why each bar is as it is.");
    }
    showText(first == last ? tr("Bar %1").arg(first + 1)
                           : tr("Bars %1-%2").arg(first + 1).arg(last + 1),
             rows.join(QStringLiteral("<br>")));
}

} // namespace sw::ui
